using System;
using System.Collections.Generic;
using PerfRules.Tables;

namespace PerfRules.Actuals;

/// <summary>
/// The actuals of one table for self-evaluation (自评): the budget executed (执行数, 万元) and the actual
/// value of each indicator. Matched to a <see cref="PerformanceTable"/> by 项目名称.
/// </summary>
/// <param name="Name">项目名称 of the table the actuals are for.</param>
public sealed record TableActuals(string Name)
{
    /// <summary>
    /// 全年预算数 / 调整后预算数 (the budget executed against, in the table's funding unit), when it differs
    /// from the table's own full-year budget; null to use the table's.
    /// </summary>
    public decimal? Budget { get; init; }

    /// <summary>全年执行数 (the budget executed), or null when not reported (rule E01).</summary>
    public decimal? Executed { get; init; }

    /// <summary>The per-indicator actual values, in the order given.</summary>
    public ValueList<IndicatorActual> Indicators { get; init; } = ValueList<IndicatorActual>.Empty;

    /// <summary>
    /// The actuals a 自评 (self-evaluation) table publishes itself — 全年执行数, 调整后预算数 and each row's
    /// 实际完成值 and 偏差原因 — so one scorer recomputes a published score (rule E06).
    /// </summary>
    /// <param name="table">A table read from a 自评 layout; its <see cref="PerformanceTable.Published"/> must be set.</param>
    /// <exception cref="ArgumentException">The table publishes no evaluation.</exception>
    public static TableActuals FromPublished(PerformanceTable table)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        var published = table.Published ?? throw new ArgumentException("表“" + table.Name + "”不是自评表：没有已公布的实际完成值。", nameof(table));

        var byRow = new Dictionary<int, Indicator>();
        foreach (var indicator in table.Indicators) byRow[indicator.Row] = indicator;

        var actuals = new List<IndicatorActual>(published.Indicators.Count);
        foreach (var row in published.Indicators)
        {
            // The row always travels with the actual: published tables repeat names (template rows 指标2:).
            var name = byRow.TryGetValue(row.Row, out var indicator) ? indicator.Name : string.Empty;
            actuals.Add(new IndicatorActual(name, row.Actual) { Row = row.Row, Reason = row.Reason });
        }

        return new TableActuals(table.Name)
        {
            Budget = published.Budget,
            Executed = published.Executed,
            Indicators = actuals.ToValueList(),
        };
    }
}
