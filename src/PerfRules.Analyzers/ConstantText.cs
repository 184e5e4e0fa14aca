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
/// <remarks>The character map is built only when a diagnostic needs it: most constants are fine.</remarks>
internal readonly struct ConstantText
{
    private ConstantText(string value, SyntaxNode expression, LiteralExpressionSyntax? literal)
    {
        Value = value;
        Expression = expression;
        Literal = literal;
    }

    /// <summary>The constant value.</summary>
    public string Value { get; }

    /// <summary>The argument expression.</summary>
    public SyntaxNode Expression { get; }

    /// <summary>The string literal when the argument is a single one (code fixes rewrite it), else null.</summary>
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
        text = new ConstantText(value, operation.Syntax, literal is not null && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal : null);
        return true;
    }

    /// <summary>The location of value characters [<paramref name="offset"/>, +<paramref name="length"/>), or the whole expression when they cannot be mapped.</summary>
    public Location Locate(int offset, int length) => Location.Create(Expression.SyntaxTree, Span(offset, length));

    /// <summary>The location of the whole argument.</summary>
    public Location Whole => Expression.GetLocation();

    /// <summary>The span of value characters, or the whole expression.</summary>
    public TextSpan Span(int offset, int length) =>
        (Literal is null ? null : StringLiteralMap.Create(Literal.Token)) is { } map ? map.Map(offset, length) : Expression.Span;
}
