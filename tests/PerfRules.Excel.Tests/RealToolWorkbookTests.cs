using System;
using System.IO;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Tables;

namespace PerfRules.Excel.Tests;

/// <summary>
/// Workbooks written by other tools (Workbooks/make_workbooks.py: python3-openpyxl, then LibreOffice Calc headless
/// as .xlsx and as Excel 97–2003 .xls), from the seed table 台式机 with merged 一级/二级 cells, a percent-formatted
/// number, formulas with and without stored results, an error value and a notes sheet. Each reads to the table the
/// CSV of the same form reads to — every indicator value as the officer typed it — with the exact I12 findings.
/// </summary>
public class RealToolWorkbookTests
{
    private const string Sheet = "'绩效目标表'!";

    private static string Workbook(string name) => Path.Combine(AppContext.BaseDirectory, "Workbooks", name);

    private static PerformanceTable Csv => CsvTableReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "samples", "csv", "台式机.csv")).Tables.Single();

    [Theory]
    [InlineData("openpyxl.xlsx")]
    [InlineData("libreoffice.xlsx")]
    public void A_workbook_written_by_another_tool_reads_to_the_table_of_the_csv(string file)
    {
        var result = WorkbookTableReader.ReadFile(Workbook(file));

        var table = Assert.Single(result.Tables);
        var csv = Csv;
        Assert.Equal("台式机", table.Name);
        Assert.Equal(Rows(csv), Rows(table));
        Assert.Equal(6m, table.Funding.Total);
        Assert.Equal(csv.Funding.Expenditures.Select(e => (e.Name, e.HalfYear, e.FullYear)), table.Funding.Expenditures.Select(e => (e.Name, e.HalfYear, e.FullYear)));
        Assert.Equal("=100%", table.Indicators.Single(i => i.Name == "预算执行率").FullYear.ToString());
        Assert.Equal("=10台", table.Indicators.Single(i => i.Name == "设备购置数量").FullYear.ToString());
        Assert.Equal("100%", table.Indicators.Single(i => i.Name == "资金到位率").FullYear.ToString());
        Assert.Contains(result.UnplacedLines, l => l.Text.Contains("填表说明：指标值须量化。", StringComparison.Ordinal));
    }

    [Fact]
    public void Openpyxl_formulas_without_stored_results_read_as_typed_or_as_the_cell_they_refer_to()
    {
        var result = WorkbookTableReader.ReadFile(Workbook("openpyxl.xlsx"));

        var i12 = result.Tables.Single().ImportFindings.Where(f => f.RuleId == ImportRuleIds.CellConverted).Select(f => (f.Location.Cell!, f.Severity)).ToList();
        Assert.Equal(new[] { (Sheet + "E11", Severity.Info), (Sheet + "D25", Severity.Info), (Sheet + "E25", Severity.Info), (Sheet + "D29", Severity.Info), (Sheet + "E29", Severity.Info) }, i12);
        var total = result.Tables.Single().ImportFindings.Single(f => f.Location.Cell == Sheet + "E11");
        Assert.Contains("=E13", total.Message, StringComparison.Ordinal);
        Assert.Contains("E13 的值", total.Message, StringComparison.Ordinal);
        var error = Assert.Single(result.Findings, f => f.RuleId == ImportRuleIds.CellConverted);
        Assert.Equal(("'填表说明'!B2", Severity.Warning), (error.Location.Cell, error.Severity));
        Assert.Contains("#DIV/0!", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LibreOffice_results_of_typed_values_read_as_typed_and_an_error_result_is_a_warning_naming_sheet_and_cell()
    {
        var result = WorkbookTableReader.ReadFile(Workbook("libreoffice.xlsx"));

        var i12 = result.Tables.Single().ImportFindings.Where(f => f.RuleId == ImportRuleIds.CellConverted).ToList();
        Assert.Equal(new[] { (Sheet + "D25", Severity.Info), (Sheet + "E25", Severity.Info), (Sheet + "D29", Severity.Warning), (Sheet + "E29", Severity.Warning) }, i12.Select(f => (f.Location.Cell!, f.Severity)));
        Assert.Contains("「1」", i12[0].Message, StringComparison.Ordinal);
        Assert.Contains("#NAME?", i12[2].Message, StringComparison.Ordinal);
        Assert.Contains("=10台", i12[2].Message, StringComparison.Ordinal);
        var error = Assert.Single(result.Findings, f => f.RuleId == ImportRuleIds.CellConverted);
        Assert.Equal(("'填表说明'!B2", Severity.Warning), (error.Location.Cell, error.Severity));
        Assert.Contains("=#DIV/0!", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_xls_saved_by_LibreOffice_is_read_with_its_merged_cells_and_stored_results_and_says_what_xls_cannot_show()
    {
        var result = WorkbookTableReader.ReadFile(Workbook("libreoffice.xls"));

        Assert.DoesNotContain(result.Findings, f => f.RuleId == ImportRuleIds.UnreadableInput);
        var table = Assert.Single(result.Tables);
        Assert.Equal("台式机", table.Name);
        Assert.Equal(6m, table.Funding.Total);
        // What ExcelDataReader 3.6 gives: stored results only (=100% saved as 1) and error values as blanks — said by one warning.
        Assert.Equal(new[] { "过程/资金管理/预算执行率/1/1", "产出指标/数量指标/设备购置数量//" }, Rows(table).Except(Rows(Csv)));
        var caveat = Assert.Single(result.Findings, f => f.RuleId == ImportRuleIds.CellConverted);
        Assert.Equal(Severity.Warning, caveat.Severity);
        Assert.StartsWith("「libreoffice.xls」是 Excel 97-2003 (.xls) 工作簿，只能读到公式保存的结果，公式本身未检查", caveat.Message, StringComparison.Ordinal);
        Assert.Contains("#NAME?", caveat.Message, StringComparison.Ordinal);
        Assert.Contains("另存为 .xlsx", caveat.Message, StringComparison.Ordinal);
        Assert.Single(result.Findings, f => f.Message.Contains("公式本身未检查", StringComparison.Ordinal)); // once per file, not per cell
        Assert.Equal("100%", table.Indicators.Single(i => i.Name == "资金到位率").FullYear.ToString());
        Assert.Contains(table.ImportFindings, f => f.RuleId == ImportRuleIds.MergedCellFilledDown && f.Location.Cell == Sheet + "A18:A23");
        Assert.Contains(result.UnplacedLines, l => l.Text.Contains("填表说明：指标值须量化。", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_import_finding_of_a_workbook_names_sheet_and_cell()
    {
        foreach (var file in new[] { "openpyxl.xlsx", "libreoffice.xlsx", "libreoffice.xls" })
        {
            var result = WorkbookTableReader.ReadFile(Workbook(file));
            var located = result.Findings.Concat(result.Tables.SelectMany(t => t.ImportFindings)).Where(f => f.Location.Cell is not null).ToList();
            Assert.NotEmpty(located);
            Assert.All(located, f => Assert.Matches("^'[^']+'![A-Z]+[0-9]+(:[A-Z]+[0-9]+)?$", f.Location.Cell!));
        }
    }

    private static System.Collections.Generic.List<string> Rows(PerformanceTable table) =>
        table.Indicators.Select(i => i.Level1 + "/" + i.Level2 + "/" + i.Name + "/" + i.HalfYear + "/" + i.FullYear).ToList();
}
