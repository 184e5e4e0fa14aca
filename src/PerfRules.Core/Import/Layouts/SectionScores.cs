using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using PerfRules.Tables;

namespace PerfRules.Import.Layouts;

/// <summary>
/// Scores stated in block titles rather than in 一级 labels: <c>绩效指标(90分)</c>, <c>年度绩效目标(90分)</c>,
/// <c>预算执行情况(10分)</c>, <c>项目资金 预算执行 10分</c>, and the 内蒙古 caption
/// <c>绩效指标(权重分值90分,其中产出指标权重分值50分,效益指标权重分值30分,满意度指标权重分值10分)</c>.
/// </summary>
internal static class SectionScores
{
    /// <summary>The section name of a weight that covers every indicator (checked by E07 against their 分值).</summary>
    public const string AllIndicators = "绩效指标";

    /// <summary>The section name of the 预算执行率 weight.</summary>
    public const string ExecutionRate = "预算执行率";

    private static readonly Regex Part = new(@"(产出|效益|满意度|成本)(指标)?(权重)?分值(\d+(?:\.\d+)?)分", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex TrailingScore = new(@"(\d+(?:\.\d+)?)分$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Reads a block title that states the weight of all indicators (<c>绩效指标(90分)</c>, <c>年度绩效目标(90分)</c>,
    /// <c>绩效指标(权重分值90分,其中…)</c>) with any per-section parts; false for anything else.
    /// </summary>
    public static bool TryIndicatorCaption(string cell, out List<SectionWeight> weights)
    {
        weights = new List<SectionWeight>();
        if (cell.Length > 120) return false;
        var t = LabelText.Normalize(cell);
        if (!(t.StartsWith("绩效指标", StringComparison.Ordinal) || t.StartsWith("年度绩效指标", StringComparison.Ordinal) || t.StartsWith("年度绩效目标", StringComparison.Ordinal))) return false;
        var open = t.IndexOf('(');
        if (open < 0) return false;
        var head = t.Substring(0, open);
        if (head is not ("绩效指标" or "年度绩效指标" or "年度绩效目标" or "年度绩效指标完成情况")) return false;

        if (Hierarchy.TryStripScore(t, out _, out _, out var simple))
        {
            weights.Add(new SectionWeight(AllIndicators, simple));
            return true;
        }

        var inner = t.Substring(open + 1).TrimEnd(')');
        var total = Regex.Match(inner, @"^(?:权重)?分值(\d+(?:\.\d+)?)分", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!total.Success) return false;
        weights.Add(new SectionWeight(AllIndicators, Parse(total.Groups[1].Value)));
        foreach (Match m in Part.Matches(inner))
        {
            weights.Add(new SectionWeight(m.Groups[1].Value + "指标", Parse(m.Groups[4].Value)));
        }

        return true;
    }

    /// <summary>
    /// Reads the 预算执行率 weight from a budget block's label: <c>预算执行情况(10分)</c>, <c>项目资金 预算执行 10分</c>,
    /// <c>分值</c> + <c>10分</c>; false when the label states no score.
    /// </summary>
    public static bool TryExecutionScore(string cell, out decimal weight)
    {
        weight = 0m;
        if (cell.Length > 40) return false;
        var t = LabelText.Normalize(cell);
        if (Hierarchy.TryStripScore(t, out var name, out _, out var max) && (name.IndexOf("预算执行", StringComparison.Ordinal) >= 0 || name.StartsWith("项目资金", StringComparison.Ordinal)))
        {
            weight = max;
            return true;
        }

        var m = TrailingScore.Match(t);
        if (!m.Success || (t.IndexOf("预算执行", StringComparison.Ordinal) < 0)) return false;
        weight = Parse(m.Groups[1].Value);
        return true;
    }

    /// <summary>A score cell: <c>10分</c>, <c>10</c>; false for anything else.</summary>
    public static bool TryScore(string cell, out decimal score)
    {
        score = 0m;
        var t = LabelText.Normalize(cell);
        if (t.EndsWith("分", StringComparison.Ordinal)) t = t.Substring(0, t.Length - 1);
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out score);
    }

    /// <summary>Adds <paramref name="weight"/> unless a weight for the same section is already stated.</summary>
    public static void Add(List<SectionWeight> weights, SectionWeight weight)
    {
        foreach (var w in weights)
        {
            if (string.Equals(w.Section, weight.Section, StringComparison.Ordinal)) return;
        }

        weights.Add(weight);
    }

    private static decimal Parse(string s) => decimal.Parse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
