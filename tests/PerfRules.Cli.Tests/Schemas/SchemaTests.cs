using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PerfRules.Rules;

namespace PerfRules.Cli.Tests.Schemas;

/// <summary>
/// schemas/*.schema.json (draft 2020-12) describe what the library really reads and writes: every sample, the
/// embedded catalogue workflows and profiles, <c>perfrules convert</c> output of every sample table and a written
/// baseline validate; a wrong type is an error that names its JSON path.
/// </summary>
public class SchemaTests
{
    private static string SchemaFolder => JsonSchemas.Folder;

    public static TheoryData<string> SampleTables()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(CliRunner.Samples, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".xlsx", StringComparison.Ordinal))
                     .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.Ordinal))
                     .OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(CliRunner.Samples, file));
        }

        return data;
    }

    public static TheoryData<string, string> EmbeddedRuleData()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in typeof(RuleEngine).Assembly.GetManifestResourceNames().OrderBy(n => n, StringComparer.Ordinal))
        {
            if (name.StartsWith("PerfRules.Rules.Catalogue.", StringComparison.Ordinal)) data.Add(name, "perfrules-rules");
            else if (name.StartsWith("PerfRules.Rules.Profiles.scoring-", StringComparison.Ordinal)) data.Add(name, "perfrules-scoring-profile");
            else if (name.StartsWith("PerfRules.Rules.Profiles.", StringComparison.Ordinal)) data.Add(name, "perfrules-profile");
        }

        return data;
    }

    [Fact]
    public void Every_schema_is_a_draft_2020_12_schema_and_the_embedded_data_is_all_covered()
    {
        var files = Directory.GetFiles(SchemaFolder, "*.schema.json").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).ToList();

        Assert.Equal(new[] { "perfrules-actuals.schema.json", "perfrules-baseline.schema.json", "perfrules-check.schema.json", "perfrules-labels.schema.json", "perfrules-profile.schema.json", "perfrules-rules.schema.json", "perfrules-score.schema.json", "perfrules-scoring-profile.schema.json", "perfrules-table.schema.json" }, files);
        foreach (var f in files)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(SchemaFolder, f!)));
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", doc.RootElement.GetProperty("$schema").GetString());
            Assert.NotNull(Schema(Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(f!))));
        }

        var embedded = EmbeddedRuleData().Select(row => (string)row[0]).ToList();
        Assert.Equal(4, embedded.Count(n => n.Contains(".Catalogue.", StringComparison.Ordinal)));
        Assert.Equal(2, embedded.Count(n => n.StartsWith("PerfRules.Rules.Profiles.", StringComparison.Ordinal) && !n.StartsWith("PerfRules.Rules.Profiles.scoring-", StringComparison.Ordinal)));
        Assert.Equal(2, embedded.Count(n => n.StartsWith("PerfRules.Rules.Profiles.scoring-", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_embedded_label_vocabulary_and_a_profile_with_labels_validate()
    {
        using var stream = typeof(PerfRules.Import.TableReaderOptions).Assembly.GetManifestResourceStream("PerfRules.Import.labels.json")!;
        using var reader = new StreamReader(stream);
        AssertValid("perfrules-labels", reader.ReadToEnd(), "labels.json");
        AssertValid("perfrules-profile", "{ \"name\": \"my-province\", \"labels\": { \"主管部门\": [\"归口业务处室\"], \"weight\": [\"占比\"] } }", "profile with labels");
        Assert.NotEmpty(Errors("perfrules-labels", "{ \"normalization\": {}, \"fields\": { \"nope\": [] }, \"regions\": {}, \"columns\": {} }"));
        const string Base = "\"normalization\": { \"marks\": [], \"suffixes\": [], \"prefixes\": [] }, \"fields\": {}, \"regions\": {}, \"columns\": {}";
        Assert.Empty(Errors("perfrules-labels", "{ " + Base + ", \"keywords\": { \"fields\": { \"department\": [{ \"all\": [[\"主管\"], [\"部门\"]], \"none\": [\"财政\"] }] } }, \"columnPrefixes\": { \"value\": [\"全年\"] } }"));
        Assert.NotEmpty(Errors("perfrules-labels", "{ " + Base + ", \"keywords\": { \"fields\": { \"department\": [{ \"none\": [\"财政\"] }] } } }"));
        Assert.NotEmpty(Errors("perfrules-labels", "{ " + Base + ", \"keywords\": { \"fields\": { \"weight\": [{ \"all\": [[\"占比\"]] }] } } }"));
        Assert.NotEmpty(Errors("perfrules-labels", "{ " + Base + ", \"columnPrefixes\": { \"nope\": [\"x\"] } }"));
    }

    [Theory]
    [MemberData(nameof(SampleTables))]
    public void Convert_output_of_every_sample_table_validates(string sample)
    {
        var (exit, json, error) = CliRunner.Run("convert", Path.Combine(CliRunner.Samples, sample), "--format", "json");

        Assert.True(exit == 0, error);
        AssertValid("perfrules-table", json, sample);
    }

    [Fact]
    public void Every_line_of_convert_jsonl_is_a_table()
    {
        var (exit, jsonl, _) = CliRunner.Run("convert", CliRunner.Seeds[1], "--format", "jsonl");

        Assert.Equal(0, exit);
        var lines = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        var table = Schema("perfrules-table");
        foreach (var line in lines)
        {
            // One #/$defs/table per line, wrapped as a document so the schema's $defs resolve.
            AssertValid("perfrules-table", "{\"schemaVersion\":1,\"tables\":[" + line + "]}", "jsonl line");
        }

        Assert.NotNull(table);
    }

    [Fact]
    public void The_actuals_samples_validate()
    {
        var files = Directory.GetFiles(Path.Combine(CliRunner.Samples, "actuals"), "*.json");

        Assert.NotEmpty(files);
        foreach (var file in files) AssertValid("perfrules-actuals", File.ReadAllText(file), file);
    }

    [Theory]
    [MemberData(nameof(EmbeddedRuleData))]
    public void Embedded_catalogue_workflows_and_profiles_validate(string resource, string schema)
    {
        using var stream = typeof(RuleEngine).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);

        AssertValid(schema, reader.ReadToEnd(), resource);
    }

    [Fact]
    public void A_written_baseline_validates()
    {
        var folder = CliRunner.TempFolder();
        try
        {
            var baseline = Path.Combine(folder, "b.json");
            Assert.Equal(0, CliRunner.Run("check", CliRunner.Seeds[1], "--write-baseline", baseline).Exit);

            AssertValid("perfrules-baseline", File.ReadAllText(baseline), baseline);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("perfrules-actuals", """{ "tables": [ { "name": "台式机", "executed": "5.8万元" } ] }""", "/tables/0/executed")]
    [InlineData("perfrules-actuals", """{ "tables": [ { "name": "台式机", "actuals": [ { "indicator": 3 } ] } ] }""", "/tables/0/actuals/0/indicator")]
    [InlineData("perfrules-profile", """{ "name": "p", "rules": { "S08": { "enabled": "no" } } }""", "/rules/S08/enabled")]
    [InlineData("perfrules-profile", """{ "name": "p", "rules": { "V10": { "severity": "fatal" } } }""", "/rules/V10/severity")]
    [InlineData("perfrules-scoring-profile", """{ "scoring": { "weights": { "产出": "50" } } }""", "/scoring/weights/产出")]
    [InlineData("perfrules-rules", """[ { "WorkflowName": "mine", "Rules": [ { "RuleName": "X01", "Expression": "true", "Properties": { "Id": "X01", "Severity": 2 } } ] } ]""", "/0/Rules/0/Properties/Severity")]
    [InlineData("perfrules-table", """{ "schemaVersion": 1, "tables": [ { "name": "t", "layout": "national", "indicators": [ { "level1": "产出指标", "level2": "数量指标", "name": "n", "halfYear": { "kind": "empty", "text": "" }, "fullYear": { "kind": "numeric", "text": "≥1台", "comparison": "atLeast", "number": "1" } } ] } ] }""", "/tables/0/indicators/0/fullYear/number")]
    [InlineData("perfrules-baseline", """{ "schemaVersion": 1, "findings": [ { "fingerprint": 12 } ] }""", "/findings/0/fingerprint")]
    public void A_wrong_type_is_an_error_naming_its_path(string schema, string json, string path)
    {
        var errors = Errors(schema, json);

        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.StartsWith(path + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_member_and_a_missing_required_member_are_errors()
    {
        Assert.Contains(Errors("perfrules-profile", """{ "name": "p", "rulez": {} }"""), e => e.StartsWith("/rulez:", StringComparison.Ordinal));
        Assert.Contains(Errors("perfrules-actuals", """{ "asOf": "2026-12-31" }"""), e => e.Contains("tables", StringComparison.Ordinal));
        Assert.Contains(Errors("perfrules-table", """{ "schemaVersion": 1, "tables": [ { "name": "t", "layout": "national", "indicators": [], "kind": "unit" } ] }"""), e => e.StartsWith("/tables/0/kind:", StringComparison.Ordinal));
    }

    private static void AssertValid(string schema, string json, string what) => JsonSchemas.AssertValid(JsonSchemas.Project(schema), json, what + " against " + schema);

    /// <summary>"instance-path: keyword: message" for every failure.</summary>
    private static List<string> Errors(string schema, string json) => JsonSchemas.Errors(JsonSchemas.Project(schema), json);

    private static global::Json.Schema.JsonSchema Schema(string name) => JsonSchemas.Project(name);
}
