using System;
using System.IO;
using System.Linq;
using System.Text;
using PerfRules.Findings;
using PerfRules.Import;

namespace PerfRules.Core.Tests.Import;

/// <summary>Bad input gets a clear finding, never an exception and never a silent drop. Inputs are generated here, not committed.</summary>
public class BadInputTests
{
    private static readonly string Seed = Seeds.Text(Seeds.File001);

    [Fact]
    public void Empty_file_is_I10_empty()
    {
        var r = TableTextReader.Read(Array.Empty<byte>(), "empty.txt");
        Assert.True(r.IsUnreadable);
        var f = Assert.Single(r.Findings);
        Assert.Equal((ImportRuleIds.UnreadableInput, Severity.Error), (f.RuleId, f.Severity));
        Assert.Contains("文件为空", f.Message, StringComparison.Ordinal);
        Assert.Equal("empty.txt", r.Source);
    }

    [Fact]
    public void Whitespace_only_is_I10()
    {
        var r = TableTextReader.Read("\n \t\r\n\n", "blank.txt");
        Assert.Contains("只有空白", Assert.Single(r.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_content_is_I10_and_nothing_is_read()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 256)).ToArray();
        var r = TableTextReader.Read(bytes, "image.png");
        Assert.True(r.IsUnreadable);
        Assert.Equal(ImportRuleIds.UnreadableInput, Assert.Single(r.Findings, f => f.Severity == Severity.Error).RuleId);
        Assert.Empty(r.Tables);
    }

    [Fact]
    public void Nul_bytes_in_otherwise_valid_utf8_are_binary()
    {
        var r = TableTextReader.Read(Encoding.UTF8.GetBytes("项目名称\t台式机\0\0\0\0"), null);
        Assert.Contains("NUL", Assert.Single(r.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_without_title_or_project_name_is_I10_with_every_line_kept_unplaced()
    {
        const string text = "这是一份会议纪要\n第二行\t有两格\n\n最后一行";
        var r = TableTextReader.Read(text, "notes.txt");
        Assert.Empty(r.Tables);
        Assert.Contains(r.Findings, f => f.RuleId == ImportRuleIds.UnreadableInput && f.Message.Contains("项目名称", StringComparison.Ordinal));
        Assert.Equal(new[] { 1, 2, 4 }, r.UnplacedLines.Select(u => u.Line));
        Assert.Equal("第二行\t有两格", r.UnplacedLines[1].Text);
        Assert.Equal(new int?[] { 1, 2, 4 }, r.Findings.Where(f => f.RuleId == ImportRuleIds.LineUnplaced).Select(f => f.Location.Line));
        Assert.All(r.Findings.Where(f => f.RuleId == ImportRuleIds.LineUnplaced), f => Assert.Equal(Severity.Warning, f.Severity));
        NothingLost.Check(text, r);
    }

    [Fact]
    public void File_without_titles_starts_a_table_at_each_project_name()
    {
        var text = string.Join("\n", Seed.Split('\n').Where(l => !l.StartsWith("南京市市级项目预算绩效目标表", StringComparison.Ordinal)));
        var r = TableTextReader.Read(text, null);
        Assert.Equal(6, r.Tables.Count);
        Assert.All(r.Tables, t => Assert.Null(t.Title));
        Assert.Equal(new[] { 15, 19, 15, 15, 13, 15 }, r.Tables.Select(t => t.Indicators.Count));
        Assert.Equal(2026, r.Tables[1].Year);
    }

    [Fact]
    public void A_10_MB_line_is_read_without_trouble_and_kept_when_the_cell_limit_allows_it()
    {
        // Above the default 1 Mi cell limit (TableReaderOptions); Corpus/LimitTests covers the default.
        var huge = new string('宁', 10 * 1024 * 1024);
        var text = Seed.Replace("中长期目标\tOA系统功能完善", "中长期目标\t" + huge + "OA系统功能完善", StringComparison.Ordinal)
            + "\n垃圾\t" + huge + "\n";
        var r = TableTextReader.Read(text, null, TableReaderOptions.Default with { MaxCellLength = 16 * 1024 * 1024 });
        Assert.StartsWith(huge, r.Tables[0].LongTermGoal, StringComparison.Ordinal);
        var last = r.Tables[^1];
        var unplaced = Assert.Single(last.UnplacedLines);
        Assert.Equal(huge.Length + 3, unplaced.Text.Length);
        var i06 = Assert.Single(last.ImportFindings, f => f.RuleId == ImportRuleIds.LineUnplaced);
        Assert.True(i06.Message.Length < 200, "the message quotes an excerpt, the unplaced line keeps the text");
    }

    [Fact]
    public void Windows_line_endings_read_the_same_as_unix()
    {
        var unix = TableTextReader.Read(Seed, "x");
        var windows = TableTextReader.Read(Seed.Replace("\n", "\r\n", StringComparison.Ordinal), "x");
        Assert.Equal(unix, windows);
    }

    [Fact]
    public void Old_mac_line_endings_read_the_same_as_unix() =>
        Assert.Equal(TableTextReader.Read(Seed, "x"), TableTextReader.Read(Seed.Replace("\n", "\r", StringComparison.Ordinal), "x"));

    [Fact]
    public void Utf8_bom_is_dropped_without_a_finding()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Seed)).ToArray();
        var r = TableTextReader.Read(bytes, "x");
        Assert.Empty(r.Findings);
        Assert.Equal(TableTextReader.Read(Seed, "x").Tables, r.Tables);
    }

    [Fact]
    public void Bom_inside_a_string_input_is_dropped_too() =>
        Assert.Equal(TableTextReader.Read(Seed, "x").Tables, TableTextReader.Read("\uFEFF" + Seed, "x").Tables);

    [Theory]
    [InlineData("utf-16", true)]
    [InlineData("utf-16be", true)]
    [InlineData("utf-16", false)]
    public void Utf16_with_or_without_bom_is_decoded_with_I09(string encoding, bool bom)
    {
        var enc = encoding == "utf-16" ? new UnicodeEncoding(false, bom) : new UnicodeEncoding(true, bom);
        var bytes = enc.GetPreamble().Concat(enc.GetBytes(Seed)).ToArray();
        var r = TableTextReader.Read(bytes, "x");
        Assert.Equal(TableTextReader.Read(Seed, "x").Tables, r.Tables);
        var i09 = Assert.Single(r.Findings);
        Assert.Equal((ImportRuleIds.EncodingDetected, Severity.Info), (i09.RuleId, i09.Severity));
        Assert.Contains(encoding.ToUpperInvariant(), i09.Message, StringComparison.Ordinal);
        Assert.Equal(encoding, r.Encoding);
    }

    [Fact]
    public void Gb18030_bytes_are_decoded_with_I09()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(Seed);
        var r = TableTextReader.Read(bytes, "gb.txt");
        Assert.Equal(TableTextReader.Read(Seed, "gb.txt").Tables, r.Tables);
        var i09 = Assert.Single(r.Findings);
        Assert.Equal(ImportRuleIds.EncodingDetected, i09.RuleId);
        Assert.Contains("GB18030", i09.Message, StringComparison.Ordinal);
        Assert.Equal("gb18030", r.Encoding);
    }

    [Fact]
    public void Bytes_that_are_neither_utf8_nor_gb18030_are_I10()
    {
        // 0x80 alone is not a GB18030 lead byte, and not valid UTF-8.
        var r = TableTextReader.Read(new byte[] { 0x80, 0x80, 0x41, 0x80 }, "bad.txt");
        Assert.True(r.IsUnreadable);
        Assert.Contains("GB18030", Assert.Single(r.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_I10_not_an_exception()
    {
        var r = TableTextReader.ReadFile(Path.Combine(Path.GetTempPath(), "perfrules-does-not-exist", "x.txt"));
        Assert.True(r.IsUnreadable);
        Assert.Contains("文件无法打开", Assert.Single(r.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comment_header_lines_are_I07_and_junk_before_the_first_table_is_I06()
    {
        // 报表编号:… before the title is a header field of the table that follows (01-qingshen); "@@ 0x1F" is junk.
        var text = "# source: somewhere\n#   rebuilt by hand\n报表编号:510000\n@@ 0x1F\t##\n" + Seed;
        var r = TableTextReader.Read(text, null);
        Assert.Equal(new int?[] { 1, 2 }, r.Findings.Where(f => f.RuleId == ImportRuleIds.CommentSkipped).Select(f => f.Location.Line));
        Assert.Equal(new[] { 4 }, r.UnplacedLines.Select(u => u.Line));
        Assert.Equal(4, Assert.Single(r.Findings, f => f.RuleId == ImportRuleIds.LineUnplaced).Location.Line);
        Assert.Equal(6, r.Tables.Count);
        Assert.Contains(new PerfRules.Tables.HeaderField("报表编号", "510000", 3), r.Tables[0].OtherFields);
        NothingLost.Check(text, r);
    }

    [Fact]
    public void Stream_and_text_reader_inputs_read_like_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes(Seed);
        using var stream = new MemoryStream(bytes);
        using var reader = new StringReader(Seed);
        Assert.Equal(TableTextReader.Read(bytes, "s").Tables, TableTextReader.Read(stream, "s").Tables);
        Assert.Equal(TableTextReader.Read(bytes, "s").Tables, TableTextReader.Read(reader, "s").Tables);
    }

    [Fact]
    public void Random_garbage_never_throws_and_loses_nothing()
    {
        var random = new Random(12345);
        var alphabet = "\t\n项目名称资金总额支出一级指标二级指标三级指标南京市市级项目预算绩效目标表2026年度序时进度 0123456789.<p></p>&amp;效益指标经济效益指标（）()≥%";
        for (var n = 0; n < 300; n++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 400)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            var text = new string(chars);
            var r = TableTextReader.Read(text, null);
            if (r.Tables.Count > 0 || r.UnplacedLines.Count > 0) NothingLost.Check(text, r);
        }
    }
}
