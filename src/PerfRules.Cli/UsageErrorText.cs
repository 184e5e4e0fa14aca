using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace PerfRules.Cli;

/// <summary>
/// The command-line parser's English errors in Chinese like every other message of the tool
/// (<c>Cannot parse argument 'abc' for option '--count' as expected type 'System.Int64'.</c> →
/// <c>选项 --count 的取值“abc”不是整数</c>): option and command names verbatim, a value type as a word, never a
/// .NET type name. An error no pattern knows is <c>命令行有误，请对照 --help 检查选项和取值</c>, never the parser's English.
/// </summary>
internal static class UsageErrorText
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly (Regex Pattern, Func<Match, string> Chinese)[] Known =
    {
        (Make(@"^Argument '(?<v>.*)' not recognized\. Must be one of:(?<list>.*)$"), m => "取值“" + m.Groups["v"].Value + "”无法识别，只能是 " + Choices(m.Groups["list"].Value) + " 之一"),
        (Make(@"^Cannot parse argument '(?<v>.*)' for option '(?<o>.*)' as expected type '(?<t>[^']*)'\.(?<more>.*)$"), m => "选项 " + m.Groups["o"].Value + " 的取值“" + m.Groups["v"].Value + "”不是" + TypeWord(m.Groups["t"].Value) + Suggestions(m.Groups["more"].Value)),
        (Make(@"^Cannot parse argument '(?<v>.*)' for command '(?<c>.*)' as expected type '(?<t>[^']*)'\.(?<more>.*)$"), m => "命令 " + m.Groups["c"].Value + " 的参数“" + m.Groups["v"].Value + "”不是" + TypeWord(m.Groups["t"].Value) + Suggestions(m.Groups["more"].Value)),
        (Make(@"^Cannot parse argument '(?<v>.*)' as expected type '(?<t>[^']*)'\.$"), m => "参数“" + m.Groups["v"].Value + "”不是" + TypeWord(m.Groups["t"].Value)),
        (Make(@"^Required argument missing for option: '(?<o>.*)'\.$"), m => "选项 " + m.Groups["o"].Value + " 缺少取值"),
        (Make(@"^Required argument missing for command: '(?<c>.*)'\.$"), m => "命令 " + m.Groups["c"].Value + " 缺少输入（要检查的文件或文件夹）"),
        (Make(@"^Option '(?<o>.*)' expects a single argument but (?<n>[0-9]+) were provided\.$"), m => "选项 " + m.Groups["o"].Value + " 只能给一个取值，却给了 " + m.Groups["n"].Value + " 个"),
        (Make(@"^Option '(?<o>.*)' is required\.$"), m => "必须给出选项 " + m.Groups["o"].Value),
        (Make(@"^Unrecognized command or argument '(?<v>.*)'\.$"), m => "无法识别的命令或参数“" + m.Groups["v"].Value + "”"),
        (Make(@"^Required command was not provided\.$"), _ => "请给出一个命令：check、convert、score、generate"),
        (Make(@"^'(?<v>.*)' was not matched\. Did you mean one of the following\?(?<list>.*)$"), m => "“" + m.Groups["v"].Value + "”无法识别" + Suggestions(" Did you mean one of the following?" + m.Groups["list"].Value)),
        (Make(@"^(?<o>\S+) option cannot be combined with other arguments\.$"), m => m.Groups["o"].Value + " 不能与其他参数同时使用"),
        (Make(@"^File does not exist: '(?<v>.*)'\.$"), m => "文件不存在：" + m.Groups["v"].Value),
        (Make(@"^Directory does not exist: '(?<v>.*)'\.$"), m => "文件夹不存在：" + m.Groups["v"].Value),
        (Make(@"^File or directory does not exist: '(?<v>.*)'\.$"), m => "文件或文件夹不存在：" + m.Groups["v"].Value),
        (Make(@"^Response file not found '(?<v>.*)'\.$"), m => "找不到响应文件 " + m.Groups["v"].Value),
        (Make(@"^Error reading response file '(?<v>.*)': .*$"), m => "无法读取响应文件 " + m.Groups["v"].Value),
        (Make(@"^Character not allowed in a path: '(?<v>.*)'\.$"), m => "路径中不能有字符“" + m.Groups["v"].Value + "”"),
        (Make(@"^Character not allowed in a file name: '(?<v>.*)'\.$"), m => "文件名中不能有字符“" + m.Groups["v"].Value + "”"),
    };

    /// <summary>The Chinese for one parse error, naming the option whose value it is about when the parser's words do not.</summary>
    public static string Of(System.CommandLine.Parsing.ParseError error)
    {
        if (error is null) throw new ArgumentNullException(nameof(error));
        var text = Of(error.Message);
        var option = (error.SymbolResult as System.CommandLine.Parsing.ArgumentResult)?.Parent as System.CommandLine.Parsing.OptionResult
                     ?? error.SymbolResult as System.CommandLine.Parsing.OptionResult;
        return option is not null && text.StartsWith("取值", StringComparison.Ordinal) ? "选项 " + option.Option.Name + " 的" + text : text;
    }

    /// <summary>The Chinese for one parse error's text.</summary>
    public static string Of(string english)
    {
        if (english is null) throw new ArgumentNullException(nameof(english));
        var text = english.Trim();
        foreach (var (pattern, chinese) in Known)
        {
            var m = pattern.Match(text);
            if (m.Success) return chinese(m);
        }

        return "命令行有误，请对照 --help 检查选项和取值";
    }

    private static Regex Make(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, Timeout);

    /// <summary><c>\n\t'text'\n\t'json'</c> → <c>text、json</c>.</summary>
    private static string Choices(string list) =>
        string.Join("、", Regex.Matches(list, "'([^']*)'", RegexOptions.CultureInvariant, Timeout).Select(m => m.Groups[1].Value));

    private static string Suggestions(string more) =>
        more.IndexOf("Did you mean", StringComparison.Ordinal) >= 0 && Choices(more) is { Length: > 0 } choices ? "；是否想写 " + choices : string.Empty;

    private static string TypeWord(string type)
    {
        var name = type.TrimEnd('?');
        var dot = name.LastIndexOf('.');
        if (dot >= 0) name = name.Substring(dot + 1);
        return name switch
        {
            "Int16" or "Int32" or "Int64" or "Byte" or "SByte" => "整数",
            "UInt16" or "UInt32" or "UInt64" => "非负整数",
            "Decimal" or "Double" or "Single" => "数字",
            "DateTime" or "DateOnly" or "DateTimeOffset" => "日期（yyyy-MM-dd）",
            "Boolean" => "true 或 false",
            "FileInfo" or "DirectoryInfo" or "FileSystemInfo" => "有效的路径",
            _ => "有效的取值",
        };
    }
}
