using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PerfRules.Rules.Batch;
using PerfRules.Json;
using PerfRules.Rules;

namespace PerfRules.Cli.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _temp = CliRunner.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Generate_writes_count_tables_as_json_lines_and_the_same_seed_writes_the_same_file()
    {
        var first = Path.Combine(_temp, "a.jsonl");
        var again = Path.Combine(_temp, "b.jsonl");
        var other = Path.Combine(_temp, "c.jsonl");

        var (exit, output, error) = CliRunner.Run("generate", "--count", "40", "--out", first, "--seed", "7");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("已把 40 张表（种子 7）写入 ", error, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("generate", "--count", "40", "--out", again, "--seed", "7").Exit);
        Assert.Equal(0, CliRunner.Run("generate", "--count", "40", "--out", other, "--seed", "8").Exit);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(again));
        Assert.NotEqual(File.ReadAllBytes(first), File.ReadAllBytes(other));
        var lines = File.ReadAllLines(first);
        Assert.Equal(40, lines.Length);

        // What the file holds is exactly the generator's tables of that seed, in order.
        var expected = SyntheticTableGenerator.Generate(40, 7).ToList();
        Assert.Equal(expected, lines.Select(PerfRulesJson.DeserializeTable));
        // National-layout tables (one in five) have no 决策/过程 rows: 5–27 rows; the Nanjing ones 16–38.
        Assert.All(expected, t => Assert.InRange(t.Indicators.Count, t.Layout == Tables.TableLayouts.National ? 5 : 16, 38));
    }

    [Fact]
    public void Generate_rejects_a_count_below_one_and_an_unwritable_file()
    {
        var (exit, _, error) = CliRunner.Run("generate", "--count", "0", "--out", Path.Combine(_temp, "x.jsonl"));
        Assert.Equal(2, exit);
        Assert.Contains("perfrules: --count 至少应为 1（现为 ", error, StringComparison.Ordinal);

        (exit, _, error) = CliRunner.Run("generate", "--count", "3", "--out", Path.Combine(_temp, "no-such-folder", "x.jsonl"));
        Assert.Equal(2, exit);
        Assert.Contains("无法写入", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_temp, "no-such-folder", "x.jsonl")));
    }

    [Fact]
    public void Generated_file_checks_streamed_with_the_findings_of_each_table_in_file_order()
    {
        // 100 lines: several 32-line segments, checked in parallel, written in order.
        var file = Path.Combine(_temp, "big.jsonl");
        Assert.Equal(0, CliRunner.Run("generate", "--count", "100", "--out", file).Exit);

        var (exit, output, error) = CliRunner.Run("check", file, "--format", "json");

        var engine = RuleEngine.Create();
        var tables = SyntheticTableGenerator.Generate(100, GenerateCommandTestsSeed).ToList();
        var expected = tables.Select(t => engine.Check(t with { Source = file })).ToList();
        Assert.Equal(expected.Any(f => f.Any(x => x.Severity == Findings.Severity.Error)) ? 1 : 0, exit);
        using var doc = JsonDocument.Parse(output);
        var written = doc.RootElement.GetProperty("tables").EnumerateArray().ToList();
        Assert.Equal(tables.Select(t => t.Name), written.Select(t => t.GetProperty("name").GetString()));
        Assert.All(written, t => Assert.Equal(file, t.GetProperty("source").GetString()));
        for (var i = 0; i < tables.Count; i++)
        {
            Assert.Equal(expected[i].Select(PerfRulesJson.Serialize), written[i].GetProperty("findings").EnumerateArray().Select(f => f.GetRawText()));
        }

        // The generator's mistakes are there to be found: about half the tables have findings.
        Assert.InRange(expected.Count(f => f.Count > 0), 20, 100);
        var rows = tables.Sum(t => t.Indicators.Count);
        Assert.Contains("perfrules: 100 tables, " + rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " indicator rows in ", error, StringComparison.Ordinal);
        Assert.Contains(" rows/s", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_json_lines_line_is_reported_with_its_number_and_the_lines_after_it_are_still_checked()
    {
        var file = Path.Combine(_temp, "gap.jsonl");
        var good = SyntheticTableGenerator.Generate(40, 3).Select(PerfRulesJson.Serialize).ToList();
        File.WriteAllLines(file, good.Take(35).Append("{\"name\": 1").Append(string.Empty).Concat(good.Skip(35)));

        var (exit, output, _) = CliRunner.Run("check", file);

        Assert.Equal(1, exit);
        Assert.Contains("[" + file + "] I10 错误 无法读取：JSON Lines 第 36 行（", output, StringComparison.Ordinal);
        Assert.Equal(40, output.Split('\n').Count(l => l.StartsWith("== ", StringComparison.Ordinal)));
        Assert.Contains("合计 40 张表：", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"name\":\"a\",\"indicators\":[{\"row\":1}]}", "缺少必填成员 level1、level2、name、halfYear、fullYear")]
    [InlineData("{\"name\":\"b\",\"kind\":\"nope\"}", "值的类型或写法不符合格式（$.kind）")]
    [InlineData("{\"name\":5}", "值的类型或写法不符合格式（$.name）")]
    [InlineData("{\"name\":\"c\",\"indicators\":[{\"row\":1,\"level1\":\"\",\"level2\":\"\",\"name\":\"x\",\"halfYear\":{\"kind\":\"numeric\"},\"fullYear\":{\"kind\":\"empty\",\"text\":\"\"}}]}", "numeric 指标值既没有结构化成员，也没有 \"text\"")]
    [InlineData("{\"name\":\"d\",\"indicators\":{}}", "此处应为 JSON 数组")]
    [InlineData("not json", "JSON 格式错误（第 1 行第 2 个字节）")]
    [InlineData("null", "应为一张表（JSON 对象），实际为 null")]
    public void A_json_lines_line_the_model_cannot_take_is_reported_in_Chinese_without_type_names(string line, string reason)
    {
        var file = Path.Combine(_temp, "bad.jsonl");
        File.WriteAllLines(file, new[] { PerfRulesJson.Serialize(SyntheticTableGenerator.Generate(1, 3).Single()), line });

        var (exit, output, _) = CliRunner.Run("check", file);

        Assert.Equal(1, exit);
        var message = output.Split('\n').Single(l => l.Contains("I10", StringComparison.Ordinal)).Trim();
        Assert.Contains("无法读取：JSON Lines 第 2 行（", message, StringComparison.Ordinal);
        Assert.Contains(reason, message, StringComparison.Ordinal);
        PerfRules.Tests.UserMessageText.AssertClean(message.Substring(message.IndexOf("无法读取", StringComparison.Ordinal)));
    }

    private const ulong GenerateCommandTestsSeed = 2026;
}
