using System.IO;
using System.Linq;
using System.Text.Json;

namespace PerfRules.Cli.Tests;

public class CheckCommandTests
{
    [Fact]
    public void Check_samples_reports_the_seed_defects_and_exits_1_for_error_findings()
    {
        var (exit, output, _) = CliRunner.Run("check", CliRunner.Samples);

        Assert.Equal(1, exit);
        Assert.Contains("== 台式机", output, System.StringComparison.Ordinal);
        // 委托服务费: 资金总额 blank (F01); 办公设备: 设备购置验收合格率 valued 完成 (V04).
        Assert.Contains("F01 错误 资金总额", output, System.StringComparison.Ordinal);
        Assert.Contains("V04 错误 产出指标/质量指标/设备购置验收合格率", output, System.StringComparison.Ordinal);
        Assert.Contains("F05 警告 过程/资金管理/预算执行率（第27行）", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_has_the_documented_shape()
    {
        var (exit, output, _) = CliRunner.Run("check", Path.Combine(CliRunner.Samples, "001_31cd2f4c762929cd.txt"), "--format", "json");

        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1, doc.RootElement.GetProperty("schemaVersion").GetInt32());
        var tables = doc.RootElement.GetProperty("tables").EnumerateArray().ToList();
        Assert.Equal(6, tables.Count);
        var office = tables.Single(t => t.GetProperty("name").GetString() == "办公设备");
        Assert.Equal("nanjing-2026", office.GetProperty("profile").GetString());
        // half-year and full-year cells are both 完成
        var v04s = office.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "V04").ToList();
        Assert.Equal(2, v04s.Count);
        var v04 = v04s[0];
        Assert.Equal("error", v04.GetProperty("severity").GetString());
        var location = v04.GetProperty("location");
        Assert.Equal("设备购置验收合格率", location.GetProperty("indicator").GetString());
        Assert.Equal("质量指标", location.GetProperty("level2").GetString());
        Assert.Equal(208, location.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Sarif_output_is_sarif_2_1_0_with_rules_and_regions()
    {
        var (_, output, _) = CliRunner.Run("check", Path.Combine(CliRunner.Samples, "001_31cd2f4c762929cd.txt"), "--format", "sarif");

        using var doc = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var run = doc.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "V04" && r.GetProperty("help").GetProperty("markdown").GetString()!.StartsWith("# V04", System.StringComparison.Ordinal));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var v04 = results.First(r => r.GetProperty("ruleId").GetString() == "V04");
        Assert.Equal(2, results.Count(r => r.GetProperty("ruleId").GetString() == "V04"));
        Assert.Equal("error", v04.GetProperty("level").GetString());
        Assert.Equal(rules.FindIndex(r => r.GetProperty("id").GetString() == "V04"), v04.GetProperty("ruleIndex").GetInt32());
        var physical = v04.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("001_31cd2f4c762929cd.txt", physical.GetProperty("artifactLocation").GetProperty("uri").GetString(), System.StringComparison.Ordinal);
        Assert.Equal(208, physical.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void A_broken_rule_file_fails_at_load_with_exit_2_and_no_findings()
    {
        var folder = CliRunner.TempFolder();
        try
        {
            var rules = Path.Combine(folder, "broken.json");
            File.WriteAllText(rules, "[{\"WorkflowName\":\"mine\",\"Rules\":[{\"RuleName\":\"X01.a\",\"Expression\":\"table.Name.GetType() != null\",\"Properties\":{\"Id\":\"X01\",\"Severity\":\"error\",\"Message\":\"m\"}}]}]");

            var (exit, output, error) = CliRunner.Run("check", CliRunner.Samples, "--rules", rules);

            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.StartsWith("perfrules: " + rules + "：工作流「mine」，规则「X01.a」：Expression 在第 12 个字符处用了「GetType」，规则表达式不能用它", error, System.StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", error, System.StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Only_unreadable_input_exits_2()
    {
        var (exit, _, error) = CliRunner.Run("check", "/nonexistent/nothing.txt");

        Assert.Equal(2, exit);
        Assert.Contains("没有可读取的输入", error, System.StringComparison.Ordinal);
    }
    [Fact]
    public void Check_real_tables_of_other_issuers_uses_the_national_profile_without_layout_false_alarms()
    {
        var (exit, output, _) = CliRunner.RunOn("check", CliRunner.ReviewedReal, "--format", "json");

        // Errors really present: 04's 年度资金总额 has no amount (F01), 08's 主管部门 is blank (S01).
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        var tables = doc.RootElement.GetProperty("tables").EnumerateArray().ToList();
        Assert.Equal(13, tables.Count);
        Assert.All(tables, t => Assert.Equal("national", t.GetProperty("profile").GetString()));
        var ids = tables.SelectMany(t => t.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString())).ToList();
        Assert.DoesNotContain(ids, id => id is "S05" or "V02" or "C01" or "C02" or "F04" or "F05" or "I06" or "I10");
        var errors = tables.SelectMany(t => t.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "error")
            .Select(f => t.GetProperty("name").GetString() + " " + f.GetProperty("ruleId").GetString())).ToList();
        Assert.Equal(new[] { "特困家庭再扶助(独生子女死亡再扶助) F01", "水旱灾害防御经费 S01" }, errors);
    }
}
