using System;
using System.Collections.Generic;
using PerfRules.Findings;

namespace PerfRules.Rules.Loading;

/// <summary>
/// What a rule file's <c>Properties</c> and expressions must look like (docs/rule-contracts.md),
/// checkable without RulesEngine: shared by the loader and the compile-time analyzer (PR0006).
/// </summary>
internal static class RuleFileChecks
{
    /// <summary>The scope words a rule may declare: <c>table</c>, <c>field</c>, <c>indicator</c>, <c>cell</c>, <c>funding</c>.</summary>
    public static IReadOnlyList<string> ScopeNames { get; } = new[] { "table", "field", "indicator", "cell", "funding" };

    /// <summary>The severity words: <c>error</c>, <c>warning</c>, <c>info</c>.</summary>
    public static IReadOnlyList<string> SeverityNames { get; } = new[] { "error", "warning", "info" };

    /// <summary>
    /// Identifiers an expression may never name, outside string literals: reflection and type objects,
    /// code generation, delegates, processes, files, the environment, threads (docs/rule-contracts.md "The sandbox").
    /// The loader's expression-tree whitelist is the real guard; this list gives the clear message.
    /// </summary>
    public static IReadOnlyCollection<string> BannedIdentifiers => Banned;

    private static readonly HashSet<string> Banned = new(StringComparer.Ordinal)
    {
        "GetType", "typeof", "Type", "TypeInfo", "Assembly", "AssemblyName", "Activator", "Reflection", "MethodInfo",
        "MethodBase", "PropertyInfo", "FieldInfo", "MemberInfo", "ConstructorInfo", "ParameterInfo", "DefinedTypes",
        "ExportedTypes", "GetMethod", "GetMethods", "GetProperty", "GetProperties", "GetField", "GetFields", "GetMember",
        "GetMembers", "GetConstructor", "GetConstructors", "InvokeMember", "CreateInstance", "CreateDelegate", "Delegate",
        "MulticastDelegate", "Func", "Action", "Expression", "Expressions", "LambdaExpression", "Compile", "CompileFast",
        "DynamicInvoke", "Invoke", "Emit", "Process", "ProcessStartInfo", "File", "FileInfo", "Directory", "DirectoryInfo",
        "DriveInfo", "FileStream", "Stream", "StreamReader", "StreamWriter", "Path", "IO", "Environment", "AppDomain",
        "AppContext", "Marshal", "InteropServices", "Unsafe", "GC", "Thread", "ThreadPool", "Threading", "Task", "Parallel",
        "Timer", "Console", "Diagnostics", "Debugger", "Runtime", "Registry", "Socket", "Sockets", "Net", "Http",
        "HttpClient", "WebClient", "WebRequest", "Dns", "Queryable", "AsQueryable", "Provider", "Load", "LoadFrom",
        "LoadFile", "Random", "Guid", "NewGuid", "Now", "UtcNow", "Today", "Convert", "ChangeType",
    };

    /// <summary>True for <c>error</c>, <c>warning</c>, <c>info</c> (exact, lower case), with the parsed severity.</summary>
    public static bool TryParseSeverity(string? text, out Severity severity)
    {
        switch (text)
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "info": severity = Severity.Info; return true;
            default: severity = Severity.Info; return false;
        }
    }

    /// <summary>The severity word of a severity (<c>error</c>, <c>warning</c>, <c>info</c>).</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>True when <paramref name="scope"/> is one of <see cref="ScopeNames"/>.</summary>
    public static bool IsKnownScope(string? scope)
    {
        foreach (var s in ScopeNames)
        {
            if (string.Equals(s, scope, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>
    /// True when an id is reserved for the built-in catalogue: one of S, V, C, F, E, I followed by a
    /// digit (S01, I10, E07 …). User rules use their own prefix (X01, JS-01).
    /// </summary>
    public static bool IsReservedId(string? id) =>
        id is { Length: >= 2 } && "SVCFEI".IndexOf(char.ToUpperInvariant(id[0])) >= 0 && id[1] >= '0' && id[1] <= '9';

    /// <summary>True when an id is well formed: a letter, then up to 31 letters, digits, <c>-</c>, <c>_</c> or <c>.</c>.</summary>
    public static bool IsWellFormedId(string? id)
    {
        if (id is null || id.Length == 0 || id.Length > 32 || !IsAsciiLetter(id[0])) return false;
        foreach (var c in id)
        {
            if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')) return false;
        }

        return true;
    }

    /// <summary>
    /// The first banned identifier in an expression, outside string and character literals, with its
    /// 0-based offset; null when there is none.
    /// </summary>
    public static string? FindBannedIdentifier(string? expression, out int offset)
    {
        offset = -1;
        if (expression is null) return null;
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (c == '"' || c == '\'')
            {
                i = SkipLiteral(expression, i);
                continue;
            }

            if (char.IsLetter(c) || c == '_' || c == '@')
            {
                var start = i;
                i++;
                while (i < expression.Length && (char.IsLetterOrDigit(expression[i]) || expression[i] == '_')) i++;
                var word = expression.Substring(start, i - start).TrimStart('@');
                if (Banned.Contains(word))
                {
                    offset = start;
                    return word;
                }

                continue;
            }

            i++;
        }

        return null;
    }

    private static int SkipLiteral(string text, int start)
    {
        var quote = text[start];
        var i = start + 1;
        while (i < text.Length)
        {
            if (text[i] == '\\') { i += 2; continue; }
            if (text[i] == quote)
            {
                // Dynamic LINQ also accepts a doubled quote inside a literal.
                if (i + 1 < text.Length && text[i + 1] == quote) { i += 2; continue; }
                return i + 1;
            }

            i++;
        }

        return text.Length;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
