using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// Scoring's first phase, <em>when</em>: the as-of date, the budget year, the column it judges (半年 up to
/// 30 June, else 全年), the project's period in the year and the 序时进度 share due at the as-of date. It is also
/// what <see cref="IndicatorJudge"/> needs besides the two values it compares.
/// </summary>
internal sealed class ScoringMoment
{
    private ScoringMoment(DateTime? asOf, int? year, EvaluationPoint point, ProjectPeriod? period, decimal? share)
    {
        AsOf = asOf;
        Year = year;
        Point = point;
        Period = period;
        Share = share;
    }

    /// <summary>The as-of date, or null when neither it nor the table's year is known.</summary>
    public DateTime? AsOf { get; }

    /// <summary>The budget year: the table's 年度, else the as-of date's year.</summary>
    public int? Year { get; }

    /// <summary>Which column is judged.</summary>
    public EvaluationPoint Point { get; }

    /// <summary>The project's period within <see cref="Year"/>.</summary>
    public ProjectPeriod? Period { get; }

    /// <summary>The share of the year's work due at <see cref="AsOf"/> (序时进度).</summary>
    public decimal? Share { get; }

    /// <summary>
    /// The as-of date is the option's, else the actuals document's, else the caller's clock (a
    /// <see cref="TimeProvider"/>), else 31 December of the table's 年度. Adds a note to <paramref name="notes"/>
    /// for every assumption made.
    /// </summary>
    public static ScoringMoment Resolve(PerformanceTable table, DateTime? documentAsOf, ScoringOptions options, List<string> notes)
    {
        var asOf = options.AsOf?.Date ?? documentAsOf?.Date ?? options.TimeProvider?.GetLocalNow().Date ?? (table.Year is { } ty && ty is >= 1 and <= 9998 ? new DateTime(ty, 12, 31) : (DateTime?)null);
        var year = table.Year ?? asOf?.Year;
        if (year is < 1 or > 9998) year = null;
        var point = asOf is { } d && year is { } y && d <= new DateTime(y, 6, 30) ? EvaluationPoint.HalfYear : EvaluationPoint.FullYear;
        ProjectPeriod? period = year is { } py ? ProjectPeriod.InYear(table, py) : null;
        decimal? share = period is not null && asOf is { } at ? period.ExpectedShare(at) : null;
        if (asOf is null) notes.Add("评价日期与年度均未知：按全年指标值评价，序时进度无法计算。");
        else if (table.Year is null) notes.Add("表未标明年度：按评价日期 " + ScoreText.Date(asOf.Value) + " 所在的 " + (year?.ToString(CultureInfo.InvariantCulture) ?? "?") + " 年计算。");
        if (period?.Note is { } periodNote) notes.Add(periodNote);
        if (point == EvaluationPoint.HalfYear && table.Indicators.All(i => i.HalfYear is EmptyValue) && table.Indicators.Count > 0)
        {
            notes.Add("评价日期 " + ScoreText.Date(asOf!.Value) + " 在年中，但表没有半年指标值：年中只评预算执行率。");
        }

        return new ScoringMoment(asOf, year, point, period, share);
    }

    /// <summary>The indicator's target in the judged column.</summary>
    public IndicatorValue TargetOf(Indicator indicator) => Point == EvaluationPoint.HalfYear ? indicator.HalfYear : indicator.FullYear;
}
