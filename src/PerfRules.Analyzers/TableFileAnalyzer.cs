using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PerfRules.Analyzers.TableFiles;

namespace PerfRules.Analyzers;

/// <summary>
/// PR0007: reads <c>*.perftable.txt</c> and <c>*.perftable.json</c> AdditionalFiles with the library's
/// reader and reports the catalogue's findings of severity error that run without RulesEngine, each with
/// its catalogue id, at the line (text) or the JSON value (json) it is about.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TableFileAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TableFile);

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
        var isText = file.Path.EndsWith(".perftable.txt", StringComparison.OrdinalIgnoreCase);
        var isJson = file.Path.EndsWith(".perftable.json", StringComparison.OrdinalIgnoreCase);
        if (!isText && !isJson) return;
        var text = file.GetText(context.CancellationToken);
        if (text is null) return;

        var content = text.ToString();
        var problems = new List<TableFileProblem>();
        var tables = isText ? AdditionalTableFile.Read(content, file.Path, problems) : JsonTableReader.Read(content, problems);
        foreach (var problem in problems)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TableFile, Locate(file.Path, text, problem.Position), problem.RuleId, problem.Message));
        }

        foreach (var table in tables)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var finding in CatalogueRunner.Run(table))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.TableFile, Locate(file.Path, text, finding.Position), finding.RuleId, finding.Message));
            }
        }
    }

    private static Location Locate(string path, SourceText text, FilePosition position) =>
        position.Line > 0 ? FileLocation.ForLine(path, text, position.Line) : FileLocation.Create(path, text, position.Offset, position.Length);
}
