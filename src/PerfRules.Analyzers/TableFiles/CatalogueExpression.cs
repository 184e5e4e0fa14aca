using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PerfRules.Rules.Expressions;

namespace PerfRules.Analyzers.TableFiles;

/// <summary>
/// Turns a catalogue expression, as written in the catalogue JSON, into a function of the rule's inputs, so
/// the analyzer runs the very rules the library runs without RulesEngine and without a hand-kept map.
/// </summary>
/// <remarks>
/// <para>The expression is parsed with the C# parser the analyzer already has (the catalogue's expressions are
/// C#-compatible) and bound to the helper types the library registers for rule expressions (<see cref="Structure"/>,
/// <see cref="Rules.Expressions.Values"/>, <see cref="Coherence"/>, <see cref="Funds"/>, <see cref="Prose"/>, linked
/// into this assembly) and to the inputs <c>table</c>, <c>indicator</c>, <c>cell</c> and <c>funding</c>.</para>
/// <para>Supported: literals, the inputs and their properties, static calls of helper methods, <c>!</c>, <c>&amp;&amp;</c>,
/// <c>||</c>, <c>==</c>, <c>!=</c>, <c>? :</c> and brackets. Anything else (lambdas, LINQ) makes <see cref="Bind"/>
/// return null and the rule is left to the library; a test keeps every error rule of the catalogue bindable.</para>
/// <para>The catalogue is trusted, built-in text; user rule files are never evaluated here (PR0006 only reads them).</para>
/// </remarks>
internal static class CatalogueExpression
{
    private static readonly Type[] Helpers =
    {
        typeof(Structure), typeof(PerfRules.Rules.Expressions.Values), typeof(Coherence), typeof(Funds), typeof(Prose),
    };

    private static readonly object Unsupported = new();

    /// <summary>A function of the inputs for <paramref name="expression"/>, or null when it uses syntax this binder does not support.</summary>
    public static Func<CatalogueRunner.Inputs, object?>? Bind(string expression)
    {
        var syntax = SyntaxFactory.ParseExpression(expression);
        if (syntax.ContainsDiagnostics || syntax.FullSpan.Length != expression.Length) return null;
        return Bind(syntax);
    }

    private static Func<CatalogueRunner.Inputs, object?>? Bind(ExpressionSyntax syntax) => syntax switch
    {
        ParenthesizedExpressionSyntax p => Bind(p.Expression),
        LiteralExpressionSyntax l => Literal(l),
        IdentifierNameSyntax n => Input(n.Identifier.ValueText),
        PrefixUnaryExpressionSyntax u when u.IsKind(SyntaxKind.LogicalNotExpression) => Not(Bind(u.Operand)),
        BinaryExpressionSyntax b => Binary(b),
        ConditionalExpressionSyntax c => Conditional(c),
        MemberAccessExpressionSyntax m => Member(m),
        InvocationExpressionSyntax i => Call(i),
        _ => null,
    };

    private static Func<CatalogueRunner.Inputs, object?>? Literal(LiteralExpressionSyntax literal)
    {
        object? value = literal.Kind() switch
        {
            SyntaxKind.StringLiteralExpression => literal.Token.ValueText,
            SyntaxKind.TrueLiteralExpression => true,
            SyntaxKind.FalseLiteralExpression => false,
            SyntaxKind.NullLiteralExpression => null,
            SyntaxKind.NumericLiteralExpression => literal.Token.Value,
            _ => Unsupported,
        };
        return ReferenceEquals(value, Unsupported) ? null : _ => value;
    }


    private static Func<CatalogueRunner.Inputs, object?>? Input(string name) => name switch
    {
        "table" => i => i.Table,
        "indicator" => i => i.Indicator,
        "cell" => i => i.Cell,
        "funding" => i => i.Expenditure,
        _ => null,
    };

    private static Func<CatalogueRunner.Inputs, object?>? Not(Func<CatalogueRunner.Inputs, object?>? operand) =>
        operand is null ? null : i => !(bool)operand(i)!;

    private static Func<CatalogueRunner.Inputs, object?>? Binary(BinaryExpressionSyntax binary)
    {
        var left = Bind(binary.Left);
        var right = Bind(binary.Right);
        if (left is null || right is null) return null;
        return binary.Kind() switch
        {
            SyntaxKind.LogicalOrExpression => i => (bool)left(i)! || (bool)right(i)!,
            SyntaxKind.LogicalAndExpression => i => (bool)left(i)! && (bool)right(i)!,
            SyntaxKind.EqualsExpression => i => Equals(left(i), right(i)),
            SyntaxKind.NotEqualsExpression => i => !Equals(left(i), right(i)),
            _ => null,
        };
    }

    private static Func<CatalogueRunner.Inputs, object?>? Conditional(ConditionalExpressionSyntax conditional)
    {
        var test = Bind(conditional.Condition);
        var whenTrue = Bind(conditional.WhenTrue);
        var whenFalse = Bind(conditional.WhenFalse);
        if (test is null || whenTrue is null || whenFalse is null) return null;
        return i => (bool)test(i)! ? whenTrue(i) : whenFalse(i);
    }

    private static Func<CatalogueRunner.Inputs, object?>? Member(MemberAccessExpressionSyntax member)
    {
        if (!member.IsKind(SyntaxKind.SimpleMemberAccessExpression)) return null;
        var target = Bind(member.Expression);
        if (target is null) return null;
        var name = member.Name.Identifier.ValueText;
        return i => target(i) is { } value ? Property(value.GetType(), name).GetValue(value) : throw new ArgumentException("'" + name + "' of nothing");
    }

    private static PropertyInfo Property(Type type, string name) =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance) ?? throw new ArgumentException(type.Name + " has no property " + name);

    private static Func<CatalogueRunner.Inputs, object?>? Call(InvocationExpressionSyntax invocation)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax typeName } callee) return null;
        var helper = Array.Find(Helpers, t => t.Name == typeName.Identifier.ValueText);
        if (helper is null) return null;
        var name = callee.Name.Identifier.ValueText;
        var arguments = new List<Func<CatalogueRunner.Inputs, object?>>();
        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            if (argument.NameColon is not null || !argument.RefKindKeyword.IsKind(SyntaxKind.None) || Bind(argument.Expression) is not { } bound) return null;
            arguments.Add(bound);
        }

        var candidates = Array.FindAll(helper.GetMethods(BindingFlags.Public | BindingFlags.Static), m => m.Name == name && m.GetParameters().Length == arguments.Count);
        if (candidates.Length == 0) return null;
        return i =>
        {
            var values = new object?[arguments.Count];
            for (var a = 0; a < values.Length; a++) values[a] = arguments[a](i);
            object?[]? converted = null;
            var method = Array.Find(candidates, m => (converted = Convert(m, values)) is not null) ?? throw new ArgumentException(helper.Name + "." + name + " does not take these arguments");
            try
            {
                return method.Invoke(null, converted);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                throw;
            }
        };
    }

    /// <summary>The arguments as <paramref name="method"/>'s parameters take them (a numeric literal widened to decimal …), or null when they do not fit.</summary>
    private static object?[]? Convert(MethodInfo method, object?[] values)
    {
        var parameters = method.GetParameters();
        var converted = new object?[values.Length];
        for (var p = 0; p < parameters.Length; p++)
        {
            var type = parameters[p].ParameterType;
            var target = Nullable.GetUnderlyingType(type) ?? type;
            var value = values[p];
            if (value is null)
            {
                if (type.IsValueType && Nullable.GetUnderlyingType(type) is null) return null;
            }
            else if (!type.IsInstanceOfType(value))
            {
                if (!IsNumber(value) || !IsNumber(target)) return null;
                value = System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
            }

            converted[p] = value;
        }

        return converted;
    }

    private static bool IsNumber(object value) => value is int or long or double or float or decimal;

    private static bool IsNumber(Type type) => type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(float) || type == typeof(decimal);
}
