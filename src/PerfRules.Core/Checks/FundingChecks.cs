using System;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Checks;

/// <summary>
/// 项目资金 checks (F01–F03, F06): amounts in the table's unit (万元 unless said otherwise).
/// </summary>
internal static class FundingChecks
{
    /// <summary>F02 tolerance: half a cent of a 万元 table's two decimals, in the table's own unit.</summary>
    public const decimal SumTolerance = 0.005m;

    /// <summary>
    /// F01: 资金总额 is a number. A table with no funding block at all is not judged here (S01 reports it).
    /// </summary>
    public static bool TotalComplies(Funding funding) =>
        !HeaderChecks.HasFundingBlock(funding) || funding.Total is not null;

    /// <summary>Σ of the 支出 lines' full-year budgets, or null when a line has no numeric budget (the sum cannot be judged).</summary>
    public static decimal? ExpenditureSum(Funding funding)
    {
        if (funding is null) throw new ArgumentNullException(nameof(funding));
        if (funding.Expenditures.Count == 0) return null;
        var sum = 0m;
        foreach (var e in funding.Expenditures)
        {
            if (e.FullYear.Value is not { } v) return null;
            sum += v;
        }

        return sum;
    }

    /// <summary>Σ of the 支出 lines' half-year plans, or null when a line has no numeric plan.</summary>
    public static decimal? HalfYearPlanSum(Funding funding)
    {
        if (funding is null) throw new ArgumentNullException(nameof(funding));
        if (funding.Expenditures.Count == 0) return null;
        var sum = 0m;
        foreach (var e in funding.Expenditures)
        {
            if (e.HalfYear.OnSchedule || e.HalfYear.Value is not { } v) return null;
            sum += v;
        }

        return sum;
    }

    /// <summary>
    /// F02: 资金总额 equals Σ 支出 full-year budgets within <see cref="SumTolerance"/>. Not judged when
    /// 资金总额 is missing (F01) or a line's budget is not a number.
    /// </summary>
    public static bool TotalMatchesExpenditures(Funding funding)
    {
        if (funding is null) throw new ArgumentNullException(nameof(funding));
        if (funding.Total is not { } total || ExpenditureSum(funding) is not { } sum) return true;
        return Math.Abs(total - sum) <= SumTolerance;
    }

    /// <summary>
    /// F03: a numeric half-year plan lies between 0 and the line's full-year budget. 序时进度 and
    /// missing amounts are not judged.
    /// </summary>
    public static bool HalfPlanInRange(Expenditure expenditure)
    {
        if (expenditure is null) throw new ArgumentNullException(nameof(expenditure));
        if (expenditure.HalfYear.OnSchedule || expenditure.HalfYear.Value is not { } half) return true;
        if (half < 0m) return false;
        return expenditure.FullYear.Value is not { } full || half <= full;
    }

    /// <summary>True for the 资金到位率 and 预算执行率 indicators (by the end of the name, unit bracket ignored).</summary>
    public static bool IsFundingRateIndicator(string? indicatorName) =>
        CheckText.NameEndsWith(indicatorName, "预算执行率") || CheckText.NameEndsWith(indicatorName, "资金到位率");

    /// <summary>True for the 预算执行率 indicator.</summary>
    public static bool IsExecutionRateIndicator(string? indicatorName) => CheckText.NameEndsWith(indicatorName, "预算执行率");

    /// <summary>True when a target states 100% as its level (=100%, ≥100%, or a bare 100%).</summary>
    public static bool IsHundredPercent(IndicatorValue? value) =>
        value is NumericValue { IsPercentage: true } n && n.ScaledNumber == 100m &&
        n.Comparison is Comparison.Exactly or Comparison.AtLeast or Comparison.Unspecified;

    /// <summary>
    /// F06: the full-year 预算执行率 / 资金到位率 target is 100% (the library's reading of the 自评 under
    /// 财预〔2020〕10号, where 预算执行率 is scored against full execution; see docs/rules/F06.md). Other indicators are not judged.
    /// </summary>
    public static bool FullYearRateIsHundred(string? indicatorName, IndicatorValue? fullYear) =>
        !IsFundingRateIndicator(indicatorName) || IsHundredPercent(fullYear);
}
