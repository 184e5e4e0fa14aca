using System;
using PerfRules.Findings;
using PerfRules.Tables;
using PerfRules.Values;
using static PerfRules.Rules.Tests.Assertions;
using static PerfRules.Rules.Tests.Tables;

namespace PerfRules.Rules.Tests;

public class FundingRuleTests
{
    private static PerformanceTable WithFunding(decimal? total, params Expenditure[] lines)
    {
        var t = Compliant();
        return t with { Funding = t.Funding with { Total = total, TotalText = null, Expenditures = ValueList.Of(lines) } };
    }

    private static Expenditure Line(string name, Amount half, Amount full) => new(name, half, full) { Line = 30 };

    [Fact]
    public void A_blank_资金总额_is_F01_not_F02()
    {
        var findings = WithFunding(null, Line("委托服务费", new Amount(30m), new Amount(54.61m))).Check();
        var f = Single(findings, "F01", field: "资金总额", fragment: "资金总额「（空）」缺失或不是数字");
        Assert.Equal(20, f.Location.Line);
        None(findings, "F02");
    }

    [Fact]
    public void A_non_numeric_资金总额_is_F01_quoting_it()
    {
        var t = Compliant();
        var findings = (t with { Funding = t.Funding with { Total = null, TotalText = "见附件" } }).Check();
        Single(findings, "F01", fragment: "资金总额「见附件」缺失或不是数字");
    }

    [Fact]
    public void A_numeric_资金总额_is_not_F01() => None(Compliant().Check(), "F01");

    [Fact]
    public void A_total_other_than_the_sum_of_budgets_is_F02()
    {
        var findings = WithFunding(100m, Line("甲", new Amount(30m), new Amount(60m)), Line("乙", new Amount(20m), new Amount(39.99m))).Check();
        Single(findings, "F02", field: "资金总额", fragment: "资金总额 100万元 与各项支出全年预算数合计 99.99万元 不一致");
    }

    [Fact]
    public void A_total_within_half_a_cent_of_the_sum_is_not_F02() =>
        None(WithFunding(100m, Line("甲", new Amount(30m), new Amount(60m)), Line("乙", new Amount(20m), new Amount(39.996m))).Check(), "F02");

    [Fact]
    public void A_half_year_plan_above_its_budget_is_F03()
    {
        var findings = WithFunding(100m, Line("活动经费", new Amount(120m), new Amount(100m))).Check();
        Single(findings, "F03", field: "支出:活动经费", fragment: "支出「活动经费」半年计划执行数 120万元 小于 0 或超过全年预算数 100万元");
    }

    [Fact]
    public void A_negative_half_year_plan_is_F03() =>
        Single(WithFunding(100m, Line("活动经费", new Amount(-1m), new Amount(100m))).Check(), "F03", field: "支出:活动经费");

    [Fact]
    public void A_plan_equal_to_its_budget_or_序时进度_is_not_F03()
    {
        None(WithFunding(100m, Line("活动经费", new Amount(100m), new Amount(100m))).Check(), "F03");
        None(WithFunding(100m, Line("活动经费", new Amount(null, true), new Amount(100m))).Check(), "F03");
    }

    [Fact]
    public void A_half_year_plan_below_the_on_schedule_share_is_F04()
    {
        var findings = WithFunding(13m, Line("平台运营服务费", new Amount(6m), new Amount(13m))).Check();
        Single(findings, "F04", field: "支出:平台运营服务费",
            fragment: "半年计划执行数 6万元 低于序时进度：截至 2026-06-30 应执行全年预算数 13万元 的 49.59%（6.45万元）");
    }

    [Fact]
    public void The_as_of_date_moves_the_on_schedule_share()
    {
        var t = WithFunding(13m, Line("平台运营服务费", new Amount(6m), new Amount(13m)));
        None(t.Check(new DateTime(2026, 5, 31)), "F04");
        Single(t.Check(new DateTime(2026, 9, 30)), "F04", fragment: "截至 2026-09-30");
    }

    [Fact]
    public void A_project_starting_in_July_owes_nothing_by_June()
    {
        var t = WithFunding(13m, Line("平台运营服务费", new Amount(0m), new Amount(13m))) with { StartTime = "2026年7月" };
        None(t.Check(), "F04");
    }

    [Fact]
    public void Plans_at_or_above_the_share_and_序时进度_are_not_F04()
    {
        None(WithFunding(54.61m, Line("委托服务费", new Amount(30m), new Amount(54.61m))).Check(), "F04");
        None(WithFunding(200m, Line("考试", new Amount(100m), new Amount(200m))).Check(), "F04");
        None(WithFunding(25227m, Line("专项", new Amount(25227m, true), new Amount(25227m))).Check(), "F04");
    }

    [Fact]
    public void A_table_without_年度_and_as_of_does_not_judge_F04() =>
        None((WithFunding(13m, Line("平台运营服务费", new Amount(6m), new Amount(13m))) with { Year = null }).Check(), "F04");

    [Fact]
    public void A_half_year_执行率_of_100_percent_with_a_smaller_half_year_plan_is_F05()
    {
        var t = WithFunding(13m, Line("平台运营服务费", new Amount(6m), new Amount(13m)))
            .WithIndicator("预算执行率", i => i with { HalfYear = Exactly(100, "%") });
        var f = Single(t.Check(), "F05", indicator: "预算执行率", fragment: "半年预算执行率目标为「=100%」，但半年计划执行数合计 6万元 低于全年预算数合计 13万元");
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void A_half_year_执行率_of_100_percent_with_plan_equal_to_budget_or_序时进度_target_is_not_F05()
    {
        None(WithFunding(6m, Line("台式机", new Amount(6m), new Amount(6m))).WithIndicator("预算执行率", i => i with { HalfYear = Exactly(100, "%") }).Check(), "F05");
        None(WithFunding(13m, Line("平台运营服务费", new Amount(6m), new Amount(13m))).Check(), "F05");
    }

    [Fact]
    public void A_full_year_执行率_below_100_percent_is_F06()
    {
        var findings = Compliant().WithIndicator("预算执行率", i => i with { FullYear = AtLeast(90, "%") }).Check();
        Single(findings, "F06", indicator: "预算执行率", fragment: "「预算执行率」全年指标值「≥90%」不是 100%");
    }

    [Fact]
    public void A_full_year_资金到位率_not_a_percentage_is_F06() =>
        Single(Compliant().WithIndicator("资金到位率", i => i with { FullYear = Word("到位", QualitativeKind.Completion) }).Check(), "F06", indicator: "资金到位率");

    [Theory]
    [InlineData(Comparison.Exactly)]
    [InlineData(Comparison.AtLeast)]
    [InlineData(Comparison.Unspecified)]
    public void A_full_year_执行率_of_100_percent_is_not_F06(Comparison comparison) =>
        None(Compliant().WithIndicator("预算执行率", i => i with { FullYear = new NumericValue(comparison, 100, "%") }).Check(), "F06");
}
