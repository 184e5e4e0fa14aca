using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using PerfRules.Findings;

namespace PerfRules.Rules;

/// <summary>
/// One validated rule of a <see cref="RuleSet"/>: its stable id, severity, scope and message
/// template, its expression text and (internally) the parsed, sandbox-vetted expression tree that
/// every evaluation path runs. Immutable.
/// </summary>
public sealed class CatalogueRule
{
    internal CatalogueRule(
        int index, string id, string ruleName, string workflowName, string sourceName, bool isBuiltIn, Severity severity,
        RuleScope scope, string message, string? field, string title, string expression, bool enabled,
        IReadOnlyList<RuleArgument> arguments, LambdaExpression condition)
    {
        Index = index;
        Id = id;
        RuleName = ruleName;
        WorkflowName = workflowName;
        SourceName = sourceName;
        IsBuiltIn = isBuiltIn;
        Severity = severity;
        Scope = scope;
        Message = message;
        Field = field;
        Title = title;
        Expression = expression;
        Enabled = enabled;
        Arguments = arguments;
        Condition = condition;
        Template = Evaluation.MessageTemplate.Parse(message, ArgumentNames(arguments));
    }

    /// <summary>Position in <see cref="RuleSet.Rules"/>; findings are ordered by it (see <see cref="RuleEngine"/>).</summary>
    public int Index { get; }

    /// <summary>The stable id (<c>S01</c>, <c>V03</c>, a user id such as <c>X01</c>); several rules may share one.</summary>
    public string Id { get; }

    /// <summary>The RuleName, unique within its workflow (<c>S01.项目名称</c>).</summary>
    public string RuleName { get; }

    /// <summary>The workflow the rule belongs to (<c>structure</c>, <c>value</c>, <c>consistency</c>, <c>funding</c>, or a user's).</summary>
    public string WorkflowName { get; }

    /// <summary>The file (or built-in resource) the rule came from.</summary>
    public string SourceName { get; }

    /// <summary>True for the built-in catalogue.</summary>
    public bool IsBuiltIn { get; }

    /// <summary>The severity the rule file declares (a profile may change it per table).</summary>
    public Severity Severity { get; }

    /// <summary>How often the rule runs and which inputs it sees.</summary>
    public RuleScope Scope { get; }

    /// <summary>The message template with <c>{indicator}</c>, <c>{value}</c> … placeholders.</summary>
    public string Message { get; }

    /// <summary>For a table-scoped rule, the field its findings point at (<c>资金总额</c>), or null.</summary>
    public string? Field { get; }

    /// <summary>A short title (for SARIF rule metadata and reports).</summary>
    public string Title { get; }

    /// <summary>The expression text as written (true = the table complies).</summary>
    public string Expression { get; }

    /// <summary>False when the rule file sets <c>Enabled: false</c>.</summary>
    public bool Enabled { get; }

    /// <summary>Named argument expressions evaluated for a finding (<c>expected</c>, <c>value</c> …).</summary>
    public IReadOnlyList<RuleArgument> Arguments { get; }

    /// <summary>
    /// The parsed and vetted condition: a lambda over the scope's inputs (see <see cref="RuleScope"/>,
    /// parameters in the order table, [field | indicator [, cell] | funding], asOf) returning bool.
    /// Every evaluation path compiles this tree; nothing re-parses the text.
    /// </summary>
    internal LambdaExpression Condition { get; }

    /// <summary><see cref="Message"/> parsed once, for building findings.</summary>
    internal Evaluation.MessageTemplate Template { get; }

    /// <inheritdoc />
    public override string ToString() => Id + " (" + RuleName + ", " + WorkflowName + ")";

    private static string[] ArgumentNames(IReadOnlyList<RuleArgument> arguments)
    {
        var names = new string[arguments.Count];
        for (var i = 0; i < names.Length; i++) names[i] = arguments[i].Name;
        return names;
    }
}

/// <summary>A named argument of a rule: an expression whose value fills a message placeholder and a finding argument.</summary>
public sealed class RuleArgument
{
    internal RuleArgument(string name, string expression, LambdaExpression parsed)
    {
        Name = name;
        Expression = expression;
        Parsed = parsed;
        Evaluate = Compile(parsed);
    }

    /// <summary>The placeholder name (<c>expected</c>).</summary>
    public string Name { get; }

    /// <summary>The expression text.</summary>
    public string Expression { get; }

    /// <summary>The parsed, vetted lambda (same parameters as the rule's condition, returning object).</summary>
    internal LambdaExpression Parsed { get; }

    /// <summary>The compiled lambda over the scope's inputs in parameter order.</summary>
    internal Func<object?[], object?> Evaluate { get; }

    private static Func<object?[], object?> Compile(LambdaExpression lambda)
    {
        var args = System.Linq.Expressions.Expression.Parameter(typeof(object[]), "args");
        var inputs = new Expression[lambda.Parameters.Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            inputs[i] = System.Linq.Expressions.Expression.Convert(
                System.Linq.Expressions.Expression.ArrayIndex(args, System.Linq.Expressions.Expression.Constant(i)), lambda.Parameters[i].Type);
        }

        var body = System.Linq.Expressions.Expression.Convert(System.Linq.Expressions.Expression.Invoke(lambda, inputs), typeof(object));
        return System.Linq.Expressions.Expression.Lambda<Func<object?[], object?>>(body, args).Compile();
    }
}
