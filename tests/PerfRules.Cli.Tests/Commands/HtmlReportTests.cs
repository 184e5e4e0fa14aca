using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PerfRules.Cli.Tests.Commands;

/// <summary>
/// <c>perfrules check samples/ --format html -o FILE</c>: the page marks exactly the findings <c>--format json</c> lists
/// (every sample format: text, CSV, Excel), each once, on the row, cell or field its location names.
/// </summary>
public class HtmlReportTests
{
    [Fact]
    public void The_html_report_of_the_samples_marks_every_json_finding_once_where_its_location_says()
    {
        var folder = CliRunner.TempFolder();
        try
        {
            var path = Path.Combine(folder, "report.html");
            var (exit, output, _) = CliRunner.Run("check", CliRunner.Samples, "--format", "html", "-o", path);
            var (jsonExit, json, _) = CliRunner.Run("check", CliRunner.Samples, "--format", "json");
            Assert.Equal(jsonExit, exit);
            Assert.Equal(1, exit);
            Assert.Equal(string.Empty, output);

            var doc = new HtmlParser().ParseDocument(File.ReadAllText(path));
            using var report = JsonDocument.Parse(json);
            var tables = report.RootElement.GetProperty("tables").EnumerateArray().ToList();
            Assert.Equal(37, tables.Count);
            Assert.Equal(tables.Count, doc.QuerySelectorAll("section.tbl").Length);
            for (var i = 0; i < tables.Count; i++)
            {
                var section = doc.GetElementById("t" + (i + 1).ToString(CultureInfo.InvariantCulture))!;
                Assert.Equal((i + 1) + ". " + tables[i].GetProperty("name").GetString(), section.QuerySelector("h2")!.TextContent);
                var findings = tables[i].GetProperty("findings").EnumerateArray().ToList();
                var markers = section.QuerySelectorAll(".f[data-rule-id]").ToList();
                Assert.Equal(findings.Count, markers.Count);
                foreach (var f in findings)
                {
                    var match = markers.FirstOrDefault(m => Matches(m, f));
                    Assert.True(match is not null, "table " + (i + 1) + ": no marker for " + f);
                    markers.Remove(match!);
                }
            }

            var fileFindings = report.RootElement.GetProperty("fileFindings").GetArrayLength();
            Assert.Equal(fileFindings, doc.QuerySelectorAll("section.file .f[data-rule-id]").Length);
            Assert.Equal(tables.Sum(t => t.GetProperty("findings").GetArrayLength()) + fileFindings, doc.QuerySelectorAll("[data-rule-id]").Length);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Docs_url_sets_where_rule_ids_link_and_min_severity_leaves_findings_out()
    {
        var (exit, output, _) = CliRunner.Run("check", CliRunner.Seeds[1], "--format", "html", "--docs-url", "https://example.org/perfrules", "--min-severity", "warning");
        Assert.Equal(1, exit);
        var doc = new HtmlParser().ParseDocument(output);
        Assert.Empty(doc.QuerySelectorAll(".f[data-severity=\"info\"]"));
        Assert.NotEmpty(doc.QuerySelectorAll(".f[data-severity=\"warning\"]"));
        var link = doc.QuerySelector(".f[data-rule-id=\"V04\"] a")!;
        Assert.Equal("https://example.org/perfrules/docs/rules/V04.md", link.GetAttribute("href"));
        Assert.Equal("比率类指标的指标值不是百分比", link.GetAttribute("title"));
    }

    [Fact]
    public void An_output_file_that_cannot_be_written_is_a_usage_error()
    {
        var (exit, output, error) = CliRunner.Run("check", CliRunner.Seeds[1], "--format", "html", "-o", Path.Combine(CliRunner.Samples, "no-such-folder", "r.html"));
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("无法写入报告", error, StringComparison.Ordinal);
    }

    /// <summary>Same rule, severity and message, and placed by the JSON location: its row (and 半年/全年 cell), its field, or the table's list.</summary>
    private static bool Matches(IElement marker, JsonElement finding)
    {
        if (marker.GetAttribute("data-rule-id") != finding.GetProperty("ruleId").GetString()) return false;
        if (marker.GetAttribute("data-severity") != finding.GetProperty("severity").GetString()) return false;
        if (marker.QuerySelector(".m")!.TextContent != finding.GetProperty("message").GetString()) return false;
        var location = finding.GetProperty("location");
        var field = location.GetProperty("field").GetString();
        var cell = marker.Closest("[data-field]")?.GetAttribute("data-field");
        if (location.GetProperty("row").ValueKind == JsonValueKind.Number)
        {
            var row = location.GetProperty("row").GetInt32().ToString(CultureInfo.InvariantCulture);
            if (marker.Closest("tr[data-row]")?.GetAttribute("data-row") != row) return false;
            return field is "半年(程)指标值" or "全年(程)指标值" ? cell == field : cell is null;
        }

        if (field is not null) return cell == field || (cell is not null && field.Split('/').Contains(cell));
        return cell is null && marker.Closest("ul.tf") is not null;
    }
}
