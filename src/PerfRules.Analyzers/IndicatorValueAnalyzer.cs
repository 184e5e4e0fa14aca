using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PerfRules.Values;

namespace PerfRules.Analyzers;

/// <summary>
/// PR0001 (constant value text that does not parse) and PR0002 (non-canonical comparison spelling) on
/// arguments of <c>IndicatorValue.Parse</c>/<c>TryParse</c>, <c>IndicatorValueParser.Parse</c> and any
/// parameter marked <c>[IndicatorValueSyntax]</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IndicatorValueAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.InvalidValue, Descriptors.NonCanonicalOperator);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.From(start.Compilation);
            if (!symbols.HasValueApi) return;
            start.RegisterOperationAction(c => AnalyzeArgument(c, symbols), OperationKind.Argument);
        });
    }

    private static void AnalyzeArgument(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.IsImplicit || argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is not { } parameter) return;
        if (!symbols.TakesValueText(parameter)) return;
        if (!ConstantText.TryRead(argument.Value, out var text)) return;
        Report(context.ReportDiagnostic, context.Options, text);
    }

    /// <summary>Checks one constant value text; shared with the table analyzer's callers via the attribute.</summary>
    internal static void Report(System.Action<Diagnostic> report, AnalyzerOptions options, ConstantText text)
    {
        var result = IndicatorValueParser.Parse(text.Value);
        if (!result.IsSuccess)
        {
            var error = result.Error;
            var expected = error.Expected is { Count: > 0 } alternatives ? string.Join(" or ", alternatives) : "a valid indicator value";
            report(Diagnostic.Create(DocsLinks.Apply(Descriptors.InvalidValue, options), text.Locate(error.Offset, error.Length), text.Value, error.Message, expected));
            return;
        }

        if (!OperatorSpelling.TryFind(text.Value, result.Value, out var spelling)) return;
        var properties = text.Literal is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(Descriptors.ReplacementProperty, spelling.Replacement);
        report(Diagnostic.Create(
            DocsLinks.Apply(Descriptors.NonCanonicalOperator, options),
            text.Locate(spelling.Offset, spelling.Length),
            properties,
            text.Value,
            spelling.Written,
            spelling.Canonical,
            spelling.Replacement));
    }
}
