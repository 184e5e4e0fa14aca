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
            return "calls GetHashCode, whose value changes from run to run (string hashes are randomised per process); compare values instead";
        }

        if (declaring == typeof(string))
        {
            if (name is "Compare" or "CompareTo")
            {
                return "calls string." + name + ", which orders text by the host culture; use string.CompareOrdinal(a, b) instead";
            }

            var parameters = method.GetParameters();
            if (CultureSearches.Contains(name) && parameters.Length > 0 && parameters[0].ParameterType == typeof(string))
            {
                return "calls string." + name + "(string), which matches text by the host culture; use Contains(string), " + name + "(char) or string.CompareOrdinal instead";
            }
        }

        if (declaring == typeof(Enumerable) && Orderings.Contains(name) && ComparedType(method) is { } compared && (compared == typeof(string) || compared == typeof(object)))
        {
            return "calls " + name + " over " + (compared == typeof(string) ? "strings" : "objects") +
                   ", which the default comparer orders by the host culture; order by a number (e.g. the row) instead";
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
