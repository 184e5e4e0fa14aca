using System;
using System.Linq;
using PerfRules.Actuals;
using PerfRules.Rules.Scoring;
using PerfRules.Tables;
using PerfRules.Values;
using static PerfRules.Rules.Tests.Scoring.TestTables;

namespace PerfRules.Rules.Tests.Scoring;

/// <summary>
/// Each formula branch through <see cref="Scorer"/>: the indicator under test is the only 产出 indicator of
/// <see cref="TestTables.Single"/>, so its weight is the whole 产出 weight, 50.
/// </summary>
public class IndicatorScoringTests
{
    private static IndicatorScore Score(IndicatorValue target, IndicatorValue? actual, string? direction = null, Judgement? judgement = null, string? reason = null) =>
        ScoreAt(Single(target, direction: direction), SingleActuals(actual, judgement: judgement, reason: reason), YearEnd).Line("测试指标");

    private static void AssertScore(IndicatorScore line, ScoreStatus status, decimal score)
    {
        Assert.Equal(status, line.Status);
        Assert.Equal(50m, line.Weight);
        Assert.Equal(score, line.Score);
    }

    [Fact]
    public void At_least_met_scores_full_weight() => AssertScore(Score(AtLeast(100, "家"), Actual(120, "家")), ScoreStatus.Met, 50m);

    [Fact]
    public void At_least_unmet_scores_the_share() => AssertScore(Score(AtLeast(100, "家"), Actual(80, "家")), ScoreStatus.PartiallyMet, 40m);

    [Fact]
    public void Exactly_behaves_like_at_least() => AssertScore(Score(Exactly(10, "台"), Actual(11, "台")), ScoreStatus.Met, 50m);

    [Fact]
    public void Greater_than_scores_like_at_least() => AssertScore(Score(Num(Comparison.GreaterThan, 10, "项"), Actual(5, "项")), ScoreStatus.PartiallyMet, 25m);

    [Fact]
    public void At_most_over_the_target_loses_the_overshoot() => AssertScore(Score(AtMost(5, "天"), Actual(6, "天")), ScoreStatus.PartiallyMet, 40m);

    [Fact]
    public void At_most_under_the_target_is_met() => AssertScore(Score(AtMost(5, "天"), Actual(4, "天")), ScoreStatus.Met, 50m);

    [Fact]
    public void Less_than_far_over_scores_zero() => AssertScore(Score(Num(Comparison.LessThan, 5, "天"), Actual(10, "天")), ScoreStatus.NotMet, 0m);

    [Fact]
    public void Zero_at_least_target_is_met_by_zero() => AssertScore(Score(AtLeast(0, "个"), Actual(0, "个")), ScoreStatus.Met, 50m);

    [Fact]
    public void Zero_at_most_target_is_met_only_by_zero()
    {
        AssertScore(Score(AtMost(0, "起"), Actual(0, "起")), ScoreStatus.Met, 50m);
        AssertScore(Score(AtMost(0, "起"), Actual(1, "起")), ScoreStatus.NotMet, 0m);
    }

    [Fact]
    public void Bare_number_follows_a_declared_reverse_direction()
    {
        AssertScore(Score(Actual(5, "次"), Actual(6, "次"), direction: "反向"), ScoreStatus.PartiallyMet, 40m);
        AssertScore(Score(Actual(5, "次"), Actual(6, "次")), ScoreStatus.Met, 50m);
    }

    [Fact]
    public void Magnitudes_are_compared_after_the_multiplier() =>
        AssertScore(Score(AtLeast(6, "亩") , new NumericValue(Comparison.Unspecified, 3, "亩")), ScoreStatus.PartiallyMet, 25m);

    [Fact]
    public void Range_inside_is_met() => AssertScore(Score(new RangeValue(80, 90, "%"), Actual(85, "%")), ScoreStatus.Met, 50m);

    [Fact]
    public void Range_below_scores_against_the_low_bound() => AssertScore(Score(new RangeValue(80, 90, "%"), Actual(72, "%")), ScoreStatus.PartiallyMet, 45m);

    [Fact]
    public void Range_above_scores_against_the_high_bound() => AssertScore(Score(new RangeValue(80, 90, "%"), Actual(99, "%")), ScoreStatus.PartiallyMet, 45m);

    [Theory]
    [InlineData("好", 0, ScoreStatus.Met, 50)]
    [InlineData("较好", 1, ScoreStatus.PartiallyMet, 40)]
    [InlineData("一般", 2, ScoreStatus.PartiallyMet, 30)]
    [InlineData("较差", 3, ScoreStatus.NotMet, 0)]
    public void Grade_words_score_by_ranks_below(string word, int rank, ScoreStatus status, decimal score) =>
        AssertScore(Score(GradeWord("好", 0), GradeWord(word, rank)), status, score);

    [Fact]
    public void Better_grade_than_the_target_is_met() => AssertScore(Score(GradeWord("较好", 1), GradeWord("好", 0)), ScoreStatus.Met, 50m);

    [Fact]
    public void Completion_one_rank_below_scores_0_8() => AssertScore(Score(Done, MostlyDone), ScoreStatus.PartiallyMet, 40m);

    [Fact]
    public void Not_met_word_scores_zero_not_0_6()
    {
        var line = Score(Done, NotDone);
        AssertScore(line, ScoreStatus.NotMet, 0m);
        Assert.Equal("“未完成”表示未达成，得 0 分。", line.Explanation);
    }

    [Fact]
    public void Falling_trend_target_is_met_by_falling()
    {
        var falling = new QualitativeValue("下降", QualitativeKind.Trend, 3);
        AssertScore(Score(falling, new QualitativeValue("下降", QualitativeKind.Trend, 3)), ScoreStatus.Met, 50m);
        AssertScore(Score(falling, new QualitativeValue("减少", QualitativeKind.Trend, 3)), ScoreStatus.Met, 50m);
        AssertScore(Score(falling, new QualitativeValue("保持", QualitativeKind.Trend, 2)), ScoreStatus.PartiallyMet, 40m);
    }

    [Fact]
    public void Yes_no_target_is_met_by_the_same_answer()
    {
        var no = Completion("否", 2);
        AssertScore(Score(no, Completion("否", 2)), ScoreStatus.Met, 50m);
        AssertScore(Score(no, Completion("是", 0)), ScoreStatus.NotMet, 0m);
    }

    [Fact]
    public void Different_scales_are_not_comparable()
    {
        var line = Score(Done, GradeWord("较好", 1));
        Assert.Equal(ScoreStatus.NotComparable, line.Status);
        Assert.Equal(50m, line.Weight);
        Assert.Equal(0m, line.Score);
        Assert.Equal("实际完成值“较好”与指标值“完成”不属于同一评价等级序列，无法比较。", line.Explanation);
    }

    [Fact]
    public void Different_units_are_not_comparable()
    {
        var line = Score(Exactly(10, "台"), Actual(9, "家"));
        Assert.Equal(ScoreStatus.NotComparable, line.Status);
        Assert.Equal("实际完成值“9家”与指标值“=10台”单位不同（家 / 台），无法比较。", line.Explanation);
    }

    [Fact]
    public void A_number_against_a_word_is_not_comparable()
    {
        var line = Score(Done, Actual(9, "台"));
        Assert.Equal(ScoreStatus.NotComparable, line.Status);
        Assert.Contains("实际完成值“9台”（数值）与指标值“完成”（完成情况）写法不同", line.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Bare_actual_takes_the_unit_column_of_a_self_evaluation_layout() =>
        AssertScore(Score(new NumericValue(Comparison.Exactly, 100, "%", UnitSource.UnitColumn), Actual(95)), ScoreStatus.PartiallyMet, 47.5m);

    [Fact]
    public void Free_text_target_with_a_judgement_is_scored()
    {
        var target = new FreeTextValue("完成数据采集场搭建，完成100万条数据采集");
        var actual = new FreeTextValue("完成采集场搭建，采集数据80万条");
        AssertScore(Score(target, actual, judgement: Judgement.Met), ScoreStatus.Met, 50m);
        AssertScore(Score(target, actual, judgement: Judgement.PartiallyMet, reason: "采集设备到货晚"), ScoreStatus.PartiallyMet, 35m);
        AssertScore(Score(target, actual, judgement: Judgement.NotMet, reason: "未启动"), ScoreStatus.NotMet, 0m);
    }

    [Fact]
    public void Free_text_target_without_a_judgement_is_not_comparable_and_keeps_its_weight()
    {
        var line = Score(new FreeTextValue("完成数据采集场搭建"), new FreeTextValue("已完成"));
        Assert.Equal(ScoreStatus.NotComparable, line.Status);
        Assert.Equal(50m, line.Weight);
        Assert.Equal(0m, line.Score);
        Assert.Contains("请在实际值中给出判断（met / partiallyMet / notMet）", line.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void On_schedule_half_year_target_is_the_share_due_at_30_June()
    {
        var table = Single(Exactly(1000, "个"), half: new OnScheduleValue());
        var due = 1000m * 181m / 365m;

        var met = ScoreAt(table, SingleActuals(Actual(496, "个"), executed: 5m), MidYear);
        Assert.Equal(EvaluationPoint.HalfYear, met.Point);
        Assert.Equal(181m / 365m, met.ExpectedShare);
        Assert.Equal(ScoreStatus.Met, met.Line("测试指标").Status);
        Assert.StartsWith("序时进度 49.59% × 全年“=1000个” = 495.8904个", met.Line("测试指标").Explanation, StringComparison.Ordinal);

        var half = ScoreAt(table, SingleActuals(Actual(248, "个"), executed: 5m), MidYear).Line("测试指标");
        Assert.Equal(ScoreStatus.PartiallyMet, half.Status);
        Assert.Equal(248m / due, half.Attainment);
        AssertClose(50m * 248m / due, half.Score);
    }

    [Fact]
    public void On_schedule_actual_meets_an_on_schedule_target() =>
        Assert.Equal(ScoreStatus.Met, ScoreAt(Single(Exactly(1000, "个"), half: new OnScheduleValue()), SingleActuals(new OnScheduleValue(), executed: 5m), MidYear).Line("测试指标").Status);

    [Fact]
    public void Mid_year_execution_is_measured_against_the_half_year_plan()
    {
        var card = ScoreAt(Single(Exactly(10, "个")), SingleActuals(Actual(10, "个"), executed: 4m), MidYear);
        Assert.Equal(5m, card.Execution.Budget);
        Assert.Equal(0.8m, card.Execution.Rate);
        Assert.Equal(8m, card.Execution.Score);
    }

    [Fact]
    public void Blank_half_year_cell_is_not_due_at_mid_year_and_its_weight_moves()
    {
        var table = Single(AtLeast(10, "场"), half: IndicatorValue.Empty);
        var card = ScoreAt(table, SingleActuals(null, executed: 5m), MidYear);
        var line = card.Line("测试指标");
        Assert.Equal(ScoreStatus.NotDue, line.Status);
        Assert.Equal(0m, line.Weight);
        Assert.True(card.SectionOf(ScoringSection.Output)!.IsEmpty);
        Assert.DoesNotContain(card.Findings, f => f.RuleId == "E01");
        Assert.Equal(100m, card.Total);
    }

    [Fact]
    public void Deadline_after_the_as_of_date_is_not_due()
    {
        var deadline = new DateValue(DateValueKind.Deadline, new PartialDate(2027, 6, null, endOfMonth: true));
        var line = ScoreAt(Single(deadline), SingleActuals(null), YearEnd).Line("测试指标");
        Assert.Equal(ScoreStatus.NotDue, line.Status);
        Assert.Equal("截止时间“2027年6月底前”晚于评价日期 2026-12-31，尚未到期。", line.Explanation);
    }

    [Fact]
    public void Deadline_is_met_by_an_earlier_date_or_a_completion_word()
    {
        var deadline = new DateValue(DateValueKind.Deadline, new PartialDate(null, 12, null, endOfMonth: true));
        AssertScore(Score(deadline, new DateValue(DateValueKind.Point, new PartialDate(2026, 11, null))), ScoreStatus.Met, 50m);
        AssertScore(Score(deadline, new DateValue(DateValueKind.Point, new PartialDate(2027, 1, null)), reason: "延期"), ScoreStatus.NotMet, 0m);
        AssertScore(Score(deadline, Completion("按时完成", 0)), ScoreStatus.Met, 50m);
        AssertScore(Score(deadline, MostlyDone), ScoreStatus.PartiallyMet, 40m);
    }

    [Fact]
    public void Empty_target_is_not_scored_and_its_weight_goes_to_the_section()
    {
        var table = Single(AtLeast(10, "场")) with
        {
            Indicators = Single(AtLeast(10, "场")).Indicators.Concat(new[] { Ind(4, "产出指标", "质量指标", "空指标", IndicatorValue.Empty) }).ToValueList(),
        };
        var card = ScoreAt(table, SingleActuals(Actual(10, "场")), YearEnd);
        Assert.Equal(ScoreStatus.NotScored, card.Line("空指标").Status);
        Assert.Equal(0m, card.Line("空指标").Weight);
        Assert.Equal(50m, card.Line("测试指标").Weight);
        Assert.Contains("指标“空指标”（第 4 行）指标值为空，不计分，其权重由本部分其他指标分摊。", card.Notes);
        Assert.Equal(100m, card.Total);
    }

    [Fact]
    public void Equal_weights_within_a_section()
    {
        var table = Single(AtLeast(10, "场")) with
        {
            Indicators = Single(AtLeast(10, "场")).Indicators.Concat(new[] { Ind(4, "产出指标", "质量指标", "第二", Done) }).ToValueList(),
        };
        var card = ScoreAt(table, SingleActuals(Actual(5, "场")) with { Indicators = SingleActuals(Actual(5, "场")).Indicators.Concat(new[] { IndicatorActual.Of("第二", Done) }).ToValueList() }, YearEnd);
        Assert.Equal(25m, card.Line("测试指标").Weight);
        Assert.Equal(12.5m, card.Line("测试指标").Score);
        Assert.Equal(25m, card.Line("第二").Score);
        Assert.Equal(37.5m, card.SectionOf(ScoringSection.Output)!.Score);
    }

    [Fact]
    public void Table_given_indicator_weights_win_over_equal_shares()
    {
        var table = new PerformanceTable("自评表")
        {
            Year = 2026,
            Funding = new Funding { Total = 100m },
            SectionWeights = ValueList.Of(new SectionWeight("预算执行率", 10m)),
            Indicators = ValueList.Of(
                Ind(1, "产出指标", "数量指标", "甲", AtLeast(10, "个")) with { Weight = 40m },
                Ind(2, "产出指标", "质量指标", "乙", Done) with { Weight = 20m },
                Ind(3, "效益指标", "社会效益指标", "丙", Done) with { Weight = 30m }),
        };
        var actuals = new TableActuals("自评表")
        {
            Executed = 100m,
            Indicators = ValueList.Of(IndicatorActual.Of("甲", Actual(5, "个")) with { Reason = "r" }, IndicatorActual.Of("乙", Done), IndicatorActual.Of("丙", Done)),
        };
        var card = ScoreAt(table, actuals, YearEnd);
        Assert.Equal(40m, card.Line("甲").Weight);
        Assert.Equal(20m, card.Line("甲").Score);
        Assert.Equal(20m, card.Line("乙").Weight);
        Assert.Equal(60m, card.SectionOf(ScoringSection.Output)!.Weight);
        Assert.True(card.SectionOf(ScoringSection.Output)!.WeightFromTable);
        Assert.Equal(10m, card.SectionOf(ScoringSection.ExecutionRate)!.Weight);

        // The table's own weights make 100: the profile's 满意度 10 is not added (nothing to redistribute).
        Assert.Null(card.SectionOf(ScoringSection.Satisfaction));
        Assert.Equal(80m, card.Total);
    }

    [Fact]
    public void Table_given_section_weight_wins_over_the_profile()
    {
        var table = Single(AtLeast(10, "场")) with { SectionWeights = ValueList.Of(new SectionWeight("产出指标", 60m), new SectionWeight("效益指标", 20m)) };
        var card = ScoreAt(table, SingleActuals(Actual(10, "场")), YearEnd);
        Assert.Equal(60m, card.SectionOf(ScoringSection.Output)!.Weight);
        Assert.Equal(20m, card.SectionOf(ScoringSection.Effect)!.Weight);
        Assert.Equal(10m, card.SectionOf(ScoringSection.Satisfaction)!.Weight);
        Assert.Contains("权重取自表内（分值/权重）：产出 60、效益 20；其余取自评分方案“national-2020”。", card.Notes);
    }

    [Fact]
    public void Cost_section_is_scored_only_when_weighted()
    {
        var table = Single(AtLeast(10, "场")) with
        {
            Indicators = Single(AtLeast(10, "场")).Indicators.Concat(new[] { Ind(4, "成本指标", "经济成本指标", "单位成本", AtMost(100, "元")) }).ToValueList(),
        };
        var actuals = SingleActuals(Actual(10, "场")) with { Indicators = SingleActuals(Actual(10, "场")).Indicators.Concat(new[] { IndicatorActual.Of("单位成本", Actual(90, "元")) }).ToValueList() };

        var national = ScoreAt(table, actuals, YearEnd);
        Assert.Equal(ScoreStatus.NotScored, national.Line("单位成本").Status);
        Assert.Equal("成本部分没有权重（评分方案“national-2020”与表内均未设），不计分。", national.Line("单位成本").Explanation);
        Assert.Null(national.SectionOf(ScoringSection.Cost));

        var withCost = new ScoringProfile("with-cost", 10, 40, 30, 10, 10);
        var scored = ScoreAt(table, actuals, YearEnd, withCost);
        Assert.Equal(ScoreStatus.Met, scored.Line("单位成本").Status);
        Assert.Equal(10m, scored.SectionOf(ScoringSection.Cost)!.Score);
        Assert.Equal(100m, scored.Total);
    }

    [Fact]
    public void Variant_profile_weights_the_worked_example_differently()
    {
        var card = ScoreAt(Desktop(), DesktopActuals(), YearEnd, ScoringProfile.GetBuiltin("variant-20-40-40"));
        AssertClose(20m * 5.8m / 6m, card.SectionOf(ScoringSection.ExecutionRate)!.Score);
        Assert.Equal(36m, card.SectionOf(ScoringSection.Output)!.Score);
        Assert.Equal(40m, card.SectionOf(ScoringSection.Effect)!.Score);
        Assert.Null(card.SectionOf(ScoringSection.Satisfaction));
        Assert.Equal("95.33", ScoreText.Format(card.Total));
    }

    [Fact]
    public void Invalid_actual_text_is_kept_and_reported_not_dropped()
    {
        var actuals = SingleActuals(null) with { Indicators = SingleActuals(null).Indicators.Concat(new[] { new IndicatorActual("测试指标", "   ") }).ToValueList() };
        var line = ScoreAt(Single(AtLeast(10, "场")), actuals, YearEnd).Line("测试指标");
        Assert.True(line.ActualMissing);
        Assert.Equal(ScoreStatus.NotMet, line.Status);
    }

    [Fact]
    public void Repeated_row_numbers_do_not_merge_two_indicators()
    {
        var table = Single(AtLeast(10, "场")) with
        {
            Indicators = Single(AtLeast(10, "场")).Indicators.Concat(new[] { Ind(1, "产出指标", "质量指标", "第二", Done) }).ToValueList(),
        };
        var actuals = SingleActuals(Actual(5, "场")) with { Indicators = SingleActuals(Actual(5, "场")).Indicators.Concat(new[] { IndicatorActual.Of("第二", Done) }).ToValueList() };
        var card = ScoreAt(table, actuals, YearEnd);
        Assert.Equal(12.5m, card.Line("测试指标").Score);
        Assert.Equal(25m, card.Line("第二").Score);
    }

    [Fact]
    public void Several_empty_targets_are_noted_once()
    {
        var table = Single(AtLeast(10, "场")) with
        {
            Indicators = Single(AtLeast(10, "场")).Indicators.Concat(new[]
            {
                Ind(4, "产出指标", "质量指标", "指标2:", IndicatorValue.Empty),
                Ind(5, "效益指标", "社会效益", "……", IndicatorValue.Empty),
            }).ToValueList(),
        };
        var card = ScoreAt(table, SingleActuals(Actual(10, "场")), YearEnd);
        Assert.Contains("2 项指标的指标值为空，不计分，其权重由各自部分的其他指标分摊：第 4、5 行。", card.Notes);
        Assert.Equal(100m, card.Total);
    }
}
