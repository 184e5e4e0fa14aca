using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Core.Tests.Import;
using PerfRules.Export;
using PerfRules.Import;
using PerfRules.Json;
using PerfRules.Testing;
using PerfRules.Values;

namespace PerfRules.Core.Tests.Fuzz;

/// <summary>
/// Fuzz-style properties of the value parser and the table reader, at <see cref="FuzzSettings.Count"/> cases each
/// (<c>PERFRULES_FUZZ_COUNT</c>, default 10,000). Run alone with <c>dotnet test --filter Category=Fuzz</c>.
/// </summary>
[Trait("Category", "Fuzz")]
public class CoreFuzzTests
{
    [Fact]
    public void Parser_never_throws_and_its_canonical_text_reparses_to_the_same_value() =>
        FuzzSettings.Check(Arbitraries.AnyCellText(), cell =>
        {
            var first = IndicatorValueParser.Parse(cell.Text);
            if (!first.IsSuccess)
            {
                Assert.InRange(first.Error.Offset, 0, cell.Text.Length);
                Assert.InRange(first.Error.Offset + first.Error.Length, first.Error.Offset, cell.Text.Length);
                Assert.False(string.IsNullOrEmpty(first.Error.Message));
                return;
            }

            var printed = first.Value.ToString();
            var second = IndicatorValueParser.Parse(printed);
            Assert.True(second.IsSuccess, printed);
            Assert.Equal(first.Value, second.Value);
            Assert.Equal(printed, second.Value.ToString());
        });

    [Fact]
    public void Every_value_round_trips_through_its_text_and_json() =>
        FuzzSettings.Check(Arbitraries.IndicatorValue(), value =>
        {
            Assert.Equal(value, IndicatorValue.Parse(value.ToString()));
            var table = new Tables.PerformanceTable("t") { Indicators = Tables.ValueList.Of(new Tables.Indicator(1, "产出指标", "数量指标", "x", value, value)) };
            Assert.Equal(table, PerfRulesJson.DeserializeTable(PerfRulesJson.Serialize(table)));
        });

    [Fact]
    public void Parser_never_throws_on_arbitrary_strings_with_arbitrary_names() =>
        FuzzSettings.Check(ArbMap.Default.ArbFor<(string?, string?)>(), pair => _ = IndicatorValueParser.Parse(pair.Item1, pair.Item2));

    [Fact]
    public void Reader_never_throws_and_loses_nothing_on_garbled_tables() =>
        FuzzSettings.Check(Arbitraries.GarbledTableText(), garbled =>
        {
            var result = TableTextReader.Read(garbled.Text, "garbled.txt");
            NothingLost.CheckOrRefused(garbled.Text, result);
        });

    [Fact]
    public void Reader_never_throws_and_loses_nothing_on_encoded_bytes() =>
        FuzzSettings.Check(Arbitraries.EncodedTableText(), encoded =>
        {
            var result = TableTextReader.Read(encoded.GetBytes(), "encoded.txt");
            NothingLost.CheckOrRefused(SourceDecoder.Decode(encoded.GetBytes()).Text, result);
            // Bytes and text read alike, except that leading U+FEFF is a BOM to the decoder and content to a string,
            // and that UTF-16 without a BOM is recognised by the zero bytes of its ASCII (tabs, digits): text without any is not.
            var detectable = encoded.Encoding != "utf-16" || encoded.Text.Count(c => c < 0x80) * 4 >= encoded.Text.Length;
            if (!encoded.Text.StartsWith('\uFEFF') && detectable) Assert.Equal(TableTextReader.Read(encoded.Text, "encoded.txt").Tables, result.Tables);
        });

    [Fact]
    public void Reader_never_throws_and_loses_nothing_on_arbitrary_text() =>
        FuzzSettings.Check(NoiseText(), text => NothingLost.CheckOrRefused(text, TableTextReader.Read(text, null)));

    [Fact]
    public void Reader_never_throws_on_arbitrary_bytes() =>
        FuzzSettings.Check(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var result = TableTextReader.Read(bytes ?? Array.Empty<byte>(), null);
            NothingLost.CheckOrRefused(SourceDecoder.Decode(bytes ?? Array.Empty<byte>()).Text, result);
        });

    [Fact]
    public void Clean_table_text_reads_back_to_its_tables() =>
        FuzzSettings.Check(Arbitraries.TableText(), text =>
        {
            var result = TableTextReader.Read(text.Text, null);
            Assert.Equal(text.Tables.Count, result.Tables.Count);
            Assert.Equal(TableTextWriter.Write(text.Tables), TableTextWriter.Write(result.Tables));
            NothingLost.Check(text.Text, result);
        });

    /// <summary>Strings over the reader's own alphabet (labels, titles, amounts, tabs, line breaks) and anything else.</summary>
    private static Arbitrary<string> NoiseText()
    {
        var words = new[]
        {
            "\t", "\t", "\n", "\r\n", "\r", " ", "南京市市级项目预算绩效目标表", "2026年度", "项目名称", "主管部门", "项目资金 (万元)", "资金总额", "支出", "收入",
            "半年(程) 计划执行数", "全年(程) 预算数", "序时进度", "一级指标", "二级指标", "三级指标", "半年(程) 指标值", "全年(程) 指标值", "产出指标", "数量指标",
            "效益指标", "经济效益指标", "满意度指标", "决策", "项目立项", "≥", "=", "%", "家", "25227", "54.61", "<p>", "</p>", "&amp;", "（", "）", "#", "李鹏86591170",
            "指标值", "权重", "分值", "得分", "实际完成值", "偏差原因分析及改进措施", "\u3000", "\uFEFF", "\u0001",
        };
        var gen = Gen.Frequency(
            (4, Gen.ListOf(Gen.Elements(words)).Select(l => string.Concat(l))),
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)));
        return gen.ToArbitrary();
    }
}
