using System;
using System.Linq;
using PerfRules.Actuals;
using PerfRules.Findings;
using PerfRules.Rules.Scoring;
using PerfRules.Tables;
using PerfRules.Values;
using static PerfRules.Rules.Tests.Scoring.TestTables;

namespace PerfRules.Rules.Tests.Scoring;

/// <summary>Rules E01–E07: each triggered, with its exact location and message, and each near-missed.</summary>
public class EvaluationFindingTests
{
    private static ScoreCard Card(IndicatorValue target, IndicatorValue? actual, string? reason = null, decimal executed = 10m, DateTime? asOf = null, IndicatorValue? half = null) =>
        ScoreAt(Single(target, half), SingleActuals(actual, executed, reason: reason), asOf ?? YearEnd);

    private static Finding[] Of(ScoreCard card, string ruleId) => card.Findings.Where(f => f.RuleId == ruleId).ToArray();

    // ---- E01

    [Fact]
    public void E01_actual_missing_for_a_due_indicator()
    {
        var card = Card(AtLeast(10, "场"), null);
        var e01 = Assert.Single(Of(card, "E01"));
        Assert.Equal(Severity.Error, e01.Severity);
        Assert.Equal("测试指标", e01.Location.Indicator);
        Assert.Equal(1, e01.Location.Row);
        Assert.Equal("产出指标", e01.Location.Level1);
        Assert.Equal("指标“测试指标”的全年指标值为“≥10场”，截至 2026-12-31 应有实际完成值，但未提供。", e01.Message);
        Assert.Equal(ScoreStatus.NotMet, card.Line("测试指标").Status);
        Assert.Empty(Of(card, "E03"));
        Assert.True(card.HasErrors);
    }

    [Fact]
    public void E01_near_miss_not_due_or_not_scored_needs_no_actual()
    {
        Assert.Empty(Of(Card(AtLeast(10, "场"), null, asOf: MidYear, half: IndicatorValue.Empty, executed: 5m), "E01"));
        var desktop = ScoreAt(Desktop(), DesktopActuals(), YearEnd);
        Assert.Empty(Of(desktop, "E01"));   // the 11 决策/过程 rows have no actuals and are not due in 自评
    }

    [Fact]
    public void E01_missing_executed_amount()
    {
        var card = ScoreAt(Desktop(), DesktopActuals() with { Executed = null }, YearEnd);
        var e01 = Assert.Single(Of(card, "E01"));
        Assert.Equal("预算执行率", e01.Location.Field);
        Assert.Null(e01.Location.Indicator);
        Assert.Equal("未提供全年执行数，无法计算预算执行率（全年预算数 6 万元）。", e01.Message);
        Assert.Equal(0m, card.Execution.Score);
    }

    [Fact]
    public void E01_for_every_due_indicator_when_no_actuals_at_all()
    {
        var card = ScoreAt(Desktop(), null, YearEnd);
        Assert.Equal(new int?[] { null, 12, 13, 14, 15 }, Of(card, "E01").Select(f => f.Location.Row));
        Assert.Equal(0m, card.Total);
        Assert.Equal(Grade.Poor, card.Grade);
    }

    // ---- E02

    [Fact]
    public void E02_unit_mismatch_quotes_both_values()
    {
        var card = Card(Exactly(10, "台"), Actual(9, "家"));
        var e02 = Assert.Single(Of(card, "E02"));
        Assert.Equal(Severity.Error, e02.Severity);
        Assert.Equal(1, e02.Location.Row);
        Assert.Equal("实际完成值“9家”与指标值“=10台”单位不同（家 / 台），无法比较。", e02.Message);
        Assert.Contains(new FindingArgument("value", "9家"), e02.Arguments);
        Assert.Contains(new FindingArgument("expected", "=10台"), e02.Arguments);
        Assert.Empty(Of(card, "E03"));
    }

    [Fact]
    public void E02_near_miss_convertible_units_compare()
    {
        var card = Card(AtLeast(2.5m, "亿元"), Actual(26000, "万元"));
        Assert.Empty(Of(card, "E02"));
        Assert.Equal(ScoreStatus.Met, card.Line("测试指标").Status);
    }

    [Fact]
    public void E02_free_text_target_without_judgement_and_not_with_one()
    {
        Assert.Single(Of(Card(new FreeTextValue("完成数据采集场搭建"), new FreeTextValue("已完成")), "E02"));
        var judged = ScoreAt(Single(new FreeTextValue("完成数据采集场搭建")), SingleActuals(new FreeTextValue("已完成"), judgement: Judgement.Met), YearEnd);
        Assert.Empty(Of(judged, "E02"));
    }

    [Fact]
    public void E02_actual_for_an_indicator_the_table_does_not_have()
    {
        var actuals = DesktopActuals() with { Indicators = DesktopActuals().Indicators.Concat(new[] { new IndicatorActual("设备购置数", "9台") }).ToValueList() };
        var e02 = Assert.Single(Of(ScoreAt(Desktop(), actuals, YearEnd), "E02"));
        Assert.Equal("设备购置数", e02.Location.Indicator);
        Assert.Null(e02.Location.Row);
        Assert.Equal("实际值“9台”对应的指标“设备购置数”在表中不存在，未计入。", e02.Message);
    }

    [Fact]
    public void E02_repeated_name_needs_a_row_and_row_resolves_it()
    {
        var table = Desktop() with
        {
            Indicators = Desktop().Indicators.Concat(new[] { Ind(16, "效益指标", "可持续影响", "设备购置数量", Exactly(10, "台")) }).ToValueList(),
        };
        var ambiguous = ScoreAt(table, DesktopActuals(), YearEnd);
        Assert.Contains(Of(ambiguous, "E02"), f => f.Message == "指标“设备购置数量”在表中出现 2 次（第 12、16 行），实际值“9台”需用 row 指明是哪一行。");

        var byRow = DesktopActuals() with
        {
            Indicators = DesktopActuals().Indicators.Select(a => a.Indicator == "设备购置数量" ? a with { Row = 12 } : a)
                .Concat(new[] { IndicatorActual.Of("设备购置数量", Actual(10, "台")) with { Row = 16 } }).ToValueList(),
        };
        var resolved = ScoreAt(table, byRow, YearEnd);
        Assert.Empty(Of(resolved, "E02"));
        Assert.Equal(ScoreStatus.PartiallyMet, resolved.Indicators.Single(i => i.Indicator.Row == 12).Status);
        Assert.Equal(ScoreStatus.Met, resolved.Indicators.Single(i => i.Indicator.Row == 16).Status);
    }

    // ---- E03

    [Fact]
    public void E03_target_not_met_without_a_reason()
    {
        var e03 = Assert.Single(Of(Card(AtLeast(100, "家"), Actual(80, "家")), "E03"));
        Assert.Equal(Severity.Warning, e03.Severity);
        Assert.Equal(1, e03.Location.Row);
        Assert.Equal("指标“测试指标”未完全达成（实际完成值“80家”，指标值“≥100家”，得分 40.00 / 50.00），但未说明偏差原因。", e03.Message);
    }

    [Fact]
    public void E03_near_miss_reason_given_or_target_met()
    {
        Assert.Empty(Of(Card(AtLeast(100, "家"), Actual(80, "家"), reason: "企业申报数量不足"), "E03"));
        Assert.Empty(Of(Card(AtLeast(100, "家"), Actual(100, "家")), "E03"));
    }

    [Fact]
    public void E03_not_met_at_all_says_not_met() =>
        Assert.StartsWith("指标“测试指标”未达成（实际完成值“未完成”", Assert.Single(Of(Card(Done, NotDone), "E03")).Message, StringComparison.Ordinal);

    // ---- E04

    [Fact]
    public void E04_actual_at_least_120_percent_of_an_at_least_target()
    {
        var e04 = Assert.Single(Of(Card(AtLeast(100, "家"), Actual(120, "家")), "E04"));
        Assert.Equal(Severity.Info, e04.Severity);
        Assert.Equal("指标“测试指标”实际完成值“120家”为指标值“≥100家”的 120.00%（≥120%），指标值可能设得偏低。", e04.Message);
        Assert.Single(Of(Card(Exactly(10, "台"), Actual(13, "台")), "E04"));
    }

    [Fact]
    public void E04_near_miss_119_percent_or_an_at_most_target()
    {
        Assert.Empty(Of(Card(AtLeast(100, "家"), Actual(119, "家")), "E04"));
        Assert.Empty(Of(Card(AtMost(100, "元"), Actual(50, "元")), "E04"));
        Assert.Empty(Of(Card(AtLeast(0, "个"), Actual(5, "个")), "E04"));
    }

    // ---- E05

    [Fact]
    public void E05_full_year_execution_below_100_percent()
    {
        var e05 = Assert.Single(Of(Card(AtLeast(10, "场"), Actual(10, "场"), executed: 9.99m), "E05"));
        Assert.Equal(Severity.Warning, e05.Severity);
        Assert.Equal("预算执行率", e05.Location.Field);
        Assert.Equal("全年预算执行率 99.90%（执行数 9.99 万元 / 预算数 10 万元）低于 100%。", e05.Message);
    }

    [Fact]
    public void E05_near_miss_full_execution_or_mid_year()
    {
        Assert.Empty(Of(Card(AtLeast(10, "场"), Actual(10, "场"), executed: 10m), "E05"));
        Assert.Empty(Of(Card(AtLeast(10, "场"), Actual(10, "场"), executed: 1m, asOf: MidYear), "E05"));
    }

    // ---- E06 / E07 on a published self-evaluation (青神县 2023 工资性支出 shape: 执行率 10, 产出 60, 效益 30).

    private static PerformanceTable Published(decimal? rate = 100m, decimal? total = 100m, decimal outputScore = 60m, decimal effectWeight = 30m, decimal? executionScore = 10m) => new PerformanceTable("工资性支出")
    {
        Year = 2023,
        Layout = TableLayouts.National,
        Funding = new Funding { Total = 251.89m },
        SectionWeights = ValueList.Of(new SectionWeight("绩效指标", 90m)),
        Indicators = ValueList.Of(
            new Indicator(1, "产出指标", "数量指标", "发放(缴纳)覆盖率", IndicatorValue.Empty, new NumericValue(Comparison.Exactly, 100, "%", UnitSource.UnitColumn)) { Weight = 60m },
            new Indicator(2, "效益指标", "社会效益指标", "足额保障率(参保率)", IndicatorValue.Empty, new NumericValue(Comparison.Exactly, 100, "%", UnitSource.UnitColumn)) { Weight = effectWeight }),
        Published = new PublishedEvaluation
        {
            InitialBudget = 238.93m,
            Budget = 251.89m,
            Executed = 251.89m,
            ExecutionRate = rate,
            ExecutionWeight = 10m,
            ExecutionScore = executionScore,
            Total = total,
            Indicators = ValueList.Of(new PublishedIndicator(1, "100") { Score = outputScore }, new PublishedIndicator(2, "100") { Score = 30m }),
        },
    };

    private static ScoreCard ScorePublished(PerformanceTable table) => Scorer.Score(table, TableActuals.FromPublished(table), ScoringOptions.Default);

    [Fact]
    public void Consistent_published_evaluation_has_no_E06_or_E07()
    {
        var card = ScorePublished(Published());
        Assert.Equal(100m, card.Total);
        Assert.Equal(new DateTime(2023, 12, 31), card.AsOf);
        Assert.Empty(card.Findings);
        Assert.DoesNotContain(card.Sections, s => s.Section == ScoringSection.Satisfaction);
    }

    [Fact]
    public void E06_published_total_more_than_half_a_point_off()
    {
        var e06 = Assert.Single(Of(ScorePublished(Published(total: 99.49m, outputScore: 59.49m)), "E06"), f => f.Location.Field == "总分");
        Assert.Equal("总分", e06.Location.Field);
        Assert.Equal("已公布总分 99.49 与重新计算的 100.00（优）相差 0.51 分（超过 0.5 分）。", e06.Message);
        Assert.Empty(Of(ScorePublished(Published(total: 99.5m, outputScore: 59.5m)), "E06"));
    }

    [Fact]
    public void E06_published_indicator_score_more_than_half_a_point_off()
    {
        var card = ScorePublished(Published(total: 99.4m, outputScore: 59.4m));
        var row = Assert.Single(Of(card, "E06"), f => f.Location.Row == 1);
        Assert.Equal("指标“发放(缴纳)覆盖率”已公布得分 59.4 与重新计算的 60.00（实际“100”对指标值“=100%”，分值 60）相差 0.60 分（超过 0.5 分）。", row.Message);
    }

    [Fact]
    public void E06_published_execution_rate_more_than_0_1_point_off()
    {
        var e06 = Assert.Single(Of(ScorePublished(Published(rate: 99.89m)), "E06"));
        Assert.Equal("预算执行率", e06.Location.Field);
        Assert.Equal("已公布的执行率 99.89% 与执行数/预算数 251.89 / 251.89 = 100.00% 相差 0.11 个百分点（超过 0.1）。", e06.Message);
        Assert.Empty(Of(ScorePublished(Published(rate: 99.9m)), "E06"));
    }

    [Fact]
    public void E06_published_execution_score_off()
    {
        var e06 = Assert.Single(Of(ScorePublished(Published(executionScore: 9m, total: 99m)), "E06"), f => f.Location.Field == "预算执行率");
        Assert.Equal("预算执行率已公布得分 9 与重新计算的 10.00（10 × min(1, 100.00%)）相差 1.00 分（超过 0.5 分）。", e06.Message);
    }

    [Fact]
    public void E07_indicator_weights_do_not_add_up_to_the_stated_total()
    {
        var card = ScorePublished(Published(effectWeight: 20m, total: 90m));
        var e07 = Of(card, "E07");
        Assert.Contains(e07, f => f.Location.Field == "绩效指标" && f.Message == "绩效指标下各指标分值合计 80，与标注的 90 分不符（60 + 20）。");
        Assert.Contains(e07, f => f.Location.Field == "总分" && f.Message == "各部分分值合计 90（预算执行率 10 + 产出 60 + 效益 20），应为 100。");
        Assert.Contains(e07, f => f.Location.Row == 2 && f.Message == "指标“足额保障率(参保率)”得分 30 超过其分值 20。");
        Assert.All(e07, f => Assert.Equal(Severity.Error, f.Severity));

        // The table's own scheme is scored as stated (out of 90), not topped up with the profile's 满意度.
        Assert.Equal(90m, card.Total);
        Assert.Null(card.SectionOf(ScoringSection.Satisfaction));
    }

    [Fact]
    public void E07_published_scores_do_not_add_up_to_the_published_total()
    {
        var e07 = Assert.Single(Of(ScorePublished(Published(total: 98m)), "E07"));
        Assert.Equal("总分", e07.Location.Field);
        Assert.Equal("已公布总分 98 与各项得分之和 100 不符。", e07.Message);
    }

    [Fact]
    public void E07_score_above_its_weight()
    {
        var e07 = Assert.Single(Of(ScorePublished(Published(outputScore: 61m, total: 101m)), "E07"), f => f.Location.Row == 1);
        Assert.Equal("指标“发放(缴纳)覆盖率”得分 61 超过其分值 60。", e07.Message);
    }

    [Fact]
    public void E07_near_miss_section_weights_that_add_up()
    {
        var table = Single(AtLeast(10, "场")) with
        {
            SectionWeights = ValueList.Of(new SectionWeight("产出指标", 50m)),
            Indicators = Single(AtLeast(10, "场")).Indicators.Select(i => i.Row == 1 ? i with { Weight = 50m } : i).ToValueList(),
        };
        Assert.Empty(Of(ScoreAt(table, SingleActuals(Actual(10, "场")), YearEnd), "E07"));
        var off = table with { SectionWeights = ValueList.Of(new SectionWeight("产出指标", 50.01m)) };
        Assert.Equal("产出指标下各指标分值合计 50，与标注的 50.01 分不符（50）。", Assert.Single(Of(ScoreAt(off, SingleActuals(Actual(10, "场")), YearEnd), "E07")).Message);
    }

    // ---- Order

    [Fact]
    public void Findings_are_ordered_by_rule_then_row()
    {
        var actuals = new TableActuals("台式机") { Executed = 5m, Indicators = ValueList.Of(IndicatorActual.Of("设备购置数量", Actual(8, "台"))) };
        var card = ScoreAt(Desktop(), actuals, YearEnd);
        Assert.Equal(new[] { "E01:13", "E01:14", "E01:15", "E03:12", "E05:" },
            card.Findings.Select(f => f.RuleId + ":" + f.Location.Row?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
