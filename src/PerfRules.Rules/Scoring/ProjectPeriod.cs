using System;
using System.Globalization;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// The part of a budget year a project runs in, and the 序时进度 (on-schedule progress) share due at a
/// date: elapsed days of the period / days of the period — the library's own convention, not a regulation's
/// (docs/domain.md, docs/regulations.md). At 30 June of a calendar-year 2026 project the share is 181/365.
/// </summary>
/// <remarks>
/// The period is the calendar year unless the table's 开始时间 / 完成时间 narrow it (a project starting
/// 2026年3月 runs from 1 March; one ending 2026年9月 until 30 September). Years before or after the budget
/// year, 长期 (open-ended) and unreadable text leave the calendar-year bound in place. Dates are read with
/// the indicator-value parser (<see cref="IndicatorValueParser"/>), never a second date grammar. Nothing
/// here reads the clock: the as-of date is always the caller's.
/// </remarks>
public sealed record ProjectPeriod
{
    private static readonly string[] OpenEnded = { "长期", "长期项目", "持续", "至今", "常年", "长期持续", "长期有效" };

    private ProjectPeriod(int year, DateTime start, DateTime end)
    {
        Year = year;
        Start = start;
        End = end;
    }

    /// <summary>The budget year (年度).</summary>
    public int Year { get; }

    /// <summary>First day of the period within <see cref="Year"/>.</summary>
    public DateTime Start { get; }

    /// <summary>Last day of the period within <see cref="Year"/> (inclusive).</summary>
    public DateTime End { get; }

    /// <summary>True when the table's 开始时间/完成时间 narrowed the calendar year.</summary>
    public bool IsNarrowed => Start != new DateTime(Year, 1, 1) || End != new DateTime(Year, 12, 31);

    /// <summary>Why the table's 开始时间/完成时间 were not used (unreadable, outside the year, end before start), or null.</summary>
    public string? Note { get; init; }

    /// <summary>Days in the period (365 for a calendar year, 366 in a leap year).</summary>
    public int Days => (End - Start).Days + 1;

    /// <summary>The whole calendar year.</summary>
    public static ProjectPeriod CalendarYear(int year)
    {
        if (year is < 1 or > 9998) throw new ArgumentOutOfRangeException(nameof(year), year, "A budget year between 1 and 9998.");
        return new ProjectPeriod(year, new DateTime(year, 1, 1), new DateTime(year, 12, 31));
    }

    /// <summary>A period within <paramref name="year"/> from <paramref name="start"/> to <paramref name="end"/> (inclusive dates, clipped to the year).</summary>
    /// <exception cref="ArgumentException">The clipped period is empty.</exception>
    public static ProjectPeriod Create(int year, DateTime start, DateTime end)
    {
        var calendar = CalendarYear(year);
        var s = start.Date < calendar.Start ? calendar.Start : start.Date;
        var e = end.Date > calendar.End ? calendar.End : end.Date;
        if (e < s) throw new ArgumentException("The period " + start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " – " + end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " has no day in " + year.ToString(CultureInfo.InvariantCulture) + ".");
        return new ProjectPeriod(year, s, e);
    }

    /// <summary>
    /// The project's period within <paramref name="year"/>, from the table's 开始时间 (2026年1月, 2022年) and
    /// 完成时间 (2026年12月, 长期); the calendar year where they do not narrow it.
    /// </summary>
    public static ProjectPeriod InYear(PerformanceTable table, int year)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        var calendar = CalendarYear(year);
        var start = ReadBound(table.StartTime, year, isEnd: false, out var startProblem) ?? calendar.Start;
        var end = ReadBound(table.EndTime, year, isEnd: true, out var endProblem) ?? calendar.End;
        var note = startProblem ?? endProblem;
        if (start > calendar.End || end < calendar.Start || end < start)
        {
            return calendar with
            {
                Note = "开始时间“" + table.StartTime + "”/完成时间“" + table.EndTime + "”与" + year.ToString(CultureInfo.InvariantCulture) + "年度不重合，序时进度按整个自然年计算。",
            };
        }

        return Create(year, start, end) with { Note = note };
    }

    /// <summary>Days of the period elapsed at the end of <paramref name="asOf"/> (0 before the start, <see cref="Days"/> after the end).</summary>
    public int ElapsedDays(DateTime asOf)
    {
        var d = asOf.Date;
        if (d < Start) return 0;
        if (d >= End) return Days;
        return (d - Start).Days + 1;
    }

    /// <summary>The 序时进度 share due at the end of <paramref name="asOf"/>: elapsed days / days, between 0 and 1.</summary>
    public decimal ExpectedShare(DateTime asOf) => (decimal)ElapsedDays(asOf) / Days;

    /// <inheritdoc />
    public override string ToString() =>
        Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " – " + End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTime? ReadBound(string? text, int year, bool isEnd, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text!.Trim();
        if (Array.IndexOf(OpenEnded, trimmed) >= 0) return null;
        var parsed = IndicatorValueParser.Parse(trimmed);
        if (!parsed.IsSuccess || parsed.Value is not DateValue date)
        {
            problem = (isEnd ? "完成时间" : "开始时间") + "“" + trimmed + "”无法识别为日期，序时进度按自然年计算。";
            return null;
        }

        var part = isEnd && date.DateKind == DateValueKind.Period && date.End is { } periodEnd ? periodEnd : date.Start;
        var y = part.Year ?? year;
        if (y < year) return isEnd ? new DateTime(year, 1, 1).AddDays(-1) : null;
        if (y > year) return isEnd ? null : new DateTime(year, 12, 31).AddDays(1);
        if (part.Month is not { } m || m is < 1 or > 12) return isEnd ? new DateTime(year, 12, 31) : new DateTime(year, 1, 1);
        var daysInMonth = DateTime.DaysInMonth(year, m);
        if (part.Day is { } day && day >= 1 && day <= daysInMonth) return new DateTime(year, m, day);
        return isEnd ? new DateTime(year, m, daysInMonth) : new DateTime(year, m, 1);
    }
}
