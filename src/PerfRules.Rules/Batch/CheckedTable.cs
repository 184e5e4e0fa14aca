using System;
using System.Collections.Generic;
using PerfRules.Findings;
using PerfRules.Rules;
using PerfRules.Tables;

namespace PerfRules.Rules.Batch;

/// <summary>One table of a batch and its findings, in <see cref="Rules.RuleEngine.Check"/>'s order.</summary>
public sealed class CheckedTable
{
    /// <summary>Creates the result.</summary>
    public CheckedTable(PerformanceTable table, IReadOnlyList<Finding> findings)
        : this(table, findings, Array.Empty<RuleEvaluationException>())
    {
    }

    /// <summary>Creates the result of a table on which some rules could not run (<see cref="BatchOptions.ContinueAfterRuleErrors"/>).</summary>
    public CheckedTable(PerformanceTable table, IReadOnlyList<Finding> findings, IReadOnlyList<RuleEvaluationException> ruleErrors)
    {
        RuleErrors = ruleErrors ?? throw new ArgumentNullException(nameof(ruleErrors));
        Table = table ?? throw new ArgumentNullException(nameof(table));
        Findings = findings ?? throw new ArgumentNullException(nameof(findings));
        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i].Severity == Severity.Error) ErrorCount++;
        }
    }

    /// <summary>The table as read.</summary>
    public PerformanceTable Table { get; }

    /// <summary>Its import and rule findings.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// The rules that could not run on this table (empty unless <see cref="BatchOptions.ContinueAfterRuleErrors"/>): engine
    /// errors, not findings; <see cref="Findings"/> then holds what the other rules found.
    /// </summary>
    public IReadOnlyList<RuleEvaluationException> RuleErrors { get; }

    /// <summary>How many of <see cref="Findings"/> are errors.</summary>
    public int ErrorCount { get; }

    /// <inheritdoc />
    public override string ToString() => Table.Name + ": " + Findings.Count + " findings";
}
