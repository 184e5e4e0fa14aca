using PerfRules.Findings;

namespace PerfRules.Rules.Reporting;

/// <summary>How the report names and draws each severity: a token for attributes and CSS, the Chinese word, and an icon.</summary>
internal static class ReportSeverity
{
    /// <summary>The severities from the most serious down.</summary>
    public static readonly Severity[] Descending = { Severity.Error, Severity.Warning, Severity.Info };

    /// <summary>The token written in <c>data-severity</c> (the same as the JSON report's): error, warning, info.</summary>
    public static string Token(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>错误 / 警告 / 提示.</summary>
    public static string Word(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    /// <summary>An inline icon (a reference to the symbol the report defines once): a cross in an octagon, a mark in a triangle, an i in a circle.</summary>
    public static string Icon(Severity severity) =>
        "<svg class=\"ic\" aria-hidden=\"true\" focusable=\"false\"><use href=\"#i-" + Token(severity) + "\"/></svg>";
}
