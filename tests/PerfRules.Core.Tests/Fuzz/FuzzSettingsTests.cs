using PerfRules.Testing;

namespace PerfRules.Core.Tests.Fuzz;

/// <summary>How the fuzz category picks its case count and random stream (README, "Reliability").</summary>
public class FuzzSettingsTests
{
    [Theory]
    [InlineData(null, "true", FuzzSettings.CiSeed)]
    [InlineData(null, "TRUE", FuzzSettings.CiSeed)]
    [InlineData(null, null, FuzzSettings.CiSeed)]
    [InlineData(null, "false", FuzzSettings.CiSeed)]
    [InlineData("random", "true", null)]
    [InlineData("random", null, null)]
    [InlineData("(1,3)", "true", "(1,3)")]
    [InlineData("(1,3)", null, "(1,3)")]
    public void Every_run_takes_the_fixed_stream_and_only_the_opt_in_soak_is_random(string? seed, string? ci, string? expected) =>
        Assert.Equal(expected, FuzzSettings.StreamSeed(seed, ci));

    [Theory]
    [InlineData(null, FuzzSettings.DefaultCount)]
    [InlineData("1_000_000", 1_000_000)]
    [InlineData("25,000", 25_000)]
    [InlineData("0", FuzzSettings.DefaultCount)]
    [InlineData("many", FuzzSettings.DefaultCount)]
    public void Counts_come_from_the_environment_with_a_sane_default(string? text, int expected) =>
        Assert.Equal(expected, FuzzSettings.ParseCount(text));
}
