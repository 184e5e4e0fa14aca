using System.Collections.Generic;
using System.Linq;
using PerfRules.Findings;

namespace PerfRules.Rules.Tests;

internal static class Assertions
{
    /// <summary>Exactly one finding of <paramref name="id"/>, at the indicator/field given, with the message fragment.</summary>
    public static Finding Single(IReadOnlyList<Finding> findings, string id, string? indicator = null, string? field = null, string? fragment = null)
    {
        var matching = findings.Where(f => f.RuleId == id).ToList();
        Assert.True(matching.Count == 1, $"expected one {id}, got {matching.Count}:\n{findings.Show()}");
        var f = matching[0];
        if (indicator is not null) Assert.Equal(indicator, f.Location.Indicator);
        if (field is not null) Assert.Equal(field, f.Location.Field);
        if (fragment is not null) Assert.Contains(fragment, f.Message, System.StringComparison.Ordinal);
        return f;
    }

    public static void None(IReadOnlyList<Finding> findings, string id) =>
        Assert.True(findings.All(f => f.RuleId != id), $"expected no {id}:\n{findings.Show()}");

    /// <summary>The findings of the compliant table plus exactly the listed change: nothing else fires.</summary>
    public static void OnlyIds(IReadOnlyList<Finding> findings, params string[] ids) =>
        Assert.True(findings.Select(f => f.RuleId).Distinct().OrderBy(x => x, System.StringComparer.Ordinal).SequenceEqual(ids.OrderBy(x => x, System.StringComparer.Ordinal)),
            $"expected only {string.Join(",", ids)}:\n{findings.Show()}");
}
