using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Tables;

namespace PerfRules.Core.Tests.Import;

public class CsvTableReaderTests
{
    [Theory]
    [InlineData(Seeds.File000)]
    [InlineData(Seeds.File001)]
    public void Seed_saved_as_csv_reads_to_the_same_tables_lines_and_findings_as_the_text(string file)
    {
        var text = Seeds.Read(file);
        var csv = CsvTableReader.Read(Encoding.UTF8.GetBytes(CsvText.FromTabSeparated(Seeds.Text(file))), "seed.csv");

        Assert.Equal(text.Tables.Count, csv.Tables.Count);
        for (var i = 0; i < text.Tables.Count; i++)
        {
            Assert.Equal(text.Tables[i] with { Source = "seed.csv" }, csv.Tables[i]);
        }

        Assert.Equal(text.Findings, csv.Findings);
        Assert.Equal("utf-8", csv.Encoding);
    }

    [Fact]
    public void Csv_with_bom_and_crlf_reads_like_without()
    {
        var body = CsvText.FromTabSeparated(Seeds.Text(Seeds.File001));
        var plain = CsvTableReader.Read(Encoding.UTF8.GetBytes(body.Replace("\r\n", "\n")), null);
        var bom = CsvTableReader.Read(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(body)).ToArray(), null);
        Assert.Equal(plain.Tables, bom.Tables);
        Assert.DoesNotContain(bom.Findings, f => f.RuleId == ImportRuleIds.EncodingDetected);
    }

    [Fact]
    public void Gb18030_csv_is_detected_with_I09_and_reads_the_same_model()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding(54936);
        var body = CsvText.FromTabSeparated(Seeds.Text(Seeds.File001));
        var utf8 = CsvTableReader.Read(Encoding.UTF8.GetBytes(body), null);
        var result = CsvTableReader.Read(gb.GetBytes(body), null);

        Assert.Equal("gb18030", result.Encoding);
        var i09 = Assert.Single(result.Findings, f => f.RuleId == ImportRuleIds.EncodingDetected);
        Assert.Contains("GB18030", i09.Message, System.StringComparison.Ordinal);
        Assert.Equal(utf8.Tables, result.Tables);
    }

    [Fact]
    public void Quoted_cell_with_comma_quote_and_line_break_is_one_cell_and_later_records_keep_their_start_line()
    {
        var csv = "南京市市级项目预算绩效目标表\n"
                  + "2026年度\n"
                  + "项目名称,,\"台式机, 含显示器\",,主管部门,南京市工业和信息化局\n"
                  + "年度目标,,\"第一段\n第二段，含\"\"引号\"\"\"\n"
                  + "项目类型,,一次性安排项目,,项目级次,市本级\n"
                  + "立项必要性,,<p>必要</p>\n";
        var result = CsvTableReader.Read(csv, "q.csv");

        var table = Assert.Single(result.Tables);
        Assert.Equal("台式机, 含显示器", table.Name);
        Assert.Equal("第一段\n第二段，含\"引号\"", table.AnnualGoal);
        Assert.Equal("一次性安排项目", table.ProjectType);
        Assert.Equal(7, Assert.Single(table.ImportFindings, f => f.RuleId == ImportRuleIds.HtmlStripped).Location.Line);
    }

    [Fact]
    public void Unterminated_quote_keeps_the_rest_in_the_cell_and_warns_with_I12_at_its_line()
    {
        var csv = "南京市市级项目预算绩效目标表\n2026年度\n项目名称,,台式机\n年度目标,,\"没有闭合\n后面的行\n";
        var result = CsvTableReader.Read(csv, null);

        var i12 = Assert.Single(result.Findings, f => f.RuleId == ImportRuleIds.CellConverted);
        Assert.Equal(Severity.Warning, i12.Severity);
        Assert.Equal(4, i12.Location.Line);
        Assert.Contains("第4行", i12.Message, System.StringComparison.Ordinal);
        Assert.Equal("没有闭合\n后面的行", Assert.Single(result.Tables).AnnualGoal);
    }

    [Fact]
    public void Semicolon_csv_is_split_on_semicolons()
    {
        var result = CsvTableReader.Read("南京市市级项目预算绩效目标表\n2026年度\n项目名称;;台式机;;主管部门;南京市工业和信息化局\n", null);
        var table = Assert.Single(result.Tables);
        Assert.Equal("台式机", table.Name);
        Assert.Equal("南京市工业和信息化局", table.Department);
    }

    [Theory]
    [InlineData("")]
    [InlineData(",,,\n,,\n")]
    public void Empty_csv_is_I10(string csv)
    {
        var result = CsvTableReader.Read(csv, "e.csv");
        Assert.True(result.IsUnreadable);
        Assert.Equal(ImportRuleIds.UnreadableInput, Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public void Missing_file_is_I10_not_an_exception()
    {
        var result = CsvTableReader.ReadFile("/no/such/file.csv");
        Assert.True(result.IsUnreadable);
        Assert.Contains("文件无法打开", result.Findings[0].Message, System.StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public Property Any_grid_written_as_csv_splits_back_to_the_same_cells()
    {
        var cell = Gen.Elements("", "a", "资金总额", ",", "\"", "x\"y", "line\nbreak", "cr\r\nlf", " 空格 ", "≥95%", "'")
            .ArrayOf().Select(parts => string.Concat(parts));
        var row = Gen.Choose(1, 5).SelectMany(n => cell.ArrayOf(n));
        var grid = Gen.Choose(1, 6).SelectMany(n => row.ArrayOf(n));
        return Prop.ForAll(grid.ToArbitrary(), rows =>
        {
            // A lone empty cell is a blank line, which CSV cannot tell from an empty record.
            if (rows.Any(r => r.Length == 1 && r[0].Length == 0)) return true;
            var csv = CsvText.Write(rows.Select(r => (System.Collections.Generic.IReadOnlyList<string>)r));
            var split = CsvRecords.Split(csv, ',', out var unterminated);
            return unterminated == 0
                   && split.Count == rows.Length
                   && split.Zip(rows).All(p => p.First.Cells.SequenceEqual(p.Second));
        });
    }
}
