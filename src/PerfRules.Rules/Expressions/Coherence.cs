using System;
using System.Collections.Generic;
using PerfRules.Checks;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Expressions;

/// <summary>
/// Rule-expression helpers for the C (consistency) rules: 半年 against 全年, 年度目标 against the
/// indicators, 效益 rows that are really outputs, 开始/完成时间. Registered as <c>Coherence</c> (not "Consistency": System.Linq.Dynamic.Core resolves that name to the System.Runtime.ConstrainedExecution enum).
/// </summary>
public static class Coherence
{
    // Verbs that describe doing something (an output), not the effect of doing it.
    private static readonly string[] ActivityVerbs = { "收集", "开展", "组织", "举办", "编印", "采购", "购置" };

    /// <summary>C01: the half-year target does not exceed the full-year target (counts and amounts only).</summary>
    public static bool HalfWithinFull(Indicator indicator) =>
        HalfYearChecks.HalfWithinFull(Row(indicator).HalfYear, indicator.FullYear);

    /// <summary>C02: two numeric targets agree in direction (≥ vs ≤) and in convertible units.</summary>
    public static bool HalfAndFullAgree(Indicator indicator) =>
        HalfYearChecks.HalfAndFullAgree(Row(indicator).HalfYear, indicator.FullYear);

    /// <summary>What contradicts between the two targets, in words for the C02 message.</summary>
    public static string Contradiction(Indicator indicator)
    {
        Row(indicator);
        if (HalfYearChecks.HaveOppositeComparisons(indicator.HalfYear, indicator.FullYear)) return "的比较方向相反";
        if (indicator.HalfYear is NumericValue h && indicator.FullYear is NumericValue f && HalfYearChecks.HaveInconvertibleUnits(h, f))
        {
            return "的单位「" + h.Unit + "」与「" + f.Unit + "」无法换算";
        }

        return string.Empty;
    }

    /// <summary>
    /// C03: a qualitative half-year target does not rank above the full-year one on the same scale
    /// (半年 较好 with 全年 一般 promises more by June than by December).
    /// </summary>
    public static bool QualitativeHalfNotAboveFull(Indicator indicator) =>
        !(Row(indicator).HalfYear is QualitativeValue h && indicator.FullYear is QualitativeValue f &&
          h.QualitativeKind == f.QualitativeKind && h.Rank < f.Rank);

    /// <summary>
    /// C04: the quantities 年度目标 promises (<see cref="Prose.Promises"/>) that no indicator's full-year
    /// target carries with the same number and a compatible unit (none for a partial table).
    /// </summary>
    public static IReadOnlyList<Promise> UncoveredPromises(PerformanceTable table)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        var uncovered = new List<Promise>();
        // A cut-off table may have lost the very indicators that cover the promises.
        if (table.IsPartial) return uncovered;
        foreach (var promise in Prose.Promises(table.AnnualGoal))
        {
            if (!IsCovered(table, promise)) uncovered.Add(promise);
        }

        return uncovered;
    }

    /// <summary>True when some indicator's full-year target states the promised number in a compatible unit.</summary>
    public static bool IsCovered(PerformanceTable table, Promise promise)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        if (promise is null) throw new ArgumentNullException(nameof(promise));
        var wanted = new NumericValue(Comparison.Exactly, promise.Number, promise.Unit, UnitSource.Cell, promise.Magnitude);
        foreach (var indicator in table.Indicators)
        {
            switch (indicator.FullYear)
            {
                case NumericValue n when Carries(n, wanted, promise):
                    return true;
                case RangeValue r when (r.Low == promise.ScaledNumber || r.High == promise.ScaledNumber) && UnitAgrees(r.Unit, promise.Unit):
                    return true;
            }
        }

        return false;
    }

    /// <summary>C05: the activity verb a 效益 indicator's name starts with (收集服务机构 → 收集), or null.</summary>
    public static string? ActivityVerbUnderEffect(Indicator indicator)
    {
        var row = TableFacts.RowOf(indicator);
        if (row.Level1 != "效益") return null;
        var name = row.Name;
        foreach (var verb in ActivityVerbs)
        {
            if (name.StartsWith(verb, StringComparison.Ordinal)) return verb;
        }

        return null;
    }

    /// <summary>C06: 完成时间 does not end before 开始时间 begins (长期 and unreadable times are not judged).</summary>
    public static bool PeriodIsOrdered(PerformanceTable table) =>
        PeriodChecks.PeriodIsOrdered((table ?? throw new ArgumentNullException(nameof(table))).StartTime, table.EndTime);

    private static bool Carries(NumericValue target, NumericValue wanted, Promise promise)
    {
        // A bare number with no unit anywhere cannot contradict the promise's unit: count it as carried.
        if (target.Unit is null) return target.ScaledNumber == promise.ScaledNumber;

        // 个 is the generic counter: 70个行政村 is carried by ≥70村 (the noun's own measure word), not by 70% or 70万元.
        if (promise.Unit == "个" && promise.Magnitude == Magnitude.None && target.ScaledNumber == promise.ScaledNumber && IsCount(target.Unit)) return true;
        return DomainFacts.TryCompareMagnitude(target, wanted, out var cmp) && cmp == 0;
    }

    private static bool IsCount(string unit) =>
        unit.Length is > 0 and <= 2 && unit.IndexOf('/') < 0 && unit.IndexOf('元') < 0 && unit != "%" && unit.IndexOf('年') < 0 && unit.IndexOf('月') < 0 && unit.IndexOf('天') < 0 && unit.IndexOf('日') < 0;

    private static bool UnitAgrees(string? unit, string promised) => unit is null || HalfYearChecks.UnitsCompatible(unit, promised);

    private static Indicator Row(Indicator indicator) => indicator ?? throw new ArgumentNullException(nameof(indicator));
}
