using System;
using System.IO;
using System.Linq;
using System.Text;
using PerfRules.Findings;
using PerfRules.Import;

namespace PerfRules.Core.Tests.Import;

/// <summary>
/// The one entry (<see cref="TableFile"/>) and the stages every format shares (limits, decoding, I10/I11): the same
/// bytes give the same findings whether they arrive as text, CSV, a file or a stream.
/// </summary>
public class InputPipelineTests
{
    private const string Form =
        "南京市市级项目预算绩效目标表\n项目名称\t办公设备\n主管部门\t测试局\n实施单位\t测试中心\n项目资金(万元)\t年度资金总额\t10\n年度目标\t完成工作\n" +
        "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t采购数量\t≥10台\n";

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    /// <summary><paramref name="text"/> as UTF-8 with one byte that is not UTF-8 before <paramref name="marker"/>.</summary>
    private static byte[] WithBadByte(string text, string marker = "测试中心")
    {
        var bytes = Utf8(text).ToList();
        var at = Utf8(text.Substring(0, text.IndexOf(marker, StringComparison.Ordinal))).Length;
        bytes.Insert(at, 0xFF);
        return bytes.ToArray();
    }

    /// <summary>The form with a bad byte in the 实施单位 value (line 4).</summary>
    private static byte[] WithBadByte() => WithBadByte(Form);

    private static string Csv(string tabText) => string.Join("\n", tabText.Split('\n').Select(l => string.Join(",", l.Split('\t'))));

    [Fact]
    public void Utf16_without_a_bom_is_found_even_when_nearly_all_of_it_is_cjk()
    {
        // 14 CJK characters, a line break and six tildes: 42 bytes, one zero byte pair only from the line break.
        var bytes = new UnicodeEncoding(false, false).GetBytes("南京市市级项目预算绩效目标表\n~~~~~~");
        Assert.Equal(42, bytes.Length);

        var r = TableTextReader.Read(bytes, "x");

        Assert.Equal("utf-16", r.Encoding);
        Assert.Contains(r.Findings, f => f.RuleId == ImportRuleIds.EncodingDetected);
        Assert.Equal("南京市市级项目预算绩效目标表", Assert.Single(r.Tables).Title);
        Assert.Contains(r.AllFindings, f => f.RuleId == ImportRuleIds.LineUnplaced && f.Message.Contains("~~~~~~", StringComparison.Ordinal));
    }

    [Fact]
    public void Big_endian_utf16_without_a_bom_is_found_too()
    {
        var r = TableTextReader.Read(new UnicodeEncoding(true, false).GetBytes(Form), "x");
        Assert.Equal("utf-16be", r.Encoding);
        Assert.Equal(TableTextReader.Read(Form, "x").Tables, r.Tables);
    }

    [Fact]
    public void A_bom_does_not_turn_one_bad_byte_into_a_rejected_file()
    {
        var bare = TableTextReader.Read(WithBadByte(), "x");
        var withBom = TableTextReader.Read(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(WithBadByte()).ToArray(), "x");

        Assert.Equal("测试中心", Assert.Single(withBom.Tables).ImplementingUnit?.Replace("\uFFFD", string.Empty, StringComparison.Ordinal));
        Assert.Equal(bare.Tables, withBom.Tables);
        var i10 = Assert.Single(withBom.Findings, f => f.RuleId == ImportRuleIds.UnreadableInput);
        Assert.Equal(4, i10.Location.Line);
        Assert.Equal(bare.Findings.Select(f => (f.RuleId, f.Location.Line)), withBom.Findings.Select(f => (f.RuleId, f.Location.Line)));
    }

    [Fact]
    public void Csv_reports_a_bad_byte_as_I10_on_its_line_like_text_does()
    {
        var r = CsvTableReader.Read(WithBadByte(Csv(Form)), "x.csv");

        var i10 = Assert.Single(r.Findings, f => f.RuleId == ImportRuleIds.UnreadableInput);
        Assert.Equal(4, i10.Location.Line);
        Assert.Equal("办公设备", Assert.Single(r.Tables).Name);
    }

    [Fact]
    public void Csv_reads_no_further_than_the_limit_from_a_stream_that_cannot_seek()
    {
        var stream = new EndlessStream();
        var options = TableReaderOptions.Default with { MaxInputBytes = 100_000 };

        var r = CsvTableReader.Read(stream, "endless.csv", options);

        Assert.Empty(r.Tables);
        Assert.Equal(ImportRuleIds.LimitExceeded, Assert.Single(r.Findings).RuleId);
        Assert.Equal(100_001, stream.BytesRead);
    }

    [Theory]
    [InlineData(TableFileFormat.Text)]
    [InlineData(TableFileFormat.Csv)]
    [InlineData(TableFileFormat.Json)]
    public void Every_format_stops_a_stream_one_byte_past_the_limit(TableFileFormat format)
    {
        var stream = new EndlessStream();
        var r = TableFile.Read(stream, "endless", format, TableReaderOptions.Default with { MaxInputBytes = 5_000 });
        Assert.Equal(ImportRuleIds.LimitExceeded, Assert.Single(r.Findings).RuleId);
        Assert.Equal(5_001, stream.BytesRead);
    }

    [Fact]
    public void TableFile_reads_text_csv_and_json_of_the_same_table_to_the_same_model()
    {
        var folder = Directory.CreateTempSubdirectory("perfrules-tablefile-").FullName;
        try
        {
            var txt = Path.Combine(folder, "form.txt");
            var csv = Path.Combine(folder, "form.csv");
            var json = Path.Combine(folder, "form.json");
            File.WriteAllText(txt, Form);
            File.WriteAllText(csv, Csv(Form));
            var fromText = Assert.Single(TableFile.Read(txt).Tables);
            File.WriteAllText(json, PerfRules.Json.PerfRulesJson.Serialize(fromText));

            Assert.Equal((TableFileFormat.Text, TableFileFormat.Csv, TableFileFormat.Json, TableFileFormat.Workbook), (TableFile.FormatOf(txt), TableFile.FormatOf(csv), TableFile.FormatOf(json), TableFile.FormatOf("a.XLSX")));
            var fromCsv = Assert.Single(TableFile.Read(csv).Tables);
            Assert.Equal((fromText.Name, fromText.Department, fromText.ImplementingUnit, fromText.Funding.Total, fromText.AnnualGoal), (fromCsv.Name, fromCsv.Department, fromCsv.ImplementingUnit, fromCsv.Funding.Total, fromCsv.AnnualGoal));
            Assert.Equal(fromText.Indicators, fromCsv.Indicators);
            Assert.Equal(fromText, Assert.Single(TableFile.Read(json).Tables));

            var missing = TableFile.Read(Path.Combine(folder, "none.txt"));
            Assert.Equal((ImportRuleIds.UnreadableInput, "无法读取：文件不存在"), (Assert.Single(missing.Findings).RuleId, missing.Findings[0].Message));
            var broken = Path.Combine(folder, "broken.json");
            File.WriteAllText(broken, "{ \"name\": ");
            Assert.Contains("不是合法的 JSON", Assert.Single(TableFile.Read(broken).Findings).Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
