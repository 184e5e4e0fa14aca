using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PerfRules.Core.Tests.Import;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Tests.Corpus;
using PerfRules.Values;

namespace PerfRules.Core.Tests.Corpus;

/// <summary>
/// Every hostile input (<see cref="HostileInputs"/>) is read without an exception and gives its expected
/// outcome: tables, no table with every line kept, or a whole-input refusal with one clear error; and
/// nothing is lost (<see cref="NothingLost"/>). Then what each input specifically must give.
/// </summary>
public class CorpusTests
{
    public static IEnumerable<object[]> Inputs => HostileInputs.Names();

    public static IEnumerable<object[]> SmallInputs => HostileInputs.Names(includeLarge: false);

    private static TableReadResult Read(string name) => TableTextReader.Read(HostileInputs.Bytes(HostileInputs.Named(name)), name);

    private static PerformanceTable SeedTable(string name) => Seeds.Table(name);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_input_gives_its_outcome_and_loses_nothing(string name)
    {
        var input = HostileInputs.Named(name);
        var bytes = HostileInputs.Bytes(input);
        var result = TableTextReader.Read(bytes, name);
        var text = SourceDecoder.Decode(bytes).Text;

        switch (input.Expected)
        {
            case Outcome.Tables:
                Assert.NotEmpty(result.Tables);
                Assert.False(result.IsUnreadable);
                NothingLost.Check(text!, result);
                break;
            case Outcome.NoTable:
                Assert.Empty(result.Tables);
                Assert.NotEmpty(result.UnplacedLines);
                Assert.Contains(result.Findings, f => f.RuleId == ImportRuleIds.UnreadableInput && f.Message.Contains("未找到绩效目标表", StringComparison.Ordinal));
                NothingLost.Check(text!, result);
                break;
            default:
                Assert.Empty(result.Tables);
                Assert.Empty(result.UnplacedLines);
                NothingLost.CheckOrRefused(text, result);
                break;
        }

        Assert.All(result.AllFindings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
        Assert.Equal(name, result.Source);
    }

    [Theory]
    [MemberData(nameof(SmallInputs))]
    public void Bytes_stream_and_file_inputs_read_alike_and_reading_is_deterministic(string name)
    {
        var bytes = HostileInputs.Bytes(HostileInputs.Named(name));
        var fromBytes = TableTextReader.Read(bytes, name);
        Assert.Equal(fromBytes, TableTextReader.Read(bytes, name));
        using (var stream = new MemoryStream(bytes)) Assert.Equal(fromBytes, TableTextReader.Read(stream, name));

        var path = Path.Combine(Path.GetTempPath(), "perfrules-corpus-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllBytes(path, bytes);
        try
        {
            Assert.Equal(fromBytes with { Source = path, Tables = fromBytes.Tables.Select(t => t with { Source = path }).ToValueList() }, TableTextReader.ReadFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("gbk-table", "台式机", "GB18030")]
    [InlineData("gb18030-table", "平台运营服务费", "GB18030")]
    [InlineData("utf16le-bom-table", "台式机", "UTF-16")]
    [InlineData("utf16be-table", "平台运营服务费", "UTF-16BE")]
    public void Other_encodings_read_the_same_table_with_I09(string name, string table, string encoding)
    {
        var result = Read(name);
        var i09 = Assert.Single(result.Findings);
        Assert.Equal((ImportRuleIds.EncodingDetected, Severity.Info), (i09.RuleId, i09.Severity));
        Assert.Contains("已按 " + encoding + " 解码", i09.Message, StringComparison.Ordinal);
        Assert.Equal(SeedTable(table).WithoutSourceInfo(), Assert.Single(result.Tables).WithoutSourceInfo());
    }

    [Theory]
    [InlineData("crlf-bom-table")]
    [InlineData("old-mac-line-ends")]
    public void Line_ends_and_bom_change_nothing(string name)
    {
        var result = Read(name);
        Assert.Empty(result.Findings);
        Assert.Equal(SeedTable("台式机").WithoutSourceInfo(), Assert.Single(result.Tables).WithoutSourceInfo());
    }

    [Fact]
    public void A_table_truncated_mid_row_keeps_the_half_row_as_an_indicator_with_empty_values()
    {
        var table = Assert.Single(Read("truncated-mid-row").Tables);
        Assert.Equal(13, table.Indicators.Count);
        var last = table.Indicators[^1];
        Assert.Equal(("产出指标", "质量指标", "设备购"), (last.Level1, last.Level2, last.Name));
        Assert.Equal((IndicatorValue.Empty, IndicatorValue.Empty), (last.HalfYear, last.FullYear));
        Assert.Equal(6m, table.Funding.Total);
    }

    [Fact]
    public void A_file_cut_inside_a_character_is_read_with_I10_on_the_cut_line()
    {
        var bytes = HostileInputs.Bytes(HostileInputs.Named("truncated-mid-character"));
        var result = Read("truncated-mid-character");
        var i10 = Assert.Single(result.Findings);
        Assert.Equal((ImportRuleIds.UnreadableInput, Severity.Error, 31), (i10.RuleId, i10.Severity, i10.Location.Line));
        Assert.Contains("第31行（文件第 " + (bytes.Length - 1) + " 字节起 1 个字节）不是有效的 UTF-8", i10.Message, StringComparison.Ordinal);
        Assert.Contains("截断", i10.Message, StringComparison.Ordinal);
        var table = Assert.Single(result.Tables);
        Assert.Equal("平台运营服务费", table.Name);
        Assert.Equal("平\uFFFD", table.Indicators[^1].Name);
        Assert.Equal("utf-8", result.Encoding);
    }

    [Fact]
    public void A_gbk_line_pasted_into_utf8_is_reported_on_its_line_and_the_rest_is_read()
    {
        var result = Read("gbk-line-in-utf8");
        Assert.NotEmpty(result.Findings);
        Assert.All(result.Findings, f =>
        {
            Assert.Equal((ImportRuleIds.UnreadableInput, 21), (f.RuleId, f.Location.Line));
            Assert.Contains("GBK", f.Message, StringComparison.Ordinal);
        });
        var table = Assert.Single(result.Tables);
        Assert.Equal(SeedTable("平台运营服务费").Indicators.Select(i => i.Name), table.Indicators.Select(i => i.Name));
        Assert.Contains(table.UnplacedLines, u => u.Line == 21 && u.Text.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("binary", "既不是 UTF-8 也不是 GB18030")]
    [InlineData("pdf-header", "既不是 UTF-8 也不是 GB18030")]
    [InlineData("xlsx-zip", "既不是 UTF-8 也不是 GB18030")]
    [InlineData("latin1", "既不是 UTF-8 也不是 GB18030")]
    [InlineData("nul-bytes", "NUL")]
    [InlineData("empty", "文件为空")]
    [InlineData("whitespace-only", "文件只有空白")]
    public void Refused_inputs_say_why(string name, string why)
    {
        var result = Read(name);
        var f = Assert.Single(result.Findings);
        Assert.Equal((ImportRuleIds.UnreadableInput, Severity.Error), (f.RuleId, f.Severity));
        Assert.StartsWith("无法读取：", f.Message, StringComparison.Ordinal);
        Assert.Contains(why, f.Message, StringComparison.Ordinal);
        Assert.True(result.IsUnreadable);
    }

    [Fact]
    public void A_title_alone_is_an_empty_table_not_an_error()
    {
        var table = Assert.Single(Read("title-only").Tables);
        Assert.Equal(("南京市市级项目预算绩效目标表", string.Empty, 0), (table.Title, table.Name, table.Indicators.Count));
        Assert.Equal(Funding.None, table.Funding);
    }

    [Fact]
    public void Shuffled_columns_keep_every_cell_and_still_read_the_indicator_block()
    {
        var table = Assert.Single(Read("columns-shuffled").Tables);
        Assert.Equal(9, table.UnplacedLines.Count);
        Assert.Equal(9, table.ImportFindings.Count(f => f.RuleId == ImportRuleIds.LineUnplaced));
        Assert.Contains(table.UnplacedLines, u => u.Text == "6\t资金总额");
    }

    [Fact]
    public void Numbers_beyond_decimal_are_kept_as_text_never_rounded()
    {
        var table = Assert.Single(Read("long-numbers").Tables);
        Assert.Null(table.Funding.Total);
        Assert.Equal(new string('9', 60), table.Funding.TotalText);
        Assert.Contains(table.Funding.Expenditures, e => e.Name == "79228162514264337593543950336");
        var count = table.Indicators.Single(i => i.Name == "设备购置数量");
        Assert.Equal("≥" + new string('9', 60) + "台", count.HalfYear.ToString());
        Assert.IsType<FreeTextValue>(count.HalfYear);
        Assert.Equal("=1e309台", count.FullYear.ToString());
        var huge = table.Indicators[^1];
        Assert.Equal(new string('1', 400), ((FreeTextValue)huge.HalfYear).Text);
    }

    [Fact]
    public void Control_and_invisible_characters_are_kept_verbatim()
    {
        var table = Assert.Single(Read("control-characters").Tables);
        Assert.Equal("台\u001b[31m式机", table.Name);
        Assert.Contains(table.Indicators, i => i.Name == "设备\u200b购置\u202e数量");
    }

    [Fact]
    public void A_10_MB_cell_is_over_the_cell_limit_and_its_line_is_kept_whole_with_I11()
    {
        var bytes = HostileInputs.Bytes(HostileInputs.Named("cell-10mb"));
        var result = Read("cell-10mb");
        Assert.Equal(6, result.Tables.Count);
        var table = result.Tables[0];
        Assert.Null(table.LongTermGoal);
        var i11 = Assert.Single(table.ImportFindings, f => f.RuleId == ImportRuleIds.LimitExceeded);
        Assert.Equal((Severity.Error, 18), (i11.Severity, i11.Location.Line));
        Assert.Contains("第18行第2格长度（字符） 3,495,298，超过上限 1,048,576（TableReaderOptions.MaxCellLength）", i11.Message, StringComparison.Ordinal);
        Assert.True(i11.Message.Length < 300, "the message quotes an excerpt");
        var kept = Assert.Single(table.UnplacedLines);
        Assert.Equal(18, kept.Line);
        Assert.StartsWith("中长期目标\t宁宁宁", kept.Text, StringComparison.Ordinal);
        Assert.EndsWith("OA系统功能完善, 重点企业服务效率提升; 开展服务进园区活动30场, 服务企业600家。", kept.Text, StringComparison.Ordinal);
        Assert.Equal(10 * 1024 * 1024 / 3, kept.Text.Count(c => c == '宁'));
        Assert.True(bytes.Length > 10_000_000);
    }

    [Fact]
    public void A_table_of_100k_rows_is_read_whole_at_the_default_row_limit()
    {
        var table = Assert.Single(Read("rows-100k").Tables);
        Assert.Equal(TableReaderOptions.DefaultMaxIndicatorRows, table.Indicators.Count);
        Assert.Equal(Enumerable.Range(1, 100_000), table.Indicators.Select(i => i.Row));
        Assert.DoesNotContain(table.ImportFindings, f => f.RuleId == ImportRuleIds.LimitExceeded);
        var last = table.Indicators[^1];
        Assert.Equal(("产出指标", "数量指标", "服务企业数99999（家）", "≥999家"), (last.Level1, last.Level2, last.Name, last.FullYear.ToString()));
    }

    [Fact]
    public void A_thousand_repeated_tables_are_a_thousand_equal_tables()
    {
        var result = Read("tables-1000");
        Assert.Equal(1000, result.Tables.Count);
        var first = result.Tables[0].WithoutSourceInfo();
        Assert.Equal(SeedTable("南京市工业和信息化发展专项资金").WithoutSourceInfo(), first);
        Assert.All(result.Tables, t => Assert.Equal(first, t.WithoutSourceInfo()));
        Assert.Equal(result.Tables.Select(t => t.Line).Distinct().Count(), result.Tables.Count);
    }

    [Fact]
    public void Indicator_headers_repeated_after_every_row_change_nothing()
    {
        var result = Read("headers-repeated");
        Assert.Equal(Seeds.Read(Seeds.File001).Tables.Select(t => t.WithoutSourceInfo()), result.Tables.Select(t => t.WithoutSourceInfo()));
    }

    [Fact]
    public void A_million_line_breaks_are_refused_by_the_line_limit_before_splitting()
    {
        var result = Read("lines-1m");
        var f = Assert.Single(result.Findings);
        Assert.Equal((ImportRuleIds.LimitExceeded, Severity.Error), (f.RuleId, f.Severity));
        Assert.Equal("超出上限：输入行数 1,000,001，超过上限 1,000,000（TableReaderOptions.MaxLines）；未读取任何内容；如确需读取，请调大该上限", f.Message);
        Assert.True(result.IsUnreadable);
    }

    [Fact]
    public void Ten_thousand_nested_paragraphs_strip_to_their_text()
    {
        var table = Assert.Single(Read("html-nested").Tables);
        Assert.StartsWith("文字\n到2030年，全市新型工业化取得显著进展", table.LongTermGoal, StringComparison.Ordinal);
        Assert.Contains(table.ImportFindings, f => f.RuleId == ImportRuleIds.HtmlStripped && f.Location.Field == "中长期目标");
    }

    [Fact]
    public void Utf16_without_bom_reads_all_seven_seed_tables()
    {
        var result = Read("utf16le-no-bom-large");
        Assert.Equal(Seeds.All.Select(t => t.WithoutSourceInfo()), result.Tables.Select(t => t.WithoutSourceInfo()));
        Assert.Equal("utf-16", result.Encoding);
    }

    [Fact]
    public void Committed_corpus_files_are_all_listed()
    {
        var files = Directory.GetFiles(HostileInputs.FilesFolder).Select(f => Path.GetFileNameWithoutExtension(f)!).OrderBy(f => f, StringComparer.Ordinal);
        var listed = HostileInputs.All.Select(i => i.Name).Where(n => Directory.GetFiles(HostileInputs.FilesFolder, n + ".*").Length == 1);
        Assert.Equal(files, listed.OrderBy(n => n, StringComparer.Ordinal));
    }
}
