using System;
using System.Collections.Generic;
using System.Reflection;

namespace PerfRules.Rules.Evaluation;

/// <summary>
/// Why a rule failed while running, in Chinese for the rule author (<c>下标超出范围（列表中没有这一项）…</c>), from the
/// exception the expression threw: never .NET's English message or an exception type name. A reason that is already
/// ours (the evaluation budget's, in Chinese) is kept as it is.
/// </summary>
internal static class RuntimeErrorText
{
    /// <summary>The reason for <paramref name="detail"/>, the message of <paramref name="inner"/> (or of the engine) when it is not ours.</summary>
    public static string Of(string detail, Exception? inner)
    {
        if (HasChinese(detail)) return detail;
        return Innermost(inner) switch
        {
            IndexOutOfRangeException or ArgumentOutOfRangeException => "下标超出范围（列表中没有这一项，如 table.Indicators[99]）；请先检查 Count",
            NullReferenceException => "读取了空值（null）的成员；请先判断它不为 null（如 x != null && …）",
            DivideByZeroException => "除以零；请先判断除数不为 0",
            OverflowException => "数值超出范围（溢出）",
            InvalidOperationException e when e.Message.Contains("element", StringComparison.Ordinal) =>
                "对空列表（或不止一项的列表）用了 First、Single、Max 等方法；请改用 FirstOrDefault，或先用 Any() 判断",
            InvalidCastException => "值的类型转换失败",
            FormatException => "文本的格式不能转换为所需的值",
            KeyNotFoundException => "找不到所给的键",
            _ => "规则运行出错（表达式抛出了异常）",
        };
    }

    private static Exception? Innermost(Exception? e)
    {
        while (e is TargetInvocationException or AggregateException or RuleEvaluationException && e.InnerException is not null) e = e.InnerException;
        if (e?.InnerException is { } cause && e.GetType().Namespace?.StartsWith("RulesEngine", StringComparison.Ordinal) == true) return Innermost(cause);
        return e;
    }

    private static bool HasChinese(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u4E00' && c <= '\u9FFF') return true;
        }

        return false;
    }
}
