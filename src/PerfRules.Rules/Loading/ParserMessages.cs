using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace PerfRules.Rules.Loading;

/// <summary>
/// The expression parser's English reasons (<c>No property or field 'Nmae' exists in type 'PerformanceTable'</c>) in
/// Chinese (<c>绩效目标表（table）没有名为「Nmae」的属性或字段（名称区分大小写）</c>): each known message of
/// System.Linq.Dynamic.Core is matched by its template, names the author wrote are kept verbatim, and type names
/// become <see cref="TypeWords"/>. A message no template matches becomes <c>语法错误（请检查这一位置附近的写法）</c>:
/// the parser's (or the runtime's) own English never reaches the rule author.
/// </summary>
internal static class ParserMessages
{
    // English template of System.Linq.Dynamic.Core 1.7 → Chinese: {0} is the captured text verbatim, {t0} the captured type name as a word.
    // Long by design: a data table of the parser's messages, one line each, kept together in the parser's order.
    private static readonly (string English, string Chinese)[] Templates =
    {
        ("No property or field '{0}' exists in type '{1}'", "{t1}没有名为「{0}」的属性或字段（名称区分大小写）"),
        ("No applicable method '{0}' exists in type '{1}'", "{t1}没有可用于这些参数的方法「{0}」（名称区分大小写，参数的个数和类型也须相符）"),
        ("Unknown identifier '{0}'", "未知的名称「{0}」（名称区分大小写；表达式只能用本范围规则的输入，如 table、asOf，以及已登记的辅助类）"),
        ("Expression of type '{0}' expected", "表达式的结果应是{t0}"),
        ("The first expression must be of type 'Boolean'", "条件表达式的第一部分应是布尔值（true/false）"),
        ("Operator '{0}' incompatible with operand types '{1}' and '{2}'", "运算符「{0}」不能用于{t1}和{t2}；请先把两边变成同一类值"),
        ("Operator '{0}' incompatible with operand type '{1}'", "运算符「{0}」不能用于{t1}"),
        ("A value of type '{0}' cannot be converted to type '{1}'", "{t0}不能转换为{t1}"),
        ("Types '{0}' and '{1}' are incompatible", "{t0}与{t1}不相容"),
        ("Neither of the types '{0}' and '{1}' converts to the other", "{t0}与{t1}都不能转换为对方"),
        ("Both of the types '{0}' and '{1}' convert to the other", "{t0}与{t1}可以互相转换，无法确定取哪一个；请写明转换"),
        ("Ambiguous invocation of method '{0}' in type '{1}'", "对{t1}的方法「{0}」的调用有歧义（多个同名方法都适用）；请写明参数的类型"),
        ("Ambiguous invocation of indexer in type '{0}'", "对{t0}的下标调用有歧义"),
        ("Ambiguous invocation of '{0}' constructor", "对{t0}构造函数的调用有歧义"),
        ("Method '{0}' in type '{1}' does not return a value", "{t1}的方法「{0}」没有返回值"),
        ("Method '{0}' on type '{1}' is not accessible.", "{t1}的方法「{0}」不可调用"),
        ("No applicable indexer exists in type '{0}' with {1} parameters", "{t0}没有接受 {1} 个参数的下标"),
        ("No matching constructor in type '{0}'", "{t0}没有与这些参数相符的构造函数"),
        ("Type '{0}' has no nullable form", "{t0}没有可为 null 的形式"),
        ("Type '{0}' not found", "这里写的类型不存在或没有登记（表达式只能用已登记的类型）"),
        ("Enum type '{0}' not found", "找不到枚举「{0}」"),
        ("Enum value '{0}' is not defined in enum type '{1}'", "枚举「{1}」中没有值「{0}」"),
        ("Enum value expected", "这里应是枚举值"),
        ("The identifier '{0}' was defined more than once", "名称「{0}」定义了不止一次"),
        ("Argument list incompatible with lambda expression", "参数与 lambda 表达式不相符"),
        ("Array index must be an integer expression", "下标应是整数"),
        ("Indexing of multi-dimensional arrays is not supported", "不支持多维数组的下标"),
        ("Syntax error '{0}'", "语法错误：这里不能出现「{0}」"),
        ("Syntax error", "语法错误"),
        ("Character literal must contain exactly one character", "字符常量应正好含一个字符"),
        ("Invalid integer literal '{0}'", "整数「{0}」写法不对"),
        ("Invalid binary integer literal '{0}'", "二进制整数「{0}」写法不对"),
        ("Invalid integer literal qualifier '{0}'", "整数后缀「{0}」写法不对"),
        ("Invalid real literal '{0}'", "小数「{0}」写法不对"),
        ("Unterminated string literal", "字符串没有结束（缺少引号）"),
        ("Unexpected end of string with unclosed string at position {0} near '{1}'.", "字符串没有结束（缺少引号，「{1}」附近）"),
        ("Unexpected unrecognized escape sequence at position {0} near '{1}'.", "有无法识别的转义（「{1}」附近）"),
        ("An escaped string should start with a double (\") or a single (') quote.", "字符串应以双引号或单引号开始"),
        ("String '{0}' should have at least {1} characters.", "字符串「{0}」至少应有 {1} 个字符"),
        ("The '{0}' function requires one argument", "函数「{0}」需要一个参数"),
        ("The '{0}' function requires one argument which is not null.", "函数「{0}」需要一个不为 null 的参数"),
        ("The '{0}' function requires 1 or 2 arguments", "函数「{0}」需要 1 或 2 个参数"),
        ("The 'iif' function requires three arguments", "函数 iif 需要三个参数"),
        ("The 'isnull' function requires two arguments", "函数 isnull 需要两个参数"),
        ("The 'np' (null-propagation) function requires 1 or 2 arguments", "函数 np 需要 1 或 2 个参数"),
        ("Using the new operator is not allowed via the ParsingConfig.", "规则表达式不允许使用 new"),
        ("'-' cannot be applied to unsigned integers.", "'-' 不能用于无符号整数"),
        ("Expression is missing an 'as' clause", "表达式缺少 as 子句"),
        ("No 'it' is in scope", "这里没有 it"),
        ("No 'parent' is in scope", "这里没有 parent"),
        ("No 'root' is in scope", "这里没有 root"),
        ("Expression expected", "这里应有表达式（表达式不完整）"),
        ("Identifier expected", "这里应有名称"),
        ("Digit expected", "这里应有数字"),
        ("Hexadecimal character expected", "这里应有十六进制数字"),
        ("Binary character expected", "这里应有二进制数字"),
        ("'(' or Identifier expected", "这里应有 '(' 或名称"),
        ("'.' or '(' or string literal expected", "这里应有 '.'、'(' 或字符串"),
        ("'.' or '(' expected", "这里应有 '.' 或 '('"),
        ("')' or operator expected", "这里应有 ')' 或运算符（括号没有配对？）"),
        ("')' or ',' expected", "这里应有 ')' 或 ','（括号没有配对？）"),
        ("']' or ',' expected", "这里应有 ']' 或 ','"),
        ("{0} expected", "这里应有 {0}"),
        ("Invalid pattern '{0}' at offset {1}. {2}", "字符串中的转义「{0}」写法不对（反斜杠后应是 \\\\、\\\"、\\n、\\t 或 \\uXXXX 等）"),
    };

    private static readonly Regex Slot = new(@"\{(?<type>t?)(?<index>[0-9])\}", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    private static readonly Regex AtIndex = new(@" \(at index [0-9]+\)$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // Longest literal text first, so "')' or ',' expected" wins over "{0} expected".
    private static readonly (Regex Pattern, string Chinese)[] Compiled = Templates
        .Select(t => (Pattern(t.English), t.Chinese, Literal: Slot.Replace(t.English, string.Empty).Length))
        .OrderByDescending(t => t.Literal)
        .Select(t => (t.Item1, t.Chinese))
        .ToArray();

    /// <summary>The Chinese for one parser message.</summary>
    public static string Of(string english)
    {
        if (english is null) throw new ArgumentNullException(nameof(english));
        var text = AtIndex.Replace(english.Trim(), string.Empty);
        foreach (var (pattern, chinese) in Compiled)
        {
            var m = pattern.Match(text);
            if (m.Success) return Fill(chinese, m);
        }

        return "语法错误（请检查这一位置附近的写法）";
    }

    private static Regex Pattern(string english)
    {
        var pattern = new StringBuilder("^");
        var at = 0;
        foreach (Match slot in Slot.Matches(english))
        {
            pattern.Append(Regex.Escape(english.Substring(at, slot.Index - at)));
            pattern.Append("(?<g").Append(slot.Groups["index"].Value).Append(">.*?)");
            at = slot.Index + slot.Length;
        }

        pattern.Append(Regex.Escape(english.Substring(at))).Append('$');
        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }

    private static string Fill(string chinese, Match match) =>
        Slot.Replace(chinese, s =>
        {
            var value = match.Groups["g" + s.Groups["index"].Value].Value;
            return s.Groups["type"].Value.Length > 0 ? TypeWords.Of(value) : value;
        });
}
