using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PerfRules.Tests;

/// <summary>
/// What a message about a user's file (a rule file, a profile, a command-line option) must look like, checked
/// mechanically: Chinese text, and none of .NET's own vocabulary — no namespace, no exception or CLR type name, no
/// System.Text.Json position text, no English sentence. Shared by the rule and CLI tests (linked into both).
/// </summary>
internal static partial class UserMessageText
{
    /// <summary>Names that only .NET (never a rule author, a profile or an option) would put in a message.</summary>
    private static readonly string[] ClrNames =
    {
        "System.", "Exception", "JsonValueKind", "JsonElement", "JsonToken", "LineNumber:", "BytePositionInLine", "(Parameter '",
        "Int16", "Int32", "Int64", "UInt", "Boolean", "Decimal", "Double", "Single'", "String'", "'String", "DateTime'", "'DateTime",
        "RuntimeType", "RuntimeMethodInfo", "MethodInfo", "PerformanceTable", "IndicatorCell", "TableField", "ValueList", "IEnumerable",
        "IReadOnlyList", "Nullable", "Func`", "Func<", "Action<", "`1", "`2", "RuleOptions.", "PerfRules.Rules.", "PerfRules.Import.",
        "Linq.", "Expression`", "ParsingConfig", "at index ",
    };

    /// <summary>Why <paramref name="message"/> is not a proper user message; empty when it is.</summary>
    public static IReadOnlyList<string> Problems(string message)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(message)) return new[] { "empty" };
        if (!Cjk().IsMatch(message)) problems.Add("no Chinese text");
        foreach (var name in ClrNames)
        {
            if (message.Contains(name, System.StringComparison.Ordinal)) problems.Add("shows '" + name + "'");
        }

        if (EnglishSentence().Match(message) is { Success: true } m) problems.Add("English sentence '" + m.Value + "'");
        return problems;
    }

    /// <summary>Fails with the message and every problem found in it.</summary>
    public static void AssertClean(string message, string context = "")
    {
        var problems = Problems(message);
        Xunit.Assert.True(problems.Count == 0, "not a user message (" + string.Join("; ", problems) + ")" + (context.Length > 0 ? " for " + context : string.Empty) + ":\n" + message);
    }

    [GeneratedRegex(@"[\u4E00-\u9FFF]")]
    private static partial Regex Cjk();

    // Four lower-case English words in a row: a sentence, not an identifier, a JSON member or an option name.
    [GeneratedRegex(@"\b[a-z]+ [a-z]+ [a-z]+ [a-z]+\b")]
    private static partial Regex EnglishSentence();
}
