using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfRules.Export;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Testing;
using PerfRules.Values;

namespace PerfRules.Core.Tests.Import;

public class TableTextWriterTests
{
    /// <summary>The round-trip law of <see cref="TableTextWriter"/>: content survives, values as the parser reads their canonical text.</summary>
    private static PerformanceTable Expected(PerformanceTable t) =>
        t.WithoutSourceInfo() with
        {
            Indicators = t.Indicators.Select(i => (i with { Line = null }) with
            {
                HalfYear = Reparse(i.HalfYear, i.Name),
                FullYear = Reparse(i.FullYear, i.Name),
            }).ToValueList(),
        };

    private static IndicatorValue Reparse(IndicatorValue v, string name)
    {
        var text = v.ToString();
        if (text.Length == 0) return IndicatorValue.Empty;
        var r = IndicatorValueParser.Parse(text, name);
        return r.IsSuccess ? r.Value : new FreeTextValue(text);
    }

    [Fact]
    public void Seed_tables_written_back_read_as_the_same_content()
    {
        foreach (var table in Seeds.All)
        {
            var text = TableTextWriter.Write(table);
            var back = Assert.Single(TableTextReader.Read(text, null).Tables);
            Assert.Equal(Expected(table), back.WithoutSourceInfo());
            Assert.DoesNotContain(back.ImportFindings, f => f.RuleId is ImportRuleIds.LineUnplaced or ImportRuleIds.LabelRepaired);
        }
    }

    [Fact]
    public void All_seven_tables_in_one_file_read_back_in_order()
    {
        var text = TableTextWriter.Write(Seeds.All);
        var back = TableTextReader.Read(text, null).Tables;
        Assert.Equal(Seeds.All.Select(Expected), back.Select(t => t.WithoutSourceInfo()));
    }

    [Fact]
    public void Written_text_uses_the_nanjing_layout_with_merged_cells_blank()
    {
        var text = TableTextWriter.Write(Seeds.Table("台式机"));
        var lines = text.Split('\n');
        Assert.Equal("南京市市级项目预算绩效目标表", lines[0]);
        Assert.Equal("2026年度", lines[1]);
        Assert.Equal("项目名称\t台式机\t主管部门\t南京市工业和信息化局", lines[2]);
        Assert.Contains("\t\t台式机\t6\t6", lines);
        Assert.Contains("决策\t项目立项\t立项依据充分性\t充分\t充分", lines);
        Assert.Contains("\t\t立项程序规范性\t规范\t规范", lines);
        Assert.Contains("\t绩效目标\t绩效指标明确性\t明确\t明确", lines);
    }

    [Fact]
    public void Multi_paragraph_prose_and_markup_like_text_survive_as_html_paragraphs()
    {
        var table = new PerformanceTable("甲") { Title = "南京市市级项目预算绩效目标表", Necessity = "一、依据 A&B\n二、<江苏省计划>" };
        var back = Assert.Single(TableTextReader.Read(TableTextWriter.Write(table), null).Tables);
        Assert.Equal(table.Necessity, back.Necessity);
    }

    [Fact]
    public void Writable_generated_tables_round_trip_through_text()
    {
        var property = Prop.ForAll(Arbitraries.WritableTable(), table =>
        {
            var text = TableTextWriter.Write(table);
            var result = TableTextReader.Read(text, null);
            var back = Assert.Single(result.Tables);
            Assert.Equal(Expected(table), back.WithoutSourceInfo());
            NothingLost.Check(text, result);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }
}
