using System;

namespace PerfRules.Rules;

/// <summary>
/// A rule that failed while running (an exception inside a helper, or an error RulesEngine reported).
/// An engine error, never a finding: a rule that cannot run must not make a table look non-compliant. The message is
/// Chinese and names file, workflow, rule and table (<c>x.json：工作流「W」，规则「R」（X01）在表「T」上运行失败：下标超出范围…</c>);
/// .NET's own English reason is replaced by what it means for the rule.
/// </summary>
public sealed class RuleEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleEvaluationException(string ruleId, string ruleName, string source, string? table, string detail, Exception? inner = null)
        : base(Format(source, null, ruleName, ruleId, table, detail, inner), inner)
    {
        RuleId = ruleId;
        RuleName = ruleName;
        SourceName = source;
        Table = table;
    }

    /// <summary>Creates the exception for a rule of workflow <paramref name="workflow"/>: the message names file, workflow, rule and table.</summary>
    internal RuleEvaluationException(string ruleId, string ruleName, string? workflow, string source, string? table, string detail, Exception? inner)
        : base(Format(source, workflow, ruleName, ruleId, table, detail, inner), inner)
    {
        RuleId = ruleId;
        RuleName = ruleName;
        Workflow = workflow;
        SourceName = source;
        Table = table;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public RuleEvaluationException()
        : this("?", "?", "?", null, "规则运行出错")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public RuleEvaluationException(string message)
        : this("?", "?", "?", null, message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public RuleEvaluationException(string message, Exception inner)
        : this("?", "?", "?", null, message, inner)
    {
    }

    /// <summary>The rule's id.</summary>
    public string RuleId { get; }

    /// <summary>The rule's RuleName.</summary>
    public string RuleName { get; }

    /// <summary>The rule's workflow (WorkflowName), or null when not known.</summary>
    public string? Workflow { get; }

    /// <summary>The file (or built-in workflow) the rule came from.</summary>
    public string SourceName { get; }

    /// <summary>The table's name, or null.</summary>
    public string? Table { get; }

    internal static RuleEvaluationException Of(CatalogueRule rule, string? table, string detail, Exception? inner = null) =>
        new(rule.Id, rule.RuleName, rule.WorkflowName, rule.SourceName, table, detail, inner);

    private static string Format(string source, string? workflow, string ruleName, string ruleId, string? table, string detail, Exception? inner) =>
        source + "：" + (workflow is null ? string.Empty : "工作流「" + workflow + "」，") + "规则「" + ruleName + "」（" + ruleId + "）在表「" + (table ?? "?") +
        "」上运行失败：" + Evaluation.RuntimeErrorText.Of(detail, inner);
}
