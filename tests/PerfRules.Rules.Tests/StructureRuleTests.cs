using System.Linq;
using PerfRules.Tables;
using PerfRules.Values;
using static PerfRules.Rules.Tests.Assertions;
using static PerfRules.Rules.Tests.Tables;

namespace PerfRules.Rules.Tests;

public class StructureRuleTests
{
    [Fact]
    public void Missing_department_is_S01_on_the_field()
    {
        var findings = (Compliant() with { Department = "  " }).Check();
        Single(findings, "S01", field: "主管部门", fragment: "必填项「主管部门」未填写");
        OnlyIds(findings, "S01");
    }

    [Fact]
    public void Filled_header_fields_are_not_S01() => None(Compliant().Check(), "S01");

    [Fact]
    public void A_table_without_any_funding_block_is_S01_资金总额_not_F01()
    {
        var findings = (Compliant() with { Funding = Funding.None }).Check();
        Single(findings, "S01", field: "资金总额", fragment: "没有项目资金");
        None(findings, "F01");
    }

    [Fact]
    public void A_blank_资金总额_inside_a_funding_block_is_F01_not_S01()
    {
        var t = Compliant();
        var findings = (t with { Funding = t.Funding with { Total = null } }).Check();
        None(findings, "S01");
        Single(findings, "F01", field: "资金总额");
    }

    [Fact]
    public void A_self_evaluation_table_with_published_budgets_has_its_funding()
    {
        var t = Compliant() with { Funding = Funding.None, Published = new PublishedEvaluation { Budget = 880m, Executed = 880m } };
        None(t.Check(), "S01");
    }

    [Fact]
    public void A_table_without_indicators_is_S01_绩效指标_unless_partial()
    {
        var empty = Compliant() with { Indicators = ValueList<Indicator>.Empty };
        Single(empty.Check().Only("S01"), "S01", field: "绩效指标", fragment: "没有任何绩效指标");
        var partial = (empty with { IsPartial = true }).Check();
        None(partial, "S01");
        None(partial, "S06");
        None(partial, "S07");
        None(partial, "S08");
    }

    [Theory]
    [InlineData("专项资金")]
    [InlineData("经常性项目")]
    public void An_unknown_project_type_is_S02(string type)
    {
        var findings = (Compliant() with { ProjectType = type }).Check();
        Single(findings, "S02", field: "项目类型", fragment: "项目类型「" + type + "」不是");
        OnlyIds(findings, "S02");
    }

    [Theory]
    [InlineData("常年安排")]
    [InlineData("一次性安排项目")]
    [InlineData("一次性安排（项目）")]
    [InlineData("常年安排 (项目)")]
    public void Both_project_types_with_or_without_项目_are_not_S02(string type) =>
        None((Compliant() with { ProjectType = type }).Check(), "S02");

    [Fact]
    public void A_blank_project_type_is_S01_not_S02()
    {
        var findings = (Compliant() with { ProjectType = null }).Check();
        Single(findings, "S01", field: "项目类型");
        None(findings, "S02");
    }

    [Fact]
    public void An_unknown_一级_is_S03_on_the_row()
    {
        var findings = Compliant().Plus("项目产出", "数量指标", "培训人数", AtLeast(100, "人"), AtLeast(200, "人")).Check();
        var f = Single(findings, "S03", indicator: "培训人数", fragment: "一级指标「项目产出」不是 决策、过程、产出、效益、满意度、成本 之一");
        Assert.Equal(18, f.Location.Row);
        Assert.Equal("项目产出", f.Location.Level1);
        None(findings, "S04");
    }

    [Theory]
    [InlineData("项目完成指标")]
    [InlineData("产出")]
    [InlineData("")]
    public void Old_and_short_一级_names_and_flat_lists_are_not_S03(string level1) =>
        None(Compliant().Plus(level1, level1.Length == 0 ? "" : "数量指标", "培训人数", AtLeast(100, "人"), AtLeast(200, "人")).Check(), "S03");

    [Fact]
    public void A_二级_under_the_wrong_一级_is_S04()
    {
        var findings = Compliant().Plus("产出指标", "社会效益指标", "惠及人数", AtLeast(100, "人"), AtLeast(200, "人")).Check();
        Single(findings, "S04", indicator: "惠及人数", fragment: "二级指标「社会效益指标」不属于一级指标「产出指标」，应为 「数量指标」、「质量指标」、「时效指标」、「成本指标」之一");
        OnlyIds(findings, "S04");
    }

    [Fact]
    public void A_二级_written_without_指标_under_its_own_一级_is_not_S04() =>
        None(Compliant().Plus("效益指标", "社会效益", "惠及人数", AtLeast(100, "人"), AtLeast(200, "人")).Check(), "S04");

    [Fact]
    public void A_missing_standard_indicator_is_S05()
    {
        var findings = Compliant().Without(i => i.Name == "资金到位率").Check();
        Single(findings, "S05", fragment: "缺少决策/过程标准指标：「资金到位率」");
        OnlyIds(findings, "S05");
    }

    [Fact]
    public void A_repeated_standard_indicator_is_S05_on_the_repeat_not_S11()
    {
        var findings = Compliant().Plus("决策", "项目立项", "立项依据充分性", Word("充分"), Word("充分")).Check();
        var f = Single(findings, "S05", indicator: "立项依据充分性", fragment: "第 1 行已有");
        Assert.Equal(18, f.Location.Row);
        None(findings, "S11");
    }

    [Fact]
    public void All_eleven_standard_indicators_once_are_not_S05() => None(Compliant().Check(), "S05");

    [Fact]
    public void No_效益_indicator_is_S06()
    {
        var findings = Compliant().Without(i => i.Level1 == "效益指标").Check();
        Single(findings, "S06", fragment: "没有效益指标");
        None(findings, "S01");
    }

    [Fact]
    public void 产出_without_数量指标_is_S06()
    {
        var findings = Compliant().Without(i => i.Level2 == "数量指标").Check();
        Single(findings.Only("S06"), "S06", fragment: "产出指标中没有数量指标");
    }

    [Fact]
    public void 产出_and_效益_with_数量指标_are_not_S06() => None(Compliant().Check(), "S06");

    [Fact]
    public void Each_missing_kind_is_its_own_S07()
    {
        var findings = Compliant().Without(i => i.Level1 == "满意度指标" || i.Level2 is "质量指标" or "时效指标").Check().Only("S07");
        Assert.Equal(new[] { "没有满意度指标。", "产出指标中没有质量指标。", "产出指标中没有时效指标。" }, findings.Select(f => f.Message));
        Assert.All(findings, f => Assert.Equal(PerfRules.Findings.Severity.Warning, f.Severity));
    }

    [Fact]
    public void 满意度_质量_and_时效_present_are_not_S07() => None(Compliant().Check(), "S07");

    [Fact]
    public void No_成本_indicator_is_S08()
    {
        var findings = Compliant().Without(i => i.Level2 == "成本指标").Check();
        Single(findings, "S08", fragment: "没有成本指标");
        OnlyIds(findings, "S08");
    }

    [Fact]
    public void A_101号_成本_一级_is_not_S08() =>
        None(Compliant().Without(i => i.Level2 == "成本指标").Plus("成本指标", "经济成本指标", "单位成本", AtMost(5, "万元"), AtMost(10, "万元")).Check(), "S08");

    [Theory]
    [InlineData("叶荣生", "叶荣生", null, "缺少联系电话")]
    [InlineData("86591170", null, "86591170", "缺少负责人姓名")]
    [InlineData("李鹏 12345", "李鹏", "12345", "不是有效")]
    public void A_contact_without_person_or_valid_phone_is_S09(string raw, string? person, string? phone, string fragment)
    {
        var findings = (Compliant() with { Contact = new ContactInfo(raw, person, phone) }).Check();
        Single(findings, "S09", field: "项目负责人/联系电话", fragment: fragment);
        Assert.Contains("「" + raw + "」", findings.Single(f => f.RuleId == "S09").Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void No_contact_at_all_is_S09() =>
        Single((Compliant() with { Contact = null }).Check(), "S09", fragment: "「（空）」缺少负责人和联系电话");

    [Theory]
    [InlineData("86591170")]
    [InlineData("025-86591170")]
    [InlineData("02586591170")]
    [InlineData("13912345678")]
    [InlineData("8659117")]
    public void A_person_with_a_local_or_mobile_number_is_not_S09(string phone) =>
        None((Compliant() with { Contact = new ContactInfo("李鹏" + phone, "李鹏", phone) }).Check(), "S09");

    [Fact]
    public void Fewer_than_half_quantitative_产出_and_效益_targets_is_S10()
    {
        var done = Word("完成", QualitativeKind.Completion);
        var t = Compliant()
            .WithIndicator("举办活动场次", i => i with { HalfYear = done, FullYear = done })
            .WithIndicator("活动验收合格率", i => i with { HalfYear = done, FullYear = done })
            .WithIndicator("活动完成时间", i => i with { HalfYear = done, FullYear = done });
        var findings = t.Check();
        Single(findings, "S10", fragment: "产出和效益指标共 5 项，只有 2 项的全年指标值是量化的");
    }

    [Fact]
    public void Exactly_half_quantitative_is_not_S10()
    {
        var done = Word("完成", QualitativeKind.Completion);
        var t = Compliant().Plus("效益指标", "社会效益指标", "服务能力", Word("提升", QualitativeKind.Trend, 1), Word("提升", QualitativeKind.Trend, 1))
            .WithIndicator("举办活动场次", i => i with { HalfYear = done, FullYear = done })
            .WithIndicator("活动验收合格率", i => i with { HalfYear = done, FullYear = done });
        None(t.Check(), "S10");
    }

    [Fact]
    public void A_repeated_indicator_name_is_S11_on_the_second_row()
    {
        var findings = Compliant().Plus("产出指标", "数量指标", "举办活动场次", AtLeast(5, "场"), AtLeast(10, "场")).Check();
        var f = Single(findings, "S11", indicator: "举办活动场次", fragment: "与第 12 行重复");
        Assert.Equal(18, f.Location.Row);
        Assert.Equal(PerfRules.Findings.Severity.Info, f.Severity);
    }

    [Fact]
    public void Template_placeholders_and_blank_names_are_not_S11()
    {
        var empty = IndicatorValue.Empty;
        var t = Compliant().Plus("产出指标", "数量指标", "指标2:", empty, empty).Plus("产出指标", "质量指标", "指标2:", empty, empty)
            .Plus("产出指标", "时效指标", "……", empty, empty).Plus("产出指标", "成本指标", "……", empty, empty)
            .Plus("产出指标", "数量指标", "", empty, empty).Plus("产出指标", "数量指标", "", empty, empty);
        None(t.Check(), "S11");
    }

    [Fact]
    public void A_document_reference_repeated_in_a_prose_field_is_S11_on_the_field()
    {
        var t = Compliant() with { Necessity = "《办法》(工信部企业〔2022〕63号) 《细则》(苏工信规〔2023〕2号) 《办法》(工信部企业〔2022〕63号) 又见苏工信规〔2023〕2号" };
        var findings = t.Check();
        Single(findings, "S11", field: "立项必要性", fragment: "「立项必要性」中重复出现：「工信部企业〔2022〕63号」、「苏工信规〔2023〕2号」");
    }

    [Fact]
    public void A_repeated_sentence_is_S11()
    {
        var t = Compliant() with { Content = "组织开展企业综合培育服务活动。编印政策汇编五千册。组织开展企业综合培育服务活动。" };
        Single(t.Check(), "S11", field: "项目实施内容", fragment: "「组织开展企业综合培育服务活动」");
    }

    [Fact]
    public void Two_identical_prose_fields_are_S11_on_the_later_field()
    {
        var t = Compliant() with { AnnualGoal = "<p>中心具备组织活动的经验和条件。</p>" };
        Single(t.Check(), "S11", field: "年度目标", fragment: "「年度目标」与「实施可行性」内容完全相同");
    }

    [Fact]
    public void Similar_but_different_references_are_not_S11()
    {
        var t = Compliant() with { Necessity = "宁政规字〔2026〕2号、宁政办规字〔2026〕2号、宁工信〔2022〕44号、宁工信党委〔2020〕44号" };
        None(t.Check(), "S11");
    }
}
