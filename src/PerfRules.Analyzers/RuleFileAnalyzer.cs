using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PerfRules.Analyzers.RuleFiles;

namespace PerfRules.Analyzers;

/// <summary>PR0006: checks <c>*.perfrules.json</c> rule files included as AdditionalFiles (the PerfRules package adds them).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleFileAnalyzer : DiagnosticAnalyzer
{
    internal const string Suffix = ".perfrules.json";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.RuleFile);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterAdditionalFileAction(Analyze);
    }

    private static void Analyze(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        if (!file.Path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase)) return;
        var text = file.GetText(context.CancellationToken);
        if (text is null) return;
        var content = text.ToString();
        foreach (var problem in RuleFileValidator.Validate(content))
        {
            context.ReportDiagnostic(Diagnostic.Create(DocsLinks.Apply(Descriptors.RuleFile, context.Options), FileLocation.Create(file.Path, text, problem.Offset, problem.Length), problem.Message));
        }
    }
}
