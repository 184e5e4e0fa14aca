using System.Linq;
using PerfRules.Findings;
using PerfRules.Rules.Expressions;
using PerfRules.Values;
using static PerfRules.Rules.Tests.Assertions;
using static PerfRules.Rules.Tests.Tables;

namespace PerfRules.Rules.Tests;

public class ConsistencyRuleTests
{
    [Fact]
    public void Half_year_above_full_year_is_C01()
    {
        var findings = Compliant().WithIndicator("举办活动场次", i => i with { HalfYear = AtLeast(12, "场") }).Check();
        var f = Single(findings, "C01", indicator: "举办活动场次", fragment: "「举办活动场次」半年指标值「≥12场」超过全年指标值「≥10场」");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Null(f.Location.Field);
        Assert.Equal(new[] { "indicator", "half", "full" }, f.Arguments.Select(a => a.Name));
    }

    [Fact]
    public void Half_year_above_full_year_after_unit_conversion_is_C01() =>
        Single(Compliant().Plus("产出指标", "数量指标", "拨付资金", AtLeast(2, "亿元"), AtLeast(15000, "万元")).Check(), "C01", indicator: "拨付资金");

    [Theory]
    [InlineData(8, "场")]
    [InlineData(10, "场")]
    public void Half_year_at_or_below_full_year_is_not_C01(int half, string unit) =>
        None(Compliant().WithIndicator("举办活动场次", i => i with { HalfYear = AtLeast(half, unit) }).Check(), "C01");

    [Fact]
    public void Levels_rates_and_ceilings_are_not_C01()
    {
        var t = Compliant()
            .WithIndicator("参与企业满意度", i => i with { HalfYear = AtLeast(95, "%"), FullYear = AtLeast(90, "%") })
            .WithIndicator("活动成本", i => i with { HalfYear = AtMost(120, "万元") })
            .Plus("产出指标", "时效指标", "响应时间", AtMost(5, "天"), AtMost(3, "天"));
        None(t.Check(), "C01");
    }

    [Fact]
    public void Opposite_comparisons_are_C02()
    {
        var findings = Compliant().WithIndicator("举办活动场次", i => i with { HalfYear = AtMost(5, "场") }).Check();
        Single(findings, "C02", indicator: "举办活动场次", fragment: "半年指标值「≤5场」与全年指标值「≥10场」的比较方向相反");
    }

    [Fact]
    public void Inconvertible_units_are_C02()
    {
        var findings = Compliant().Plus("产出指标", "数量指标", "设备购置数量", Exactly(5, "台"), Exactly(10, "家")).Check();
        Single(findings, "C02", indicator: "设备购置数量", fragment: "的单位「台」与「家」无法换算");
    }

    [Fact]
    public void 序时进度_free_text_empty_and_万元_vs_元_are_not_C02()
    {
        var t = Compliant()
            .Plus("产出指标", "数量指标", "设备购置数量", OnSchedule, Exactly(10, "台"))
            .Plus("产出指标", "数量指标", "数据采集", new FreeTextValue("完成采集"), Exactly(10, "条"))
            .Plus("产出指标", "数量指标", "培训人数", IndicatorValue.Empty, AtLeast(10, "人"))
            .Plus("产出指标", "成本指标", "采购成本", AtMost(50000, "元"), AtMost(10, "万元"));
        None(t.Check(), "C02");
    }

    [Fact]
    public void A_qualitative_half_year_above_the_full_year_is_C03()
    {
        var findings = Compliant().Plus("效益指标", "社会效益指标", "服务质量", Word("好", QualitativeKind.Grade, 0), Word("较好", QualitativeKind.Grade, 1)).Check();
        Single(findings, "C03", indicator: "服务质量", fragment: "半年指标值「好」高于全年指标值「较好」");
    }

    [Fact]
    public void Equal_ranks_and_different_scales_are_not_C03()
    {
        var t = Compliant().Plus("产出指标", "时效指标", "系统升级维护效率", Word("按时", QualitativeKind.Completion), Word("按计划完成", QualitativeKind.Completion))
            .Plus("效益指标", "社会效益指标", "服务质量", Word("一般", QualitativeKind.Grade, 2), Word("较好", QualitativeKind.Grade, 1));
        None(t.Check(), "C03");
    }

    [Fact]
    public void A_promise_without_an_indicator_is_C04_on_年度目标()
    {
        var t = Compliant() with { AnnualGoal = "全年举办活动10场，服务企业40家；新增专家5名。" };
        var f = Single(t.Check(), "C04", field: "年度目标", fragment: "年度目标中承诺的「5名」没有任何指标的全年指标值与之对应");
        Assert.Contains(new FindingArgument("value", "「5名」"), f.Arguments);
    }

    [Fact]
    public void Promises_covered_by_full_year_targets_are_not_C04()
    {
        var t = Compliant() with { AnnualGoal = "新增省级以上绿色工厂不少于40家，举办活动10场。" };
        None(t.Check(), "C04");
    }

    [Theory]
    [InlineData("新增省级以上绿色工厂不少于30家", "30家")]
    [InlineData("争取全年新增省级及以上专精特新企业200家", "200家")]
    [InlineData("供需对接活动150场", "150场")]
    [InlineData("完成100万条数据采集", "100万条")]
    [InlineData("拨付资金2.5亿元", "2.5亿元")]
    public void Counts_in_年度目标_are_promises(string text, string promise) =>
        Assert.Equal(new[] { promise }, Prose.Promises(text).Select(p => p.ToString()));

    [Theory]
    [InlineData("2026年，继续深化产业强市工作")]
    [InlineData("编撰《惠企政策要点解读(2026版)》")]
    [InlineData("承办第十一届“创客中国”大赛、第11届论坛")]
    [InlineData("全力打造“6G之城”，PM2.5浓度下降")]
    [InlineData("加快建设“1026”先进制造业集群体系")]
    [InlineData("根据2025-2027年三年国产替代工作要求")]
    [InlineData("营收增速8%，3个月内完成，提高2个百分点")]
    [InlineData("依据宁政办发〔2024〕10号文件")]
    [InlineData("一年两次考试，申请购置一台")]
    [InlineData("人均补助500元/人")]
    public void Years_versions_ordinals_models_durations_rates_and_文号_are_not_promises(string text) =>
        Assert.Empty(Prose.Promises(text));

    [Fact]
    public void A_partial_table_is_not_C04() =>
        None((Compliant() with { AnnualGoal = "新增专家5名。", IsPartial = true }).Check(), "C04");

    [Fact]
    public void An_activity_under_效益_is_C05()
    {
        var findings = Compliant().Plus("效益指标", "社会效益", "收集服务机构", AtLeast(30, "家"), AtLeast(60, "家")).Check();
        var f = Single(findings, "C05", indicator: "收集服务机构", fragment: "效益指标「收集服务机构」以“收集”开头");
        Assert.Equal(Severity.Info, f.Severity);
    }

    [Fact]
    public void An_activity_under_产出_is_not_C05() =>
        None(Compliant().Plus("产出指标", "数量指标", "收集服务机构", AtLeast(30, "家"), AtLeast(60, "家")).Check(), "C05");

    [Fact]
    public void An_end_before_the_start_is_C06()
    {
        var findings = (Compliant() with { StartTime = "2026年3月", EndTime = "2025年12月" }).Check();
        Single(findings, "C06", field: "完成时间", fragment: "完成时间「2025年12月」早于开始时间「2026年3月」");
    }

    [Theory]
    [InlineData("2026年", "2026年")]
    [InlineData("2026年3月", "2026年")]
    [InlineData("2022年", "长期")]
    [InlineData("2026.01", "2026.12")]
    public void Ordered_or_open_periods_are_not_C06(string start, string end) =>
        None((Compliant() with { StartTime = start, EndTime = end }).Check(), "C06");
}
