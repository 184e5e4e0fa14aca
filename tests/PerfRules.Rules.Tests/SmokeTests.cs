namespace PerfRules.Rules.Tests;

public class SmokeTests
{
    [Fact]
    public void Samples_are_copied_next_to_the_tests() =>
        Assert.True(System.IO.Directory.GetFiles(System.IO.Path.Combine(System.AppContext.BaseDirectory, "samples"), "*.txt").Length >= 2);
}
