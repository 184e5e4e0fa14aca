using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PerfRules.Analyzers;

/// <summary>
/// Help links of the diagnostics: each points at its page under the repository's <c>docs/</c> folder
/// (<c>docs/analyzers.md#pr0001</c>, <c>docs/rules/C01.md</c>). The pages are addressed from
/// <see cref="DefaultBase"/> unless the project sets the MSBuild property <c>PerfRulesDocsBaseUrl</c> (the
/// package makes it visible to the compiler), for a mirror of the docs on an intranet or a pinned version.
/// </summary>
internal static class DocsLinks
{
    /// <summary>Where the docs folder is published by default.</summary>
    public const string DefaultBase = "https://github.com/perfrules/perfrules/blob/main/docs/";

    /// <summary>The analyzer-config key the MSBuild property arrives under.</summary>
    public const string BaseOption = "build_property.PerfRulesDocsBaseUrl";

    private static readonly ConcurrentDictionary<(string Base, string Id), DiagnosticDescriptor> Rebased = new();

    /// <summary>The absolute help link of a page given relative to the docs folder (<c>rules/C01.md</c>).</summary>
    public static string For(string page) => DefaultBase + page;

    /// <summary>
    /// <paramref name="descriptor"/> with its help link under the project's <c>PerfRulesDocsBaseUrl</c>, or
    /// unchanged when the project sets none. Diagnostics are matched to supported descriptors by id, so a rebased
    /// copy is reported as the same diagnostic.
    /// </summary>
    public static DiagnosticDescriptor Apply(DiagnosticDescriptor descriptor, AnalyzerOptions options)
    {
        if (!options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(BaseOption, out var configured) || string.IsNullOrWhiteSpace(configured)) return descriptor;
        var root = configured.Trim();
        if (!root.EndsWith("/", System.StringComparison.Ordinal)) root += "/";
        if (root == DefaultBase || !descriptor.HelpLinkUri.StartsWith(DefaultBase, System.StringComparison.Ordinal)) return descriptor;
        return Rebased.GetOrAdd((root, descriptor.Id), key => new DiagnosticDescriptor(
            descriptor.Id,
            descriptor.Title,
            descriptor.MessageFormat,
            descriptor.Category,
            descriptor.DefaultSeverity,
            descriptor.IsEnabledByDefault,
            descriptor.Description,
            key.Base + descriptor.HelpLinkUri.Substring(DefaultBase.Length),
            System.Linq.Enumerable.ToArray(descriptor.CustomTags)));
    }
}
