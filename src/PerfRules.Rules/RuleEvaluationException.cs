using System;

namespace PerfRules.Rules;

/// <summary>
/// A rule that failed while running (an exception inside a helper, or an error RulesEngine reported).
/// An engine error, never a finding: a rule that cannot run must not make a table look non-compliant.
/// </summary>
public sealed class RuleEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleEvaluationException(string ruleId, string ruleName, string source, string? table, string detail, Exception? inner = null)
        : base(source + ": rule '" + ruleName + "' (" + ruleId + ") failed on table '" + (table ?? "?") + "': " + detail, inner)
    {
        RuleId = ruleId;
        RuleName = ruleName;
        SourceName = source;
        Table = table;
    }

    /// <summary>Creates the exception for a rule of workflow <paramref name="workflow"/>: the message names file, workflow, rule and table.</summary>
    internal RuleEvaluationException(string ruleId, string ruleName, string? workflow, string source, string? table, string detail, Exception? inner)
        : base(source + ": " + (workflow is null ? string.Empty : "workflow '" + workflow + "', ") + "rule '" + ruleName + "' (" + ruleId + ") failed on table '" + (table ?? "?") + "': " + detail, inner)
    {
        RuleId = ruleId;
        RuleName = ruleName;
        Workflow = workflow;
        SourceName = source;
        Table = table;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public RuleEvaluationException()
        : this("?", "?", "?", null, "rule evaluation error")
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
}
