using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using PerfRules.Rules.Evaluation;

// Rule loading as a whole needs dynamic code and unreferenced members (RuleLoading.AotMessage/TrimmingMessage):
// the arrays and generic instantiations built here are of types the expression already uses.
#pragma warning disable IL3050, IL2060

namespace PerfRules.Rules.Loading;

/// <summary>
/// Rewrites a vetted user expression so that running it charges the rule's <see cref="EvaluationBudget"/>:
/// every sequence a LINQ method walks goes through <see cref="Metered.Walk{T}"/>; <c>Replace</c>,
/// <c>Join</c>, <c>Concat</c> (and string <c>+</c>) and <c>Split</c> are charged before they build anything;
/// every other string a call returns is charged after; <c>ToString</c> of numbers and dates formats in the
/// invariant culture. Applied after <see cref="SandboxVisitor"/>, so it only ever adds calls to
/// <see cref="Metered"/>. The built-in catalogue is trusted and not rewritten.
/// </summary>
internal sealed class BudgetRewriter : ExpressionVisitor
{
    private static readonly MethodInfo WalkMethod = Method(nameof(Metered.Walk));
    private static readonly MethodInfo BuiltMethod = Method(nameof(Metered.Built));
    private static readonly MethodInfo ReplaceMethod = Method(nameof(Metered.Replace));
    private static readonly MethodInfo JoinMethod = Method(nameof(Metered.Join));
    private static readonly MethodInfo ConcatMethod = Method(nameof(Metered.Concat));
    private static readonly MethodInfo FormatMethod = Method(nameof(Metered.Format));
    private static readonly MethodInfo FormatWithMethod = Method(nameof(Metered.FormatWith));
    private static readonly MethodInfo BeforeSplitMethod = Method(nameof(Metered.BeforeSplit));

    private BudgetRewriter()
    {
    }

    /// <summary>The metered form of <paramref name="body"/>.</summary>
    /// <exception cref="SandboxViolationException">The expression uses a text-building overload that cannot be metered.</exception>
    public static Expression Rewrite(Expression body) => new BudgetRewriter().Visit(body);

    /// <inheritdoc />
    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var target = Visit(node.Object);
        var arguments = Visit(node.Arguments);
        var method = node.Method;
        var parameters = method.GetParameters();

        if (method.DeclaringType == typeof(Enumerable))
        {
            var walked = new Expression[arguments.Count];
            for (var i = 0; i < walked.Length; i++) walked[i] = IsSequence(parameters[i].ParameterType) ? Walk(arguments[i], parameters[i].ParameterType) : arguments[i];
            return Expression.Call(method, walked);
        }

        if (method.DeclaringType == typeof(string) && Text(method, target, arguments, parameters) is { } text) return text;

        if (method.Name == nameof(ToString) && target is not null && target.Type.IsValueType)
        {
            if (arguments.Count == 0) return Expression.Call(FormatMethod, Expression.Convert(target, typeof(object)));
            if (arguments.Count == 1 && parameters[0].ParameterType == typeof(string) && typeof(IFormattable).IsAssignableFrom(target.Type))
            {
                return Expression.Call(FormatWithMethod, Expression.Convert(target, typeof(IFormattable)), arguments[0]);
            }
        }

        var updated = node.Update(target, arguments);
        return updated.Type == typeof(string) ? Expression.Call(BuiltMethod, updated) : updated;
    }

    /// <inheritdoc />
    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.NodeType == ExpressionType.Add && node.Type == typeof(string))
        {
            return Expression.Call(ConcatMethod, Expression.NewArrayInit(typeof(object), Boxed(Visit(node.Left)), Boxed(Visit(node.Right))));
        }

        return base.VisitBinary(node);
    }

    private static Expression? Text(MethodInfo method, Expression? target, IReadOnlyList<Expression> arguments, ParameterInfo[] parameters)
    {
        switch (method.Name)
        {
            case nameof(string.Replace) when target is not null && parameters.Length == 2 && parameters[0].ParameterType == typeof(string):
                return Expression.Call(ReplaceMethod, target, arguments[0], arguments[1]);
            case nameof(string.Join) when parameters.Length == 2:
                var separator = parameters[0].ParameterType == typeof(char)
                    ? Expression.Call(arguments[0], typeof(char).GetMethod(nameof(ToString), Type.EmptyTypes)!)
                    : arguments[0];
                return Expression.Call(JoinMethod, separator, Items(arguments[1], parameters[1].ParameterType));
            case nameof(string.Join):
                throw new SandboxViolationException("调用了带起始位置和个数的 string.Join，规则表达式不能调用它；请直接连接各项：string.Join(分隔符, 列表)");
            case nameof(string.Concat) when parameters.Length == 1 && (parameters[0].ParameterType.IsArray || IsSequence(parameters[0].ParameterType) || parameters[0].ParameterType == typeof(IEnumerable)):
                return Expression.Call(JoinMethod, Expression.Constant(string.Empty), Items(arguments[0], parameters[0].ParameterType));
            case nameof(string.Concat):
                return Expression.Call(ConcatMethod, Expression.NewArrayInit(typeof(object), arguments.Select(Boxed)));
            case nameof(string.Split) when target is not null:
                char[]? none = null;
                Expression separators = parameters.Length > 0 && parameters[0].ParameterType == typeof(char[]) ? arguments[0]
                    : parameters.Length > 0 && parameters[0].ParameterType == typeof(char) ? Expression.NewArrayInit(typeof(char), arguments[0])
                    : Expression.Constant(none, typeof(char[]));
                return Expression.Call(Expression.Call(BeforeSplitMethod, target, separators), method, arguments);
            default:
                return null;
        }
    }

    private static Expression Items(Expression items, Type parameterType) =>
        parameterType.IsArray || IsSequence(parameterType) || parameterType == typeof(IEnumerable)
            ? Expression.Convert(items, typeof(IEnumerable))
            : Expression.NewArrayInit(typeof(object), Boxed(items));

    private static Expression Boxed(Expression e) => e.Type == typeof(object) ? e : Expression.Convert(e, typeof(object));

    private static Expression Walk(Expression sequence, Type parameterType) =>
        Expression.Call(WalkMethod.MakeGenericMethod(parameterType.GetGenericArguments()[0]), sequence);

    private static bool IsSequence(Type t) => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>);

    private static MethodInfo Method(string name) => typeof(Metered).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;
}
