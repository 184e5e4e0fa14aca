using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Testing;

namespace PerfRules.Core.Tests.Import;

/// <summary>
/// The label vocabulary (Import/Vocabulary/labels.json): which field a printed label names after normalisation,
/// labels added by options, and the reader giving the same model whichever known label a form prints.
/// </summary>
public class LabelVocabularyTests
{
    private static readonly LabelVocabulary V = LabelVocabulary.Default;

    [Theory]
    [InlineData("项目名称", "Name")]
    [InlineData("项目支出名称", "Name")]
    [InlineData("专项名称", "Name")]
    [InlineData("主管预算部门", "Department")]
    [InlineData("预算部门", "Department")]
    [InlineData("主管部门及其编码", "Department")]
    [InlineData("主管部门及代码", "Department")]
    [InlineData("主管部门(单位)名称", "Department")]
    [InlineData("主管部门（单位）名称：", "Department")]
    [InlineData("项目主管部门", "Department")]
    [InlineData("县级主管部门", "Department")]
    [InlineData("项目实施单位", "ImplementingUnit")]
    [InlineData("项目执行单位", "ImplementingUnit")]
    [InlineData("申报单位名称", "ImplementingUnit")]
    [InlineData("实施单位 (盖章)", "ImplementingUnit")]
    [InlineData("项目预算金额 (万元)", "FundingTotal")]
    [InlineData("年度本级 预算金额", "FundingTotal")]
    [InlineData("年度金额", "FundingTotal")]
    [InlineData("实施期绩效目标", "LongTermGoal")]
    [InlineData("长期目标", "LongTermGoal")]
    [InlineData("本年度绩效目标", "AnnualGoal")]
    [InlineData("总 体 目 标", "AnnualGoal")]
    [InlineData("*年度总体绩效目标", "AnnualGoal")]
    [InlineData("项目总体绩效目标", "AnnualGoal")]
    [InlineData("预期目标", "AnnualGoal")]
    [InlineData("绩?????????? 效?????????? 目???????? 标", "AnnualGoal")]
    [InlineData("年度绩效目标(必填)", "AnnualGoal")]
    [InlineData("2.项目实施内容及过程概述", "Other")]
    public void A_label_and_its_variants_name_the_field(string label, string expected)
    {
        Assert.True(V.TryField(label, out var kind), label);
        Assert.Equal(expected, kind.ToString());
    }

    [Theory]
    [InlineData("金额")]
    [InlineData("项目资金")]
    [InlineData("其中:财政拨款")]
    [InlineData("名称")]
    [InlineData("产出指标")]
    [InlineData("归口业务处室")]
    public void A_word_that_is_no_header_label_is_not_one(string label) => Assert.False(V.TryField(label, out _), label);

    [Theory]
    [InlineData("资金情况 (万元)", "Funding")]
    [InlineData("项目资金申请 (万元)", "Funding")]
    [InlineData("投入目标(万元)", "Funding")]
    [InlineData("项目绩效目标", "Goal")]
    public void A_caption_names_its_block(string label, string expected)
    {
        Assert.True(V.TryRegion(label, out var region), label);
        Assert.Equal(expected, region.ToString());
    }

    [Theory]
    [InlineData("一级目标", "Level1")]
    [InlineData("指标内容", "Name")]
    [InlineData("指 标 解 释", "Explanation")]
    [InlineData("*指标值", "FullYear")]
    [InlineData("评（扣）分标准", "ScoringStandard")]
    public void A_column_header_names_its_role(string label, string expected)
    {
        Assert.True(V.TryColumn(label, out var role), label);
        Assert.Equal(expected, role.ToString());
    }

    [Fact]
    public void Options_add_labels_under_a_known_label_or_a_key_and_reject_an_unknown_key()
    {
        var options = TableReaderOptions.Default with
        {
            Labels = new Dictionary<string, IReadOnlyList<string>> { ["主管部门"] = new[] { "归口业务处室" }, ["weight"] = new[] { "占比" } },
        };

        Assert.True(options.Vocabulary.TryField("归口 业务处室：", out var kind));
        Assert.Equal(HeaderFieldKind.Department, kind);
        Assert.True(options.Vocabulary.TryColumn("占比", out var role));
        Assert.Equal(PerfRules.Import.Columns.ColumnRole.Weight, role);
        Assert.False(V.TryField("归口业务处室", out _));

        var e = Assert.Throws<ArgumentException>(() => TableReaderOptions.Default with { Labels = new Dictionary<string, IReadOnlyList<string>> { ["不存在的栏"] = new[] { "x" } } });
        Assert.Contains("不存在的栏", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_label_added_by_options_heads_its_column_in_the_indicator_block()
    {
        const string Text = "2024年项目支出绩效目标表\n项目名称\t测试项目\n一级指标\t二级指标\t三级指标\t指标值\t占比\n产出指标\t数量指标\t完成数量\t≥10个\t20\n";
        var before = Assert.Single(Assert.Single(TableTextReader.Read(Text, null).Tables).Indicators);
        Assert.Null(before.Weight);

        var options = TableReaderOptions.Default with { Labels = new Dictionary<string, IReadOnlyList<string>> { ["权重"] = new[] { "占比" } } };
        var after = Assert.Single(Assert.Single(TableTextReader.Read(Text, null, options).Tables).Indicators);
        Assert.Equal(20m, after.Weight);

        // The options' vocabulary is used for that reading only.
        Assert.Null(Assert.Single(Assert.Single(TableTextReader.Read(Text, null).Tables).Indicators).Weight);
    }

    [Fact]
    public void The_embedded_file_lists_no_label_for_two_fields()
    {
        // Parse throws when a label is listed for two fields; the embedded file must load.
        Assert.True(V.TryField("项目名称", out _));
        var e = Assert.Throws<FormatException>(() => LabelVocabulary.Parse(
            "{\"normalization\":{\"marks\":[],\"suffixes\":[],\"prefixes\":[]},\"fields\":{\"department\":[\"单位\"],\"implementingUnit\":[\"单位\"]},\"regions\":{},\"columns\":{}}"));
        Assert.Equal("labels.json：标签「单位」在两个不同的键下都列出了；一个标签只能属于一个字段、列或区域", e.Message);
    }

    private const string Form =
        "2024年项目支出绩效目标表\n" +
        "{N}\t测试项目\n" +
        "{D}\t测试局\t{U}\t测试中心\n" +
        "项目资金(万元)\t年度资金总额\t100\n" +
        "\t其中:财政拨款\t100\n" +
        "{G}\t完成全部工作\n" +
        "一级指标\t二级指标\t三级指标\t指标值\n" +
        "产出指标\t数量指标\t完成数量\t≥10个\n" +
        "效益指标\t社会效益指标\t受益人数\t≥100人\n" +
        "满意度指标\t服务对象满意度指标\t满意度\t≥90%\n";

    private static readonly string[] Names = { "项目名称", "项目支出名称", "专项名称", "专项资金名称" };
    private static readonly string[] Departments = { "主管部门", "主管预算部门", "预算部门", "项目主管部门", "主管部门及其编码", "主管部门(单位)名称", "业务主管部门", "主管部门及代码" };
    private static readonly string[] Units = { "实施单位", "项目实施单位", "项目执行单位", "执行单位", "申报单位名称", "项目单位", "实施单位(盖章)" };
    private static readonly string[] Goals = { "年度目标", "本年度绩效目标", "年度绩效目标", "预期目标", "年度总体目标", "当年绩效目标", "项目年度目标", "年度总体绩效目标" };

    private static string Fill(string n, string d, string u, string g) => Form.Replace("{N}", n).Replace("{D}", d).Replace("{U}", u).Replace("{G}", g);

    private static (string?, string?, string?, decimal?, string?, int) Model(PerformanceTable t) =>
        (t.Name, t.Department, t.ImplementingUnit, t.Funding.Total, t.AnnualGoal, t.Indicators.Count);

    /// <summary>A label as a copy may deliver it: spaces between its characters, a trailing (full-width) colon.</summary>
    private static Gen<string> Spelled(string[] labels) =>
        from label in Gen.Elements(labels)
        from spaces in Gen.ArrayOf(Gen.Elements("", "", " ", "  ", "\u3000"), label.Length)
        from colon in Gen.Elements("", "", ":", "：", " :")
        select string.Concat(label.Select((c, i) => c + (i < label.Length - 1 ? spaces[i] : string.Empty))) + colon;

    [Fact, Trait("Category", "Fuzz")]
    public void Any_known_label_spelled_any_way_reads_to_the_same_model()
    {
        var expected = (("测试项目", "测试局", "测试中心", (decimal?)100m, "完成全部工作", 3));
        Assert.Equal(expected, Model(Assert.Single(TableTextReader.Read(Fill("项目名称", "主管部门", "实施单位", "年度目标"), null).Tables)));

        var gen = from n in Spelled(Names)
                  from d in Spelled(Departments)
                  from u in Spelled(Units)
                  from g in Spelled(Goals)
                  select Fill(n, d, u, g);

        // One case reads a whole table (≈0.2 ms): a fiftieth of the default count.
        FuzzSettings.Check(gen.ToArbitrary(), text =>
        {
            var r = TableTextReader.Read(text, null);
            var t = Assert.Single(r.Tables);
            Assert.Equal(expected, Model(t));
            Assert.Empty(t.UnplacedLines);
        }, FuzzSettings.Scaled(0.02));
    }

    [Fact]
    public void An_unknown_label_is_named_by_I16_until_options_teach_it()
    {
        var text = Fill("项目名称", "对口处室", "实施单位", "年度目标");

        var before = Assert.Single(TableTextReader.Read(text, null).Tables);
        Assert.Null(before.Department);
        var i16 = Assert.Single(before.ImportFindings, f => f.RuleId == ImportRuleIds.FieldUnderUnknownLabel);
        Assert.Equal((Severity.Warning, "主管部门", 3), (i16.Severity, i16.Location.Field, i16.Location.Line!.Value));
        Assert.Contains("对口处室", i16.Message, StringComparison.Ordinal);
        Assert.Contains("\"labels\"", i16.Message, StringComparison.Ordinal);

        var options = TableReaderOptions.Default with { Labels = new Dictionary<string, IReadOnlyList<string>> { ["主管部门"] = new[] { "对口处室" } } };
        var after = Assert.Single(TableTextReader.Read(text, null, options).Tables);
        Assert.Equal(("测试项目", "测试局", "测试中心", (decimal?)100m, "完成全部工作", 3), Model(after));
        Assert.DoesNotContain(after.ImportFindings, f => f.RuleId is ImportRuleIds.FieldUnderUnknownLabel or ImportRuleIds.LineUnplaced);
    }
}
