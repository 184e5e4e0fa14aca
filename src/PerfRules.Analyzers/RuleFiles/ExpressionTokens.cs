using System;
using System.Collections.Generic;

namespace PerfRules.Analyzers.RuleFiles;

/// <summary>
/// The identifiers a rule expression may not name (contracts.md "Rule files"): reflection and type
/// objects, activation, delegates and expression trees, process, file and environment access. The
/// loader rejects the same names at load time; the analyzer reports them while the project compiles.
/// </summary>
internal static class ExpressionTokens
{
    private static readonly Dictionary<string, string> Banned = new(StringComparer.Ordinal)
    {
        ["GetType"] = "reflection and type objects",
        ["typeof"] = "reflection and type objects",
        ["Type"] = "reflection and type objects",
        ["Assembly"] = "reflection and type objects",
        ["Reflection"] = "reflection and type objects",
        ["MethodInfo"] = "reflection and type objects",
        ["PropertyInfo"] = "reflection and type objects",
        ["FieldInfo"] = "reflection and type objects",
        ["MemberInfo"] = "reflection and type objects",
        ["ConstructorInfo"] = "reflection and type objects",
        ["InvokeMember"] = "reflection and type objects",
        ["MakeGenericType"] = "reflection and type objects",
        ["Activator"] = "creating objects by name",
        ["AppDomain"] = "the application domain",
        ["Delegate"] = "delegate objects",
        ["Func"] = "delegate objects",
        ["Action"] = "delegate objects",
        ["DynamicInvoke"] = "delegate objects",
        ["CreateDelegate"] = "delegate objects",
        ["Expression"] = "expression trees",
        ["Compile"] = "expression trees",
        ["Process"] = "processes",
        ["File"] = "the file system",
        ["Directory"] = "the file system",
        ["Environment"] = "the environment",
    };

    /// <summary>Each banned identifier in <paramref name="expression"/> with its offset and the kind of access it stands for; string literals are skipped.</summary>
    public static IEnumerable<(int Offset, string Name, string Reason)> FindBanned(string expression)
    {
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (c is '"' or '\'')
            {
                i = SkipQuoted(expression, i);
                continue;
            }

            if (IsIdentifierStart(c))
            {
                var start = i;
                while (i < expression.Length && IsIdentifierPart(expression[i])) i++;

                // An identifier right after a digit is part of a number literal (1e5, 10m), not a name.
                if (start > 0 && char.IsDigit(expression[start - 1])) continue;
                var name = expression.Substring(start, i - start);
                if (Banned.TryGetValue(name, out var reason)) yield return (start, name, reason);
                continue;
            }

            i++;
        }
    }

    private static int SkipQuoted(string text, int start)
    {
        var quote = text[start];
        var i = start + 1;
        while (i < text.Length)
        {
            if (text[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (text[i] == quote) return i + 1;
            i++;
        }

        return text.Length;
    }

    private static bool IsIdentifierStart(char c) => c == '_' || char.IsLetter(c);

    private static bool IsIdentifierPart(char c) => c == '_' || char.IsLetterOrDigit(c);
}
