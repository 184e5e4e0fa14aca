using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PerfRules.Cli.Tests.Schemas;

/// <summary>
/// A finding on a workbook table names its sheet and cell in every report format: text, JSON (<c>location.cell</c>, valid
/// against schemas/perfrules-check.schema.json), SARIF (a region of row and column, and the sheet; valid against the
/// official schema) and HTML. samples/excel/台式机.xlsx leaves 项目负责人/联系电话 (label D6) blank and has no 满意度 indicator.
/// </summary>
public class WorkbookCellReportTests
{
    private static string Workbook => Path.Combine(CliRunner.Samples, "excel", "台式机.xlsx");

    [Fact]
    public void Text_names_sheet_and_cell()
    {
        var (_, text, _) = CliRunner.Run("check", Workbook);

        Assert.Contains("S09 警告 项目负责人/联系电话（'台式机'!E6）", text, StringComparison.Ordinal);
        Assert.Contains("S07 警告 表（'台式机'!A1:E32）", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_location_carries_the_cell_and_validates()
    {
        var (_, json, _) = CliRunner.Run("check", Workbook, "--format", "json", "--min-severity", "info");

        JsonSchemas.AssertValid(JsonSchemas.Project("perfrules-check"), json, "check JSON of a workbook");
        using var doc = JsonDocument.Parse(json);
        var findings = doc.RootElement.GetProperty("tables")[0].GetProperty("findings").EnumerateArray().ToList();
        Assert.All(findings, f => Assert.StartsWith("'台式机'!", f.GetProperty("location").GetProperty("cell").GetString(), StringComparison.Ordinal));
        var s09 = findings.Single(f => f.GetProperty("ruleId").GetString() == "S09").GetProperty("location");
        Assert.Equal("'台式机'!E6", s09.GetProperty("cell").GetString()); // the form has no line for the field; the cell says where
        Assert.Equal(JsonValueKind.Null, s09.GetProperty("line").ValueKind);
    }

    [Fact]
    public void Sarif_region_is_the_cell_and_validates()
    {
        var (_, sarif, _) = CliRunner.Run("check", Workbook, "--format", "sarif", "--min-severity", "info");

        JsonSchemas.AssertValid(JsonSchemas.Sarif, sarif, "SARIF of a workbook");
        using var doc = JsonDocument.Parse(sarif);
        var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.All(results, r => Assert.True(r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").TryGetProperty("startColumn", out _), r.ToString()));
        var s09 = results.Single(r => r.GetProperty("ruleId").GetString() == "S09");
        var region = s09.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((6, 5, 6, false), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endColumn").GetInt32(), region.TryGetProperty("endLine", out _)));
        Assert.Equal(("'台式机'!E6", "台式机"), (s09.GetProperty("properties").GetProperty("cell").GetString(), s09.GetProperty("properties").GetProperty("sheet").GetString()));
        var s07 = results.Single(r => r.GetProperty("ruleId").GetString() == "S07").GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((1, 1, 32, 6), (s07.GetProperty("startLine").GetInt32(), s07.GetProperty("startColumn").GetInt32(), s07.GetProperty("endLine").GetInt32(), s07.GetProperty("endColumn").GetInt32()));
    }

    [Fact]
    public void Html_names_sheet_and_cell()
    {
        var (_, html, _) = CliRunner.Run("check", Workbook, "--format", "html");

        Assert.Contains("单元格 &#39;台式机&#39;!E6", html, StringComparison.Ordinal);
    }
}
