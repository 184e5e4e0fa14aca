using System;
using PerfRules.Values;

namespace PerfRules.Checks;

/// <summary>
/// 开始时间 / 完成时间 as written (2026年1月, 2022年, 2026.07, 长期): ordering (C06) and the
/// 序时进度 share of the project's period in the budget year (docs/domain.md "序时进度").
/// </summary>
internal static class PeriodChecks
{
    /// <summary>
    /// Reads a 开始时间/完成时间 cell into the earliest and latest day it can mean (<c>2026年</c> → 1 Jan–31 Dec 2026,
    /// <c>2026年7月</c> → 1–31 Jul). False for open or unreadable text (<c>长期</c>, blank). Dates are read by the
    /// indicator-value parser (docs/values.md, Date), so there is one date grammar.
    /// </summary>
    public static bool TryReadBound(string? text, out DateTime earliest, out DateTime latest)
    {
        earliest = default;
        latest = default;
        if (CheckText.IsBlank(text)) return false;
        var parsed = IndicatorValueParser.Parse(text);
        if (!parsed.IsSuccess || parsed.Value is not DateValue date) return false;
        var last = date.DateKind == DateValueKind.Period && date.End is { } end ? end : date.Start;
        return TryFirstDay(date.Start, out earliest) && TryLastDay(last, out latest) && earliest <= latest;
    }

    private static bool TryFirstDay(PartialDate p, out DateTime day)
    {
        day = default;
        if (p.Year is not { } y || y < 1900 || y > 2200) return false;
        var m = p.Month ?? 1;
        if (m < 1 || m > 12) return false;
        var d = p.Day ?? 1;
        if (d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        day = new DateTime(y, m, d);
        return true;
    }

    private static bool TryLastDay(PartialDate p, out DateTime day)
    {
        day = default;
        if (p.Year is not { } y || y < 1900 || y > 2200) return false;
        var m = p.Month ?? 12;
        if (m < 1 || m > 12) return false;
        var d = p.Day ?? DateTime.DaysInMonth(y, m);
        if (d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        day = new DateTime(y, m, d);
        return true;
    }

    /// <summary>
    /// C06: 完成时间 ends before 开始时间 begins (every day the end can mean lies before every day the start
    /// can mean). Open (长期) or unreadable times are not judged.
    /// </summary>
    public static bool EndsBeforeStart(string? startTime, string? endTime) =>
        TryReadBound(startTime, out var startEarliest, out _) &&
        TryReadBound(endTime, out _, out var endLatest) &&
        endLatest < startEarliest;

    /// <summary>C06 as a compliance test: true unless <see cref="EndsBeforeStart"/>.</summary>
    public static bool PeriodIsOrdered(string? startTime, string? endTime) => !EndsBeforeStart(startTime, endTime);

    /// <summary>
    /// The share (0–1) of the project's period in <paramref name="year"/> elapsed at <paramref name="asOf"/>
    /// (inclusive): days from the later of 1 January and 开始时间 through <paramref name="asOf"/>, over
    /// the days of that period up to the earlier of 31 December and 完成时间. 181/365 at 30 June 2026
    /// for a calendar-year project (序时进度 as elapsed time is the library's convention, not a regulation's). Null when the period does not intersect the year.
    /// </summary>
    public static decimal? OnScheduleShare(int year, string? startTime, string? endTime, DateTime asOf)
    {
        if (year < 1 || year > 9998) return null;
        var periodStart = new DateTime(year, 1, 1);
        var periodEnd = new DateTime(year, 12, 31);
        if (TryReadBound(startTime, out var startEarliest, out _) && startEarliest > periodStart) periodStart = startEarliest;
        if (TryReadBound(endTime, out _, out var endLatest) && endLatest < periodEnd) periodEnd = endLatest;
        if (periodEnd < periodStart) return null;
        var total = (periodEnd - periodStart).Days + 1;
        var day = asOf.Date;
        int elapsed;
        if (day < periodStart) elapsed = 0;
        else if (day > periodEnd) elapsed = total;
        else elapsed = (day - periodStart).Days + 1;
        return (decimal)elapsed / total;
    }
}
