using System;

namespace PerfRules.Rules.Tests.Loading;

/// <summary>
/// Members whose result depends on the process or the host culture are refused at load; formatting in user rules is
/// invariant. (The cross-culture run of the CLI is in PerfRules.Cli.Tests, Hostile.)
/// </summary>
public class DeterminismTests
{
    private static RuleLoadException Refused(string expression) => Assert.Throws<RuleLoadException>(() => RuleSet.Load(new RuleOptions
    {
        IncludeBuiltInRules = false,
        RuleSources = new[] { RuleSource.FromJson(EvaluationBudgetTests.File(("R", expression, "table")), "mine.json") },
    }));

    [Theory]
    [InlineData("table.Name.GetHashCode() > 0", "调用了 GetHashCode")]
    [InlineData("asOf.GetHashCode() != 0", "调用了 GetHashCode")]
    [InlineData("table.Name.CompareTo(\"a\") > 0", "调用了 string.CompareTo")]
    [InlineData("string.Compare(table.Name, \"a\") > 0", "调用了 string.Compare")]
    [InlineData("table.Name.StartsWith(\"a\")", "调用了 string.StartsWith(string)")]
    [InlineData("table.Name.EndsWith(\"a\")", "调用了 string.EndsWith(string)")]
    [InlineData("table.Name.IndexOf(\"a\") > 0", "调用了 string.IndexOf(string)")]
    [InlineData("table.Indicators.OrderBy(i => i.Name).Any()", "对文本调用了 OrderBy")]
    [InlineData("table.Indicators.Max(i => i.Name) != null", "对文本调用了 Max")]
    public void Process_and_culture_dependent_members_are_refused_at_load(string expression, string named)
    {
        var e = Refused(expression);
        Assert.Equal(("mine.json", "Mine", "R"), (e.SourceName, e.Workflow, e.Rule));
        Assert.StartsWith("Expression " + named, e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("table.Name.StartsWith('a') || true")]
    [InlineData("string.CompareOrdinal(table.Name, \"a\") != 0")]
    [InlineData("table.Indicators.OrderBy(i => i.Row).Any() || true")]
    [InlineData("table.Name.Contains(\"a\") || true")]
    public void Ordinal_alternatives_load(string expression) =>
        Assert.Single(RuleSet.Load(new RuleOptions { IncludeBuiltInRules = false, RuleSources = new[] { RuleSource.FromJson(EvaluationBudgetTests.File(("R", expression, "table")), "mine.json") } }).Rules);
}
