using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PerfRules.Analyzers.TableFiles;

namespace PerfRules.Analyzers;

/// <summary>
/// Reads <c>*.perftable.txt</c> and <c>*.perftable.json</c> AdditionalFiles with the library's reader and reports
/// the catalogue's findings of severity error, each under the diagnostic id of its rule (<c>PRC01</c> for C01,
/// <see cref="TableFileDescriptors"/>) at the line (text) or the JSON value (json) it is about; the reader's own
/// errors about the file are <c>PRI10</c> and <c>PRI11</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TableFileAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = TableFileDescriptors.All;

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
        var tables = isText ? TextTableReader.Read(content, file.Path, problems) : JsonTableReader.Read(content, problems);
        foreach (var problem in problems)
        {
            Report(context, problem.RuleId, Locate(file.Path, text, problem.Position), problem.Message);
        }

        foreach (var table in tables)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var finding in CatalogueRunner.Run(table))
            {
                Report(context, finding.RuleId, Locate(file.Path, text, finding.Position), finding.Message);
            }
        }
    }

    private static void Report(AdditionalFileAnalysisContext context, string ruleId, Location location, string message)
    {
        // A reader error the descriptors do not know yet (a new import id) is still reported, as unreadable.
        var descriptor = TableFileDescriptors.For(ruleId) ?? TableFileDescriptors.For(PerfRules.Import.ImportRuleIds.UnreadableInput)!;
        context.ReportDiagnostic(Diagnostic.Create(DocsLinks.Apply(descriptor, context.Options), location, ruleId, message));
    }

    private static Location Locate(string path, SourceText text, FilePosition position) =>
        position.Line > 0 ? FileLocation.ForLine(path, text, position.Line) : FileLocation.Create(path, text, position.Offset, position.Length);
}
