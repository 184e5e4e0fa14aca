using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PerfRules.Analyzers;

namespace PerfRules.Analyzers.CodeFixes;

/// <summary>
/// Rewrites a string literal to the text the analyzer computed: the canonical comparison (PR0002,
/// <c>"&gt;=5家"</c> → <c>"≥5家"</c>) or the matching criterion word (PR0004, <c>"合理"</c> → <c>"充分"</c>
/// for 立项依据充分性). The literal keeps its form (regular, verbatim or raw).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceLiteralCodeFix)), Shared]
public sealed class ReplaceLiteralCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(Descriptors.NonCanonicalOperator.Id, Descriptors.CriterionWord.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(Descriptors.ReplacementProperty, out var replacement) || replacement is null) continue;
            var literal = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<LiteralExpressionSyntax>();
            if (literal is null || !literal.IsKind(SyntaxKind.StringLiteralExpression)) continue;
            var title = diagnostic.Id == Descriptors.NonCanonicalOperator.Id
                ? "Write the comparison as '" + replacement + "'"
                : "Use the criterion word '" + replacement + "'";
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => ReplaceAsync(context.Document, literal, replacement, ct), equivalenceKey: diagnostic.Id),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, string value, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null) return document;
        var token = CreateToken(literal.Token, value);
        return document.WithSyntaxRoot(root.ReplaceToken(literal.Token, token));
    }

    /// <summary>A new string token with the same form (regular, verbatim, raw) and trivia as <paramref name="old"/>.</summary>
    internal static SyntaxToken CreateToken(SyntaxToken old, string value)
    {
        var text = old.Text;
        SyntaxToken token;
        if (old.IsKind(SyntaxKind.StringLiteralToken) && text.StartsWith("@", System.StringComparison.Ordinal))
        {
            token = SyntaxFactory.Literal("@\"" + value.Replace("\"", "\"\"") + "\"", value);
        }
        else if (old.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) && value.IndexOf('"') < 0 && value.IndexOf('\n') < 0 && value.IndexOf('\r') < 0)
        {
            var quotes = new string('"', CountQuotes(text));
            token = SyntaxFactory.Token(default, SyntaxKind.SingleLineRawStringLiteralToken, quotes + value + quotes, value, default);
        }
        else
        {
            token = SyntaxFactory.Literal(value);
        }

        return token.WithLeadingTrivia(old.LeadingTrivia).WithTrailingTrivia(old.TrailingTrivia);
    }

    private static int CountQuotes(string text)
    {
        var n = 0;
        while (n < text.Length && text[n] == '"') n++;
        return n;
    }
}
