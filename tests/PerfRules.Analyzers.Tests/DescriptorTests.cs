using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PerfRules.Analyzers.Tests;

public class DescriptorTests
{
    private static DiagnosticDescriptor[] All() =>
        typeof(IndicatorValueAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void Ids_PR0001_to_PR0007_exist_once_with_the_documented_severities()
    {
        var all = All();
        Assert.Equal(new[] { "PR0001", "PR0002", "PR0003", "PR0004", "PR0005", "PR0006", "PR0007" }, all.Select(d => d.Id));
        Assert.Equal(
            new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Error, DiagnosticSeverity.Error, DiagnosticSeverity.Warning },
            all.Select(d => d.DefaultSeverity));
    }

    [Fact]
    public void Every_help_link_points_at_a_docs_section_with_a_bad_and_a_good_example()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PerfRules.sln"))) directory = directory.Parent;
        var readme = File.ReadAllText(Path.Combine(directory!.FullName, "docs", "analyzers.md"));
        foreach (var descriptor in All())
        {
            Assert.Equal("https://github.com/perfrules/perfrules/blob/main/docs/analyzers.md#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
            var heading = "\n## " + descriptor.Id + "\n";
            var start = readme.IndexOf(heading, StringComparison.Ordinal);
            Assert.True(start >= 0, "docs/analyzers.md has no section " + descriptor.Id);
            var end = readme.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
            var section = readme.Substring(start, (end < 0 ? readme.Length : end) - start);
            Assert.True(section.Split("```").Length >= 5, descriptor.Id + " needs a bad and a good example");
        }
    }

    [Fact]
    public void Release_tracking_lists_every_id()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PerfRules.sln"))) directory = directory.Parent;
        var unshipped = File.ReadAllText(Path.Combine(directory!.FullName, "src", "PerfRules.Analyzers", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in All()) Assert.Contains(descriptor.Id + " | " + descriptor.Category + " | " + descriptor.DefaultSeverity, unshipped, StringComparison.Ordinal);
    }
}
