using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace PerfRules.Rules.Loading;

/// <summary>
/// Members whose result depends on the process or the host culture, refused at load so that a rule gives the
/// same findings on every run and every machine: hash codes (string hashes are randomised per process),
/// culture-aware string comparison and search, and ordering or min/max over strings (the default comparer
/// follows the host culture). Formatting needs no refusal: user expressions format numbers and dates in the
/// invariant culture (<see cref="BudgetRewriter"/>).
/// </summary>
internal static class Determinism
{
    private static readonly HashSet<string> CultureSearches = new(StringComparer.Ordinal) { "StartsWith", "EndsWith", "IndexOf", "LastIndexOf" };

    private static readonly HashSet<string> Orderings = new(StringComparer.Ordinal)
    {
        "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "MinBy", "MaxBy", "Order", "OrderDescending", "Min", "Max",
    };

    /// <summary>Why <paramref name="method"/> is not deterministic, or null when it is.</summary>
    public static string? Refusal(MethodInfo method)
    {
        var declaring = method.DeclaringType;
        var name = method.Name;
        if (name == nameof(GetHashCode))
        {
            return "调用了 GetHashCode，它的值每次运行都不同（文本的哈希值按进程随机）；请直接比较值本身";
        }

        if (declaring == typeof(string))
        {
            if (name is "Compare" or "CompareTo")
            {
                return "调用了 string." + name + "，它按本机的区域设置排列文本，换一台机器结果可能不同；请改用 string.CompareOrdinal(a, b)";
            }

            var parameters = method.GetParameters();
            if (CultureSearches.Contains(name) && parameters.Length > 0 && parameters[0].ParameterType == typeof(string))
            {
                return "调用了 string." + name + "(string)，它按本机的区域设置匹配文本，换一台机器结果可能不同；请改用 Contains(string)、" + name + "(char) 或 string.CompareOrdinal";
            }
        }

        if (declaring == typeof(Enumerable) && Orderings.Contains(name) && ComparedType(method) is { } compared && (compared == typeof(string) || compared == typeof(object)))
        {
            return "对" + (compared == typeof(string) ? "文本" : "对象") + "调用了 " + name +
                   "，默认比较器按本机的区域设置排序，换一台机器结果可能不同；请改按数字（如 Row 行号）排序";
        }

        return null;
    }

    private static Type? ComparedType(MethodInfo method)
    {
        if (!method.IsGenericMethod) return method.ReturnType;
        var generic = method.GetGenericArguments();
        return method.Name switch
        {
            "Order" or "OrderDescending" => generic[0],
            "Min" or "Max" => method.ReturnType,
            _ => generic.Length > 1 ? generic[1] : generic[0],
        };
    }
}
