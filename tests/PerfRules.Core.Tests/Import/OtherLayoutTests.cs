using System;
using System.Linq;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Core.Tests.Import;

/// <summary>Other issuers' layouts (docs/import.md "Layouts"; excerpts of real published tables): columns are mapped by header words.</summary>
public class OtherLayoutTests
{
    private static PerformanceTable Single(string text) => Assert.Single(TableTextReader.Read(text, "real.txt").Tables);

    [Fact]
    public void Sichuan_operator_unit_weight_and_direction_columns()
    {
        // 03-jingyan-mata-xiangmu-mubiao2023: 指标性质 holds the operator, 度量单位 the unit.
        var t = Single("部门预算项目绩效目标申报表(2023年度)\n项目名称\t村组干部报酬\n"
            + "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性\n"
            + "效益指标\t社会效益指标\t维护社会稳定\t≥\t95\t%\t10\t正向指标\n"
            + "产出指标\t数量指标\t行政村数量\t=\t11\t个\t10\t\n");
        Assert.Equal((2023, TableLayouts.National), (t.Year, t.Layout));
        var first = t.Indicators[0];
        var value = Assert.IsType<NumericValue>(first.FullYear);
        Assert.Equal((Comparison.AtLeast, 95m, "%", UnitSource.UnitColumn), (value.Comparison, value.Number, value.Unit, value.UnitSource));
        Assert.Equal(ValueKind.Empty, first.HalfYear.Kind);
        Assert.Equal((10m, "正向指标"), (first.Weight, first.Direction));
        Assert.Equal(new NumericValue(Comparison.Exactly, 11m, "个"), t.Indicators[1].FullYear);
        Assert.Null(t.Indicators[1].Direction);
        Assert.Empty(t.UnplacedLines);
    }

    [Fact]
    public void Inner_mongolia_property_column_is_direction_and_direction_column_is_operator()
    {
        // 15-wuhai-gongxiaoshe-zaishengziyuan-mubiao2021: decided by the cells, not the header words.
        var t = Single("再生资源回收市场管理经费项目绩效目标表\n(2021年)\n项目名称\t再生资源回收市场管理经费\n项目类别\t(31)部门预算项目\n"
            + "一级指标\t二级指标\t三级指标\t指标性质\t指标方向\t目标值\t计量单位\t分值\t备注\n"
            + "产出指标\t数量指标\t出差人次\t正向\t=\t24\t人/次\t4\t\n"
            + "产出指标\t成本指标\t出差总成本\t反向\t=\t1\t万元\t4\t\n");
        Assert.Equal(2021, t.Year);
        Assert.Equal("(31)部门预算项目", t.ProjectType);
        Assert.Equal(("正向", "反向"), (t.Indicators[0].Direction, t.Indicators[1].Direction));
        Assert.Equal(new NumericValue(Comparison.Exactly, 24m, "人/次"), t.Indicators[0].FullYear);
        Assert.Equal(new NumericValue(Comparison.Exactly, 1m, "万元"), t.Indicators[1].FullYear);
        Assert.Equal(4m, t.Indicators[1].Weight);
    }

    [Fact]
    public void Chongqing_flat_list_has_no_hierarchy_and_qualitative_rows_keep_their_flag()
    {
        // 05-tongnan-wugui-yibanxing-mubiao2023: 指标/指标权重/计量单位/指标性质/指标值.
        var r = TableTextReader.Read("2023年一般性项目绩效目标表(一级项目)\n专项资金名称\t在职村村干部补助\n业务主管部门\t813-潼南区五桂镇\n"
            + "当年绩效目标\t按月及时足额发放在职村社干部的工资。\n"
            + "指标\t指标权重\t计量单位\t指标性质\t指标值\n按月发放\t20\t次\t=\t1\n促进经济发展\t20\t\t定性\t\n", "real.txt");
        var t = Assert.Single(r.Tables);
        Assert.Equal(("在职村村干部补助", "813-潼南区五桂镇", 2023), (t.Name, t.Department, t.Year));
        Assert.Equal("按月及时足额发放在职村社干部的工资。", t.AnnualGoal);
        Assert.All(t.Indicators, i => Assert.Equal((string.Empty, string.Empty), (i.Level1, i.Level2)));
        Assert.Equal(new NumericValue(Comparison.Exactly, 1m, "次"), t.Indicators[0].FullYear);
        Assert.Equal(("定性", ValueKind.Empty, 20m), (t.Indicators[1].ValueType, t.Indicators[1].FullYear.Kind, t.Indicators[1].Weight!.Value));
    }

    [Fact]
    public void Self_evaluation_rows_publish_actual_score_and_reason()
    {
        // 08-tianchang-shuili-fangyu-zp2022: 年度指标值/实际完成值/分值/得分/偏差原因分析及改进措施.
        var t = Single("项目支出绩效自评表\n(2022年度)\n项目名称\t水旱灾害防御经费\n"
            + "年度绩效指标完成情况\t一级 指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
            + "\t(50分)\t数量指标\t指标1:完成中型灌区节水改造项目数量\t1\t1\t10\t10\t\n"
            + "\t(30分)\t社会效益 指标\t指标1:保护全市人口财产不受损失\t\t\t10\t7\t汛期降雨偏多\n");
        Assert.Equal(2022, t.Year);
        Assert.Equal(new[] { "产出指标", "效益指标" }, t.Indicators.Select(i => i.Level1));
        Assert.Equal("社会效益指标", t.Indicators[1].Level2);
        Assert.Equal(ValueList.Of(new SectionWeight("产出指标", 50m), new SectionWeight("效益指标", 30m)), t.SectionWeights);
        var published = Assert.IsType<PublishedEvaluation>(t.Published);
        Assert.Equal(
            ValueList.Of(new PublishedIndicator(1, "1") { Score = 10m }, new PublishedIndicator(2, null) { Score = 7m, Reason = "汛期降雨偏多" }),
            published.Indicators);
        Assert.Equal(10m, t.Indicators[0].Weight);
    }

    [Fact]
    public void Person_and_phone_in_separate_fields_make_one_contact()
    {
        var t = Single("项目支出绩效目标审批表\n项目名称\t加工园配套设施建设项目\t项目分类\t资产资源类--房屋类\n实施单位\t云雾土家族乡\t项目负责人\t徐德迁\t联系电话\t13452649655\n");
        Assert.Equal(new ContactInfo("徐德迁 13452649655", "徐德迁", "13452649655"), t.Contact);
        Assert.Equal("资产资源类--房屋类", t.ProjectType);
        Assert.Empty(t.UnplacedLines);
    }

    [Fact]
    public void A_file_with_only_an_indicator_block_is_read_as_one_table_and_its_preamble_is_kept()
    {
        // 17-nankai-shengwushiyan-jianshe-pingjia2018: a published evaluation without title or 项目名称.
        var text = "关于“2018生物实验教学中心建设项目”\n一级指标\t二级指标\t三级指标\t预算设定指标值\t项目完成指标值\n产出指标\t数量指标\t购置仪器设备\t31\t42\n\t\t改造实验室\t2间\t2间\n";
        var r = TableTextReader.Read(text, null);
        var t = Assert.Single(r.Tables);
        Assert.Equal(2, t.Indicators.Count);
        Assert.Equal(new NumericValue(Comparison.Unspecified, 2m, "间"), t.Indicators[1].FullYear);
        Assert.Equal(new[] { "42", "2间" }, t.Published!.Indicators.Select(p => p.Actual));
        // The opening line is kept as 表前文字 and names the project (I14); the notice has no header (S01 does not judge it).
        Assert.Empty(r.UnplacedLines);
        Assert.Contains(new HeaderField("表前文字", "关于“2018生物实验教学中心建设项目”", 1), t.OtherFields);
        Assert.Equal("2018生物实验教学中心建设项目", t.Name);
        Assert.False(t.HasHeader);
        Assert.Contains(t.ImportFindings, f => f.RuleId == ImportRuleIds.ValueInferred && f.Location.Field == "项目名称");
        Assert.DoesNotContain(r.Findings, f => f.RuleId == ImportRuleIds.UnreadableInput);
    }
}
