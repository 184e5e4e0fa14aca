using System;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Rules.Scoring;
using static PerfRules.Rules.Tests.Scoring.TestTables;

namespace PerfRules.Rules.Tests.Scoring;

/// <summary>docs/scoring.md's worked example: 台式机 (seed 001), executed 5.8 of 6, no 满意度 section.</summary>
public class WorkedExampleTests
{
    private const decimal Epsilon = 0.000000000000000000001m;
    private static readonly ScoreCard Card = ScoreAt(Desktop(), DesktopActuals(), YearEnd);

    [Fact]
    public void Weights_are_redistributed_from_the_missing_satisfaction_section()
    {
        Assert.InRange(Card.SectionOf(ScoringSection.ExecutionRate)!.Weight - (100m / 9m), -Epsilon, Epsilon);
        Assert.InRange(Card.SectionOf(ScoringSection.Output)!.Weight - (500m / 9m), -Epsilon, Epsilon);
        Assert.InRange(Card.SectionOf(ScoringSection.Effect)!.Weight - (300m / 9m), -Epsilon, Epsilon);
        var satisfaction = Card.SectionOf(ScoringSection.Satisfaction)!;
        Assert.True(satisfaction.IsEmpty);
        Assert.Equal(10m, satisfaction.BaseWeight);
        Assert.Equal(0m, satisfaction.Weight);
        Assert.Null(Card.SectionOf(ScoringSection.Cost));
        Assert.Contains("满意度部分没有可评指标，其权重 10 按比例分配给其他部分：预算执行率 11.11、产出 55.56、效益 33.33。", Card.Notes);
    }

    [Fact]
    public void Section_scores_and_total_match_the_worked_example_to_two_places()
    {
        Assert.Equal(10.74m, ScoreText.Round(Card.SectionOf(ScoringSection.ExecutionRate)!.Score));
        Assert.Equal(50.00m, ScoreText.Round(Card.SectionOf(ScoringSection.Output)!.Score));
        Assert.Equal(33.33m, ScoreText.Round(Card.SectionOf(ScoringSection.Effect)!.Score));
        Assert.Equal(94.07m, ScoreText.Round(Card.Total));
        Assert.Equal("94.07", ScoreText.Format(Card.Total));
        Assert.Equal(Grade.Excellent, Card.Grade);
        Assert.Equal("优", Card.Grade.ToText());
    }

    [Fact]
    public void Unrounded_relations_hold()
    {
        var execution = Card.SectionOf(ScoringSection.ExecutionRate)!.Score;
        var output = Card.SectionOf(ScoringSection.Output)!.Score;
        var effect = Card.SectionOf(ScoringSection.Effect)!.Score;

        // (100/9)·(5.8/6), (500/27)·(0.9 + 1 + 0.8) = 50, 300/9; the total is their unrounded sum.
        Assert.InRange(execution - (100m / 9m * 5.8m / 6m), -Epsilon, Epsilon);
        Assert.InRange(output - 50m, -Epsilon, Epsilon);
        Assert.InRange(effect - (300m / 9m), -Epsilon, Epsilon);
        Assert.Equal(execution + output + effect, Card.Total);
        Assert.True(Card.Total > 94.074m && Card.Total < 94.075m);
        Assert.Equal(Card.Execution.Score, execution);
        Assert.Equal(5.8m / 6m, Card.Execution.Rate);
    }

    [Fact]
    public void Each_indicator_has_its_status_weight_and_score()
    {
        var each = 500m / 27m;
        var count = Card.Line("设备购置数量");
        Assert.Equal(ScoreStatus.PartiallyMet, count.Status);
        Assert.InRange(count.Weight - each, -Epsilon, Epsilon);
        Assert.InRange(count.Score - (each * 0.9m), -Epsilon, Epsilon);
        Assert.Equal(0.9m, count.Attainment);

        Assert.Equal(ScoreStatus.Met, Card.Line("设备购置验收").Status);
        Assert.Equal(Card.Line("设备购置验收").Weight, Card.Line("设备购置验收").Score);

        var schedule = Card.Line("按采购计划时间完成");
        Assert.Equal(ScoreStatus.PartiallyMet, schedule.Status);
        Assert.Equal(0.8m, schedule.Attainment);

        var effect = Card.Line("保障各项业务工作正常开展");
        Assert.Equal(ScoreStatus.Met, effect.Status);
        Assert.InRange(effect.Score - (300m / 9m), -Epsilon, Epsilon);
    }

    [Fact]
    public void Decision_and_process_rows_are_listed_but_not_scored()
    {
        var notScored = Card.Indicators.Where(i => i.Indicator.Row <= 11).ToList();
        Assert.Equal(11, notScored.Count);
        Assert.All(notScored, i =>
        {
            Assert.Equal(ScoreStatus.NotScored, i.Status);
            Assert.Equal(0m, i.Weight);
            Assert.Null(i.Section);
        });
        Assert.Equal("决策/过程指标不参与自评计分。", Card.Line("预算执行率").Explanation);
    }

    [Fact]
    public void Only_finding_is_E05_for_execution_below_100_percent()
    {
        var finding = Assert.Single(Card.Findings);
        Assert.Equal("E05", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("预算执行率", finding.Location.Field);
        Assert.Equal("全年预算执行率 96.67%（执行数 5.8 万元 / 预算数 6 万元）低于 100%。", finding.Message);
    }

    [Fact]
    public void As_of_year_end_judges_the_full_year_column()
    {
        Assert.Equal(EvaluationPoint.FullYear, Card.Point);
        Assert.Equal(YearEnd, Card.AsOf);
        Assert.Equal(1m, Card.ExpectedShare);
    }
}
