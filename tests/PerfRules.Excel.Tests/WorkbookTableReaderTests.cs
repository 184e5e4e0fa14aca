using System;
using System.IO;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Tables;

namespace PerfRules.Excel.Tests;

public class WorkbookTableReaderTests
{
    private static double Serial(int year, int month, int day) => (new DateTime(year, month, day) - new DateTime(1899, 12, 30)).TotalDays;

    [Theory]
    [InlineData(Seeds.File000)]
    [InlineData(Seeds.File001)]
    public void Seed_exported_as_workbook_with_merged_labels_reads_to_the_same_tables_as_the_text(string file)
    {
        var text = Seeds.Read(file);
        var bytes = WorkbookWriter.Write(WorkbookWriter.FromTabSeparated("绩效目标表", Seeds.Text(file)));

        var book = WorkbookTableReader.Read(bytes, "seed.xlsx");

        Assert.Equal(text.Tables.Count, book.Tables.Count);
        for (var i = 0; i < text.Tables.Count; i++)
        {
            Assert.Equal(text.Tables[i] with { Source = "seed.xlsx" }, Seeds.WithoutCells(book.Tables[i]));
        }

        Assert.Equal(text.Findings, book.Findings);
    }

    [Fact]
    public void I01_for_a_merged_label_names_the_merged_range_that_covers_its_rows()
    {
        var sheet = WorkbookWriter.FromTabSeparated("绩效目标表", Seeds.Text(Seeds.File001));
        var book = WorkbookTableReader.Read(WorkbookWriter.Write(sheet), "seed.xlsx");

        var i01 = book.Tables.SelectMany(t => t.ImportFindings).Where(f => f.RuleId == ImportRuleIds.MergedCellFilledDown).ToList();
        Assert.NotEmpty(i01);
        Assert.All(i01, f =>
        {
            Assert.StartsWith("'绩效目标表'!", f.Location.Cell, StringComparison.Ordinal); // every reference names its sheet
            var local = f.Location.Cell!.Substring("'绩效目标表'!".Length);
            var range = CellRange.Parse(local);
            Assert.NotNull(range);
            Assert.Contains(local, sheet.Merges);
            Assert.True(range!.FirstRow < f.Location.Line && range.LastRow >= f.Location.Line, f.ToString());
        });

        // 台式机's 决策 label: written on its first indicator row, merged down over the 项目立项 … rows.
        var desktop = book.Tables.Single(t => t.Name == "台式机");
        var decision = desktop.ImportFindings.First(f => f.RuleId == ImportRuleIds.MergedCellFilledDown && f.Arguments.Any(a => a.Value == "决策"));
        var first = desktop.Indicators.First(i => i.Level1 == "决策");
        Assert.Equal("'绩效目标表'!A" + first.Line + ":A" + desktop.Indicators.Last(i => i.Level1 == "决策").Line, decision.Location.Cell);
    }

    [Fact]
    public void Date_serials_in_date_formatted_cells_read_as_dates_with_I12_naming_cell_and_stored_value()
    {
        var sheet = WorkbookWriter.FromTabSeparated("绩效目标表", Seeds.Text(Seeds.File000));
        var (row, startColumn) = Find(sheet, "2026年1月");
        var (_, endColumn) = Find(sheet, "2026年12月");
        sheet.Set(row, startColumn, TestCell.Num(Serial(2026, 1, 1), WorkbookWriter.YearMonth));
        sheet.Set(row, endColumn, TestCell.Num(Serial(2026, 12, 1), WorkbookWriter.YearMonth));

        var book = WorkbookTableReader.Read(WorkbookWriter.Write(sheet), "dates.xlsx");
        var table = Assert.Single(book.Tables);

        Assert.Equal("2026年1月", table.StartTime);
        Assert.Equal("2026年12月", table.EndTime);
        var i12 = table.ImportFindings.Where(f => f.RuleId == ImportRuleIds.CellConverted).ToList();
        Assert.Equal(2, i12.Count);
        Assert.Equal(CellReference.Format(row, startColumn, "绩效目标表"), i12[0].Location.Cell);
        Assert.Equal(row, i12[0].Location.Line);
        Assert.Equal(Severity.Info, i12[0].Severity);
        Assert.Contains("46023", i12[0].Message, StringComparison.Ordinal);
        Assert.Contains("日期序列号", i12[0].Message, StringComparison.Ordinal);
        Assert.Contains("2026年1月", i12[0].Message, StringComparison.Ordinal);
        Assert.Equal("46023", i12[0].Arguments.Single(a => a.Name == "value").Value);

        // Apart from the two conversions, the same table as the text.
        var expected = Seeds.Read(Seeds.File000).Tables[0] with { Source = "dates.xlsx" };
        Assert.Equal(expected, Seeds.WithoutCells(table) with { ImportFindings = table.ImportFindings.Where(f => f.RuleId != ImportRuleIds.CellConverted).Select(f => f with { Location = f.Location with { Cell = null } }).ToValueList() });
    }

    [Theory]
    [InlineData(WorkbookWriter.ShortDate, 46203.0, false, "2026年6月30日")]
    [InlineData(WorkbookWriter.ShortDate, 44741.0, true, "2026年6月30日")]
    [InlineData(WorkbookWriter.Percent, 0.95, false, "95%")]
    [InlineData(WorkbookWriter.Percent2, 0.955, false, "95.5%")]
    [InlineData(WorkbookWriter.CountOfJia, 200.0, false, "200家")]
    [InlineData(WorkbookWriter.General, 54.609999999999999, false, "54.61")]
    [InlineData(WorkbookWriter.General, 0.30000000000000004, false, "0.3")]
    public void Indicator_value_cells_read_as_Excel_shows_them(uint style, double stored, bool date1904, string expected)
    {
        var sheet = new TestSheet("表")
            .Set(1, 1, TestCell.Of("南京市市级项目预算绩效目标表"))
            .Set(2, 1, TestCell.Of("项目名称")).Set(2, 3, TestCell.Of("测试"))
            .Set(3, 1, TestCell.Of("一级指标")).Set(3, 2, TestCell.Of("二级指标")).Set(3, 3, TestCell.Of("三级指标")).Set(3, 4, TestCell.Of("半年(程) 指标值")).Set(3, 5, TestCell.Of("全年(程) 指标值"))
            .Set(4, 1, TestCell.Of("产出指标")).Set(4, 2, TestCell.Of("数量指标")).Set(4, 3, TestCell.Of("服务企业数")).Set(4, 4, TestCell.Of("序时进度")).Set(4, 5, TestCell.Num(stored, style));

        var table = Assert.Single(WorkbookTableReader.Read(WorkbookWriter.Write(date1904, sheet), null).Tables);
        Assert.Equal(expected, table.Indicators.Single().FullYear.ToString());
        Assert.Equal(style is WorkbookWriter.ShortDate, table.ImportFindings.Any(f => f.RuleId == ImportRuleIds.CellConverted && f.Location.Cell == "'表'!E4"));
    }

    [Fact]
    public void Inline_strings_and_rich_text_read_like_shared_strings()
    {
        var sheet = new TestSheet("表")
            .Set(1, 1, TestCell.Of("南京市市级项目预算绩效目标表"))
            .Set(2, 1, new TestCell("项目名称", Inline: true)).Set(2, 3, new TestCell("  台式机 ", Inline: true));
        var table = Assert.Single(WorkbookTableReader.Read(WorkbookWriter.Write(sheet), null).Tables);
        Assert.Equal("台式机", table.Name);
    }

    [Fact]
    public void A_value_hidden_under_a_merged_range_is_blanked_as_Excel_shows_it_and_reported()
    {
        var sheet = new TestSheet("表")
            .Set(1, 1, TestCell.Of("南京市市级项目预算绩效目标表"))
            .Set(2, 1, TestCell.Of("项目名称")).Set(2, 3, TestCell.Of("台式机")).Set(2, 4, TestCell.Of("台式机（旧名）"));
        sheet.Merges.Add("C2:D2");

        var result = WorkbookTableReader.Read(WorkbookWriter.Write(sheet), null);
        var table = Assert.Single(result.Tables);
        Assert.Equal("台式机", table.Name);
        var i12 = Assert.Single(table.ImportFindings, f => f.RuleId == ImportRuleIds.CellConverted);
        Assert.Equal("'表'!D2", i12.Location.Cell);
        Assert.Contains("台式机（旧名）", i12.Message, StringComparison.Ordinal);
        Assert.Contains("C2:D2", i12.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_sheet_without_a_table_is_kept_as_unplaced_text_with_one_I06_and_references_name_the_sheet()
    {
        var form = WorkbookWriter.FromTabSeparated("目标表", Seeds.Text(Seeds.File001), Seeds.DesktopLines.First, Seeds.DesktopLines.Last);
        var lookup = new TestSheet("下拉列表").Set(1, 1, TestCell.Of("常年安排项目")).Set(2, 1, TestCell.Of("一次性安排项目"));

        var result = WorkbookTableReader.Read(WorkbookWriter.Write(form, lookup), "two.xlsx");

        var table = Assert.Single(result.Tables);
        Assert.Equal("台式机", table.Name);
        var i06 = Assert.Single(result.Findings, f => f.RuleId == ImportRuleIds.LineUnplaced);
        Assert.Equal(Severity.Warning, i06.Severity);
        Assert.Contains("下拉列表", i06.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "常年安排项目", "一次性安排项目" }, result.UnplacedLines.Select(u => u.Text));
        Assert.All(table.ImportFindings.Where(f => f.Location.Cell is not null), f => Assert.StartsWith("'目标表'!", f.Location.Cell, StringComparison.Ordinal));
    }

    [Fact]
    public void Committed_samples_read_to_the_seed_table()
    {
        var seed = Seeds.Read(Seeds.File001).Tables.Single(t => t.Name == "台式机").WithoutSourceInfo();
        var xlsx = WorkbookTableReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "samples", "excel", "台式机.xlsx"));
        var csv = CsvTableReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "samples", "csv", "台式机.csv"));

        Assert.Equal(seed, Assert.Single(xlsx.Tables).WithoutSourceInfo());
        Assert.Equal(seed, Assert.Single(csv.Tables).WithoutSourceInfo());
        Assert.Empty(xlsx.Findings);
        Assert.Empty(csv.Findings);
    }

    [Theory]
    [InlineData(new byte[0], "文件为空")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, "另存为 .xlsx")]
    [InlineData(new byte[] { (byte)'a', (byte)'b', (byte)'c' }, "不是 .xlsx 工作簿")]
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3, 4, 0, 0, 0, 0 }, "不是可读取的 .xlsx 工作簿")]
    public void Bytes_that_are_no_workbook_are_I10_with_the_reason(byte[] bytes, string reason)
    {
        var result = WorkbookTableReader.Read(bytes, "bad.xlsx");
        Assert.True(result.IsUnreadable);
        var i10 = Assert.Single(result.Findings);
        Assert.Equal(ImportRuleIds.UnreadableInput, i10.RuleId);
        Assert.Contains(reason, i10.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_I10_not_an_exception()
    {
        var result = WorkbookTableReader.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N") + ".xlsx"));
        Assert.True(result.IsUnreadable);
    }

    [Fact]
    public void Non_seekable_stream_reads_like_bytes()
    {
        var bytes = WorkbookWriter.Write(WorkbookWriter.FromTabSeparated("表", Seeds.Text(Seeds.File001), Seeds.DesktopLines.First, Seeds.DesktopLines.Last));
        using var stream = new ForwardOnlyStream(bytes);
        Assert.Equal(WorkbookTableReader.Read(bytes, "x").Tables, WorkbookTableReader.Read(stream, "x").Tables);
    }

    private static (int Row, int Column) Find(TestSheet sheet, string text)
    {
        foreach (var (row, cells) in sheet.Cells)
        {
            foreach (var (column, cell) in cells)
            {
                if (cell.Text?.Trim() == text) return (row, column);
            }
        }

        throw new InvalidOperationException(text + " not found");
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
