using System;
using System.IO;
using System.Linq;
using PerfRules.Cli.Commands;

namespace PerfRules.Cli.Tests;

/// <summary>
/// The text report of <c>check</c>: the summary first; per table its errors, then its warnings; notes (info, mostly
/// the reader describing its repairs) counted unless <c>--min-severity info</c>; colour only when asked for.
/// </summary>
public class TextReportTests
{
    [Fact]
    public void The_summary_comes_first_and_names_the_tables_with_errors()
    {
        var (exit, output, _) = CliRunner.Run("check", CliRunner.Samples);

        Assert.Equal(1, exit);
        var lines = output.Split('\n');
        Assert.StartsWith("合计 ", lines[0], StringComparison.Ordinal);
        Assert.Contains(" 张表：错误 ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("有错误的表：", lines[1], StringComparison.Ordinal);
        Assert.Contains("办公设备", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(lines.Skip(2), l => l.StartsWith("合计 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_table_lists_errors_then_warnings_and_counts_its_notes()
    {
        var (_, output, _) = CliRunner.Run("check", CliRunner.Samples);

        var blocks = output.Split("\n== ", StringSplitOptions.None).Skip(1).ToList();
        Assert.Equal(output.Split('\n')[0].Split(' ')[1], blocks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var block in blocks)
        {
            var kinds = block.Split('\n').Skip(2).Where(l => l.StartsWith("   ", StringComparison.Ordinal) && l.Length > 7)
                .Select(l => l.Substring(3).Split(' ')).Where(p => p.Length > 1).Select(p => p[1]).ToList();
            var firstWarning = kinds.IndexOf("警告");
            Assert.True(firstWarning < 0 || kinds.Skip(firstWarning).All(k => k != "错误"), "a warning before an error in:\n" + block);
            Assert.DoesNotContain("提示", kinds);
        }

        Assert.Contains("   另有提示 ", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" I01 ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Min_severity_info_lists_everything_and_error_only_errors()
    {
        var all = CliRunner.Run("check", CliRunner.Samples, "--min-severity", "info").Out;
        var errors = CliRunner.Run("check", CliRunner.Samples, "--min-severity", "error").Out;

        Assert.Contains("I01 提示", all, StringComparison.Ordinal);
        Assert.DoesNotContain("另有", all, StringComparison.Ordinal);
        Assert.DoesNotContain(" 警告 ", errors.Split('\n').Skip(1).Where(l => l.StartsWith("   ", StringComparison.Ordinal) && !l.Contains("另有", StringComparison.Ordinal)), StringComparer.Ordinal);
        Assert.True(errors.Length < all.Length / 3);
    }

    [Fact]
    public void A_table_without_a_name_is_named_by_its_place_file_and_line_not_left_blank()
    {
        // A page that begins inside a table: its first table has no 项目名称 (samples/real/02).
        var file = Path.Combine(CliRunner.Samples, "real", "02-daying-sifa-anketidai-zp2023.txt");
        var (_, output, _) = CliRunner.Run("check", file);

        var lines = output.Split('\n');
        Assert.Contains("(未命名表 1，02-daying-sifa-anketidai-zp2023.txt 第4行)", lines[1], StringComparison.Ordinal);
        Assert.Contains("\n== (未命名表 1，02-daying-sifa-anketidai-zp2023.txt 第4行)（", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\n== （", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("项目甲", 3, "a.txt", 9, "项目甲")]
    [InlineData("", 2, "/data/b.txt", 14, "(未命名表 2，b.txt 第14行)")]
    [InlineData(" ", 1, null, 5, "(未命名表 1，第5行)")]
    [InlineData("", 1, null, null, "(未命名表 1)")]
    public void A_table_caption_is_its_name_or_its_place(string name, int ordinal, string? source, int? line, string expected) =>
        Assert.Equal(expected, TableCaption.Of(new PerfRules.Tables.PerformanceTable(name) { Line = line }, ordinal, source));

    [Fact]
    public void The_report_is_plain_unless_colour_is_asked_for()
    {
        var plain = CliRunner.Run("check", CliRunner.Samples).Out;
        Assert.DoesNotContain('\u001b', plain);

        using var output = new StringWriter();
        using var stderr = new StringWriter();
        var context = new CliContext(output, stderr, outputIsTerminal: true);
        using (var writer = new TextCheckWriter(output, new CheckReportOptions { Colour = true, MinSeverity = PerfRules.Findings.Severity.Warning }))
        {
            var table = PerfRules.Import.TableTextReader.ReadFile(Path.Combine(CliRunner.Samples, "001_31cd2f4c762929cd.txt"));
            var engine = PerfRules.Rules.RuleEngine.Create(new PerfRules.Rules.RuleOptions());
            writer.Add(new CheckedFile(table, table.Tables.Select(t => new ReportedTable(t, "nanjing-2026", engine.Check(t))).ToList()));
            writer.Complete();
        }

        Assert.Contains("\u001b[31m错误\u001b[0m", output.ToString(), StringComparison.Ordinal);
        Assert.NotNull(context);
    }

    [Fact]
    public void Help_says_perfrules()
    {
        var (_, output, _) = CliRunner.Run("check", "--help");

        Assert.Contains("perfrules check", output, StringComparison.Ordinal);
        Assert.DoesNotContain("PerfRules.Cli", output, StringComparison.Ordinal);
        Assert.Contains("--min-severity", output, StringComparison.Ordinal);
    }
}
