using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PerfRules.Json;

namespace PerfRules.Cli.Tests;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly string _temp = CliRunner.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Convert_samples_prints_the_json_document_with_all_seven_tables_in_order()
    {
        var (exit, output, error) = CliRunner.Run(["convert", .. CliRunner.Seeds]);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1, doc.RootElement.GetProperty("schemaVersion").GetInt32());
        var tables = doc.RootElement.GetProperty("tables").EnumerateArray().ToList();
        Assert.Equal(
            new[] { "南京市工业和信息化发展专项资金", "平台运营服务费", "委托服务费", "台式机", "服务体系服务费", "全国计算机技术与软件专业技术资格（水平）南京考区考试", "办公设备" },
            tables.Select(t => t.GetProperty("name").GetString()));
        Assert.All(tables, t => Assert.Equal(2026, t.GetProperty("year").GetInt32()));
        Assert.All(tables, t => Assert.Equal("nanjing-2026", t.GetProperty("layout").GetString()));
        Assert.EndsWith("000_27d945da3f6b14f2.txt", tables[0].GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, tables[2].GetProperty("fundingTotal").ValueKind);
        Assert.Equal(1.15m, tables[6].GetProperty("fundingTotal").GetDecimal());
        var e = tables[0].GetProperty("expenditures")[0];
        Assert.True(e.GetProperty("halfYearOnSchedule").GetBoolean());
        Assert.Equal(25227m, e.GetProperty("fullYear").GetDecimal());
        Assert.Equal(new[] { 38, 15, 19, 15, 15, 13, 15 }, tables.Select(t => t.GetProperty("indicators").GetArrayLength()));
        var finding = tables[4].GetProperty("importFindings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "I03");
        Assert.Equal("支出:服务体系服务费", finding.GetProperty("location").GetProperty("field").GetString());
        Assert.Equal(124, finding.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Equal(0, doc.RootElement.GetProperty("fileFindings").GetArrayLength());
    }

    [Fact]
    public void Json_output_reads_back_as_the_same_tables()
    {
        var (_, output, _) = CliRunner.Run(["convert", .. CliRunner.Seeds]);
        var direct = CliRunner.Seeds
            .SelectMany(f => PerfRules.Import.TableTextReader.ReadFile(f).Tables).ToList();
        Assert.Equal(direct, PerfRulesJson.DeserializeDocument(output));
    }

    [Fact]
    public void Jsonl_output_has_one_table_per_line_and_can_be_converted_again()
    {
        var (exit, output, _) = CliRunner.Run(["convert", .. CliRunner.Seeds, "--format", "jsonl"]);
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(7, lines.Length);
        var file = Path.Combine(_temp, "batch.jsonl");
        File.WriteAllText(file, output);
        var again = CliRunner.Run("convert", file, "--format", "jsonl");
        Assert.Equal(0, again.Exit);
        Assert.Equal(output, again.Out);
    }

    [Fact]
    public void Json_document_input_is_accepted()
    {
        var file = Path.Combine(_temp, "doc.json");
        File.WriteAllText(file, CliRunner.Run(["convert", .. CliRunner.Seeds]).Out);
        var (exit, output, _) = CliRunner.Run("convert", file);
        Assert.Equal(0, exit);
        Assert.Equal(7, PerfRulesJson.DeserializeDocument(output).Count);
    }

    [Fact]
    public void Text_format_is_readable_and_has_no_control_codes()
    {
        var (exit, output, _) = CliRunner.Run("convert", Path.Combine(CliRunner.Samples, "001_31cd2f4c762929cd.txt"), "--format", "text");
        Assert.Equal(0, exit);
        Assert.Contains("平台运营服务费  (2026年度, nanjing-2026)", output, StringComparison.Ordinal);
        Assert.Contains("项目负责人: 李鹏 / 86591170", output, StringComparison.Ordinal);
        Assert.Contains("资金总额: (缺)", output, StringComparison.Ordinal);
        Assert.Contains("I03 提示 第124行", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void One_unreadable_file_among_many_is_an_I10_file_finding_and_the_run_goes_on()
    {
        File.Copy(Path.Combine(CliRunner.Samples, "001_31cd2f4c762929cd.txt"), Path.Combine(_temp, "a.txt"));
        File.WriteAllBytes(Path.Combine(_temp, "b.txt"), new byte[] { 0x80, 0x80, 0x41, 0x80 });
        File.WriteAllText(Path.Combine(_temp, "c.json"), "{ not json");
        var (exit, output, error) = CliRunner.Run("convert", _temp);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, error);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(6, doc.RootElement.GetProperty("tables").GetArrayLength());
        var fileFindings = doc.RootElement.GetProperty("fileFindings").EnumerateArray().ToList();
        Assert.Equal(new[] { "I10", "I10" }, fileFindings.Select(f => f.GetProperty("ruleId").GetString()));
        Assert.Equal(new[] { "error", "error" }, fileFindings.Select(f => f.GetProperty("severity").GetString()));
        Assert.EndsWith("b.txt", fileFindings[0].GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Contains("JSON", fileFindings[1].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_read_sorted_by_path_across_arguments()
    {
        var text = File.ReadAllText(Path.Combine(CliRunner.Samples, "000_27d945da3f6b14f2.txt"));
        File.WriteAllText(Path.Combine(_temp, "b.txt"), text.Replace("南京市工业和信息化发展专项资金", "乙", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(_temp, "a"));
        File.WriteAllText(Path.Combine(_temp, "a", "z.txt"), text.Replace("南京市工业和信息化发展专项资金", "甲", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_temp, "ignored.md"), "not a table");
        var (_, output, _) = CliRunner.Run("convert", Path.Combine(_temp, "b.txt"), _temp);
        Assert.Equal(new[] { "甲", "乙" }, PerfRulesJson.DeserializeDocument(output).Select(t => t.Name));
    }

    [Fact]
    public void No_readable_input_exits_2_with_one_line_on_stderr()
    {
        File.WriteAllText(Path.Combine(_temp, "empty.txt"), string.Empty);
        var (exit, output, error) = CliRunner.Run("convert", _temp);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("perfrules: 输入中没有可读取的表", error, StringComparison.Ordinal);
        Assert.Contains("文件为空", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_alone_exits_2()
    {
        var (exit, _, error) = CliRunner.Run("convert", Path.Combine(_temp, "nope"));
        Assert.Equal(2, exit);
        Assert.Contains("文件不存在", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("convert", "x", "--format", "xml")]
    [InlineData("convert")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Usage_errors_exit_2_with_one_line(params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("perfrules: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_exits_0()
    {
        var (exit, output, _) = CliRunner.Run("convert", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--format", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Gb18030_file_is_converted_with_an_I09_file_finding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(Path.Combine(CliRunner.Samples, "000_27d945da3f6b14f2.txt"));
        File.WriteAllBytes(Path.Combine(_temp, "gb.txt"), Encoding.GetEncoding("GB18030").GetBytes(text));
        var (exit, output, _) = CliRunner.Run("convert", _temp);
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("南京市工业和信息化发展专项资金", doc.RootElement.GetProperty("tables")[0].GetProperty("name").GetString());
        Assert.Equal("I09", doc.RootElement.GetProperty("fileFindings")[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Folders_skip_build_output_and_hidden_folders()
    {
        var folder = CliRunner.TempFolder();
        File.Copy(CliRunner.Seeds[1], Path.Combine(folder, "tables.txt"));
        foreach (var junk in new[] { "obj", "bin/Release", ".git" })
        {
            Directory.CreateDirectory(Path.Combine(folder, junk));
            File.WriteAllText(Path.Combine(folder, junk, "project.assets.json"), "{\"version\": 3}");
        }

        var (exit, output, error) = CliRunner.Run("convert", folder);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal(PerfRules.Import.TableTextReader.ReadFile(CliRunner.Seeds[1]).Tables.Count, PerfRulesJson.DeserializeDocument(output).Count);
    }

    [Fact]
    public void Convert_reads_every_real_layout_and_reports_it()
    {
        var (exit, output, error) = CliRunner.RunOn("convert", CliRunner.ReviewedReal, "--format", "json");

        Assert.True(exit == 0, error);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        var tables = doc.RootElement.GetProperty("tables").EnumerateArray().ToList();
        Assert.Equal(
            new[] { "national-self-evaluation", "national", "national", "national", "flat-list", "flat-list", "flat-list", "national", "national-self-evaluation", "national", "national", "national", "national-self-evaluation" },
            tables.Select(t => t.GetProperty("layout").GetString()));
        Assert.Equal(new[] { 2, 8, 5, 9, 5, 5, 0, 1, 9, 9, 5, 11, 9 }, tables.Select(t => t.GetProperty("indicators").GetArrayLength()));
    }
}
