using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PerfRules.Tests;

namespace PerfRules.Cli.Tests;

/// <summary>
/// What the command line says about a wrong option, an unknown profile or a broken rule file or profile: one Chinese
/// line on stderr naming the option or file and what is expected, exit code 2, and no .NET vocabulary
/// (<see cref="UserMessageText"/>) — including the parser's own errors, which are translated.
/// </summary>
public class UsageMessageTests
{
    public static IEnumerable<object[]> BadCommandLines() => new[]
    {
        new object[] { new[] { "check", "{samples}", "--format", "foo" }, "perfrules: 选项 --format 的取值“foo”无法识别，只能是 text、json、sarif、html 之一（见 --help）" },
        new object[] { new[] { "check", "{samples}", "--fail-on", "fatal" }, "perfrules: 选项 --fail-on 的取值“fatal”无法识别，只能是 error、warning、info 之一（见 --help）" },
        new object[] { new[] { "check", "{samples}", "--as-of" }, "perfrules: 选项 --as-of 缺少取值（见 --help）" },
        new object[] { new[] { "check", "{samples}", "--as-of", "2026/06/30" }, "perfrules: --as-of “2026/06/30” 不是 yyyy-MM-dd 格式的日期（如 " },
        new object[] { new[] { "check", "{samples}", "--docs-url", "docs/rules" }, "perfrules: --docs-url “docs/rules” 不是绝对网址" },
        new object[] { new[] { "check", "{samples}", "--format", "json", "--format", "text" }, "perfrules: 选项 --format 只能给一个取值，却给了 2 个（见 --help）" },
        new object[] { new[] { "check", "{samples}", "--profile", "beijing" }, "perfrules: beijing：既不是文件，也不是内置规则配置（可用：nanjing-2026、national）" },
        new object[] { new[] { "check", "{samples}", "--profile", "{bad-profile}" }, "：rules.「S08」.severity「fatal」不是 error、warning、info 之一" },
        new object[] { new[] { "check", "{samples}", "--rules", "{bad-rules}" }, "：工作流「mine」，规则「R1」：Properties 中未知成员「Severty」" },
        new object[] { new[] { "check", "{samples}", "--rules", "{missing}" }, "：无法读取规则文件：文件不存在" },
        new object[] { new[] { "generate", "--count", "abc", "-o", "{out}" }, "perfrules: 选项 --count 的取值“abc”不是整数（见 --help）" },
        new object[] { new[] { "generate", "--count", "0", "-o", "{out}" }, "perfrules: --count 至少应为 1（现为 0）" },
        new object[] { new[] { "convert" }, "perfrules: 命令 convert 缺少输入" },
        new object[] { Array.Empty<string>(), "perfrules: 请给出一个命令：check、convert、score、generate（见 --help）" },
        new object[] { new[] { "score", "{samples}", "--profile", "beijing" }, "perfrules: --profile “beijing” 既不是文件，也不是内置评分配置（可用：" },
    };

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public void A_wrong_command_line_is_one_Chinese_line_naming_the_option_or_file(string[] args, string expected)
    {
        var folder = CliRunner.TempFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "bad-profile.json"), "{ \"name\": \"p\", \"rules\": { \"S08\": { \"severity\": \"fatal\" } } }");
            File.WriteAllText(Path.Combine(folder, "bad-rules.json"),
                "[{ \"WorkflowName\": \"mine\", \"Rules\": [{ \"RuleName\": \"R1\", \"Expression\": \"true\", \"Properties\": { \"Id\": \"X01\", \"Severty\": \"info\", \"Message\": \"m\" } }] }]");
            var filled = args.Select(a => a
                .Replace("{samples}", CliRunner.Seeds[0], StringComparison.Ordinal)
                .Replace("{bad-profile}", Path.Combine(folder, "bad-profile.json"), StringComparison.Ordinal)
                .Replace("{bad-rules}", Path.Combine(folder, "bad-rules.json"), StringComparison.Ordinal)
                .Replace("{missing}", Path.Combine(folder, "missing.json"), StringComparison.Ordinal)
                .Replace("{out}", Path.Combine(folder, "out.jsonl"), StringComparison.Ordinal)).ToArray();

            var (exit, output, error) = CliRunner.Run(filled);

            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains(expected, error, StringComparison.Ordinal);
            foreach (var line in error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Assert.StartsWith("perfrules: ", line, StringComparison.Ordinal);
                UserMessageText.AssertClean(line, string.Join(" ", args));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("Cannot parse argument 'x' for option '--max' as expected type 'System.Decimal'.", "选项 --max 的取值“x”不是数字")]
    [InlineData("Cannot parse argument 'x' as expected type 'System.DateTime'.", "参数“x”不是日期（yyyy-MM-dd）")]
    [InlineData("Unrecognized command or argument '--nope'.", "无法识别的命令或参数“--nope”")]
    [InlineData("Option '--format' is required.", "必须给出选项 --format")]
    [InlineData("Something new happened.", "命令行有误，请对照 --help 检查选项和取值")]
    [InlineData("Value of type 'System.Guid' is wrong.", "命令行有误，请对照 --help 检查选项和取值")]
    public void Parser_errors_are_translated_and_never_show_a_type_name(string english, string chinese) =>
        Assert.Equal(chinese, UsageErrorText.Of(english));
}
