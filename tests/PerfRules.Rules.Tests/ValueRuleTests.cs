using System.Linq;
using PerfRules.Checks;
using PerfRules.Findings;
using PerfRules.Values;
using static PerfRules.Rules.Tests.Assertions;
using static PerfRules.Rules.Tests.Tables;

namespace PerfRules.Rules.Tests;

public class ValueRuleTests
{
    [Fact]
    public void A_free_text_cell_is_V01_with_a_suggested_notation()
    {
        var t = Compliant().Plus("产出指标", "数量指标", "省具身智能机器人创新中心建设", OnSchedule, new FreeTextValue("完成数据采集场搭建，完成100万条数据采集"));
        var findings = t.Check();
        var f = Single(findings, "V01", indicator: "省具身智能机器人创新中心建设", field: CellColumns.FullYear,
            fragment: "全年(程)指标值「完成数据采集场搭建，完成100万条数据采集」不是规范的指标值写法（已按原文保留），建议写成 「=100万条」");
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains(new FindingArgument("value", "完成数据采集场搭建，完成100万条数据采集"), f.Arguments);
    }

    [Fact]
    public void A_vocabulary_word_is_not_V01() =>
        None(Compliant().Plus("效益指标", "社会效益指标", "服务能力", Word("提升", QualitativeKind.Trend, 1), Word("提升", QualitativeKind.Trend, 1)).Check(), "V01");

    [Fact]
    public void 序时进度_in_a_全年_cell_is_V02()
    {
        var findings = Compliant().WithIndicator("举办活动场次", i => i with { FullYear = OnSchedule }).Check();
        var f = Single(findings, "V02", indicator: "举办活动场次", field: CellColumns.FullYear, fragment: "全年(程)指标值写成了「序时进度」");
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Fact]
    public void 序时进度_in_a_半年_cell_is_not_V02() =>
        None(Compliant().WithIndicator("举办活动场次", i => i with { HalfYear = OnSchedule }).Check(), "V02");

    [Fact]
    public void An_X性_indicator_with_another_word_is_V03_on_each_cell()
    {
        var findings = Compliant().WithIndicator("立项依据充分性", i => i with { HalfYear = Word("合理"), FullYear = Word("较好", QualitativeKind.Grade, 1) }).Check().Only("V03");
        Assert.Equal(2, findings.Count);
        Assert.Equal(CellColumns.HalfYear, findings[0].Location.Field);
        Assert.Contains("半年(程)指标值「合理」与指标名称不符，应为「充分」", findings[0].Message, System.StringComparison.Ordinal);
        Assert.Contains("全年(程)指标值「较好」与指标名称不符，应为「充分」", findings[1].Message, System.StringComparison.Ordinal);
        Assert.Contains(new FindingArgument("expected", "充分"), findings[0].Arguments);
    }

    [Fact]
    public void 立项依据充分性_valued_充分_is_not_V03() => None(Compliant().Check(), "V03");

    [Fact]
    public void A_rate_valued_with_a_completion_word_is_V04()
    {
        var done = Word("完成", QualitativeKind.Completion);
        var findings = Compliant().Plus("产出指标", "质量指标", "设备购置验收合格率", done, done).Check().Only("V04");
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Contains("「设备购置验收合格率」是比率类指标，半年(程)指标值「完成」应写成百分比", findings[0].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_with_a_percentage_or_序时进度_and_效率_names_are_not_V04()
    {
        var done = Word("完成", QualitativeKind.Completion);
        var t = Compliant().Plus("产出指标", "质量指标", "设备购置验收合格率", OnSchedule, AtLeast(95, "%"))
            .Plus("产出指标", "时效指标", "系统升级维护效率", Word("按时", QualitativeKind.Completion), done)
            .Plus("效益指标", "经济效益指标", "规上软件信息业营收增速（%）", OnSchedule, Bare(8, "%", UnitSource.NameBracket), "%");
        None(t.Check(), "V04");
    }

    [Fact]
    public void A_percentage_above_100_on_a_bounded_rate_is_V05()
    {
        var findings = Compliant().WithIndicator("活动验收合格率", i => i with { FullYear = AtLeast(120, "%") }).Check();
        Single(findings, "V05", indicator: "活动验收合格率", field: CellColumns.FullYear, fragment: "「≥120%」超出 0%–100% 的范围");
    }

    [Fact]
    public void Growth_above_100_percent_is_not_V05() =>
        None(Compliant().Plus("效益指标", "经济效益指标", "营业收入增长率", AtLeast(50, "%"), AtLeast(120, "%")).Check(), "V05");

    [Fact]
    public void A_cell_unit_other_than_the_bracket_unit_is_V06()
    {
        var findings = Compliant().WithIndicator("参与企业数（家）", i => i with { FullYear = AtLeast(40, "个") }).Check();
        Single(findings, "V06", indicator: "参与企业数（家）", field: CellColumns.FullYear, fragment: "「≥40个」的单位与指标名称中的单位「家」不一致");
    }

    [Fact]
    public void A_half_year_unit_other_than_the_full_year_one_but_convertible_is_V06_on_the_half_year_cell()
    {
        var findings = Compliant().WithIndicator("活动成本", i => i with { HalfYear = AtMost(500000, "元") }).Check();
        Single(findings, "V06", indicator: "活动成本", field: CellColumns.HalfYear, fragment: "与全年(程)指标值的单位「万元」不一致");
        None(findings, "C02");
    }

    [Fact]
    public void Same_units_and_alias_units_are_not_V06() =>
        None(Compliant().Plus("产出指标", "数量指标", "培训人数（人）", AtLeast(10, "名"), AtLeast(20, "人"), "人").Check(), "V06");

    [Fact]
    public void A_cost_with_a_floor_is_V07()
    {
        var findings = Compliant().WithIndicator("活动成本", i => i with { FullYear = AtLeast(100, "万元") }).Check();
        Single(findings, "V07", indicator: "活动成本", field: CellColumns.FullYear, fragment: "比较方向与指标性质不符，应为 「≤」或「=」");
    }

    [Fact]
    public void A_satisfaction_with_a_ceiling_is_V07() =>
        Single(Compliant().WithIndicator("参与企业满意度", i => i with { HalfYear = AtMost(90, "%") }).Check(), "V07",
            field: CellColumns.HalfYear, fragment: "应为 「≥」或「=」");

    [Fact]
    public void A_declared_direction_wins_over_the_name_for_V07()
    {
        var t = Compliant().WithIndicator("活动成本", i => i with { HalfYear = AtLeast(50, "万元"), FullYear = AtLeast(100, "万元"), Direction = "正向" });
        None(t.Check(), "V07");
        var reverse = Compliant().WithIndicator("举办活动场次", i => i with { Direction = "反向" }).Check().Only("V07");
        Assert.Equal(2, reverse.Count);
    }

    [Fact]
    public void A_cost_control_rate_with_a_floor_and_bare_or_ranged_costs_are_not_V07()
    {
        var t = Compliant().Plus("产出指标", "成本指标", "成本控制率", AtLeast(90, "%"), AtLeast(95, "%"))
            .Plus("产出指标", "成本指标", "设备单价", new RangeValue(1, 2, "万元"), Bare(2, "万元"));
        None(t.Check(), "V07");
    }

    [Fact]
    public void A_satisfaction_target_below_80_percent_is_V08()
    {
        var findings = Compliant().WithIndicator("参与企业满意度", i => i with { HalfYear = AtLeast(75, "%") }).Check();
        Single(findings, "V08", indicator: "参与企业满意度", field: CellColumns.HalfYear, fragment: "「≥75%」低于 80%");
    }

    [Fact]
    public void A_satisfaction_target_of_80_percent_is_not_V08() =>
        None(Compliant().WithIndicator("参与企业满意度", i => i with { HalfYear = AtLeast(80, "%") }).Check(), "V08");

    [Fact]
    public void A_时效_indicator_valued_较好_is_V09()
    {
        var good = Word("较好", QualitativeKind.Grade, 1);
        var findings = Compliant().WithIndicator("活动完成时间", i => i with { HalfYear = good, FullYear = good }).Check().Only("V09");
        Assert.Equal(2, findings.Count);
        Assert.Contains("时效指标「活动完成时间」全年(程)指标值「较好」是评价等级词", findings[1].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_时效_indicator_valued_with_a_completion_word_is_not_V09() =>
        None(Compliant().WithIndicator("活动完成时间", i => i with { HalfYear = Word("按时", QualitativeKind.Completion), FullYear = Word("按计划完成", QualitativeKind.Completion) }).Check(), "V09");

    [Fact]
    public void A_bare_number_is_V10_with_both_readings()
    {
        var t = Compliant().Plus("效益指标", "经济效益指标", "规上软件信息业营收增速（%）", OnSchedule, Bare(8, "%", UnitSource.NameBracket), "%");
        var f = Single(t.Check(), "V10", indicator: "规上软件信息业营收增速（%）", field: CellColumns.FullYear,
            fragment: "全年(程)指标值「8」没有比较符号，请写明是 「≥8%」还是「=8%」");
        Assert.Equal(Severity.Info, f.Severity);
    }

    [Fact]
    public void A_bare_100_percent_on_a_standard_process_rate_is_not_V10() =>
        None(Compliant().WithIndicator("资金到位率", i => i with { FullYear = Bare(100, "%") }).Check(), "V10");

    [Fact]
    public void A_bare_100_percent_on_a_rate_the_issuer_wrote_is_V10() =>
        Single(Compliant().WithIndicator("活动验收合格率", i => i with { FullYear = Bare(100, "%") }).Check(), "V10",
            indicator: "活动验收合格率", fragment: "全年(程)指标值「100%」没有比较符号，请写明是 「≥100%」还是「=100%」");

    [Theory]
    [InlineData("控制在预算内")]
    [InlineData("符合相关规定")]
    [InlineData("较好")]
    public void A_cost_indicator_valued_with_a_word_is_V01_asking_for_an_amount(string word)
    {
        var value = IndicatorValue.Parse(word);
        var t = Compliant().Plus("成本指标", "经济成本指标", "控制在预算成本内", OnSchedule, value);
        Single(t.Check(), "V01", indicator: "控制在预算成本内", field: CellColumns.FullYear, fragment: "「" + word + "」不是规范的指标值写法（已按原文保留），建议写成 金额（如「≤30万元」）");
    }

    [Fact]
    public void A_cost_indicator_of_the_old_template_under_产出_valued_with_a_word_is_V01() =>
        Single(Compliant().Plus("产出指标", "成本指标", "单项业务成本", OnSchedule, IndicatorValue.Parse("符合相关规定")).Check(), "V01", indicator: "单项业务成本", fragment: "金额");

    [Fact]
    public void A_cost_indicator_valued_with_an_amount_is_not_V01() =>
        None(Compliant().Plus("成本指标", "经济成本指标", "项目总成本", OnSchedule, AtMost(30, "万元")).Check(), "V01");

    [Theory]
    [InlineData("2020年1月--2020年11月")]
    [InlineData("2023.07-2024.01")]
    [InlineData("1次/月")]
    [InlineData("≥2次/年")]
    public void A_时效_indicator_valued_with_a_period_or_a_frequency_is_V01_asking_for_a_deadline(string cell)
    {
        var value = IndicatorValue.Parse(cell);
        var findings = Compliant().WithIndicator("活动完成时间", i => i with { FullYear = value }).Check();
        Single(findings, "V01", indicator: "活动完成时间", field: CellColumns.FullYear, fragment: "建议写成 完成时限（如「2020年11月底前」）");
    }

    [Theory]
    [InlineData("2026年12月底前")]
    [InlineData("2026年6月30日")]
    [InlineData("≤15个工作日")]
    [InlineData("100%")]
    [InlineData("按时完成")]
    public void A_时效_indicator_valued_with_a_deadline_date_duration_percentage_or_completion_word_is_not_V01(string cell) =>
        None(Compliant().WithIndicator("活动完成时间", i => i with { FullYear = IndicatorValue.Parse(cell) }).Check(), "V01");

    [Fact]
    public void A_period_or_a_frequency_outside_时效_and_cost_is_not_V01() =>
        None(Compliant().Plus("产出指标", "数量指标", "巡查频次", OnSchedule, IndicatorValue.Parse("≥1次/月")).Plus("产出指标", "质量指标", "服务期", OnSchedule, IndicatorValue.Parse("2023.07-2024.01")).Check(), "V01");

    [Fact]
    public void A_unit_written_out_as_a_word_is_V06_asking_for_its_symbol()
    {
        var t = Compliant().Plus("产出指标", "质量指标", "委托业务报告合格率", OnSchedule, IndicatorValue.Parse("≥100百分比"));
        var f = Single(t.Check(), "V06", indicator: "委托业务报告合格率", field: CellColumns.FullYear, fragment: "「≥100百分比」的单位与规范写法「%」不一致");
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void Every_word_cell_of_a_cost_row_and_every_period_of_a_时效_row_is_V01() =>
        PerfRules.Testing.FuzzSettings.Check(PerfRules.Testing.Arbitraries.IndicatorValue(), value =>
        {
            var cost = Compliant().Plus("成本指标", "经济成本指标", "项目成本", OnSchedule, value).Check().Any(f => f.RuleId == "V01" && f.Location.Indicator == "项目成本");
            Assert.Equal(value is QualitativeValue or FreeTextValue, cost);
            var time = Compliant().WithIndicator("活动完成时间", i => i with { FullYear = value }).Check().Any(f => f.RuleId == "V01" && f.Location.Indicator == "活动完成时间");
            var frequency = value is NumericValue { Unit: { } u } && u.Contains('/') && Units.IsDuration(u.Substring(u.LastIndexOf('/') + 1)) && !Units.IsDuration(u.Substring(0, u.LastIndexOf('/')));
            Assert.Equal(value is FreeTextValue || value is DateValue { DateKind: DateValueKind.Period } || frequency, time);
        }, PerfRules.Testing.FuzzSettings.Scaled(0.05));
}
