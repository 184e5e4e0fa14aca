using System;

namespace PerfRules.Rules;

/// <summary>
/// A rule file or profile that cannot be loaded: JSON syntax, an unknown member, a duplicate
/// RuleName, a missing or unknown Severity/Id/Scope, a reserved id in a user rule, or an expression
/// that does not parse or leaves the sandbox. Thrown at load, never later as a failing table; the
/// message, in Chinese like the findings, names the file, the workflow and the rule
/// (<c>x.rules.json：工作流「user」，规则「R1」：Severity「fatal」不是 error、warning、info 之一</c>).
/// </summary>
public sealed class RuleLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file path (or the name given to a string source).</param>
    /// <param name="workflow">The workflow name, or null when the problem is above any workflow.</param>
    /// <param name="rule">The RuleName (or <c>#n</c> when it has none), or null.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public RuleLoadException(string source, string? workflow, string? rule, string reason, Exception? inner = null)
        : base(Format(source, workflow, rule, reason), inner)
    {
        SourceName = source;
        Workflow = workflow;
        Rule = rule;
        Reason = reason;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public RuleLoadException()
        : this("<unknown>", null, null, "规则加载失败")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public RuleLoadException(string message)
        : this("<unknown>", null, null, message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public RuleLoadException(string message, Exception inner)
        : this("<unknown>", null, null, message, inner)
    {
    }

    /// <summary>The file path or source name.</summary>
    public string SourceName { get; }

    /// <summary>The workflow, or null.</summary>
    public string? Workflow { get; }

    /// <summary>The rule, or null.</summary>
    public string? Rule { get; }

    /// <summary>What is wrong, without the location (in Chinese; JSON member names, ids and option names verbatim).</summary>
    public string Reason { get; }

    private static string Format(string source, string? workflow, string? rule, string reason)
    {
        var where = source;
        if (workflow is not null) where += "：工作流「" + workflow + "」";
        if (rule is not null) where += (workflow is null ? "：" : "，") + "规则「" + rule + "」";
        return where + "：" + reason;
    }
}
