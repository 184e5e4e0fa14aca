using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfRules.Checks;

/// <summary>
/// 开始时间 / 完成时间 as written (2026年1月, 2022年, 2026.07, 长期): ordering (C06) and the
/// 序时进度 share of the project's period in the budget year (domain.md "序时进度").
/// </summary>
public static class PeriodChecks
{
    private static readonly Regex DateText = new(
        @"^(?<y>\d{4})(?:(?:年|\.|-|/)(?<m>\d{1,2})(?:(?:月|\.|-|/)(?<d>\d{1,2})日?)?月?)?年?(?:底|末)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Reads a 开始时间/完成时间 cell into the earliest and latest day it can mean (<c>2026年</c> → 1 Jan–31 Dec 2026,
    /// <c>2026年7月</c> → 1–31 Jul). False for open or unreadable text (<c>长期</c>, blank).
    /// </summary>
    public static bool TryReadBound(string? text, out DateTime earliest, out DateTime latest)
    {
        earliest = default;
        latest = default;
        var t = CheckText.Normalize(text);
        if (t.Length == 0) return false;
        var m = DateText.Match(t);
        if (!m.Success) return false;
        var year = int.Parse(CheckText.AsciiDigits(m.Groups["y"].Value), CultureInfo.InvariantCulture);
        if (year < 1900 || year > 2200) return false;
        if (!m.Groups["m"].Success)
        {
            earliest = new DateTime(year, 1, 1);
            latest = new DateTime(year, 12, 31);
            return true;
        }

        var month = int.Parse(CheckText.AsciiDigits(m.Groups["m"].Value), CultureInfo.InvariantCulture);
        if (month < 1 || month > 12) return false;
        if (!m.Groups["d"].Success)
        {
            earliest = new DateTime(year, month, 1);
            latest = new DateTime(year, month, DateTime.DaysInMonth(year, month));
            return true;
        }

        var day = int.Parse(CheckText.AsciiDigits(m.Groups["d"].Value), CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        earliest = latest = new DateTime(year, month, day);
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
    /// for a calendar-year project. Null when the period does not intersect the year.
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
