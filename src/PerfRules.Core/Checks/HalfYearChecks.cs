using System;
using PerfRules.Values;

namespace PerfRules.Checks;

/// <summary>
/// Checks between the 半年 and 全年 targets of one indicator row (C01, C02).
/// </summary>
internal static class HalfYearChecks
{
    /// <summary>
    /// True when <paramref name="unit"/> counts things, people, events or money (家 场 个 台 项 人 万元 …),
    /// whose half-year amount is part of the full-year amount. Percentages, durations, capacities,
    /// concentrations and indices are levels, not counts.
    /// </summary>
    public static bool IsCumulativeUnit(string? unit) => DomainFacts.IsCumulativeUnit(unit);

    /// <summary>
    /// C01: the half-year target exceeds the full-year target. Judged only for two numeric values in
    /// compatible cumulative units, neither of them a ≤/&lt; target (a ceiling is a level, not a count).
    /// </summary>
    public static bool HalfExceedsFull(IndicatorValue? halfYear, IndicatorValue? fullYear)
    {
        if (halfYear is not NumericValue h || fullYear is not NumericValue f) return false;
        if (IsCeiling(h.Comparison) || IsCeiling(f.Comparison)) return false;
        if (!IsCumulativeUnit(h.Unit) || !IsCumulativeUnit(f.Unit)) return false;
        return DomainFacts.TryCompareMagnitude(h, f, out var cmp) && cmp > 0;
    }

    /// <summary>C01 as a compliance test: true unless <see cref="HalfExceedsFull"/>.</summary>
    public static bool HalfWithinFull(IndicatorValue? halfYear, IndicatorValue? fullYear) => !HalfExceedsFull(halfYear, fullYear);

    /// <summary>True when the two numeric targets state opposite comparisons (≥ or &gt; against ≤ or &lt;).</summary>
    public static bool HaveOppositeComparisons(IndicatorValue? halfYear, IndicatorValue? fullYear) =>
        halfYear is NumericValue h && fullYear is NumericValue f &&
        ((IsFloor(h.Comparison) && IsCeiling(f.Comparison)) || (IsCeiling(h.Comparison) && IsFloor(f.Comparison)));

    /// <summary>True when both values are numeric with units that cannot be converted into each other (台 vs 家; 万元 vs 元 is convertible).</summary>
    public static bool HaveInconvertibleUnits(IndicatorValue? halfYear, IndicatorValue? fullYear) =>
        halfYear is NumericValue h && fullYear is NumericValue f &&
        h.Unit is not null && f.Unit is not null && !DomainFacts.UnitsCompatible(h.Unit, f.Unit);

    /// <summary>
    /// C02 as a compliance test: two numeric targets agree in direction and unit. 序时进度, empty and
    /// free-text cells are never C02.
    /// </summary>
    public static bool HalfAndFullAgree(IndicatorValue? halfYear, IndicatorValue? fullYear) =>
        !HaveOppositeComparisons(halfYear, fullYear) && !HaveInconvertibleUnits(halfYear, fullYear);

    /// <summary>True when both units are known and compatible (equal, or both money).</summary>
    public static bool UnitsCompatible(string? a, string? b) => DomainFacts.UnitsCompatible(a, b);

    /// <summary>The unit in canonical spelling (<c>百分比</c> → <c>%</c>), or null.</summary>
    public static string? CanonicalUnit(string? unit) => DomainFacts.CanonicalUnit(unit);

    private static bool IsFloor(Comparison c) => c is Comparison.AtLeast or Comparison.GreaterThan;

    private static bool IsCeiling(Comparison c) => c is Comparison.AtMost or Comparison.LessThan;
}
