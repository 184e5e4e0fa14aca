using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PerfRules.Checks;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Rules;
using PerfRules.Tables;

namespace PerfRules.Excel.Tests;

/// <summary>
/// Every finding on a table read from a workbook — the reader's and the rules' — names its sheet and cell: an indicator
/// finding the 三级 name or the value cell it is about, a header field its value cell, the table as a whole its range.
/// Text and CSV tables keep their line locations; the same table read as text and as a workbook has the same findings
/// but for the cell.
/// </summary>
public class FindingCellTests
{
    private const string Sheet = "'绩效目标表'!";

    private static readonly RuleEngine Engine = RuleEngine.Create();

    private static string Workbook(string name) => Path.Combine(AppContext.BaseDirectory, "Workbooks", name);

    [Fact]
    public void Rule_findings_on_the_LibreOffice_xls_name_the_cells_they_are_about()
    {
        var table = WorkbookTableReader.ReadFile(Workbook("libreoffice.xls")).Tables.Single();

        var findings = Engine.Check(table).Where(f => f.Severity >= Severity.Warning && !f.RuleId.StartsWith('I')).Select(f => (f.RuleId, f.Location.Field, f.Location.Cell)).ToList();

        // 预算执行率 (row 25): =100% saved by LibreOffice as 1 in both value cells; 项目负责人/联系电话 (D6) left blank, so E6.
        Assert.Equal(new (string, string?, string?)[]
        {
            ("S07", null, Sheet + "A1:E32"),
            ("S08", null, Sheet + "A1:E32"),
            ("S09", TableField.Contact, Sheet + "E6"),
            ("S10", null, Sheet + "A1:E32"),
            ("V04", CellColumns.HalfYear, Sheet + "D25"),
            ("V04", CellColumns.FullYear, Sheet + "E25"),
            ("C04", TableField.AnnualGoal, Sheet + "B16"),
            ("F06", null, Sheet + "C25"),
        }, findings);
    }

    [Theory]
    [InlineData("openpyxl.xlsx")]
    [InlineData("libreoffice.xlsx")]
    [InlineData("libreoffice.xls")]
    public void Every_finding_of_a_real_tool_workbook_names_sheet_and_cell(string file)
    {
        var result = WorkbookTableReader.ReadFile(Workbook(file));
        var table = result.Tables.Single();

        var all = result.Findings.Where(f => f.Location != FindingLocation.Table).Concat(Engine.Check(table)).ToList();
        Assert.All(all, f => AssertNamesSheetAndCell(f));
        Assert.Equal(Sheet + "A1:E32", Engine.Check(table).First(f => f.RuleId == "S07").Location.Cell);
        Assert.Contains(all, f => f.RuleId == ImportRuleIds.LayoutRecognised && f.Location.Cell == Sheet + "A1");
    }

    [Fact]
    public void The_same_table_read_as_csv_keeps_its_line_locations_and_the_workbook_adds_the_cell()
    {
        var csv = CsvTableReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "samples", "csv", "台式机.csv")).Tables.Single();
        var book = WorkbookTableReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "samples", "excel", "台式机.xlsx")).Tables.Single();

        var fromCsv = Engine.Check(csv).Where(f => !f.RuleId.StartsWith('I')).ToList();
        var fromBook = Engine.Check(book).Where(f => !f.RuleId.StartsWith('I')).ToList();

        Assert.All(fromCsv, f => Assert.Null(f.Location.Cell));
        Assert.Null(csv.Worksheet);
        Assert.Equal(fromCsv, fromBook.Select(f => f with { Location = f.Location with { Cell = null } }));
        Assert.All(fromBook, f => AssertNamesSheetAndCell(f));
    }

    /// <summary>The seeds and the real tables of samples/real, each a tab-separated text.</summary>
    public static IEnumerable<object[]> TextTables() =>
        new[] { Seeds.File000, Seeds.File001 }
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples", "real"), "*.txt").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).Select(f => "real/" + f))
            .Select(f => new object[] { f! });

    [Theory]
    [MemberData(nameof(TextTables))]
    public void Tables_as_workbooks_have_the_findings_of_the_text_plus_the_cell_of_each(string file)
    {
        var text = Seeds.Read(file);
        var sheet = WorkbookWriter.FromTabSeparated("绩效目标表", Seeds.Text(file));
        var book = WorkbookTableReader.Read(WorkbookWriter.Write(sheet), "seed.xlsx");
        Assert.Equal(text.Tables.Count, book.Tables.Count);

        for (var t = 0; t < text.Tables.Count; t++)
        {
            var expected = Engine.Check(text.Tables[t]);
            var actual = Engine.Check(book.Tables[t]);
            Assert.Equal(expected.Select(f => (f.RuleId, f.Location with { Cell = null }, f.Message)), actual.Select(f => (f.RuleId, f.Location with { Cell = null }, f.Message)));
            Assert.All(actual, f => AssertNamesSheetAndCell(f));
            Assert.All(Rules.Scoring.Scorer.Score(book.Tables[t], (Actuals.TableActuals?)null, null).Findings, f => AssertNamesSheetAndCell(f));
            foreach (var f in actual.Where(f => f.Location.Row is not null && f.RuleId[0] != 'I'))
            {
                // An indicator finding's cell is on the indicator's row: its 三级 name, or the value cell it names.
                var indicator = book.Tables[t].Indicators.Single(i => i.Row == f.Location.Row);
                Assert.True(CellReference.TryParseQualified(f.Location.Cell, out _, out var row, out var column, out _, out _), f.ToString());
                Assert.Equal(indicator.Line, row);
                var cellText = sheet.TextAt(row, column);
                if (f.Location.Field is null) Assert.Equal(Squeeze(indicator.Name), Squeeze(cellText));
                else if (f.Location.Field is CellColumns.FullYear or CellColumns.HalfYear)
                {
                    // The value cell, never the name's: filled when the value is, and under its column's header.
                    var value = f.Location.Field == CellColumns.FullYear ? indicator.FullYear : indicator.HalfYear;
                    Assert.NotEqual(Squeeze(indicator.Name), Squeeze(cellText));
                    if (value.Kind != Values.ValueKind.Empty) Assert.False(string.IsNullOrWhiteSpace(cellText), f.ToString());
                    if (HeaderRow(sheet, row) is > 0 and var header && f.Location.Field == CellColumns.HalfYear) Assert.Contains("半年", sheet.TextAt(header, column) ?? string.Empty, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Operator_and_unit_columns_do_not_move_a_value_finding_off_the_value_cell()
    {
        // A national layout: 指标性质 (operator) and 度量单位 (unit) columns around 指标值. 预算执行率 given as 1 (not a percent).
        var sheet = new TestSheet("目标表")
            .Set(1, 1, TestCell.Of("部门预算项目绩效目标申报表(2023年度)"))
            .Set(2, 1, TestCell.Of("项目名称")).Set(2, 2, TestCell.Of("村组干部报酬"))
            .Set(3, 1, TestCell.Of("一级指标")).Set(3, 2, TestCell.Of("二级指标")).Set(3, 3, TestCell.Of("三级指标")).Set(3, 4, TestCell.Of("指标性质"))
            .Set(3, 5, TestCell.Of("指标值")).Set(3, 6, TestCell.Of("度量单位")).Set(3, 7, TestCell.Of("权重"))
            .Set(4, 1, TestCell.Of("产出指标")).Set(4, 2, TestCell.Of("数量指标")).Set(4, 3, TestCell.Of("行政村数量")).Set(4, 4, TestCell.Of("=")).Set(4, 5, TestCell.Num(11)).Set(4, 6, TestCell.Of("个")).Set(4, 7, TestCell.Num(10))
            .Set(5, 1, TestCell.Of("过程")).Set(5, 2, TestCell.Of("资金管理")).Set(5, 3, TestCell.Of("预算执行率")).Set(5, 4, TestCell.Of("≥")).Set(5, 5, TestCell.Num(1)).Set(5, 7, TestCell.Num(10));

        var table = WorkbookTableReader.Read(WorkbookWriter.Write(sheet), "national.xlsx").Tables.Single();
        var findings = Engine.Check(table);

        var v04 = Assert.Single(findings, f => f.RuleId == "V04");
        Assert.Equal(("预算执行率", CellColumns.FullYear, "'目标表'!E5"), (v04.Location.Indicator, v04.Location.Field, v04.Location.Cell));
        Assert.All(findings, f => AssertNamesSheetAndCell(f));
    }

    private static void AssertNamesSheetAndCell(Finding f)
    {
        Assert.True(CellReference.TryParseQualified(f.Location.Cell, out var sheet, out var firstRow, out _, out var lastRow, out _), f.ToString());
        Assert.False(string.IsNullOrEmpty(sheet), f.ToString());
        if (f.Location.Line is { } line) Assert.InRange(line, firstRow, lastRow);
    }

    private static int HeaderRow(TestSheet sheet, int row)
    {
        for (var r = row; r > 0; r--)
        {
            if (sheet.TextAt(r, 1) == "一级指标") return r;
        }

        return 0;
    }

    private static string Squeeze(string? text) => new((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray());
}
