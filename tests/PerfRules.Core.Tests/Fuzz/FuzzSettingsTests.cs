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

    [Fact]
    public void A_replay_runs_the_one_case_it_names_and_rejects_what_is_no_replay()
    {
        var seen = new System.Collections.Generic.List<int>();
        FuzzSettings.Replay(FsCheck.Fluent.ArbMap.Default.ArbFor<int>(), "(1,3,10)", seen.Add);
        FuzzSettings.Replay(FsCheck.Fluent.ArbMap.Default.ArbFor<int>(), "(1,3,10)", seen.Add);
        Assert.Equal(2, seen.Count);
        Assert.Equal(seen[0], seen[1]);
        Assert.Throws<System.ArgumentException>(() => FuzzSettings.Replay(FsCheck.Fluent.ArbMap.Default.ArbFor<int>(), "(1;3)", _ => { }));
    }
}
