using System;
using System.IO;
using System.Linq;
using System.Text;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Tables;

namespace PerfRules.Core.Tests.Import;

/// <summary>
/// <see cref="TableReaderOptions"/>: each limit at and just over its value, on every input path; what is over a
/// limit is refused whole or kept verbatim with an I11 finding, never dropped.
/// </summary>
public class ReaderLimitTests
{
    private static readonly string Seed000 = Seeds.Text(Seeds.File000);

    private static Finding SingleI11(TableReadResult r)
    {
        var f = Assert.Single(r.AllFindings, x => x.RuleId == ImportRuleIds.LimitExceeded);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.StartsWith("超出上限：", f.Message, StringComparison.Ordinal);
        return f;
    }

    [Fact]
    public void Defaults_are_64_MiB_a_million_lines_100k_rows_and_1_Mi_characters_per_cell()
    {
        var o = TableReaderOptions.Default;
        Assert.Equal((64L * 1024 * 1024, 1_000_000, 100_000, 1024 * 1024), (o.MaxInputBytes, o.MaxLines, o.MaxIndicatorRows, o.MaxCellLength));
        Assert.Equal(new TableReaderOptions(), o);
        Assert.Equal(int.MaxValue, TableReaderOptions.Unlimited.MaxCellLength);
    }

    [Fact]
    public void Limits_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableReaderOptions { MaxInputBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableReaderOptions { MaxLines = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableReaderOptions { MaxIndicatorRows = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => TableReaderOptions.Default with { MaxCellLength = 0 });
    }

    [Fact]
    public void Bytes_over_the_input_limit_are_refused_whole_and_at_the_limit_read()
    {
        var bytes = Encoding.UTF8.GetBytes(Seed000);
        var at = TableTextReader.Read(bytes, "x", TableReaderOptions.Default with { MaxInputBytes = bytes.Length });
        Assert.Single(at.Tables);

        var over = TableTextReader.Read(bytes, "x", TableReaderOptions.Default with { MaxInputBytes = bytes.Length - 1 });
        Assert.True(over.IsUnreadable);
        Assert.Empty(over.UnplacedLines);
        var f = SingleI11(over);
        Assert.Equal(
            "超出上限：输入大小（字节） " + bytes.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + "，超过上限 " +
            (bytes.Length - 1).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + "（TableReaderOptions.MaxInputBytes）；未读取任何内容；如确需读取，请调大该上限",
            f.Message);
        Assert.Equal(new[] { ("limit", "MaxInputBytes"), ("value", bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)) }, f.Arguments.Take(2).Select(a => (a.Name, a.Value)));
        Assert.Null(f.Location.Line);
    }

    [Fact]
    public void Text_input_is_measured_by_its_utf8_length()
    {
        // 10 characters, 30 UTF-8 bytes
        var text = new string('宁', 10);
        Assert.DoesNotContain(TableTextReader.Read(text, null, TableReaderOptions.Default with { MaxInputBytes = 30 }).AllFindings, f => f.RuleId == ImportRuleIds.LimitExceeded);
        Assert.Contains("输入大小（字节） 30，超过上限 29", SingleI11(TableTextReader.Read(text, null, TableReaderOptions.Default with { MaxInputBytes = 29 })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_endless_stream_is_refused_after_one_byte_over_the_limit()
    {
        using var endless = new EndlessStream();
        var r = TableTextReader.Read(endless, "pipe", TableReaderOptions.Default with { MaxInputBytes = 1_000_000 });
        Assert.True(r.IsUnreadable);
        Assert.Contains("MaxInputBytes", SingleI11(r).Message, StringComparison.Ordinal);
        Assert.InRange(endless.BytesRead, 1_000_001, 1_000_000 + 81_920);
    }

    [Fact]
    public void An_endless_text_reader_is_refused_after_the_limit()
    {
        using var endless = new EndlessReader();
        var r = TableTextReader.Read(endless, "pipe", TableReaderOptions.Default with { MaxInputBytes = 500_000 });
        Assert.True(r.IsUnreadable);
        Assert.Contains("MaxInputBytes", SingleI11(r).Message, StringComparison.Ordinal);
        Assert.InRange(endless.CharsRead, 500_001, 500_000 + 81_920);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_by_its_length_without_being_read()
    {
        var path = Path.Combine(Path.GetTempPath(), "perfrules-huge-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            using (var f = File.Create(path)) f.SetLength(100L * 1024 * 1024 * 1024); // 100 GiB, sparse: reading it would fail or take minutes
            var r = TableTextReader.ReadFile(path);
            Assert.True(r.IsUnreadable);
            Assert.Contains("输入大小（字节） 107,374,182,400，超过上限 67,108,864", SingleI11(r).Message, StringComparison.Ordinal);
            Assert.Equal(path, r.Source);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Lines_over_the_limit_are_refused_whole_and_at_the_limit_read()
    {
        var lines = Seed000.Split('\n').Length;
        Assert.Single(TableTextReader.Read(Seed000, null, TableReaderOptions.Default with { MaxLines = lines }).Tables);
        var over = TableTextReader.Read(Seed000, null, TableReaderOptions.Default with { MaxLines = lines - 1 });
        Assert.True(over.IsUnreadable);
        Assert.Contains("输入行数 " + lines + "，超过上限 " + (lines - 1) + "（TableReaderOptions.MaxLines）", SingleI11(over).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\nb\nc", 3)]
    [InlineData("a\nb\nc\n", 3)]
    [InlineData("a\r\nb\r\nc\r\n\r\n", 4)]
    [InlineData("a\rb\r\rc", 4)]
    [InlineData("\uFEFFa\n\n", 2)]
    public void Lines_are_counted_as_the_reader_splits_them(string text, int lines)
    {
        Assert.Equal(lines, SourceLine.Split(text).Count);
        Assert.Equal(lines, ReadLimits.CountLines(text, 0));
    }

    [Fact]
    public void Indicator_rows_over_the_limit_are_kept_as_unplaced_lines_with_one_I11()
    {
        var full = Assert.Single(TableTextReader.Read(Seed000, null).Tables);
        Assert.Equal(38, full.Indicators.Count);
        var result = TableTextReader.Read(Seed000, null, TableReaderOptions.Default with { MaxIndicatorRows = 20 });
        var table = Assert.Single(result.Tables);

        Assert.Equal(full.Indicators.Take(20), table.Indicators);
        var cutLines = full.Indicators.Skip(20).Select(i => i.Line!.Value).ToArray();
        Assert.Equal(cutLines, table.UnplacedLines.Select(u => u.Line));
        Assert.Equal(Seed000.Split('\n')[cutLines[0] - 1].Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0), table.UnplacedLines[0].Text.Split('\t'));
        var f = SingleI11(result);
        Assert.Equal(("绩效指标", cutLines[0]), (f.Location.Field, f.Location.Line));
        Assert.Equal(
            "超出上限：表「南京市工业和信息化发展专项资金」的指标行数 38，超过上限 20（TableReaderOptions.MaxIndicatorRows）；第21行起的 18 行指标（源文件第" + cutLines[0] + "–" + cutLines[^1] + "行）未读入，已原样保留为未归位行",
            f.Message);
        Assert.DoesNotContain(table.ImportFindings, x => x.Location.Row > 20);
        NothingLost.Check(Seed000, result);
    }

    [Fact]
    public void A_cell_over_the_limit_keeps_its_line_whole_and_at_the_limit_is_read()
    {
        var lines = Seed000.Split('\n');
        var longest = lines.SelectMany(l => l.Split('\t')).Max(c => c.Trim().Length);
        var longLine = Array.FindIndex(lines, l => l.Split('\t').Any(c => c.Trim().Length == longest)) + 1;
        var label = lines[longLine - 1].Split('\t')[0];
        var at = TableTextReader.Read(Seed000, null, TableReaderOptions.Default with { MaxCellLength = longest });
        Assert.Equal(TableTextReader.Read(Seed000, null), at);

        var over = TableTextReader.Read(Seed000, null, TableReaderOptions.Default with { MaxCellLength = longest - 1 });
        var table = Assert.Single(over.Tables);
        var f = SingleI11(over);
        Assert.Equal(longLine, f.Location.Line);
        var kept = Assert.Single(table.UnplacedLines);
        Assert.Equal(longLine, kept.Line);
        Assert.Contains("第" + longLine + "行第3格长度（字符） " + longest.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + "，超过上限 ", f.Message, StringComparison.Ordinal);
        Assert.Equal("立项必要性", label);
        Assert.Null(table.Necessity);
        Assert.StartsWith(label + "\t", kept.Text, StringComparison.Ordinal);
        NothingLost.Check(Seed000, over);
    }

    [Fact]
    public void A_long_cell_before_the_first_table_is_kept_at_the_top_level()
    {
        var text = new string('x', 100) + "\n" + Seed000;
        var r = TableTextReader.Read(text, null, TableReaderOptions.Default with { MaxCellLength = 99 });
        Assert.Equal(1, Assert.Single(r.Findings, f => f.RuleId == ImportRuleIds.LimitExceeded).Location.Line);
        Assert.Equal(new string('x', 100), Assert.Single(r.UnplacedLines).Text);
        Assert.Single(r.Tables);
        NothingLost.Check(text, r);
    }

    [Fact]
    public void Unlimited_reads_what_the_defaults_refuse()
    {
        var huge = Seed000.Replace("中长期目标\t\t", "中长期目标\t\t" + new string('宁', 2_000_000), StringComparison.Ordinal);
        Assert.Contains(TableTextReader.Read(huge, null).AllFindings, f => f.RuleId == ImportRuleIds.LimitExceeded);
        var table = Assert.Single(TableTextReader.Read(huge, null, TableReaderOptions.Unlimited).Tables);
        Assert.StartsWith(new string('宁', 2_000_000), table.LongTermGoal, StringComparison.Ordinal);
    }

    private sealed class EndlessReader : TextReader
    {
        public long CharsRead { get; private set; }

        public override int Read(char[] buffer, int index, int count)
        {
            buffer.AsSpan(index, count).Fill('宁');
            CharsRead += count;
            return count;
        }
    }
}
