using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PerfRules.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private static readonly string[] SevenTables =
    {
        "南京市工业和信息化发展专项资金", "平台运营服务费", "委托服务费", "台式机", "服务体系服务费", "全国计算机技术与软件专业技术资格（水平）南京考区考试", "办公设备",
    };

    private readonly string _temp = CliRunner.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Seed000 => Path.Combine(CliRunner.Samples, "000_27d945da3f6b14f2.txt");

    private static string Seed001 => Path.Combine(CliRunner.Samples, "001_31cd2f4c762929cd.txt");

    private static List<JsonElement> Findings(JsonDocument doc, string table) =>
        doc.RootElement.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("name").GetString() == table).GetProperty("findings").EnumerateArray().ToList();

    [Fact]
    public void Check_json_lists_every_table_with_its_findings_in_the_documented_shape()
    {
        var (exit, output, error) = CliRunner.Run("check", CliRunner.Samples, "--format", "json");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, error);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(new[] { "schemaVersion", "tables", "fileFindings" }, doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, doc.RootElement.GetProperty("schemaVersion").GetInt32());
        var tables = doc.RootElement.GetProperty("tables").EnumerateArray().ToList();
        Assert.Equal(SevenTables, tables.Select(t => t.GetProperty("name").GetString()));
        foreach (var t in tables)
        {
            Assert.Equal(new[] { "name", "year", "source", "layout", "profile", "findings" }, t.EnumerateObject().Select(p => p.Name));
            Assert.Equal(2026, t.GetProperty("year").GetInt32());
            Assert.Equal("nanjing-2026", t.GetProperty("profile").GetString());
            foreach (var f in t.GetProperty("findings").EnumerateArray())
            {
                Assert.Equal(new[] { "ruleId", "severity", "message", "location", "arguments" }, f.EnumerateObject().Select(p => p.Name));
                Assert.Contains(f.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
                Assert.Equal(new[] { "indicator", "row", "level1", "level2", "field", "line" }, f.GetProperty("location").EnumerateObject().Select(p => p.Name));
                Assert.Equal(JsonValueKind.Object, f.GetProperty("arguments").ValueKind);
            }
        }

        var f01 = Findings(doc, "委托服务费").Single(f => f.GetProperty("ruleId").GetString() == "F01");
        Assert.Equal("error", f01.GetProperty("severity").GetString());
        Assert.Equal("资金总额", f01.GetProperty("location").GetProperty("field").GetString());
        Assert.Equal(49, f01.GetProperty("location").GetProperty("line").GetInt32());
        var v04 = Findings(doc, "办公设备").First(f => f.GetProperty("ruleId").GetString() == "V04");
        Assert.Equal("设备购置验收合格率", v04.GetProperty("location").GetProperty("indicator").GetString());
        Assert.Equal(13, v04.GetProperty("location").GetProperty("row").GetInt32());
        Assert.Equal("半年(程)指标值", v04.GetProperty("location").GetProperty("field").GetString());
        Assert.Equal("完成", v04.GetProperty("arguments").GetProperty("value").GetString());
    }

    [Fact]
    public void A_file_without_error_findings_exits_0_and_prints_the_plain_report()
    {
        var (exit, output, _) = CliRunner.Run("check", Seed000);
        Assert.Equal(0, exit);
        Assert.Contains("南京市工业和信息化发展专项资金（2026年度）", output, StringComparison.Ordinal);
        Assert.Contains("错误 0 · 警告 3 · 提示 44", output, StringComparison.Ordinal);
        Assert.Contains("  警告 (3)", output, StringComparison.Ordinal);
        Assert.Contains("S09  项目负责人/联系电话：项目负责人/联系电话「叶荣生」缺少联系电话。", output, StringComparison.Ordinal);
        Assert.Contains("共检查 1 张表：错误 0，警告 3，提示 44。", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_output_is_valid_sarif_2_1_0_with_rule_metadata_and_regions()
    {
        var (exit, output, _) = CliRunner.Run("check", CliRunner.Samples, "--format", "sarif");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.EndsWith("sarif-schema-2.1.0.json", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("perfrules", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var ids = rules.Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var id in new[] { "S01", "S11", "V01", "V10", "C01", "C06", "F01", "F06", "I01", "I08" }) Assert.Contains(id, ids);
        foreach (var r in rules)
        {
            var id = r.GetProperty("id").GetString();
            Assert.False(string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("help").GetProperty("text").GetString()));
            Assert.Equal("docs/rules/" + id + ".md", r.GetProperty("helpUri").GetString());
            Assert.Contains(r.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
        }

        Assert.Equal("error", rules.Single(r => r.GetProperty("id").GetString() == "F01").GetProperty("defaultConfiguration").GetProperty("level").GetString());
        var artifacts = run.GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("location").GetProperty("uri").GetString()).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var (_, json, _) = CliRunner.Run("check", CliRunner.Samples, "--format", "json");
        using var jsonDoc = JsonDocument.Parse(json);
        Assert.Equal(jsonDoc.RootElement.GetProperty("tables").EnumerateArray().Sum(t => t.GetProperty("findings").GetArrayLength()), results.Count);
        foreach (var result in results)
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(ids[index], result.GetProperty("ruleId").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var physical = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            var artifact = physical.GetProperty("artifactLocation");
            Assert.Equal(artifacts[artifact.GetProperty("index").GetInt32()], artifact.GetProperty("uri").GetString());
            Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        }

        var v04 = results.First(r => r.GetProperty("ruleId").GetString() == "V04");
        Assert.Equal("error", v04.GetProperty("level").GetString());
        Assert.Equal(208, v04.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("设备购置验收合格率", v04.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("name").GetString());
        Assert.EndsWith("001_31cd2f4c762929cd.txt", artifacts.Last(), StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_moves_the_half_year_checkpoint()
    {
        var (_, june, _) = CliRunner.Run("check", Seed001, "--format", "json");
        var (_, may, _) = CliRunner.Run("check", Seed001, "--format", "json", "--as-of", "2026-05-31");
        using var a = JsonDocument.Parse(june);
        using var b = JsonDocument.Parse(may);
        Assert.Contains(Findings(a, "平台运营服务费"), f => f.GetProperty("ruleId").GetString() == "F04");
        Assert.DoesNotContain(Findings(b, "平台运营服务费"), f => f.GetProperty("ruleId").GetString() == "F04");
    }

    [Theory]
    [InlineData("--profile")]
    [InlineData("--options")]
    public void A_profile_file_switches_rules_and_severities(string option)
    {
        var profile = Path.Combine(_temp, "p.json");
        File.WriteAllText(profile, """{ "name": "city", "rules": { "F05": { "enabled": false }, "S08": { "severity": "error" } } }""");
        var (exit, output, _) = CliRunner.Run("check", Seed000, "--format", "json", option, profile);
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        var table = doc.RootElement.GetProperty("tables")[0];
        Assert.Equal("city (nanjing-2026)", table.GetProperty("profile").GetString());
        Assert.Equal("error", table.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "S08").GetProperty("severity").GetString());
    }

    [Fact]
    public void A_built_in_profile_name_applies_to_every_table()
    {
        var (_, output, _) = CliRunner.Run("check", Seed001, "--format", "json", "--profile", "national");
        using var doc = JsonDocument.Parse(output);
        Assert.All(doc.RootElement.GetProperty("tables").EnumerateArray(), t => Assert.Equal("national", t.GetProperty("profile").GetString()));
        Assert.DoesNotContain(doc.RootElement.GetProperty("tables").EnumerateArray().SelectMany(t => t.GetProperty("findings").EnumerateArray()),
            f => f.GetProperty("ruleId").GetString() is "F05" or "S05");
    }

    [Fact]
    public void Extra_rule_files_add_user_findings()
    {
        var rules = Path.Combine(_temp, "x.rules.json");
        File.WriteAllText(rules, """
            [{ "WorkflowName": "city", "Rules": [{ "RuleName": "contact", "Expression": "table.Contact != null",
               "Properties": { "Id": "NJ-01", "Severity": "error", "Message": "{table} 未填项目负责人" } }] }]
            """);
        var (exit, output, _) = CliRunner.Run("check", Seed001, "--rules", rules, "--format", "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        var f = Findings(doc, "台式机").Single(x => x.GetProperty("ruleId").GetString() == "NJ-01");
        Assert.Equal("台式机 未填项目负责人", f.GetProperty("message").GetString());
    }

    [Fact]
    public void An_unreadable_rule_file_exits_2_naming_file_workflow_and_rule()
    {
        var rules = Path.Combine(_temp, "bad.rules.json");
        File.WriteAllText(rules, """[{ "WorkflowName": "city", "Rules": [{ "RuleName": "r", "Expression": "File.Exists(\"x\")", "Properties": { "Id": "X1", "Severity": "error", "Message": "m" } }] }]""");
        var (exit, output, error) = CliRunner.Run("check", Seed000, "--rules", rules);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(rules + ": workflow 'city', rule 'r': Expression names 'File'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_rule_file_or_profile_exits_2()
    {
        Assert.Equal(2, CliRunner.Run("check", Seed000, "--rules", Path.Combine(_temp, "none.json")).Exit);
        Assert.Equal(2, CliRunner.Run("check", Seed000, "--profile", Path.Combine(_temp, "none.json")).Exit);
    }

    [Fact]
    public void A_bad_as_of_date_is_a_usage_error() =>
        Assert.Equal(2, CliRunner.Run("check", Seed000, "--as-of", "30/06/2026").Exit);

    [Fact]
    public void An_unreadable_input_among_readable_ones_is_an_I10_file_finding_and_the_run_goes_on()
    {
        var missing = Path.Combine(_temp, "missing.txt");
        var (exit, output, _) = CliRunner.Run("check", Seed000, missing, "--format", "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1, doc.RootElement.GetProperty("tables").GetArrayLength());
        var file = Assert.Single(doc.RootElement.GetProperty("fileFindings").EnumerateArray());
        Assert.Equal("I10", file.GetProperty("ruleId").GetString());
        Assert.Equal(missing, file.GetProperty("source").GetString());
    }

    [Fact]
    public void No_readable_input_at_all_exits_2()
    {
        var (exit, _, error) = CliRunner.Run("check", Path.Combine(_temp, "missing.txt"));
        Assert.Equal(2, exit);
        Assert.Contains("no readable table", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_marked_PARTIAL_is_not_reported_as_missing_indicators()
    {
        var lines = File.ReadAllLines(Seed001);
        var first = lines.Take(34).ToList();
        var cut = Path.Combine(_temp, "cut.txt");
        File.WriteAllLines(cut, new[] { "# PARTIAL: cut off after the 效益 block" }.Concat(first));
        var whole = Path.Combine(_temp, "whole.txt");
        File.WriteAllLines(whole, first);
        using var partial = JsonDocument.Parse(CliRunner.Run("check", cut, "--format", "json").Out);
        using var complete = JsonDocument.Parse(CliRunner.Run("check", whole, "--format", "json").Out);
        var missingKinds = new[] { "S05", "S06", "S07", "S08", "S10" };
        Assert.Contains(Findings(complete, "平台运营服务费"), f => missingKinds.Contains(f.GetProperty("ruleId").GetString()));
        Assert.DoesNotContain(Findings(partial, "平台运营服务费"), f => missingKinds.Contains(f.GetProperty("ruleId").GetString()));
    }
}
