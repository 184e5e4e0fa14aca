using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PerfRules.Analyzers.TableFiles;
using PerfRules.Import;

namespace PerfRules.Analyzers;

/// <summary>
/// The diagnostics of table files (<c>*.perftable.*</c>): one per catalogue rule the analyzer runs, derived from the
/// catalogue itself, so <c>.editorconfig</c> can set each rule's severity on its own
/// (<c>dotnet_diagnostic.PRC01.severity = error</c>).
/// </summary>
/// <remarks>
/// <para>The id is <c>PR</c> followed by the catalogue id: <c>PRC01</c> for C01, <c>PRS01</c> for all of S01's
/// sub-rules. Every catalogue rule of severity error has one (those are the rules the analyzer runs), and so do
/// the reader's errors about the file itself: <c>PRI10</c> (unreadable) and <c>PRI11</c> (over a reader limit).
/// Title and help page come from the catalogue (<c>docs/rules/C01.md</c>).</para>
/// <para>The default severity is warning, whatever the catalogue's: a table file in a project is data under
/// review, and a project that wants it to break the build raises the ids it cares about.</para>
/// </remarks>
internal static class TableFileDescriptors
{
    /// <summary>The prefix of every table-file diagnostic id.</summary>
    public const string Prefix = "PR";

    private static readonly Lazy<ImmutableDictionary<string, DiagnosticDescriptor>> ById = new(Create);

    /// <summary>Every table-file descriptor, ordered by id.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.CreateRange(Sorted());

    /// <summary>The descriptor of catalogue or import id <paramref name="ruleId"/> (<c>C01</c>, <c>I10</c>), or null when it has none.</summary>
    public static DiagnosticDescriptor? For(string ruleId) => ById.Value.TryGetValue(Prefix + ruleId, out var d) ? d : null;

    private static IEnumerable<DiagnosticDescriptor> Sorted()
    {
        var list = new List<DiagnosticDescriptor>(ById.Value.Values);
        list.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return list;
    }

    private static ImmutableDictionary<string, DiagnosticDescriptor> Create()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var rule in Catalogue.Rules)
        {
            if (!string.Equals(rule.Severity, "error", StringComparison.Ordinal) || builder.ContainsKey(Prefix + rule.Id)) continue;
            builder.Add(Prefix + rule.Id, Describe(rule.Id, rule.Title, "catalogue rule " + rule.Id + " (" + rule.Title + ") does not hold on a table in a *.perftable.json or *.perftable.txt file; the rule runs as the library runs it."));
        }

        Add(builder, ImportRuleIds.UnreadableInput, "表格文件无法读取", "the table file cannot be read as a table (syntax, encoding, or a value that does not parse).");
        Add(builder, ImportRuleIds.LimitExceeded, "表格文件超出读取限制", "the table file exceeds a limit of the reader (size, lines, rows, cell length).");
        return builder.ToImmutable();
    }

    private static void Add(ImmutableDictionary<string, DiagnosticDescriptor>.Builder builder, string id, string title, string description) =>
        builder.Add(Prefix + id, Describe(id, title, description));

    private static DiagnosticDescriptor Describe(string ruleId, string title, string description) => new(
        Prefix + ruleId,
        ruleId + " " + title,
        "{0} {1}",
        Descriptors.TablesCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "In a table file, " + description,
        helpLinkUri: DocsLinks.For("rules/" + ruleId + ".md"));
}
