using System;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Tables;

namespace PerfRules.Core.Tests.Import;

/// <summary>Quirks on small hand-made inputs (each names the seed line it imitates).</summary>
public class ReaderQuirkTests
{
    private const string Head = "南京市市级项目预算绩效目标表\n2026年度\n项目名称\t测试项目\t主管部门\t南京市工业和信息化局\n";
    private const string IndicatorHeader = "一级指标\t二级指标\t三级指标\t半年（程） 指标值\t全年（程） 指标值\n";

    private static PerformanceTable Read(string body) => Assert.Single(TableTextReader.Read(Head + body, "t.txt").Tables);

    [Fact]
    public void An_amount_that_fits_nowhere_is_kept_unplaced_with_I06()
    {
        var t = Read("项目资金 (万元)\t收入\t\t\t全年(程) 预算数\n\t\t资金总额\t\t13\n\t支出\t\t半年(程) 计划执行数\t全年(程) 预算数\n\t\t平台运营服务费\t6\t13\n\t\t99\t\n中长期目标\t无\n");
        var e = Assert.Single(t.Funding.Expenditures);
        Assert.Equal((new Amount(6m), new Amount(13m)), (e.HalfYear, e.FullYear));
        Assert.Equal(new UnplacedLine(8, "99"), Assert.Single(t.UnplacedLines));
        var i06 = Assert.Single(t.ImportFindings, f => f.RuleId == ImportRuleIds.LineUnplaced);
        Assert.Equal(new FindingLocation { Field = "项目资金", Line = 8 }, i06.Location);
        Assert.Equal(Severity.Warning, i06.Severity);
    }

    [Fact]
    public void Two_expenditure_lines_do_not_borrow_the_total()
    {
        var t = Read("项目资金 (万元)\t收入\t全年(程)预算数\n\t\t资金总额\t20\n\t支出\t半年(程)计划执行数\n\t\t甲\t5\n\t\t乙\t6\n");
        Assert.Equal(20m, t.Funding.Total);
        Assert.All(t.Funding.Expenditures, e => Assert.True(e.FullYear.IsMissing));
        Assert.DoesNotContain(t.ImportFindings, f => f.RuleId == ImportRuleIds.AmountInferred);
    }

    [Fact]
    public void A_non_numeric_total_is_kept_as_text()
    {
        var t = Read("项目资金 (万元)\t收入\t全年(程)预算数\n\t\t资金总额\t待定\n");
        Assert.Null(t.Funding.Total);
        Assert.Equal("待定", t.Funding.TotalText);
        Assert.Equal(5, t.Funding.TotalLine);
    }

    [Fact]
    public void A_unit_line_that_contradicts_the_stated_unit_is_kept_unplaced_and_does_not_rescale()
    {
        // Found by the fuzz category: a stray 单位：万元 after 项目资金（元） silently turned 元 into 万元.
        var t = Read("项目资金（元）\t收入\t全年(程)预算数\n\t\t资金总额\t1,200.50\n单位：万元\n");
        Assert.Equal(("元", 1200.50m), (t.Funding.Unit, t.Funding.Total!.Value));
        Assert.Equal(new UnplacedLine(6, "单位：万元"), Assert.Single(t.UnplacedLines));
        Assert.Contains("与已读金额单位「元」不一致", Assert.Single(t.ImportFindings, f => f.RuleId == ImportRuleIds.LineUnplaced).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("项目资金（元）\t年度资金总额\t1200\n\t其中:财政拨款\t160万元\n", "元")]
    [InlineData("项目资金（万元）\t年度资金总额\t20\n\t其中:财政拨款\t1200元\n", "万元")]
    [InlineData("单位：元\n项目资金\t年度资金总额\t1200\n\t其中:财政拨款\t160万元\n", "元")]
    public void An_amount_written_in_another_unit_than_its_money_block_is_kept_aside_not_rescaled(string block, string unit)
    {
        // Found by the fuzz category: 160万元 in a block of 元 was read as 160 (元), a million and a half off.
        var t = Read(block);
        Assert.Equal(unit, t.Funding.Unit);
        var source = Assert.Single(t.Funding.Sources);
        Assert.Null(source.Amount);
        var kept = Assert.Single(t.UnplacedLines);
        Assert.EndsWith("元", kept.Text, StringComparison.Ordinal);
        Assert.Contains("金额单位与资金块的单位「" + unit + "」不一致", Assert.Single(t.ImportFindings, f => f.RuleId == ImportRuleIds.LineUnplaced).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_written_in_the_unit_of_its_money_block_is_read()
    {
        var t = Read("项目资金（万元）\t年度资金总额\t160万元\n\t其中:财政拨款\t160万元\n");
        Assert.Equal(("万元", 160m), (t.Funding.Unit, t.Funding.Total!.Value));
        Assert.Equal(160m, Assert.Single(t.Funding.Sources).Amount);
        Assert.Empty(t.UnplacedLines);
    }

    [Fact]
    public void A_block_without_a_stated_unit_takes_the_unit_of_its_first_amount()
    {
        var t = Read("项目资金\t年度资金总额\t1200元\n\t其中:财政拨款\t5万元\n");
        Assert.Equal(("元", 1200m), (t.Funding.Unit, t.Funding.Total!.Value));
        Assert.Equal(new UnplacedLine(5, "5万元"), Assert.Single(t.UnplacedLines));
    }

    [Fact]
    public void A_project_grid_with_only_its_department_row_is_still_one_table()
    {
        // Found by the fuzz category: a 单位名称/项目名称 grid with no project row yielded no table, and its lines were lost.
        var text = "部门预算项目绩效目标申报表(2023年度)\n金额单位:元\n单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标值\n820-马踏镇部门\t\t8,827,620.53\n";
        var result = TableTextReader.Read(text, "grid.txt");
        var t = Assert.Single(result.Tables);
        Assert.Equal("820-马踏镇部门", t.Department);
        Assert.Contains(t.OtherFields, f => f.Label == "部门预算数" && f.Value == "8,827,620.53");
        NothingLost.Check(text, result);
    }

    [Theory]
    [InlineData("合计\t100\n", false)]
    [InlineData("", true)]
    public void A_page_that_begins_inside_a_table_keeps_its_whole_indicator_block_checkable(string totals, bool partial)
    {
        // The page begins at the indicator header of the previous table: closed by its 合计 row, only its head is lost.
        var text = "# PARTIAL: the page begins inside the previous table\n"
            + "一级指标\t二级指标\t三级指标\t指标值\t权重\n\t产出指标\t数量指标\t购置数量\t=1台\t90\n" + totals
            + "某某项目绩效目标表\n项目名称\t某某项目\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t设备数\t=2台\n";
        var first = TableTextReader.Read(text, "t.txt").Tables[0];
        Assert.False(first.HasHeader);
        Assert.Equal(partial, first.IsPartial);
        Assert.Contains(first.ImportFindings, f => f.RuleId == ImportRuleIds.TablePartial);
        Assert.False(PerfRules.Checks.HeaderChecks.IsFieldJudged(first, "项目名称"));
    }

    [Fact]
    public void A_leading_cell_of_a_goal_label_row_that_is_no_caption_is_kept()
    {
        // Found by the fuzz category: 明确 before 年度目标 was taken for the row's caption and dropped.
        var t = Read("明确\t年度目标\n\t完成任务\n");
        Assert.Contains(t.UnplacedLines, u => u.Text.Contains("明确", StringComparison.Ordinal));
    }

    [Fact]
    public void A_unit_cell_on_a_header_line_that_contradicts_the_first_is_kept_unplaced()
    {
        var t = Read("单位：元\n项目类型\t常年安排项目\t单位：万元\n项目资金\t收入\t全年(程)预算数\n\t\t资金总额\t1,200.50\n");
        Assert.Equal(("元", "常年安排项目"), (t.Funding.Unit, t.ProjectType));
        Assert.Equal(new UnplacedLine(5, "单位：万元"), Assert.Single(t.UnplacedLines));
    }

    [Fact]
    public void A_unit_line_that_agrees_is_structure()
    {
        var t = Read("单位：元\n项目资金（元）\t收入\t全年(程)预算数\n\t\t资金总额\t1,200.50\n");
        Assert.Equal("元", t.Funding.Unit);
        Assert.Empty(t.UnplacedLines);
    }

    [Fact]
    public void A_goal_line_joined_with_the_indicator_header_is_split_back()
    {
        // Found by the fuzz category (a lost line break): 年度目标 and the indicator header on one line.
        var t = Read("年度目标\t完成平台建设\t" + IndicatorHeader + "产出指标\t数量指标\t平台数量（个）\t≥1\t≥2\n");
        Assert.Equal("完成平台建设", t.AnnualGoal);
        var i = Assert.Single(t.Indicators);
        Assert.Equal(("产出指标", "数量指标", "平台数量（个）", "≥2个"), (i.Level1, i.Level2, i.Name, i.FullYear.ToString()));
        Assert.Empty(t.UnplacedLines);
    }

    [Fact]
    public void Amounts_in_yuan_are_marked_with_their_unit()
    {
        var t = Read("项目资金（元）\t收入\t全年(程)预算数\n\t\t资金总额\t1,200.50\n");
        Assert.Equal(("元", 1200.50m), (t.Funding.Unit, t.Funding.Total!.Value));
    }

    [Fact]
    public void Extra_cells_beyond_the_indicator_columns_are_kept_unplaced()
    {
        var t = Read(IndicatorHeader + "产出指标\t数量指标\t设备购置数量\t=10台\t=10台\t多余\n");
        Assert.Single(t.Indicators);
        Assert.Equal(new UnplacedLine(5, "多余"), Assert.Single(t.UnplacedLines));
    }

    [Fact]
    public void A_header_field_read_twice_keeps_the_first_and_the_second_verbatim()
    {
        var t = Read("项目类型\t常年安排\t项目类型\t一次性安排项目\n");
        Assert.Equal("常年安排", t.ProjectType);
        Assert.Equal(new UnplacedLine(4, "项目类型\t一次性安排项目"), Assert.Single(t.UnplacedLines));
    }

    [Fact]
    public void A_line_in_the_header_that_is_no_field_is_unplaced()
    {
        var t = Read("这一行不属于任何字段\n");
        Assert.Equal(4, Assert.Single(t.UnplacedLines).Line);
        Assert.Null(Assert.Single(t.ImportFindings, f => f.RuleId == ImportRuleIds.LineUnplaced).Location.Field);
    }

    [Fact]
    public void A_second_year_line_that_disagrees_is_unplaced()
    {
        var t = Read("2025年度\n");
        Assert.Equal(2026, t.Year);
        Assert.Equal(new UnplacedLine(4, "2025年度"), Assert.Single(t.UnplacedLines));
    }

    [Fact]
    public void The_year_also_comes_from_a_title_in_brackets()
    {
        var r = TableTextReader.Read("部门预算项目支出绩效自评表(2023年度)\n项目名称\t工资性支出\n", null);
        Assert.Equal(2023, Assert.Single(r.Tables).Year);
    }

    [Fact]
    public void A_level1_with_no_level2_under_a_new_level1_is_not_filled_from_another_section()
    {
        var t = Read(IndicatorHeader + "产出指标\t数量指标\t甲\t1\t1\n满意度指标\t\t乙\t≥80%\t≥80%\n");
        Assert.Equal(("满意度指标", string.Empty), (t.Indicators[1].Level1, t.Indicators[1].Level2));
        Assert.DoesNotContain(t.ImportFindings, f => f.RuleId == ImportRuleIds.MergedCellFilledDown);
    }

    [Fact]
    public void Labels_split_by_spaces_are_one_label_and_header_columns_map_by_words()
    {
        var t = Read("项目负责人 / 联系电话\t王五 025-1234567\n" + "三级指标\t一级指标\t二级指标\t全年（程）指标值\t半年 (程) 指标值\n甲\t产出指标\t数量指标\t=2个\t=1个\n");
        Assert.Equal(new ContactInfo("王五 025-1234567", "王五", "025-1234567"), t.Contact);
        var i = Assert.Single(t.Indicators);
        Assert.Equal(("产出指标", "数量指标", "甲", "=1个", "=2个"), (i.Level1, i.Level2, i.Name, i.HalfYear.ToString(), i.FullYear.ToString()));
    }

    [Fact]
    public void A_table_without_a_half_year_column_is_the_national_layout()
    {
        var t = Read("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t甲\t63人\n");
        Assert.Equal(TableLayouts.National, t.Layout);
        Assert.Equal(PerfRules.Values.ValueKind.Empty, t.Indicators[0].HalfYear.Kind);
        Assert.Contains("national", Assert.Single(t.ImportFindings, f => f.RuleId == ImportRuleIds.LayoutRecognised).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_score_in_the_level1_label_becomes_the_section_weight()
    {
        var t = Read("一级指标\t二级指标\t三级指标\t指标值\n产出指标 (40-50)分\t数量指标\t甲\t1\n\t质量指标\t乙\t100%\n满意度指标（10分）\t满意度指标\t丙\t≥90%\n");
        Assert.Equal(new[] { "产出指标", "产出指标", "满意度指标" }, t.Indicators.Select(i => i.Level1));
        Assert.Equal(ValueList.Of(new SectionWeight("产出指标", 50m), new SectionWeight("满意度指标", 10m)), t.SectionWeights);
    }

    [Fact]
    public void A_score_without_a_level1_name_takes_the_parent_of_its_level2_with_I02()
    {
        var t = Read("一级指标\t二级指标\t三级指标\t指标值\n(50分)\t数量指标\t指标1:完成中型灌区节水改造项目数量\t1\n\t质量指标\t指标1:工程质量合格\t合格\n(30分)\t社会效益指标\t指标1:保护全市人口财产不受损失\t是\n");
        Assert.Equal(new[] { "产出指标", "产出指标", "效益指标" }, t.Indicators.Select(i => i.Level1));
        Assert.Equal(ValueList.Of(new SectionWeight("产出指标", 50m), new SectionWeight("效益指标", 30m)), t.SectionWeights);
        var i02 = t.ImportFindings.Where(f => f.RuleId == ImportRuleIds.LabelRepaired).ToList();
        Assert.Equal(new int?[] { 1, 3 }, i02.Select(f => f.Location.Row));
        Assert.Contains("(50分)", i02[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_benefit_level2_in_the_level1_column_of_a_table_that_never_spells_the_level1_gets_the_tables_style()
    {
        var t = Read(IndicatorHeader + "产出指标\t数量指标\t甲\t1\t1\n社会效益指标\t\t乙\t提升\t提升\n");
        Assert.Equal(("效益指标", "社会效益指标"), (t.Indicators[1].Level1, t.Indicators[1].Level2));
    }

    [Fact]
    public void Old_level1_names_and_labels_split_by_spaces_are_recognised()
    {
        // Old 一级 names are renamed to the current ones (项目完成指标 → 产出指标) and the rename is reported (I02).
        var t = Read("一级指标\t二级指标\t三级指标\t指标值\n项目完成 指标\t数量指标\t甲\t63人\n社会效益 指标\t\t乙\t100%\n");
        Assert.Equal(("产出指标", "数量指标"), (t.Indicators[0].Level1, t.Indicators[0].Level2));
        Assert.Contains(t.ImportFindings, f => f.RuleId == ImportRuleIds.LabelRepaired && f.Location.Row == 1 && f.Message.Contains("「项目完成指标」是旧版一级指标名称", StringComparison.Ordinal));
        Assert.Equal(("效益指标", "社会效益指标"), (t.Indicators[1].Level1, t.Indicators[1].Level2));
    }

    [Theory]
    [InlineData("<p>甲</p><p>乙</p>", "甲\n乙", true)]
    [InlineData("<P class=\"x\">甲&nbsp;乙&amp;丙</P>", "甲 乙&丙", true)]
    [InlineData("甲<br/>乙", "甲\n乙", true)]
    [InlineData("《通知》<江苏省行动计划>", "《通知》<江苏省行动计划>", false)]
    [InlineData("a < b > c", "a < b > c", false)]
    [InlineData("无标记", "无标记", false)]
    public void Html_is_stripped_only_for_known_tags(string input, string expected, bool changed)
    {
        Assert.Equal(expected, HtmlText.Strip(input, out var wasChanged));
        Assert.Equal(changed, wasChanged);
    }

    [Theory]
    [InlineData("李鹏86591170", "李鹏", "86591170", true)]
    [InlineData("叶荣生", "叶荣生", null, false)]
    [InlineData("容军/025-86596076", "容军", "025-86596076", true)]
    [InlineData("86591170", null, "86591170", false)]
    [InlineData("李鹏(86591170)", "李鹏", "86591170", true)]
    public void Contact_split(string raw, string? person, string? phone, bool split)
    {
        var c = ContactText.Parse(raw, out var wasSplit);
        Assert.Equal(new ContactInfo(raw, person, phone), c);
        Assert.Equal(split, wasSplit);
    }

    [Theory]
    [InlineData("资格（水平） 南京考区考试", "资格（水平）南京考区考试")]
    [InlineData("中心 (原: 南京市企业服务中心)", "中心 (原: 南京市企业服务中心)")]
    [InlineData("OA 系统", "OA 系统")]
    public void Spaces_between_chinese_characters_are_extraction_artefacts(string input, string expected) =>
        Assert.Equal(expected, LabelText.CollapseCjkSpaces(input));
}
