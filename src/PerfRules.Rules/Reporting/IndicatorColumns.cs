using System;
using System.Collections.Generic;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Reporting;

/// <summary>What a column of the drawn indicator block shows.</summary>
internal enum IndicatorColumnKind
{
    /// <summary>一级指标.</summary>
    Level1,

    /// <summary>二级指标.</summary>
    Level2,

    /// <summary>三级指标 (the row's own cell: findings about the row go here).</summary>
    Name,

    /// <summary>半年(程)指标值.</summary>
    HalfYear,

    /// <summary>全年(程)指标值 / 指标值.</summary>
    FullYear,

    /// <summary>Another attribute the table has (指标性质, 计量单位, 权重 …).</summary>
    Attribute,
}

/// <summary>One column of the drawn indicator block.</summary>
/// <param name="Kind">What it shows.</param>
/// <param name="Label">The header text.</param>
/// <param name="Text">For an attribute column, the cell text of a row.</param>
/// <param name="IsNumber">True for numbers (right-aligned).</param>
internal sealed record IndicatorColumn(IndicatorColumnKind Kind, string Label, Func<Indicator, string?> Text, bool IsNumber = false);

/// <summary>
/// The columns the indicator block is drawn with: those the layout has (半年 only where the table has a half-year
/// column, 一级/二级 only where the rows carry them) and every attribute column at least one row fills.
/// </summary>
internal static class IndicatorColumns
{
    private static readonly Func<Indicator, string?> None = _ => null;

    /// <summary>The columns for <paramref name="table"/>.</summary>
    public static IReadOnlyList<IndicatorColumn> Of(PerformanceTable table, bool hasHalfYear, bool hasLevels)
    {
        var columns = new List<IndicatorColumn>();
        if (hasLevels)
        {
            columns.Add(new IndicatorColumn(IndicatorColumnKind.Level1, "一级指标", None));
            columns.Add(new IndicatorColumn(IndicatorColumnKind.Level2, "二级指标", None));
        }

        columns.Add(new IndicatorColumn(IndicatorColumnKind.Name, hasLevels ? "三级指标" : "指标", None));
        if (hasHalfYear) columns.Add(new IndicatorColumn(IndicatorColumnKind.HalfYear, "半年(程)指标值", None));
        var selfEvaluation = string.Equals(table.Layout, TableLayouts.NationalSelfEvaluation, StringComparison.Ordinal);
        columns.Add(new IndicatorColumn(IndicatorColumnKind.FullYear, hasHalfYear ? "全年(程)指标值" : selfEvaluation ? "年度指标值" : "指标值", None));
        Attribute(columns, table, "指标性质", i => i.OperatorText);
        Attribute(columns, table, "计量单位", i => i.UnitText);
        Attribute(columns, table, "权重(分值)", i => i.Weight is { } w ? ValueText.FormatNumber(w) : null, true);
        Attribute(columns, table, "指标方向", i => i.Direction);
        Attribute(columns, table, "定量/定性", i => i.ValueType);
        Attribute(columns, table, "指标解释", i => i.Explanation);
        Attribute(columns, table, "评(扣)分标准", i => i.ScoringStandard);
        Attribute(columns, table, "备注", i => i.Remark);
        if (table.Published is { } published && published.Indicators.Count > 0)
        {
            var byRow = new Dictionary<int, PublishedIndicator>();
            foreach (var p in published.Indicators)
            {
                if (!byRow.ContainsKey(p.Row)) byRow.Add(p.Row, p);
            }

            Attribute(columns, table, "实际完成值", i => byRow.TryGetValue(i.Row, out var p) ? p.Actual : null);
            Attribute(columns, table, "得分", i => byRow.TryGetValue(i.Row, out var p) && p.Score is { } s ? ValueText.FormatNumber(s) : null, true);
            Attribute(columns, table, "偏差原因", i => byRow.TryGetValue(i.Row, out var p) ? p.Reason : null);
        }

        return columns;
    }

    private static void Attribute(List<IndicatorColumn> columns, PerformanceTable table, string label, Func<Indicator, string?> text, bool number = false)
    {
        foreach (var indicator in table.Indicators)
        {
            if (!string.IsNullOrEmpty(text(indicator)))
            {
                columns.Add(new IndicatorColumn(IndicatorColumnKind.Attribute, label, text, number));
                return;
            }
        }
    }
}
