using System.Collections.Generic;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Rules.Scoring;

/// <summary>Builds E findings: one place for their severities, locations and argument names.</summary>
internal static class EvaluationFindings
{
    /// <summary>The 预算执行率 line of a table (a funding-type location).</summary>
    public const string ExecutionField = "预算执行率";

    public static Finding ForIndicator(string ruleId, Indicator indicator, string message, params (string Name, string? Value)[] arguments) =>
        new(ruleId, SeverityOf(ruleId), message, FindingLocation.ForIndicator(indicator)) { Arguments = Arguments(indicator.Name, arguments) };

    public static Finding ForField(string ruleId, string field, string message, params (string Name, string? Value)[] arguments) =>
        new(ruleId, SeverityOf(ruleId), message, FindingLocation.ForField(field)) { Arguments = Arguments(null, arguments) };

    /// <summary>An actual that names no indicator of the table (or an ambiguous one): located by the name it gave.</summary>
    public static Finding ForUnmatchedActual(string name, int? row, string message) =>
        new(EvaluationRuleIds.NotComparable, Severity.Error, message, new FindingLocation { Indicator = name, Row = row }) { Arguments = Arguments(name, new[] { ("value", (string?)null) }) };

    /// <summary>Deterministic order: rule id, then row (table-level first), then field, then message.</summary>
    public static IEnumerable<Finding> Ordered(IEnumerable<Finding> findings) =>
        findings
            .OrderBy(f => f.RuleId, System.StringComparer.Ordinal)
            .ThenBy(f => f.Location.Row ?? 0)
            .ThenBy(f => f.Location.Field ?? string.Empty, System.StringComparer.Ordinal)
            .ThenBy(f => f.Message, System.StringComparer.Ordinal);

    private static Severity SeverityOf(string ruleId) => ruleId switch
    {
        EvaluationRuleIds.ActualMissing or EvaluationRuleIds.NotComparable or EvaluationRuleIds.PublishedTotalsInconsistent => Severity.Error,
        EvaluationRuleIds.FarAboveTarget => Severity.Info,
        _ => Severity.Warning,
    };

    private static ValueList<FindingArgument> Arguments(string? indicator, IEnumerable<(string Name, string? Value)> arguments)
    {
        var list = new List<FindingArgument>();
        if (indicator is not null) list.Add(new FindingArgument("indicator", indicator));
        foreach (var (name, value) in arguments)
        {
            if (value is not null) list.Add(new FindingArgument(name, value));
        }

        return list.ToValueList();
    }
}
