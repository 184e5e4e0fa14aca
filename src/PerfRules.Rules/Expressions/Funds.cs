using System;
using PerfRules.Checks;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Expressions;

/// <summary>
/// Rule-expression helpers for the F (funding) rules: 资金总额, 支出 lines, 序时进度 of the plans,
/// and the 预算执行率/资金到位率 targets. Registered for rule expressions as <c>Funds</c>.
/// </summary>
public static class Funds
{
    /// <summary>F01: 资金总额 is a number (a table without any funding block is S01).</summary>
    public static bool TotalComplies(PerformanceTable table) => FundingChecks.TotalComplies(FundingOf(table));

    /// <summary>F02: 资金总额 equals Σ 支出 full-year budgets within 0.005 (not judged without 资金总额).</summary>
    public static bool TotalMatchesExpenditures(PerformanceTable table) => FundingChecks.TotalMatchesExpenditures(FundingOf(table));

    /// <summary>资金总额 with its unit (<c>25227万元</c>), or empty.</summary>
    public static string TotalText(PerformanceTable table) => Money(FundingOf(table).Total, table.Funding.Unit);

    /// <summary>Σ 支出 full-year budgets with the unit, or empty when a budget is missing.</summary>
    public static string ExpenditureSumText(PerformanceTable table) =>
        Money(FundingChecks.ExpenditureSum(FundingOf(table)), table.Funding.Unit);

    /// <summary>Σ 支出 half-year plans with the unit; <c>序时进度</c> when a plan is on schedule; empty when one is missing.</summary>
    public static string HalfPlanTotalText(PerformanceTable table)
    {
        var funding = FundingOf(table);
        foreach (var e in funding.Expenditures)
        {
            if (e.HalfYear.OnSchedule) return "序时进度";
        }

        return Money(FundingChecks.HalfYearPlanSum(funding), funding.Unit);
    }

    /// <summary>F03: a numeric half-year plan lies between 0 and its line's full-year budget.</summary>
    public static bool HalfPlanInRange(Expenditure funding) => FundingChecks.HalfPlanInRange(funding);

    /// <summary>
    /// The share (0–1) of the budget year due at <paramref name="asOf"/> for this table's project period
    /// (181/365 at 30 June 2026; the library's 序时进度 convention), or null when the date is unknown or the period misses the year.
    /// </summary>
    public static decimal? OnScheduleShare(PerformanceTable table, DateTime asOf)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        if (asOf.Year < 1900) return null;
        return PeriodChecks.OnScheduleShare(table.Year ?? asOf.Year, table.StartTime, table.EndTime, asOf);
    }

    /// <summary>
    /// The least half-year plan that keeps pace with 序时进度 at <paramref name="asOf"/>: full-year budget
    /// × <see cref="OnScheduleShare"/>, or null when not computable.
    /// </summary>
    public static decimal? OnScheduleMinimum(PerformanceTable table, Expenditure funding, DateTime asOf)
    {
        if (funding is null) throw new ArgumentNullException(nameof(funding));
        if (funding.FullYear.Value is not { } full || OnScheduleShare(table, asOf) is not { } share) return null;
        return full * share;
    }

    /// <summary>
    /// F04: a numeric half-year plan is not below the on-schedule share of its full-year budget
    /// (tolerance 0.005). A 序时进度 plan meets it by definition; missing amounts are not judged.
    /// </summary>
    public static bool HalfPlanOnSchedule(PerformanceTable table, Expenditure funding, DateTime asOf)
    {
        if (funding is null) throw new ArgumentNullException(nameof(funding));
        if (funding.HalfYear.OnSchedule || funding.HalfYear.Value is not { } half) return true;
        return OnScheduleMinimum(table, funding, asOf) is not { } minimum || half >= minimum - FundingChecks.SumTolerance;
    }

    /// <summary>The on-schedule share and amount for the F04 message: <c>49.59%（6.45万元）</c>.</summary>
    public static string OnScheduleMinimumText(PerformanceTable table, Expenditure funding, DateTime asOf)
    {
        if (OnScheduleShare(table, asOf) is not { } share || OnScheduleMinimum(table, funding, asOf) is not { } minimum) return string.Empty;
        return ValueText.FormatNumber(Math.Round(share * 100m, 2, MidpointRounding.AwayFromZero)) + "%（" +
               Money(Math.Round(minimum, 2, MidpointRounding.AwayFromZero), table.Funding.Unit) + "）";
    }

    /// <summary>
    /// F05: a half-year 预算执行率 target of 100% (=100%, ≥100%) is only consistent when the table's half-year
    /// plans add up to its full-year budgets. Not judged when an amount is missing.
    /// </summary>
    public static bool HalfExecutionTargetConsistent(PerformanceTable table, Indicator indicator)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        if (indicator is null) throw new ArgumentNullException(nameof(indicator));
        if (!FundingChecks.IsExecutionRateIndicator(indicator.Name) || !FundingChecks.IsHundredPercent(indicator.HalfYear)) return true;
        var funding = table.Funding;
        if (FundingChecks.ExpenditureSum(funding) is not { } full) return true;
        foreach (var e in funding.Expenditures)
        {
            // A 序时进度 plan is a share of the year below 100% at 30 June.
            if (e.HalfYear.OnSchedule) return false;
        }

        return FundingChecks.HalfYearPlanSum(funding) is not { } half || half >= full - FundingChecks.SumTolerance;
    }

    /// <summary>F06: the full-year 预算执行率 / 资金到位率 target is 100%.</summary>
    public static bool FullYearRateIsHundred(Indicator indicator) =>
        FundingChecks.FullYearRateIsHundred((indicator ?? throw new ArgumentNullException(nameof(indicator))).Name, indicator.FullYear);

    private static Funding FundingOf(PerformanceTable table) => (table ?? throw new ArgumentNullException(nameof(table))).Funding;

    private static string Money(decimal? amount, string unit) => amount is { } a ? ValueText.FormatNumber(a) + unit : string.Empty;
}
