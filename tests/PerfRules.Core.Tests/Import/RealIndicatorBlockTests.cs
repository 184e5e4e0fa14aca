using System;
using System.Linq;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Values;
using static PerfRules.Core.Tests.Import.RealTables;

namespace PerfRules.Core.Tests.Import;

/// <summary>
/// The indicator blocks of the fourteen real tables added last (samples/real/02, 07, 09, 10, 12, 13, 16, 18–24): the
/// row count, a few exact values per file, the column roles each layout needs (two-row header, 评价指标 list, one
/// value column per region, 指标内容, 一级目标), the old templates' 满意度 under 效益 read as 满意度 with a note, and
/// nothing lost. Every figure is read off the file text (line numbers are the file's, with its <c>#</c> lines).
/// </summary>
public class RealIndicatorBlockTests
{
    private static TableReadResult ReadReal(string prefix) =>
        Read(System.IO.Path.GetFileName(System.IO.Directory.GetFiles(System.IO.Path.GetDirectoryName(PathOf(Qingshen01))!, prefix + "-*.txt").Single()));

    private static string TextOf(string prefix) =>
        Text(System.IO.Path.GetFileName(System.IO.Directory.GetFiles(System.IO.Path.GetDirectoryName(PathOf(Qingshen01))!, prefix + "-*.txt").Single()));

    [Fact]
    public void Daying_02_cost_row_under_output_is_read_as_written_for_S04()
    {
        var r = ReadReal("02");
        var cost = r.Tables.SelectMany(t => t.Indicators).Single(i => i.Name == "成本控制数");
        Assert.Equal(("产出指标", "经济成本指标", 5), (cost.Level1, cost.Level2, cost.Line!.Value));
        Assert.Equal((new NumericValue(Comparison.AtMost, 30m, "万元"), "≤", "万元", 90m), (cost.FullYear, cost.OperatorText, cost.UnitText, cost.Weight!.Value));
        var owner = r.Tables.Single(t => t.Indicators.Contains(cost));
        Assert.Equal(("完成", 90m), (owner.Published!.Indicators.Single().Actual, owner.Published.Indicators.Single().Score!.Value));
        Assert.Equal(2, r.Tables.Sum(t => t.Indicators.Count));
        NothingLost.Check(TextOf("02"), r);
    }

    [Fact]
    public void Yongde_07_two_row_header_reads_operator_value_unit_actual_weight_and_score()
    {
        var r = ReadReal("07");
        var t = Assert.Single(r.Tables);
        Assert.Equal(TableLayouts.NationalSelfEvaluation, t.Layout);
        Assert.Equal(9, t.Indicators.Count);

        // 资金到位及时率 | ≧ | 100 | % | 100% | 10 | 7: met in full, published 7 of 10.
        var timely = t.Indicator("资金到位及时率");
        Assert.Equal(("产出指标", "时效指标", 19), (timely.Level1, timely.Level2, timely.Line!.Value));
        Assert.Equal((new NumericValue(Comparison.AtLeast, 100m, "%"), "≧", "%", 10m), (timely.FullYear, timely.OperatorText, timely.UnitText, timely.Weight!.Value));
        var published = t.Published!.Indicators.Single(p => p.Row == timely.Row);
        Assert.Equal(("100%", 7m), (published.Actual, published.Score!.Value));

        // ═ (U+2550) is an equals sign; 政策知晓率 98% of =100%, scored 9, no reason given.
        var known = t.Indicator("政策知晓率");
        Assert.Equal((new NumericValue(Comparison.Exactly, 100m, "%"), "═"), (known.FullYear, known.OperatorText));
        Assert.Equal(("98%", 9m, (string?)null), (t.Published.Indicators.Single(p => p.Row == known.Row).Actual, t.Published.Indicators.Single(p => p.Row == known.Row).Score!.Value, t.Published.Indicators.Single(p => p.Row == known.Row).Reason));
        var burden = t.Indicator("减轻贫困学生家庭经济负担");
        Assert.Equal(("有效", "有效"), (burden.FullYear.ToString(), t.Published.Indicators.Single(p => p.Row == burden.Row).Actual));

        // 总分 | 100 | 96 | 优 is the footer: total weight, total score and the grade, not an indicator.
        Assert.Equal((100m, 96m), (t.Published.TotalWeight!.Value, t.Published.Total!.Value));
        Assert.Contains(t.OtherFields, f => f.Value == "优" && f.Line == 28);
        Assert.DoesNotContain(r.AllFindings, f => f.RuleId == ImportRuleIds.LineUnplaced && f.Location.Line is 15 or 16);
        NothingLost.Check(TextOf("07"), r);
    }

    [Fact]
    public void Tangxi_09_and_10_section_scores_in_level1_labels_and_published_actuals()
    {
        var r9 = ReadReal("09");
        var t9 = Assert.Single(r9.Tables);
        Assert.Equal(10, t9.Indicators.Count); // 9 rows + the half row 公众满 the page is cut inside
        Assert.Contains(new SectionWeight("产出指标", 50m), t9.SectionWeights);
        Assert.Contains(new SectionWeight("效益指标", 30m), t9.SectionWeights);
        var cost = t9.Indicator("项目总成本");
        Assert.Equal(("产出指标", "成本指标", new NumericValue(Comparison.AtMost, 90m, "万元"), 8m), (cost.Level1, cost.Level2, cost.FullYear, cost.Weight!.Value));
        Assert.Equal("90", t9.Published!.Indicators.Single(p => p.Row == cost.Row).Actual);
        Assert.Equal("达成预期指标", t9.Published.Indicators.Single(p => p.Row == t9.Indicator("经费支出合规性").Row).Actual);
        var cut = t9.Indicators[^1];
        Assert.Equal(("满意度指标", "公众满", ValueKind.Empty), (cut.Level1, cut.Name, cut.FullYear.Kind));
        NothingLost.Check(TextOf("09"), r9);

        var r10 = ReadReal("10");
        var t10 = Assert.Single(r10.Tables);
        Assert.Equal(8, t10.Indicators.Count);
        Assert.Equal(new NumericValue(Comparison.Exactly, 42m, "个"), t10.Indicator("保障村干部人数").FullYear);
        Assert.Equal(10m, t10.Indicator("项目总成本").Weight);
        NothingLost.Check(TextOf("10"), r10);
    }

    [Theory]
    [InlineData("12", "市民满意度", "社会公众或服务对象满意度指标", "≥90%", 21)]
    [InlineData("13", "满意度", "服务对象满意度指标", "90%", 28)]
    [InlineData("19", "学生家长满意度", "社会公众或服务对象满意度指标", "≥90%", 20)]
    public void Old_templates_satisfaction_under_effect_is_read_as_satisfaction_with_a_note(string prefix, string name, string level2, string value, int line)
    {
        var r = ReadReal(prefix);
        var t = Assert.Single(r.Tables);
        var satisfaction = t.Indicator(name);
        Assert.Equal(("满意度指标", level2, value, line), (satisfaction.Level1, satisfaction.Level2, satisfaction.FullYear.ToString(), satisfaction.Line!.Value));
        var note = Assert.Single(t.ImportFindings, f => f.RuleId == ImportRuleIds.LabelRepaired && f.Location.Line == line);
        Assert.Contains("在旧版模板中是「效益指标」下的二级指标；按现行指标体系归入一级「满意度指标」", note.Message, StringComparison.Ordinal);
        Assert.Equal(prefix == "19" ? 9 : 7, t.Indicators.Count);

        // 13's header block (项目绩效目标 | 长期目标 | 年度目标 over its goals) is the header reader's and is asserted there.
        if (prefix != "13") NothingLost.Check(TextOf(prefix), r);
    }

    [Fact]
    public void Qingshan_19_indicator_content_column_is_the_level3_name()
    {
        var t = Assert.Single(ReadReal("19").Tables);
        Assert.Equal(new[] { "农村义务教育学校改造覆盖率", "校舍维修改造质量合格率", "购置设施设备质量合格率", "预算资金当年下达率", "项目按计划完成率", "建设项目成本控制率" },
            t.Indicators.Where(i => i.Level1 == "产出指标").Select(i => i.Name));
        Assert.All(t.Indicators.Take(6), i => Assert.Equal(new NumericValue(Comparison.Unspecified, 100m, "%"), i.FullYear));
        Assert.Equal(("可持续影响指标", "稳步提高"), (t.Indicator("义务教育优质均衡发展情况").Level2, t.Indicator("义务教育优质均衡发展情况").FullYear.ToString()));
    }

    [Fact]
    public void Ningjin_16_evaluation_list_reads_its_columns()
    {
        var r = ReadReal("16");
        var t = Assert.Single(r.Tables);
        Assert.Equal(7, t.Indicators.Count);
        Assert.Equal(new[] { 20m, 10m, 10m, 10m, 10m, 20m, 20m }, t.Indicators.Select(i => i.Weight!.Value));
        var people = t.Indicator("享受资助人数");
        Assert.Equal(("产出数量指标", "达到预计值", new NumericValue(Comparison.Unspecified, 2100m, null)), (people.Level2, people.Explanation, people.FullYear));
        Assert.Equal("制度指标", t.Indicator("规章制度建立与否").Level2);

        // 总分 | | | | | 100 |: the 100 sits under 分值, the total of the weights, not a published score.
        Assert.Null(t.Published?.Total);
        Assert.Empty(r.UnplacedLines);
        Assert.Empty(t.UnplacedLines);
        NothingLost.Check(TextOf("16"), r);
    }

    [Fact]
    public void Lechang_20_level1_target_column_and_reason_column()
    {
        var r = ReadReal("20");
        var t = Assert.Single(r.Tables);
        Assert.Equal(2, t.Indicators.Count);
        var first = t.Indicators[0];
        Assert.Equal(("产出指标", "数量指标", "中等职业学校国家助学金应受助学生数", 19), (first.Level1, first.Level2, first.Name, first.Line!.Value));
        Assert.Equal(("产出指标", "数量指标"), (t.Indicators[1].Level1, t.Indicators[1].Level2));
        Assert.Equal(new NumericValue(Comparison.Unspecified, 100m, "%"), t.Indicators[1].FullYear);
        NothingLost.Check(TextOf("20"), r);
    }

    [Fact]
    public void Anxi_21_one_value_column_per_village_keeps_each_village_with_its_target()
    {
        var r = ReadReal("21");
        var t = Assert.Single(r.Tables);
        var build = t.Indicator("开展小型水利工程建设(个)");
        Assert.Equal(("产出指标", "数量指标", "反映小型水利工程建设项目开展情况", "个"), (build.Level1, build.Level2, build.Explanation, build.Unit));
        Assert.Equal(ValueKind.Empty, build.FullYear.Kind);
        Assert.Equal(new[] { "西坪镇尧山村", "桃舟乡吾培村", "芦田镇三洋村", "蓬莱镇植洋村", "魁斗镇奇观村", "龙涓乡长塔村", "尚卿乡尤俊村" }, build.Regions!.Select(x => x.Region));
        Assert.All(build.Regions!, x => Assert.Equal(new NumericValue(Comparison.Unspecified, 1m, "个", UnitSource.NameBracket), x.Value));
        Assert.Single(t.ImportFindings, f => f.RuleId == ImportRuleIds.ValueInferred && f.Message.Contains("按区域目标表读取", StringComparison.Ordinal));
        Assert.DoesNotContain(r.AllFindings, f => f.RuleId == ImportRuleIds.LineUnplaced && f.Location.Line is 9 or 10);
        NothingLost.Check(TextOf("21"), r);
    }

    [Fact]
    public void Xiuyu_22_direction_column_is_the_operator_of_each_towns_target()
    {
        var r = ReadReal("22");
        var t = Assert.Single(r.Tables);
        var rate = t.Indicator("省级财政专项资金投入成本控制率(%)");
        Assert.Equal(("成本指标", "经济成本指标", "≤"), (rate.Level1, rate.Level2, rate.OperatorText));
        Assert.Equal(new[] { ("笏石街道办", "≤100%"), ("埭头镇", "≤100%") }, rate.Regions!.Select(x => (x.Region, x.Value.ToString())));
        var repairs = t.Indicator("开展修复工程(个)");
        Assert.All(repairs.Regions!, x => Assert.Equal(new NumericValue(Comparison.AtLeast, 1m, "个", UnitSource.NameBracket), x.Value));
        Assert.Equal(new[] { "否", "否" }, t.Indicator("已建工程是否存在质量问题").Regions!.Select(x => x.Value.ToString()));
        NothingLost.Check(TextOf("22"), r);
    }

    [Fact]
    public void Tongxin_24_goal_worded_level2_is_the_level2()
    {
        var r = ReadReal("24");
        var t = Assert.Single(r.Tables);
        Assert.Equal(10, t.Indicators.Count);
        var households = t.Indicators.Single(i => i.Name.Contains("受益脱贫户、监测户人口数", StringComparison.Ordinal));
        Assert.Equal(("效益指标", "社会效益目标", new NumericValue(Comparison.AtLeast, 10m, "户")), (households.Level1, households.Level2, households.FullYear));
        Assert.Equal("社会效益指标", Hierarchy.CanonicalLevel2(households.Level2));
        NothingLost.Check(TextOf("24"), r);
    }
}
