using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Rules;
using PerfRules.Tables;
using PerfRules.Testing;
using PerfRules.Values;

namespace PerfRules.Rules.Tests;

/// <summary>
/// Hand-made tables: <see cref="Compliant"/> is a complete 2026 Nanjing table that no rule flags (shared with the
/// benchmarks through PerfRules.Testing); tests change one thing and assert the exact finding.
/// </summary>
internal static class Tables
{
    public static readonly RuleEngine Engine = RuleEngine.Create();

    public static QualitativeValue Word(string word, QualitativeKind kind = QualitativeKind.Criterion, int rank = 0) => new(word, kind, rank);

    public static NumericValue Num(Comparison c, decimal n, string? unit = null, UnitSource source = UnitSource.Cell) => new(c, n, unit, source);

    public static NumericValue AtLeast(decimal n, string? unit = null) => new(Comparison.AtLeast, n, unit);

    public static NumericValue AtMost(decimal n, string? unit = null) => new(Comparison.AtMost, n, unit);

    public static NumericValue Exactly(decimal n, string? unit = null) => new(Comparison.Exactly, n, unit);

    public static NumericValue Bare(decimal n, string? unit = null, UnitSource source = UnitSource.Cell) => new(Comparison.Unspecified, n, unit, source);

    public static readonly OnScheduleValue OnSchedule = new();

    /// <summary>The 11 standard 决策/过程 rows (<see cref="CompliantTable.StandardIndicators"/>).</summary>
    public static IReadOnlyList<Indicator> Standard() => CompliantTable.StandardIndicators();

    /// <summary>The table every rule holds on (<see cref="CompliantTable.Create"/>).</summary>
    public static PerformanceTable Compliant() => CompliantTable.Create();

    /// <summary>The table with the indicator named <paramref name="name"/> replaced.</summary>
    public static PerformanceTable WithIndicator(this PerformanceTable table, string name, Func<Indicator, Indicator> change) =>
        table with { Indicators = table.Indicators.Select(i => i.Name == name ? change(i) : i).ToValueList() };

    /// <summary>The table with one more indicator row.</summary>
    public static PerformanceTable Plus(this PerformanceTable table, string l1, string l2, string name, IndicatorValue half, IndicatorValue full, string? unit = null) =>
        table with
        {
            Indicators = table.Indicators.Append(new Indicator(table.Indicators.Count + 1, l1, l2, name, half, full) { Unit = unit }).ToValueList(),
        };

    /// <summary>The table without the indicators matching <paramref name="drop"/> (rows renumbered).</summary>
    public static PerformanceTable Without(this PerformanceTable table, Func<Indicator, bool> drop) =>
        table with { Indicators = table.Indicators.Where(i => !drop(i)).Select((i, n) => i with { Row = n + 1 }).ToValueList() };

    public static IReadOnlyList<Finding> Check(this PerformanceTable table, DateTime? asOf = null) => Engine.Check(table, asOf);

    public static IReadOnlyList<Finding> Only(this IReadOnlyList<Finding> findings, string id) => findings.Where(f => f.RuleId == id).ToList();

    public static string Show(this IEnumerable<Finding> findings) => string.Join("\n", findings.Select(f => f.ToString()));
}
