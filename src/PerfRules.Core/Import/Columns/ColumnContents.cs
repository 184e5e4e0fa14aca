using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfRules.Values;

namespace PerfRules.Import.Columns;

/// <summary>
/// Infers the role of a column whose header word is unknown from the cells under it: comparison signs are an
/// operator column, 正向/反向 a direction, 定量/定性 a value type, targets (numbers, percentages, 是/否) a value column.
/// Several value columns side by side with no 指标值 column are one target per region (区域绩效目标表).
/// </summary>
internal static class ColumnContents
{
    /// <summary>The share of a column's non-empty cells that must agree before it is given a role.</summary>
    private const double Agreement = 0.6;

    /// <summary>What the cells look like, or null when they agree on nothing.</summary>
    public static ColumnRole? Classify(IReadOnlyList<string> cells)
    {
        var texts = cells.Select(LabelText.Normalize).Where(c => c.Length > 0).ToList();
        if (texts.Count == 0) return null;
        bool Most(Func<string, bool> test) => texts.Count(test) >= Agreement * texts.Count;
        if (Most(t => t.StartsWith("正向", StringComparison.Ordinal) || t.StartsWith("反向", StringComparison.Ordinal))) return ColumnRole.Direction;
        if (Most(t => t is "定量" or "定性")) return ColumnRole.ValueType;
        if (Most(IsOperator)) return ColumnRole.Operator;
        if (Most(IsTarget)) return ColumnRole.FullYear;
        return null;
    }

    /// <summary>True when the numbers of a column add up to a form's total (100 or 90 points): a weight column.</summary>
    public static bool IsWeightColumn(IReadOnlyList<string> cells)
    {
        decimal sum = 0;
        var count = 0;
        foreach (var c in cells.Select(LabelText.Normalize).Where(c => c.Length > 0))
        {
            if (!decimal.TryParse(c.TrimEnd('分'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) return false;
            sum += d;
            count++;
        }

        return count >= 2 && sum is 100m or 90m;
    }

    /// <summary>A comparison sign alone (≥, ≤, =, ＞, 是/否 of a yes/no target).</summary>
    public static bool IsOperator(string text) =>
        text is "是/否" or "是否" || (text.Length <= 2 && IndicatorValueParser.TryParseComparison(text, out _));

    /// <summary>A target: a number, percentage, range or date, or a yes/no word.</summary>
    public static bool IsTarget(string text)
    {
        if (text is "是" or "否" or "有" or "无") return true;
        var parsed = IndicatorValueParser.Parse(text);
        return parsed.IsSuccess && parsed.Value.Kind is ValueKind.Numeric or ValueKind.Range or ValueKind.Date or ValueKind.Qualitative;
    }
}
