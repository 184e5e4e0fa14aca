using System;
using PerfRules.Values;

namespace PerfRules.Checks;

/// <summary>
/// Checks of one indicator cell against its indicator's name (V02–V05): what the name says the
/// value must look like.
/// </summary>
internal static class ValueChecks
{
    // Rate words that are not bounded shares of a whole.
    private static readonly string[] NotRateSuffixes = { "效率", "频率", "功率" };

    // Growth-like rates may exceed 100% or be negative; they are rates but not bounded by 100%.
    private static readonly string[] UnboundedRateParts = { "增长", "增速", "增幅", "涨幅", "变化", "变动" };

    /// <summary>True when the value is a percentage: a number or range in <c>%</c> (or <c>百分比</c>).</summary>
    public static bool IsPercentage(IndicatorValue? value) => value switch
    {
        NumericValue n => n.IsPercentage,
        RangeValue r => DomainFacts.IsPercentageUnit(r.Unit),
        _ => false,
    };

    /// <summary>
    /// True when the name is a rate: it ends in 率 (but not 效率/频率/功率), 占比, 比例, 比重 or 满意度, or its
    /// unit bracket is <c>（%）</c>.
    /// </summary>
    public static bool IsRateName(string? indicatorName)
    {
        if (DomainFacts.IsPercentageUnit(Units.FromIndicatorName(indicatorName))) return true;
        var name = CheckText.WithoutBracket(indicatorName);
        if (name.EndsWith("率", StringComparison.Ordinal))
        {
            foreach (var s in NotRateSuffixes)
            {
                if (name.EndsWith(s, StringComparison.Ordinal)) return false;
            }

            return true;
        }

        return name.EndsWith("占比", StringComparison.Ordinal) || name.EndsWith("比例", StringComparison.Ordinal) ||
               name.EndsWith("比重", StringComparison.Ordinal) || name.EndsWith("满意度", StringComparison.Ordinal);
    }

    /// <summary>
    /// True when the name is a rate bounded by 100%: a rate name (<see cref="IsRateName"/>) ending in 率,
    /// 满意度, 占比, 比例 or 比重 that is not growth-like (增长率, 增速 … may exceed 100%).
    /// </summary>
    public static bool IsBoundedRateName(string? indicatorName)
    {
        var name = CheckText.WithoutBracket(indicatorName);
        foreach (var part in UnboundedRateParts)
        {
            if (name.IndexOf(part, StringComparison.Ordinal) >= 0) return false;
        }

        if (name.EndsWith("率", StringComparison.Ordinal))
        {
            foreach (var s in NotRateSuffixes)
            {
                if (name.EndsWith(s, StringComparison.Ordinal)) return false;
            }

            return true;
        }

        return name.EndsWith("满意度", StringComparison.Ordinal) || name.EndsWith("占比", StringComparison.Ordinal) ||
               name.EndsWith("比例", StringComparison.Ordinal) || name.EndsWith("比重", StringComparison.Ordinal);
    }

    /// <summary>V02: a 全年 cell must not be 序时进度 (on-schedule progress only means something at the half-year checkpoint).</summary>
    public static bool FullYearCellComplies(IndicatorValue? fullYear) => fullYear is not OnScheduleValue;

    /// <summary>
    /// V04: a rate-named indicator is valued with a percentage or 序时进度. Empty cells are not judged.
    /// </summary>
    public static bool RateValueComplies(string? indicatorName, IndicatorValue? value) =>
        value is null or EmptyValue or OnScheduleValue || !IsRateName(indicatorName) || IsPercentage(value);

    /// <summary>
    /// V05: a percentage of a rate bounded by 100% lies within 0–100% (both ends of a range).
    /// </summary>
    public static bool PercentageInBounds(string? indicatorName, IndicatorValue? value)
    {
        if (!IsBoundedRateName(indicatorName) || !IsPercentage(value)) return true;
        return value switch
        {
            NumericValue n => n.ScaledNumber >= 0m && n.ScaledNumber <= 100m,
            RangeValue r => r.Low >= 0m && r.Low <= 100m && r.High >= 0m && r.High <= 100m,
            _ => true,
        };
    }

    /// <summary>The criterion word an X性 indicator expects (立项依据充分性 → 充分), or null when the name is no X性 name.</summary>
    public static string? ExpectedCriterion(string? indicatorName) => DomainFacts.CriterionWordFor(indicatorName);

    /// <summary>
    /// V03: an X性 indicator (立项依据充分性) is valued with its own criterion word (充分). Not judged for
    /// other names or an empty cell.
    /// </summary>
    public static bool CriterionComplies(string? indicatorName, IndicatorValue? value)
    {
        if (value is null or EmptyValue) return true;
        var expected = ExpectedCriterion(indicatorName);
        if (expected is null) return true;
        var word = value switch
        {
            QualitativeValue q => q.Word,
            FreeTextValue f => f.Text,
            _ => null,
        };
        return word is not null && string.Equals(CheckText.Normalize(word), expected, StringComparison.Ordinal);
    }
}
