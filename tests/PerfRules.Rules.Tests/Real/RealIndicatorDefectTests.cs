using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Actuals;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Rules.Scoring;
using PerfRules.Tables;
using static PerfRules.Rules.Tests.Assertions;

namespace PerfRules.Rules.Tests.Real;

/// <summary>
/// The defects the fourteen real tables added last really hold, found with the right id and location once their
/// indicator blocks are read: a misplaced 二级 (02), published scores that contradict the table's own target and
/// actual (07), a 年度资金总额 of 0 above source lines of 90 and 132.912 (09, 10), a 执行率 published as 0, each
/// region's bare target (21); and no S04 where an old template put 满意度 under 效益 (12, 13, 19).
/// </summary>
public class RealIndicatorDefectTests
{
    private static IReadOnlyList<Finding> Check(string prefix) =>
        RealFindings.Tables(RealFindings.File(prefix)).SelectMany(t => Tables.Engine.Check(t)).ToList();

    private static ScoreCard Score(PerformanceTable table) =>
        Scorer.Score(table, TableActuals.FromPublished(table), new ScoringOptions { AsOf = new DateTime(table.Year!.Value, 12, 31) });

    [Fact]
    public void Daying_02_economic_cost_under_output_is_S04()
    {
        var s04 = Single(Check("02"), "S04", indicator: "成本控制数", fragment: "二级指标「经济成本指标」不属于一级指标「产出指标」");
        Assert.Equal((Severity.Error, "产出指标", "经济成本指标", 5), (s04.Severity, s04.Location.Level1, s04.Location.Level2, s04.Location.Line!.Value));
    }

    [Fact]
    public void Yongde_07_a_target_met_in_full_but_scored_7_of_10_is_E06_and_a_shortfall_without_reason_is_E03()
    {
        var card = Score(RealFindings.Table("07"));
        var e06 = Assert.Single(card.Findings, f => f.RuleId == EvaluationRuleIds.PublishedScoreDiffers && f.Location.Indicator == "资金到位及时率");
        Assert.Contains("已公布得分 7 与重新计算的 10.00（实际“100%”对指标值“≥100%”，分值 10）", e06.Message, StringComparison.Ordinal);
        var e03 = Assert.Single(card.Findings, f => f.RuleId == EvaluationRuleIds.NoDeviationReason);
        Assert.Equal("政策知晓率", e03.Location.Indicator);
        Assert.Contains("实际完成值“98%”，指标值“=100%”", e03.Message, StringComparison.Ordinal);
        None(Check("07"), "S04");
    }

    [Theory]
    [InlineData("09", "资金总额 0万元 与已填的其中各项资金来源合计 89.974万元 不一致。")]
    [InlineData("10", "资金总额 0万元 与已填的其中各项资金来源合计 132.912万元 不一致。")]
    public void Tangxi_09_and_10_a_total_of_0_above_its_source_lines_is_F02_and_the_published_rate_of_0_is_E05(string prefix, string message)
    {
        var f02 = Single(Check(prefix), "F02", field: "资金总额");
        Assert.Equal((Severity.Error, message, 11), (f02.Severity, f02.Message, f02.Location.Line!.Value));
        var e05 = Assert.Single(Score(RealFindings.Table(prefix)).Findings, f => f.RuleId == EvaluationRuleIds.ExecutionBelowFull);
        Assert.Contains("表中公布的全年预算执行率 0.00% 低于 100%", e05.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("13")]
    [InlineData("19")]
    public void Old_templates_satisfaction_under_effect_is_no_S04_and_counts_as_satisfaction(string prefix)
    {
        var findings = Check(prefix);
        None(findings, "S04");
        Assert.DoesNotContain(findings, f => f.RuleId == "S07" && f.Message.Contains("满意度", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.RuleId == ImportRuleIds.LabelRepaired && f.Message.Contains("在旧版模板中是「效益指标」下的二级指标", StringComparison.Ordinal));
    }

    [Fact]
    public void Anxi_21_each_villages_bare_target_is_V10_on_its_own_column()
    {
        var v10 = Check("21").Where(f => f.RuleId == "V10").ToList();
        Assert.Equal(new[] { "西坪镇尧山村指标值", "桃舟乡吾培村指标值", "芦田镇三洋村指标值", "蓬莱镇植洋村指标值", "魁斗镇奇观村指标值", "龙涓乡长塔村指标值", "尚卿乡尤俊村指标值" },
            v10.Select(f => f.Location.Field));
        Assert.All(v10, f => Assert.Equal("开展小型水利工程建设(个)", f.Location.Indicator));
        Assert.Contains("西坪镇尧山村指标值「1」没有比较符号，请写明是 「≥1个」还是「=1个」", v10[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_compiled_path_finds_the_region_cells_as_the_rules_engine_does()
    {
        var table = RealFindings.Table("21");
        var compiled = RuleEngine.Create(RuleEngineMode.Compiled).Check(table);
        var engine = RuleEngine.Create(RuleEngineMode.RulesEngine).Check(table);
        Assert.Equal(engine.Select(f => f.ToString()), compiled.Select(f => f.ToString()));
        Assert.Equal(7, compiled.Count(f => f.RuleId == "V10"));
    }
}
