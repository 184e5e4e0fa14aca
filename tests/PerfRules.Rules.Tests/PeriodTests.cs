using System;
using PerfRules.Checks;
using PerfRules.Rules.Scoring;
using PerfRules.Tables;

namespace PerfRules.Rules.Tests;

public class PeriodTests
{
    [Theory]
    [InlineData("2026年1月", "2026年12月")]
    [InlineData("2022年", "长期")]
    [InlineData("2026年3月", "2026年9月")]
    [InlineData("2026.07", "2027.06")]
    [InlineData("2025年", "2026年")]
    [InlineData(null, null)]
    public void The_序时进度_share_of_F04_is_the_one_scoring_uses(string? start, string? end)
    {
        var table = new PerformanceTable("t") { StartTime = start, EndTime = end, Year = 2026 };
        var period = ProjectPeriod.InYear(table, 2026);
        foreach (var day in new[] { new DateTime(2026, 1, 1), new DateTime(2026, 6, 30), new DateTime(2026, 9, 30), new DateTime(2026, 12, 31) })
        {
            Assert.Equal(period.ExpectedShare(day), PeriodChecks.OnScheduleShare(2026, start, end, day));
        }
    }

    [Fact]
    public void A_calendar_year_2026_project_is_181_of_365_at_30_June() =>
        Assert.Equal(181m / 365m, PeriodChecks.OnScheduleShare(2026, "2026年1月", "2026年12月", new DateTime(2026, 6, 30)));

    [Theory]
    [InlineData("2026年", 2026, 1, 1, 2026, 12, 31)]
    [InlineData("2026年7月", 2026, 7, 1, 2026, 7, 31)]
    [InlineData("2026年2月", 2026, 2, 1, 2026, 2, 28)]
    [InlineData("2026年7月15日", 2026, 7, 15, 2026, 7, 15)]
    public void Start_and_end_times_read_as_day_ranges(string text, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        Assert.True(PeriodChecks.TryReadBound(text, out var earliest, out var latest));
        Assert.Equal(new DateTime(y1, m1, d1), earliest);
        Assert.Equal(new DateTime(y2, m2, d2), latest);
    }

    [Theory]
    [InlineData("长期")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("见附件")]
    public void Open_or_unreadable_times_are_not_read(string? text) => Assert.False(PeriodChecks.TryReadBound(text, out _, out _));
}
