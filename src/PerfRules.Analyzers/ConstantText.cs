using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace PerfRules.Analyzers;

/// <summary>
/// A constant string argument and where its characters are in the source: exact for a single string
/// literal (escapes, verbatim and raw strings mapped), the whole expression for any other constant
/// (<c>const</c> fields, concatenations).
/// </summary>
internal readonly struct ConstantText
{
    private readonly StringLiteralMap? _map;

    private ConstantText(string value, SyntaxNode expression, LiteralExpressionSyntax? literal, StringLiteralMap? map)
    {
        Value = value;
        Expression = expression;
        Literal = literal;
        _map = map;
    }

    /// <summary>The constant value.</summary>
    public string Value { get; }

    /// <summary>The argument expression.</summary>
    public SyntaxNode Expression { get; }

    /// <summary>The string literal when the argument is one (code fixes rewrite it), else null.</summary>
    public LiteralExpressionSyntax? Literal { get; }

    /// <summary>Reads a constant string from an operation; false for non-constant or non-string values.</summary>
    public static bool TryRead(IOperation? operation, out ConstantText text)
    {
        text = default;
        if (operation is null) return false;
        while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
        if (operation.ConstantValue is not { HasValue: true, Value: string value }) return false;
        var syntax = operation.Syntax;
        while (syntax is ParenthesizedExpressionSyntax parenthesized) syntax = parenthesized.Expression;
        var literal = syntax as LiteralExpressionSyntax;
        var map = literal is not null && literal.IsKind(SyntaxKind.StringLiteralExpression) ? StringLiteralMap.Create(literal.Token) : null;
        text = new ConstantText(value, operation.Syntax, map is null ? null : literal, map);
        return true;
    }

    /// <summary>The location of value characters [<paramref name="offset"/>, +<paramref name="length"/>), or the whole expression when they cannot be mapped.</summary>
    public Location Locate(int offset, int length)
    {
        var tree = Expression.SyntaxTree;
        return _map is null ? Expression.GetLocation() : Location.Create(tree, _map.Map(offset, length));
    }

    /// <summary>The location of the whole argument.</summary>
    public Location Whole => Expression.GetLocation();

    /// <summary>The span of value characters, or the whole expression.</summary>
    public TextSpan Span(int offset, int length) => _map is null ? Expression.Span : _map.Map(offset, length);
}
