using System;
using System.Linq.Expressions;
using FastExpressionCompiler;
using PerfRules.Checks;
using PerfRules.Rules;
using PerfRules.Tables;

namespace PerfRules.Rules.Batch;

/// <summary>
/// One rule's condition compiled into a strongly typed delegate over its scope's inputs. The tree is
/// the one <see cref="RuleSet"/> loaded (parsed by System.Linq.Dynamic.Core with RulesEngine's
/// configuration and vetted by the sandbox), so nothing is re-parsed and nothing new is allowed.
/// Exactly one delegate field is set, the one of <see cref="CatalogueRule.Scope"/>.
/// </summary>
internal sealed class CompiledRule
{
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    public CompiledRule(CatalogueRule rule)
    {
        Rule = rule;
        var lambda = rule.Condition;
        switch (rule.Scope)
        {
            case RuleScope.Table:
                Table = Compile<Func<PerformanceTable, DateTime, bool>>(rule, lambda);
                break;
            case RuleScope.Field:
                Field = Compile<Func<PerformanceTable, TableField, DateTime, bool>>(rule, lambda);
                break;
            case RuleScope.Indicator:
                Indicator = Compile<Func<PerformanceTable, Indicator, DateTime, bool>>(rule, lambda);
                break;
            case RuleScope.Cell:
                Cell = Compile<Func<PerformanceTable, Indicator, IndicatorCell, DateTime, bool>>(rule, lambda);
                break;
            case RuleScope.Funding:
                Funding = Compile<Func<PerformanceTable, Expenditure, DateTime, bool>>(rule, lambda);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule.Scope, "unknown rule scope");
        }
    }

    /// <summary>The rule (its id, message template, arguments and index).</summary>
    public CatalogueRule Rule { get; }

    /// <summary>A <c>table</c>-scoped condition.</summary>
    public Func<PerformanceTable, DateTime, bool>? Table { get; }

    /// <summary>A <c>field</c>-scoped condition.</summary>
    public Func<PerformanceTable, TableField, DateTime, bool>? Field { get; }

    /// <summary>An <c>indicator</c>-scoped condition.</summary>
    public Func<PerformanceTable, Indicator, DateTime, bool>? Indicator { get; }

    /// <summary>A <c>cell</c>-scoped condition.</summary>
    public Func<PerformanceTable, Indicator, IndicatorCell, DateTime, bool>? Cell { get; }

    /// <summary>A <c>funding</c>-scoped condition.</summary>
    public Func<PerformanceTable, Expenditure, DateTime, bool>? Funding { get; }

    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    private static TDelegate Compile<TDelegate>(CatalogueRule rule, LambdaExpression condition)
        where TDelegate : Delegate
    {
        // The loaded lambda's delegate type is inferred from its parameters; restate it as the typed Func.
        var typed = Expression.Lambda<TDelegate>(condition.Body, condition.Name, condition.Parameters);
        try
        {
            // RulesEngine compiles with FastExpressionCompiler too; fall back to the BCL compiler for a
            // construct FEC does not support rather than refusing a rule the reference path can run.
            return typed.CompileFast<TDelegate>(ifFastFailedReturnNull: true) ?? typed.Compile();
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            // .NET's own text would name its expression-tree types; the rule author needs what to do.
            throw new RuleLoadException(rule.SourceName, rule.WorkflowName, rule.RuleName, "表达式无法编译成委托（编译器不支持其中的写法）；请简化表达式，或报告这一问题并附上规则文件", ex);
        }
    }
}
