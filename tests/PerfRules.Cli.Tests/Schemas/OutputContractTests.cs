using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PerfRules.Cli.Tests.Schemas;

/// <summary>
/// Every JSON document the tool writes validates against its schema (JsonSchema.Net, formats asserted), and the
/// shapes the documents share are one shape: a finding, its location and its arguments (an object) are the same in
/// perfrules-table, perfrules-check and perfrules-score; a file finding is flat in <c>check</c> as in <c>convert</c>.
/// </summary>
public class OutputContractTests
{
    private static readonly string Seed001 = Path.Combine(CliRunner.Samples, "001_31cd2f4c762929cd.txt");

    [Fact]
    public void Check_json_of_every_sample_and_a_missing_file_validates()
    {
        var missing = Path.Combine(CliRunner.Samples, "no-such-table.txt");
        var (exit, json, error) = CliRunner.Run("check", CliRunner.Samples, missing, "--format", "json");

        Assert.True(exit == 1, error);
        JsonSchemas.AssertValid(JsonSchemas.Project("perfrules-check"), json, "check --format json of samples/");
        using var doc = JsonDocument.Parse(json);
        var fileFinding = doc.RootElement.GetProperty("fileFindings").EnumerateArray().Single(f => f.GetProperty("source").GetString() == missing);
        Assert.Equal("I10", fileFinding.GetProperty("ruleId").GetString());
        Assert.Equal(JsonValueKind.Object, fileFinding.GetProperty("arguments").ValueKind);
    }

    [Fact]
    public void A_file_finding_is_written_alike_by_check_and_convert()
    {
        var missing = Path.Combine(CliRunner.Samples, "no-such-table.txt");

        var check = CliRunner.Run("check", Seed001, missing, "--format", "json").Out;
        var convert = CliRunner.Run("convert", Seed001, missing, "--format", "json").Out;

        Assert.Equal(FileFindings(convert), FileFindings(check));
        Assert.Contains("\"source\":", FileFindings(check), StringComparison.Ordinal);

        static string FileFindings(string json)
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.GetProperty("fileFindings").GetRawText();
        }
    }

    [Fact]
    public void Arguments_are_an_object_of_the_quoted_values_in_check_and_convert()
    {
        using var check = JsonDocument.Parse(CliRunner.Run("check", Seed001, "--format", "json").Out);
        var v04 = check.RootElement.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "办公设备")
            .GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "V04");
        var arguments = v04.GetProperty("arguments");
        Assert.Equal("设备购置验收合格率", arguments.GetProperty("indicator").GetString());
        Assert.Equal("完成", arguments.GetProperty("value").GetString());

        using var convert = JsonDocument.Parse(CliRunner.Run("convert", Seed001, "--format", "json").Out);
        Assert.All(
            convert.RootElement.GetProperty("tables").EnumerateArray().SelectMany(t => t.GetProperty("importFindings").EnumerateArray()),
            f => Assert.Equal(JsonValueKind.Object, f.GetProperty("arguments").ValueKind));
    }

    [Fact]
    public void The_shared_definitions_are_identical_in_every_output_schema()
    {
        var table = Definitions("perfrules-table");
        foreach (var other in new[] { "perfrules-check", "perfrules-score" })
        {
            var defs = Definitions(other);
            foreach (var name in new[] { "severity", "location", "arguments", "finding" })
            {
                Assert.True(JsonElement.DeepEquals(table.GetProperty(name), defs.GetProperty(name)), name + " differs between perfrules-table and " + other);
            }
        }

        Assert.True(JsonElement.DeepEquals(table.GetProperty("fileFinding"), Definitions("perfrules-check").GetProperty("fileFinding")));

        static JsonElement Definitions(string schema) =>
            JsonDocument.Parse(File.ReadAllText(Path.Combine(JsonSchemas.Folder, schema + ".schema.json"))).RootElement.GetProperty("$defs").Clone();
    }

    [Fact]
    public void Score_json_with_actuals_validates_and_rounds_to_two_places()
    {
        var actuals = Path.Combine(CliRunner.Samples, "actuals", "2026-seed-actuals.json");

        var (exit, json, error) = CliRunner.Run("score", Seed001, "--actuals", actuals, "--format", "json");

        Assert.True(exit is 0 or 1, error);
        JsonSchemas.AssertValid(JsonSchemas.Project("perfrules-score"), json, "score --format json");
        using var doc = JsonDocument.Parse(json);
        var desktop = doc.RootElement.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "台式机");
        Assert.Equal("94.07", desktop.GetProperty("total").GetRawText());
        Assert.Equal("10.74", desktop.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "预算执行率").GetProperty("score").GetRawText());
    }

    [Fact]
    public void Score_json_of_published_self_evaluations_validates()
    {
        var (exit, json, error) = CliRunner.RunOn("score", CliRunner.ReviewedReal, "--format", "json");

        Assert.True(exit is 0 or 1, error);
        JsonSchemas.AssertValid(JsonSchemas.Project("perfrules-score"), json, "score --format json of samples/real");
        Assert.Equal(3, JsonDocument.Parse(json).RootElement.GetProperty("tables").GetArrayLength());
    }

    [Fact]
    public void A_score_number_with_more_than_two_places_fails_the_schema()
    {
        var (_, json, _) = CliRunner.RunOn("score", CliRunner.ReviewedReal, "--format", "json");
        var tampered = System.Text.RegularExpressions.Regex.Replace(json, "\"total\":([0-9.]+)", "\"total\":90.123456");

        Assert.Contains(JsonSchemas.Errors(JsonSchemas.Project("perfrules-score"), tampered), e => e.StartsWith("/tables/0/total:", StringComparison.Ordinal));
    }

    [Fact]
    public void Min_severity_leaves_lower_findings_out_of_json()
    {
        var (exit, json, _) = CliRunner.Run("check", CliRunner.Samples, "--format", "json", "--min-severity", "error");

        Assert.Equal(1, exit);
        JsonSchemas.AssertValid(JsonSchemas.Project("perfrules-check"), json, "check --min-severity error");
        using var doc = JsonDocument.Parse(json);
        var severities = doc.RootElement.GetProperty("tables").EnumerateArray().SelectMany(t => t.GetProperty("findings").EnumerateArray()).Select(f => f.GetProperty("severity").GetString()).Distinct().ToList();
        Assert.Equal(new[] { "error" }, severities);
    }
}
