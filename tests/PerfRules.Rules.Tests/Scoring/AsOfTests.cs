using System;
using PerfRules.Actuals;
using PerfRules.Rules.Scoring;
using PerfRules.Tables;
using static PerfRules.Rules.Tests.Scoring.TestTables;

namespace PerfRules.Rules.Tests.Scoring;

/// <summary>Where the as-of date comes from: the caller, the actuals file, a TimeProvider, else the table's year end — never the clock.</summary>
public class AsOfTests
{
    private sealed class FixedTime : TimeProvider
    {
        private readonly DateTimeOffset _now;

        public FixedTime(DateTimeOffset now) => _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    private static ActualsDocument Document(DateTime? asOf) => new() { AsOf = asOf, Tables = ValueList.Of(DesktopActuals()) };

    [Fact]
    public void Default_is_31_December_of_the_table_year()
    {
        var card = Scorer.Score(Desktop(), DesktopActuals(), null);
        Assert.Equal(new DateTime(2026, 12, 31), card.AsOf);
        Assert.Equal(EvaluationPoint.FullYear, card.Point);
    }

    [Fact]
    public void The_actuals_file_date_applies_unless_the_caller_gives_one()
    {
        Assert.Equal(MidYear, Scorer.Score(Desktop(), Document(MidYear), null).AsOf);
        Assert.Equal(YearEnd, Scorer.Score(Desktop(), Document(MidYear), new ScoringOptions { AsOf = YearEnd }).AsOf);
    }

    [Fact]
    public void A_time_provider_supplies_today_when_no_date_is_given()
    {
        var card = Scorer.Score(Desktop(), DesktopActuals(), new ScoringOptions { TimeProvider = new FixedTime(new DateTimeOffset(2026, 6, 15, 10, 0, 0, TimeSpan.Zero)) });
        Assert.Equal(new DateTime(2026, 6, 15), card.AsOf);
        Assert.Equal(EvaluationPoint.HalfYear, card.Point);
        Assert.Equal(166m / 365m, card.ExpectedShare);
    }

    [Fact]
    public void Mid_year_judges_half_year_targets_and_the_half_year_plan()
    {
        var card = ScoreAt(Desktop(), DesktopActuals(), MidYear);
        Assert.Equal(EvaluationPoint.HalfYear, card.Point);
        Assert.Equal(6m, card.Execution.Budget);           // 台式机's half-year plan is the whole 6
        Assert.DoesNotContain(card.Findings, f => f.RuleId == "E05");
    }

    [Fact]
    public void First_of_July_is_already_the_full_year_column() =>
        Assert.Equal(EvaluationPoint.FullYear, ScoreAt(Desktop(), DesktopActuals(), new DateTime(2026, 7, 1)).Point);

    [Fact]
    public void Without_year_or_date_the_full_year_is_judged_and_noted()
    {
        var card = Scorer.Score(Desktop() with { Year = null }, DesktopActuals(), null);
        Assert.Null(card.AsOf);
        Assert.Null(card.ExpectedShare);
        Assert.Contains("评价日期与年度均未知：按全年指标值评价，序时进度无法计算。", card.Notes);
        Assert.Equal("94.07", ScoreText.Format(card.Total));
    }
}
