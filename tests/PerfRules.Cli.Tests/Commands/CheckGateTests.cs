using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PerfRules.Cli.Tests.Commands;

/// <summary>
/// CI use of <c>perfrules check</c>: <c>--write-baseline</c>, <c>--baseline</c> (only new findings are reported and
/// fail the run) and <c>--fail-on error|warning|info</c>. Each test works on its own copy of samples/.
/// </summary>
public sealed class CheckGateTests : IDisposable
{
    private const string Seed001 = "001_31cd2f4c762929cd.txt";

    // 办公设备's 设备购置数量 row and 服务体系服务费's 参加活动企业满意度 row in seed 001.
    private const string QuantityRow = "产出指标\t数量指标\t设备购置数量\t=1台\t=1台";
    private const string SatisfactionRow = "满意度指标\t服务对象满意度\t参加活动企业满意度\t≥85%\t≥85%";

    private readonly string _folder = CliRunner.TempFolder();

    public CheckGateTests()
    {
        Samples = Path.Combine(_folder, "samples");
        Copy(CliRunner.Samples, Samples);
        BaselineFile = Path.Combine(_folder, "perfrules-baseline.json");
    }

    private string Samples { get; }

    private string BaselineFile { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Writing_a_baseline_exits_0_and_a_rerun_against_it_prints_no_finding_and_exits_0()
    {
        var (writeExit, writeOut, writeErr) = CliRunner.Run("check", Samples, "--write-baseline", BaselineFile);

        Assert.Equal(0, writeExit);
        Assert.Contains("V04 错误 产出指标/质量指标/设备购置验收合格率", writeOut, StringComparison.Ordinal);
        Assert.Contains("条问题的指纹写入基线文件 " + BaselineFile, writeErr, StringComparison.Ordinal);
        using (var doc = JsonDocument.Parse(File.ReadAllText(BaselineFile)))
        {
            var entries = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
            Assert.True(entries.Count > 300, entries.Count + " entries");
            Assert.Contains(entries, e => e.GetProperty("ruleId").GetString() == "V04" && e.GetProperty("table").GetString() == "办公设备" && e.GetProperty("source").GetString() == Seed001);
            Assert.All(entries, e => Assert.Matches("^v1:[0-9a-f]{16}$", e.GetProperty("fingerprint").GetString()));
        }

        var (exit, output, error) = CliRunner.Run("check", Samples, "--baseline", BaselineFile, "--fail-on", "info");

        Assert.Equal(0, exit);
        Assert.DoesNotContain(output.Split('\n'), IsFindingLine);
        Assert.Contains("合计 37 张表：错误 0，警告 0，提示 0", output, StringComparison.Ordinal);
        Assert.Contains("perfrules: 基线文件 " + BaselineFile + " 接受了 ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("已不再出现", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_error_after_lines_shift_is_the_only_finding_reported_and_exits_1()
    {
        Assert.Equal(0, CliRunner.Run("check", Samples, "--write-baseline", BaselineFile).Exit);
        // Blank lines on top move every line of the file; the edit puts the half-year target above the full-year one (C01).
        Edit(QuantityRow, "产出指标\t数量指标\t设备购置数量\t=3台\t=1台", prepend: "\n\n\n");

        var (exit, output, _) = CliRunner.Run("check", Samples, "--baseline", BaselineFile, "--format", "json");

        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Empty(doc.RootElement.GetProperty("fileFindings").EnumerateArray());
        var reported = doc.RootElement.GetProperty("tables").EnumerateArray()
            .SelectMany(t => t.GetProperty("findings").EnumerateArray().Select(f => (Table: t.GetProperty("name").GetString(), Finding: f))).ToList();
        var (table, finding) = Assert.Single(reported);
        Assert.Equal("办公设备", table);
        Assert.Equal("C01", finding.GetProperty("ruleId").GetString());
        Assert.Equal("设备购置数量", finding.GetProperty("location").GetProperty("indicator").GetString());
        Assert.Equal(207 + 3, finding.GetProperty("location").GetProperty("line").GetInt32());
    }

    [Fact]
    public void Fail_on_warning_fails_a_run_whose_only_new_finding_is_a_warning_and_fail_on_error_does_not()
    {
        Assert.Equal(0, CliRunner.Run("check", Samples, "--write-baseline", BaselineFile).Exit);
        Edit(SatisfactionRow, "满意度指标\t服务对象满意度\t参加活动企业满意度\t≥85%\t≥70%");

        var (errorExit, errorOut, _) = CliRunner.Run("check", Samples, "--baseline", BaselineFile);
        var (warningExit, warningOut, _) = CliRunner.Run("check", Samples, "--baseline", BaselineFile, "--fail-on", "warning");

        Assert.Equal(0, errorExit);
        Assert.Equal(1, warningExit);
        var line = Assert.Single(warningOut.Split('\n'), IsFindingLine);
        Assert.StartsWith("   V08 警告 满意度指标/服务对象满意度/参加活动企业满意度", line, StringComparison.Ordinal);
        Assert.Contains("≥70%", line, StringComparison.Ordinal);
        Assert.Equal(line, Assert.Single(errorOut.Split('\n'), IsFindingLine));
    }

    [Fact]
    public void Fail_on_info_fails_a_run_whose_only_new_finding_is_an_info_and_fail_on_warning_does_not()
    {
        Assert.Equal(0, CliRunner.Run("check", Samples, "--write-baseline", BaselineFile).Exit);
        // A bare number: V10 (info) asks whether ≥ or = was meant.
        Edit(QuantityRow, "产出指标\t数量指标\t设备购置数量\t=1台\t1台");

        var (warningExit, _, _) = CliRunner.Run("check", Samples, "--baseline", BaselineFile, "--fail-on", "warning");
        var (infoExit, infoOut, _) = CliRunner.Run("check", Samples, "--baseline", BaselineFile, "--fail-on", "info");

        Assert.Equal(0, warningExit);
        Assert.Equal(1, infoExit);
        var line = Assert.Single(infoOut.Split('\n'), IsFindingLine);
        Assert.StartsWith("   V10 提示 产出指标/数量指标/设备购置数量", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_baseline_fail_on_decides_the_exit_code_from_all_findings()
    {
        var csv = Path.Combine(Samples, "csv", "台式机.csv");

        // 台式机 has warnings (S07, S08, S09, S10) and infos but no error.
        Assert.Equal(0, CliRunner.Run("check", csv).Exit);
        Assert.Equal(1, CliRunner.Run("check", csv, "--fail-on", "warning").Exit);
        Assert.Equal(1, CliRunner.Run("check", csv, "--fail-on", "info").Exit);
        Assert.Equal(1, CliRunner.Run("check", Path.Combine(Samples, Seed001), "--fail-on", "error").Exit);
    }

    [Fact]
    public void A_fixed_finding_is_reported_as_a_baseline_entry_that_no_longer_occurs()
    {
        var (written, _, writeMessage) = CliRunner.Run("check", Samples, "--write-baseline", BaselineFile);
        Assert.Equal(0, written);
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(writeMessage, @"已把 (\d+) 条问题的指纹").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        // 设备购置验收合格率 = 完成 (V04 twice) becomes a percentage, which also makes 2 of 办公设备's 4 targets quantitative (S10 gone).
        Edit("\t质量指标\t设备购置验收合格率\t完成\t完成", "\t质量指标\t设备购置验收合格率\t≥95%\t≥95%");

        var (exit, output, error) = CliRunner.Run("check", Samples, "--baseline", BaselineFile);

        Assert.Equal(0, exit);
        Assert.DoesNotContain(output.Split('\n'), IsFindingLine);
        Assert.Contains("接受了 " + (total - 3).ToString(System.Globalization.CultureInfo.InvariantCulture) + " 条问题；其中 3 条基线记录已不再出现", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 1, \"findings\": [", "不是 perfrules 基线文件")]
    [InlineData("{ \"schemaVersion\": 7, \"findings\": [] }", "schemaVersion 应为 1")]
    [InlineData("{ \"schemaVersion\": 1, \"findings\": [ { \"ruleId\": \"V04\" } ] }", "findings[0] 缺少 \"fingerprint\" 文字")]
    public void A_corrupt_baseline_exits_2_naming_the_file_and_why_and_prints_no_findings(string json, string why)
    {
        File.WriteAllText(BaselineFile, json);

        var (exit, output, error) = CliRunner.Run("check", Samples, "--baseline", BaselineFile);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(BaselineFile, error, StringComparison.Ordinal);
        Assert.Contains(why, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_baseline_exits_2_naming_the_file()
    {
        var missing = Path.Combine(_folder, "nope.json");

        var (exit, output, error) = CliRunner.Run("check", Samples, "--baseline", missing);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("无法读取基线文件 " + missing + "：文件不存在", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_that_cannot_be_written_exits_2_naming_the_file()
    {
        var target = Path.Combine(_folder, "no-such-folder", "b.json");

        var (exit, _, error) = CliRunner.Run("check", Samples, "--write-baseline", target);

        Assert.Equal(2, exit);
        Assert.Contains("无法写入基线文件 " + target + "：", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_accepts_only_the_three_severities()
    {
        var (exit, _, error) = CliRunner.Run("check", Samples, "--fail-on", "fatal");

        Assert.Equal(2, exit);
        Assert.Contains("fatal", error, StringComparison.Ordinal);
    }

    // "   V04 错误 …" under a table heading, or "[file] I07 提示 …" for a finding about a whole file.
    private static bool IsFindingLine(string line) =>
        System.Text.RegularExpressions.Regex.IsMatch(line, @"^(\s+|\[[^\]]+\] )[SVCFIE][0-9]{2} (错误|警告|提示) ");

    private void Edit(string line, string replacement, string prepend = "")
    {
        var path = Path.Combine(Samples, Seed001);
        var text = File.ReadAllText(path);
        Assert.Single(text.Split('\n'), l => l.TrimEnd('\r') == line);
        File.WriteAllText(path, prepend + text.Replace(line, replacement, StringComparison.Ordinal));
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
