using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Rules.Expressions;
using PerfRules.Tables;
using static PerfRules.Rules.Tests.Assertions;

namespace PerfRules.Rules.Tests.Real;

/// <summary>
/// The defects really present in the ten real tables, found with the right id and location, and no finding that
/// only the Nanjing template's fields would justify (docs/rule-contracts.md "Profiles").
/// </summary>
public class RealDefectTests
{
    private static IReadOnlyList<Finding> Check(string prefix, string? name = null) => Tables.Engine.Check(RealFindings.Table(prefix, name));

    /// <summary>The tables of the ten files the reader was first built against (the other fourteen are asserted in their own tests).</summary>
    private static IEnumerable<(string File, PerformanceTable Table)> All() =>
        RealFindings.Reviewed().SelectMany(f => RealFindings.Tables(f).Select(t => (f, t)));

    [Fact]
    public void Every_real_table_is_checked_under_the_national_profile_and_no_nanjing_only_rule_fires()
    {
        var all = All().ToList();
        Assert.Equal(13, all.Count);
        Assert.All(all, x => Assert.Equal("national", Tables.Engine.ProfileFor(x.Table).Name));

        // 11 决策/过程 rows (S05), the half-year column (V02 C01 C02 C03 F03 F04 F05), 项目类型 (S02) and contact (S09).
        var nanjingOnly = new[] { "S05", "V02", "C01", "C02", "C03", "F03", "F04", "F05", "S02", "S09" };
        var findings = all.SelectMany(x => Tables.Engine.Check(x.Table)).ToList();
        Assert.DoesNotContain(findings, f => nanjingOnly.Contains(f.RuleId));
        Assert.DoesNotContain(findings, f => f.RuleId is ImportRuleIds.LineUnplaced or ImportRuleIds.UnreadableInput);
        Assert.DoesNotContain(findings, f => f.RuleId == "S01" && f.Location.Field is "项目类型" or "项目级次" or "开始时间" or "完成时间" or "项目负责人/联系电话");
    }

    [Fact]
    public void Partial_tables_are_not_judged_for_what_their_missing_tail_would_hold()
    {
        var partial = All().Where(x => x.Table.IsPartial).Select(x => x.File.Substring(0, 2) + " " + x.Table.Name).ToList();
        Assert.Equal(new[] { "03 基层组织活动经费", "05 日常办公设备购买和运行维护", "06 2023年云雾土家族乡加工园配套设施建设项目", "14 岳阳楼区价格认证鉴定中心", "15 再生资源回收市场管理经费" }, partial);
        foreach (var (_, table) in All().Where(x => x.Table.IsPartial))
        {
            var findings = Tables.Engine.Check(table);
            foreach (var id in new[] { "S06", "S07", "S08", "S10", "C04", "F01" }) None(findings, id);
            Single(findings, ImportRuleIds.TablePartial);
        }
    }

    [Fact]
    public void Zhaohua_04_funding_total_is_blank_above_subtotals_of_6_30()
    {
        var table = RealFindings.Table("04");
        var f01 = Single(Check("04"), "F01", field: "资金总额", fragment: "资金总额「（空）」");
        Assert.Equal((Severity.Error, 8), (f01.Severity, f01.Location.Line!.Value));
        Assert.Null(table.Funding.Total);
        Assert.Equal(6.30m, table.Funding.Sources.Where(s => s.Depth == 0).Sum(s => s.Amount!.Value));
    }

    [Fact]
    public void Yueyanglou_14_amount_in_wan_yuan_under_a_percent_unit_column_is_V06()
    {
        var v06 = Single(Check("14"), "V06", indicator: "业务工作支出安排金额", fragment: "「28.8万元」的单位与计量单位栏的「%」不一致");
        Assert.Equal((Severity.Warning, 10), (v06.Severity, v06.Location.Line!.Value));
        Single(Check("14"), "V01", indicator: "工作安排时间", fragment: "「按月安排」");
    }

    [Fact]
    public void Tianchang_08_blank_department_and_targets_written_into_names()
    {
        var findings = Check("08");
        Single(findings, "S01", field: "主管部门");
        Single(findings, "S10", fragment: "产出和效益指标共 8 项，只有 2 项");
        None(findings, "S07");
        None(findings, "C04");
    }

    [Fact]
    public void Annual_goal_promises_are_covered_or_are_rates_and_a_cut_off_table_is_not_judged()
    {
        // 11: 70个行政村 is covered by 开展送戏进万村 ≥70村; 每村4400元 and 704元/村 are rates, not promises.
        var huaibei = RealFindings.Table("11");
        Assert.Equal(new[] { "70个" }, Prose.Promises(huaibei.AnnualGoal).Select(p => p.ToString()));
        Assert.Empty(Coherence.UncoveredPromises(huaibei));
        None(Check("11"), "C04");

        // 15: 聘用人员1人 has no indicator (its 产出 block is complete: 11 rows, 50 分), 3万元 is 年度预算总成本 = 3万元.
        // The table is cut off after 产出, so C04 stays silent (a partial table is not judged for missing indicators).
        var wuhai = RealFindings.Table("15");
        var promises = Prose.Promises(wuhai.AnnualGoal);
        Assert.Equal(new[] { "1人", "8人", "3万元" }, promises.Select(p => p.ToString()));
        Assert.False(Coherence.IsCovered(wuhai, promises[0]));
        Assert.True(Coherence.IsCovered(wuhai, promises[2]));
        Assert.Empty(Coherence.UncoveredPromises(wuhai));
        None(Check("15"), "C04");
    }

    [Fact]
    public void Missing_cost_satisfaction_quality_and_timeliness_indicators_are_the_tables_own()
    {
        Assert.Equal(
            new[] { "没有满意度指标。", "产出指标中没有质量指标。", "产出指标中没有时效指标。" },
            Check("01").Where(f => f.RuleId == "S07").Select(f => f.Message));
        Single(Check("01"), "S08");
        Single(Check("03", "村组干部报酬"), "S08");
        Single(Check("17"), "S08");
        None(Check("04"), "S08"); // 成本控制 is there, if as a sentence (V01)

        // 成本控制 as a sentence, and 项目实施时间 as a period (2021年1月-2021年12月): a 时效 target is a deadline, not a span.
        Assert.Equal(
            new[] { "项目实施时间", "成本控制" },
            Check("04").Where(f => f.RuleId == "V01").Select(f => f.Location.Indicator));
    }
}
