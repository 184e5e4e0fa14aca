using System;
using PerfRules.Rules.Scoring;
using PerfRules.Tables;

namespace PerfRules.Rules.Tests.Scoring;

/// <summary>序时进度: the share of the project's period in the year elapsed at the as-of date.</summary>
public class ProjectPeriodTests
{
    private static ProjectPeriod Period(string? start, string? end, int year = 2026) =>
        ProjectPeriod.InYear(new PerformanceTable("t") { StartTime = start, EndTime = end }, year);

    [Fact]
    public void Calendar_year_share_at_30_June_is_181_of_365()
    {
        var period = ProjectPeriod.CalendarYear(2026);
        Assert.Equal(365, period.Days);
        Assert.Equal(181, period.ElapsedDays(new DateTime(2026, 6, 30)));
        Assert.Equal(181m / 365m, period.ExpectedShare(new DateTime(2026, 6, 30)));
    }

    [Fact]
    public void Leap_year_has_182_of_366_at_30_June() =>
        Assert.Equal(182m / 366m, ProjectPeriod.CalendarYear(2028).ExpectedShare(new DateTime(2028, 6, 30)));

    [Theory]
    [InlineData("2026年1月", "2026年12月")]   // seed 000
    [InlineData("2026年", "2026年")]          // seed 001 台式机
    [InlineData("2022年", "长期")]            // seed 001 平台运营服务费
    [InlineData("2023年", "长期")]
    [InlineData(null, null)]
    [InlineData("", "")]
    public void Seed_periods_are_the_calendar_year(string? start, string? end)
    {
        var period = Period(start, end);
        Assert.False(period.IsNarrowed);
        Assert.Null(period.Note);
        Assert.Equal(181m / 365m, period.ExpectedShare(new DateTime(2026, 6, 30)));
    }

    [Fact]
    public void A_project_starting_in_March_counts_from_1_March()
    {
        var period = Period("2026年3月", "2026年12月");
        Assert.True(period.IsNarrowed);
        Assert.Equal(new DateTime(2026, 3, 1), period.Start);
        Assert.Equal(306, period.Days);
        Assert.Equal(122m / 306m, period.ExpectedShare(new DateTime(2026, 6, 30)));
    }

    [Fact]
    public void A_project_ending_in_September_is_due_in_full_by_30_September()
    {
        var period = Period("2026年1月", "2026年9月");
        Assert.Equal(new DateTime(2026, 9, 30), period.End);
        Assert.Equal(1m, period.ExpectedShare(new DateTime(2026, 9, 30)));
        Assert.Equal(181m / 273m, period.ExpectedShare(new DateTime(2026, 6, 30)));
    }

    [Fact]
    public void Share_is_0_before_the_start_and_1_after_the_end()
    {
        var period = ProjectPeriod.CalendarYear(2026);
        Assert.Equal(0m, period.ExpectedShare(new DateTime(2025, 12, 31)));
        Assert.Equal(1m, period.ExpectedShare(new DateTime(2027, 3, 1)));
        Assert.Equal(1m / 365m, period.ExpectedShare(new DateTime(2026, 1, 1)));
    }

    [Fact]
    public void A_period_outside_the_year_falls_back_to_the_calendar_year_with_a_note()
    {
        var period = Period("2027年1月", "2027年12月");
        Assert.False(period.IsNarrowed);
        Assert.Equal("开始时间“2027年1月”/完成时间“2027年12月”与2026年度不重合，序时进度按整个自然年计算。", period.Note);
    }

    [Fact]
    public void Unreadable_time_is_noted_not_guessed()
    {
        var period = Period("年初", "长期");
        Assert.False(period.IsNarrowed);
        Assert.Equal("开始时间“年初”无法识别为日期，序时进度按自然年计算。", period.Note);
    }

    [Fact]
    public void Table_start_and_end_narrow_the_scored_share()
    {
        var table = TestTables.Single(TestTables.Exactly(1000, "个"), half: new PerfRules.Values.OnScheduleValue()) with { StartTime = "2026年3月", EndTime = "2026年12月" };
        var card = TestTables.ScoreAt(table, TestTables.SingleActuals(TestTables.Actual(400, "个"), executed: 5m), TestTables.MidYear);
        Assert.Equal(122m / 306m, card.ExpectedShare);
        Assert.Equal(ScoreStatus.Met, card.Line("测试指标").Status);
    }
}
