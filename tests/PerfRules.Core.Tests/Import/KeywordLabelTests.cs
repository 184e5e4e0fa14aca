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
/// The keyword second chance (<c>keywords</c> of labels.json, <see cref="KeywordLabels"/>): which unknown labels it
/// reads as which field, what it never reads as a label (an indicator name, a goal text, a block caption), and that
/// it acts only where a header label stands.
/// </summary>
public class KeywordLabelTests
{
    private static readonly LabelVocabulary V = LabelVocabulary.Default;

    [Theory]
    [InlineData("项目承办单位", "ImplementingUnit")]
    [InlineData("项目建设单位(盖章)", "ImplementingUnit")]
    [InlineData("具体实施机构", "ImplementingUnit")]
    [InlineData("上级主管机关", "Department")]
    [InlineData("归口管理处室：", "Department")]
    [InlineData("支出项目名称", "Name")]
    [InlineData("专项资金项目全称", "Name")]
    [InlineData("投资总额（万元）", "FundingTotal")]
    [InlineData("本年度申请资金", "FundingTotal")]
    [InlineData("项 目 经 费 合 计", "FundingTotal")]
    [InlineData("本年预期目标", "AnnualGoal")]
    [InlineData("年度工作目标(必填)", "AnnualGoal")]
    [InlineData("三年规划期目标", "LongTermGoal")]
    public void An_unlisted_label_built_like_a_budget_label_is_read_by_keywords(string label, string expected)
    {
        Assert.False(V.TryField(label, out _), label + " is listed: the case tests nothing");
        Assert.True(V.TryFieldByKeywords(label, out var kind), label);
        Assert.Equal(expected, kind.ToString());
    }

    [Theory]
    [InlineData("产出指标")] // an indicator level
    [InlineData("年度绩效指标")] // the indicator block's caption
    [InlineData("项目资金到位率")] // an indicator name
    [InlineData("预算执行率")]
    [InlineData("年度目标完成情况")] // listed, for another field
    [InlineData("完成年度绩效目标")] // a goal text, not a label
    [InlineData("确保年度目标实现")]
    [InlineData("提高项目资金使用效益")]
    [InlineData("其中:财政拨款")]
    [InlineData("年初预算数")]
    [InlineData("上年结转资金")]
    [InlineData("资金来源")]
    [InlineData("项目资金")] // a block caption
    [InlineData("资金情况(万元)")]
    [InlineData("项目资金合计")] // opens with a block caption: the caption
    [InlineData("项目资金 机")]
    [InlineData("主管部门审核意见")]
    [InlineData("实施单位联系电话")]
    [InlineData("主管部门实施单位")] // two fields' rules: ambiguous
    [InlineData("2024年度目标")] // digits: a value
    [InlineData("按时足额发放,保障权益")]
    [InlineData("年度目标值")]
    [InlineData("项目名称（")] // a bracket left open: a cut or garbled cell
    public void A_cell_that_is_no_unknown_header_label_is_not_read_by_keywords(string cell) =>
        Assert.False(V.TryFieldByKeywords(cell, out var kind), cell + " → " + kind);

    [Fact]
    public void Keyword_rules_that_are_malformed_are_rejected_with_where()
    {
        const string Head = "{\"normalization\":{\"marks\":[],\"suffixes\":[],\"prefixes\":[]},\"fields\":{},\"regions\":{},\"columns\":{},";
        var noAll = Assert.Throws<FormatException>(() => LabelVocabulary.Parse(Head + "\"keywords\":{\"fields\":{\"department\":[{\"none\":[\"财政\"]}]}}}"));
        Assert.Equal("labels.json：keywords.fields.department 中的规则缺少 \"all\"（非空的词表数组）", noAll.Message);
        var field = Assert.Throws<FormatException>(() => LabelVocabulary.Parse(Head + "\"keywords\":{\"fields\":{\"nope\":[]}}}"));
        Assert.Equal("labels.json：keywords.fields 中的「nope」不是已知的字段键", field.Message);
        var prefix = Assert.Throws<FormatException>(() => LabelVocabulary.Parse(Head + "\"columnPrefixes\":{\"nope\":[\"x\"]}}"));
        Assert.StartsWith("labels.json：columnPrefixes 中的「nope」不是已知的列键（可用：", prefix.Message, StringComparison.Ordinal);

        var parsed = LabelVocabulary.Parse(Head + "\"keywords\":{\"fields\":{\"department\":[{\"all\":[[\"主管\"],[\"处室\"]]}]}},\"columnPrefixes\":{\"weight\":[\"占比\"]}}");
        Assert.True(parsed.TryFieldByKeywords("业务主管处室", out var kind));
        Assert.Equal(HeaderFieldKind.Department, kind);
        Assert.True(parsed.TryColumn("占比(%)", out var role));
        Assert.Equal(PerfRules.Import.Columns.ColumnRole.Weight, role);
    }

    private const string Form =
        "2024年项目支出绩效目标表\n" +
        "项目名称\t测试项目\n" +
        "主管部门\t测试局\t{U}\t测试中心\n" +
        "项目资金(万元)\t年度资金总额\t100\n" +
        "\t其中:财政拨款\t100\n" +
        "年度目标\t{G}\n" +
        "一级指标\t二级指标\t三级指标\t指标值\n" +
        "产出指标\t数量指标\t{A}\t≥10个\n" +
        "效益指标\t社会效益指标\t{B}\t≥100人\n" +
        "满意度指标\t服务对象满意度指标\t满意度\t≥90%\n" +
        "{C}\t≥1项\n";

    /// <summary>The generated labels no list names (each one the keyword rules read as a field).</summary>
    private static readonly string[] LabelLike = RealLabelVariantProperties.Unseen.Values.SelectMany(v => v).Where(l => !V.TryField(l, out _)).ToArray();

    [Fact, Trait("Category", "Fuzz")]
    public void A_goal_text_or_indicator_name_that_looks_like_a_label_never_becomes_a_header_field()
    {
        // Goal text, indicator names and a stray row after the block all read like unseen labels; only {U} is one.
        var gen = from g in Gen.Elements(LabelLike)
                  from a in Gen.Elements(LabelLike)
                  from b in Gen.Elements(LabelLike)
                  from c in Gen.Elements(LabelLike)
                  select (g, a, b, c);
        FuzzSettings.Check(gen.ToArbitrary(), x =>
        {
            var text = Form.Replace("{U}", "项目承办单位").Replace("{G}", x.g).Replace("{A}", x.a).Replace("{B}", x.b).Replace("{C}", x.c);
            var table = TableTextReader.Read(text, "guard.txt").Tables[0];
            Assert.Equal(("测试项目", "测试局", "测试中心", (decimal?)100m, x.g), (table.Name, table.Department, table.ImplementingUnit, table.Funding.Total, table.AnnualGoal));
            Assert.Equal(new[] { x.a, x.b, "满意度" }, table.Indicators.Take(3).Select(i => i.Name));
            var notes = table.ImportFindings.Where(f => f.RuleId == ImportRuleIds.ValueInferred).ToList();
            var note = Assert.Single(notes);
            Assert.Equal(("实施单位", 3), (note.Location.Field, note.Location.Line!.Value));
        }, FuzzSettings.Scaled(0.01));
    }

    [Fact]
    public void Goal_labels_in_a_goal_caption_row_are_read_with_their_texts_below()
    {
        var text = "2024年项目支出绩效目标表\n项目名称\t测试项目\n主管部门\t测试局\t实施单位\t测试中心\n项目绩效目标\t远期目标\t本年工作目标\n\t持续改善\t完成全部工作\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t完成数量\t≥10个\n";
        var table = Assert.Single(TableTextReader.Read(text, "grid.txt").Tables);
        Assert.Equal(("持续改善", "完成全部工作"), (table.LongTermGoal, table.AnnualGoal));
        Assert.Equal(new[] { "中长期目标", "年度目标" }, table.ImportFindings.Where(f => f.RuleId == ImportRuleIds.ValueInferred).Select(f => f.Location.Field));
    }

    [Fact]
    public void A_funding_label_needs_an_amount_and_a_caption_row_stays_a_block()
    {
        // 项目经费合计 before a column caption is no header field; before an amount it is 资金总额.
        var caption = Assert.Single(TableTextReader.Read("2024年项目支出绩效目标表\n项目名称\t测试项目\n项目经费合计\t年初预算数\t全年预算数\n", "a.txt").Tables);
        Assert.Null(caption.Funding.Total);
        Assert.DoesNotContain(caption.ImportFindings, f => f.RuleId == ImportRuleIds.ValueInferred);

        var amount = Assert.Single(TableTextReader.Read("2024年项目支出绩效目标表\n项目名称\t测试项目\n项目经费合计\t250万\n", "b.txt").Tables);
        Assert.Equal(250m, amount.Funding.Total);
        Assert.Equal("万元", amount.Funding.Unit);
    }

    [Fact]
    public void Options_turn_the_keywords_off()
    {
        var text = Form.Replace("{U}", "项目承办单位").Replace("{G}", "完成全部工作").Replace("{A}", "完成数量").Replace("{B}", "受益人数").Replace("{C}", "说明");
        var off = Assert.Single(TableTextReader.Read(text, "off.txt", TableReaderOptions.Default with { LabelsByKeywords = false }).Tables);
        Assert.NotEqual("测试中心", off.ImplementingUnit);
        Assert.DoesNotContain(off.ImportFindings, f => f.RuleId == ImportRuleIds.ValueInferred);
    }
}
