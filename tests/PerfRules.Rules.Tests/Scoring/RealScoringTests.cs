using System;
using System.IO;
using System.Linq;
using PerfRules.Actuals;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Rules.Tests.Real;
using PerfRules.Rules.Scoring;
using PerfRules.Tables;

namespace PerfRules.Rules.Tests.Scoring;

/// <summary>
/// Recomputing the published scores of the real 自评 tables (01 青神, 08 天长, 17 南开) from the table alone — the
/// published 实际完成值 become the actuals, as <c>perfrules score</c> does without <c>--actuals</c> — and E06/E07 on
/// the published numbers. The variants change one published cell of a real file to show each finding with both
/// numbers; every expected figure is worked out from the file text in the comments.
/// </summary>
public class RealScoringTests
{
    private static ScoreCard Score(PerformanceTable table) =>
        Scorer.Score(table, TableActuals.FromPublished(table), new ScoringOptions { AsOf = new DateTime(table.Year!.Value, 12, 31) });

    private static PerformanceTable Variant(string prefix, string from, string to)
    {
        var text = File.ReadAllText(RealFindings.PathOf(RealFindings.File(prefix)));
        Assert.Contains(from, text, StringComparison.Ordinal);
        return Assert.Single(TableTextReader.Read(text.Replace(from, to, StringComparison.Ordinal), prefix + ".txt").Tables);
    }

    private static Finding Single(ScoreCard card, string ruleId, string fragment) =>
        Assert.Single(card.Findings, f => f.RuleId == ruleId && f.Message.Contains(fragment, StringComparison.Ordinal));

    [Fact]
    public void Tianchang_08_recomputes_to_the_published_100_and_flags_the_six_scores_without_a_target()
    {
        var table = RealFindings.Table("08");
        var card = Score(table);

        // 执行 880 / 880 = 100% → 10 of 10 as published. 数量 rows 1 = 1 and 满意度 100% ≥ 90% are met; the other six
        // rows have an empty 年度指标值 (the target sits in the name) and score nothing, their weight going to the
        // scorable rows of the section; 效益 has no scorable row, its 30 goes to the other parts: total 100.
        Assert.Equal(1m, card.Execution.Rate); // a fraction: 100%
        Assert.Equal("100.00", ScoreText.Format(card.Total));
        Assert.Equal(Grade.Excellent, card.Grade);
        Assert.Equal(100m, table.Published!.Total);
        Assert.Equal(new[] { 1, 2, 9 }, card.Indicators.Where(i => i.Status == ScoreStatus.Met).Select(i => i.Indicator.Row));

        var e06 = card.Findings.Where(f => f.RuleId == EvaluationRuleIds.PublishedScoreDiffers).ToList();
        Assert.Equal(new[] { 3, 4, 5, 6, 7, 8 }, e06.Select(f => f.Location.Row!.Value));
        Assert.All(e06, f =>
        {
            Assert.Equal(Severity.Warning, f.Severity);
            Assert.Contains("已公布得分 10，但年度指标值为空、实际完成值也为空，重新计算不得分（0", f.Message, StringComparison.Ordinal);
            Assert.Equal(("10", "0"), (f.Arguments.Single(a => a.Name == "value").Value, f.Arguments.Single(a => a.Name == "expected").Value));
        });
        Assert.Equal("指标1:工程质量合格", e06[0].Location.Indicator);
        Assert.DoesNotContain(card.Findings, f => f.RuleId == EvaluationRuleIds.PublishedTotalsInconsistent);
    }

    [Fact]
    public void Tianchang_08_a_target_met_in_full_but_scored_7_of_10_is_E06_with_both_numbers_and_the_total_E07()
    {
        // 指标1:完成中型灌区节水改造项目数量: target 1, actual 1, 分值 10 — published 7 instead of 10.
        var table = Variant("08", "指标1:完成中型灌区节水改造项目数量\t1\t1\t10\t10", "指标1:完成中型灌区节水改造项目数量\t1\t1\t10\t7");
        var card = Score(table);

        var e06 = Single(card, "E06", "已公布得分 7 与重新计算的 10.00");
        Assert.Equal((1, "指标1:完成中型灌区节水改造项目数量"), (e06.Location.Row!.Value, e06.Location.Indicator));
        Assert.Contains("相差 3.00 分", e06.Message, StringComparison.Ordinal);

        // 总分 100 as published, but the published parts now add up to 97 (8 × 10 + 7 + 执行率 10).
        var e07 = Single(card, "E07", "已公布总分 100 与各项得分之和 97 不符");
        Assert.Equal((Severity.Error, "总分"), (e07.Severity, e07.Location.Field));
    }

    [Fact]
    public void Qingshen_01_has_no_published_actuals_so_only_the_execution_rate_scores()
    {
        var table = RealFindings.Table("01");
        var card = Score(table);

        // 预算执行数 251.89 / 调整后预算数 251.89 = 100.00% as published → 10 of 10; both indicators' 完成值 are blank
        // (E01, the template was never filled in) and score 0 of 60 and 30.
        Assert.Equal((251.89m, 1m), (card.Execution.Budget!.Value, card.Execution.Rate!.Value));
        Assert.Equal("10.00", ScoreText.Format(card.Total));
        Assert.Equal(new[] { 60m, 30m }, card.Indicators.Select(i => i.Weight));
        Assert.Equal(new[] { "发放(缴纳)覆盖率", "足额保障率(参保率)" }, card.Findings.Where(f => f.RuleId == "E01").Select(f => f.Location.Indicator));
        Assert.DoesNotContain(card.Findings, f => f.RuleId is "E06" or "E07");
    }

    [Fact]
    public void Qingshen_01_weights_that_do_not_add_up_to_the_stated_90_and_100_are_E07()
    {
        // 权重 60 → 50: 绩效指标(90分) holds 50 + 30 = 80, and 合计 100 ≠ 80 + 执行率 10.
        var table = Variant("01", "=\t100\t%\t\t60", "=\t100\t%\t\t50");
        var card = Score(table);

        var section = Single(card, "E07", "绩效指标下各指标分值合计 80，与标注的 90 分不符（50 + 30）");
        Assert.Equal(("绩效指标", "80", "90"), (section.Location.Field, section.Arguments.Single(a => a.Name == "value").Value, section.Arguments.Single(a => a.Name == "expected").Value));
        Single(card, "E07", "合计 90，与表中合计 100 不符");
    }

    [Fact]
    public void Qingshen_01_a_published_execution_rate_that_is_not_executed_over_budget_is_E06()
    {
        // 总额 row: 执行率 100.00% → 95.00% while 251.89 / 251.89 = 100%.
        var table = Variant("01", "251.89\t251.89\t100.00%\t10", "251.89\t251.89\t95.00%\t10");
        var card = Score(table);
        var e06 = Single(card, "E06", "已公布的执行率 95.00% 与执行数/预算数 251.89 / 251.89 = 100.00%");
        Assert.Equal(("95.00%", "100.00%"), (e06.Arguments.Single(a => a.Name == "value").Value, e06.Arguments.Single(a => a.Name == "expected").Value));
    }

    [Fact]
    public void Nankai_17_target_versus_actual_recomputes_and_finds_the_late_completion()
    {
        var table = RealFindings.Table("17");
        var card = Score(table);

        // No money in the notice: 预算执行率 cannot be judged, its 10 goes to 产出/效益/满意度 (55.56 / 33.33 / 11.11).
        // 9 indicators: 产出 6 rows of 55.56 / 6 = 9.26, all met but 项目完成时间 (2018年11月底 after 2018年10月底):
        // 55.56 − 9.26 = 46.30; 效益 33.33; 满意度 11.11 → 90.74.
        Assert.Equal("90.74", ScoreText.Format(card.Total));
        Assert.Equal(Grade.Excellent, card.Grade);
        var late = card.Indicators.Single(i => i.Indicator.Name == "项目完成时间");
        Assert.Equal((ScoreStatus.NotMet, "2018年11月底"), (late.Status, late.ActualText));
        Single(card, "E03", "实际完成值“2018年11月底”，指标值“2018年10月底”");
        Single(card, "E04", "实际完成值“42”为指标值“31”的 135.48%");
        Assert.DoesNotContain(card.Findings, f => f.RuleId is "E06" or "E07");
    }

    [Fact]
    public void Only_the_three_self_evaluation_tables_publish_actuals_and_the_stated_weights_add_up()
    {
        var withPublished = RealFindings.Reviewed().SelectMany(f => RealFindings.Tables(f).Where(t => t.Published is not null).Select(t => f.Substring(0, 2))).ToList();
        Assert.Equal(new[] { "01", "08", "17" }, withPublished);

        // 03 (8 × 10 + 20 = 90 per project), 05 (20 + 10 + 20 + 20 + 20 = 90), 15 (4 × 10 + 10 = 50 = 产出 50): the
        // weights the target tables publish are consistent, so scoring them with actuals raises no E07.
        foreach (var prefix in new[] { "03", "05", "15" })
        {
            foreach (var table in RealFindings.Tables(RealFindings.File(prefix)).Where(t => t.Indicators.Count > 0))
            {
                var card = Scorer.Score(table, new TableActuals(table.Name), new ScoringOptions { AsOf = new DateTime(table.Year!.Value, 12, 31) });
                Assert.DoesNotContain(card.Findings, f => f.RuleId == EvaluationRuleIds.PublishedTotalsInconsistent);
            }
        }
    }
}
