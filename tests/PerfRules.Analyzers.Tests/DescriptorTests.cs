using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PerfRules.Analyzers.TableFiles;

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
    public void Ids_PR0001_to_PR0006_exist_once_with_the_documented_severities()
    {
        var all = All().Where(d => char.IsDigit(d.Id[2])).ToArray();
        Assert.Equal(new[] { "PR0001", "PR0002", "PR0003", "PR0004", "PR0005", "PR0006" }, all.Select(d => d.Id));
        Assert.Equal(
            new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Error, DiagnosticSeverity.Error },
            all.Select(d => d.DefaultSeverity));
    }

    [Fact]
    public void Every_catalogue_error_rule_has_a_table_file_id_of_its_own()
    {
        var catalogueIds = Catalogue.Rules.Where(r => r.Severity == "error").Select(r => "PR" + r.Id).Distinct().OrderBy(i => i, StringComparer.Ordinal);
        var tableIds = All().Where(d => !char.IsDigit(d.Id[2])).Select(d => d.Id).ToList();

        Assert.Equal(catalogueIds.Concat(new[] { "PRI10", "PRI11" }).OrderBy(i => i, StringComparer.Ordinal), tableIds);
        Assert.Equal(tableIds.Count, tableIds.Distinct().Count());
        Assert.Contains("PRS01", tableIds);
        Assert.Contains("PRC01", tableIds);
    }

    [Fact]
    public void Every_help_link_points_at_a_docs_page_in_the_repository()
    {
        var docs = Path.Combine(RepositoryRoot(), "docs");
        var analyzers = File.ReadAllText(Path.Combine(docs, "analyzers.md"));
        foreach (var descriptor in All())
        {
            Assert.StartsWith("https://github.com/perfrules/perfrules/blob/main/docs/", descriptor.HelpLinkUri, StringComparison.Ordinal);
            var page = descriptor.HelpLinkUri.Substring("https://github.com/perfrules/perfrules/blob/main/docs/".Length);
            if (char.IsDigit(descriptor.Id[2]))
            {
                Assert.Equal("analyzers.md#" + descriptor.Id.ToLowerInvariant(), page);
                var heading = "\n## " + descriptor.Id + "\n";
                var start = analyzers.IndexOf(heading, StringComparison.Ordinal);
                Assert.True(start >= 0, "docs/analyzers.md has no section " + descriptor.Id);
                var end = analyzers.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
                var section = analyzers.Substring(start, (end < 0 ? analyzers.Length : end) - start);
                Assert.True(section.Split("```").Length >= 5, descriptor.Id + " needs a bad and a good example");
            }
            else
            {
                Assert.Equal("rules/" + descriptor.Id.Substring(2) + ".md", page);
                Assert.True(File.Exists(Path.Combine(docs, "rules", descriptor.Id.Substring(2) + ".md")), descriptor.Id + ": " + page + " is missing");
                Assert.Contains(descriptor.Id, analyzers, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_docs_base_url_option_moves_every_help_link()
    {
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ConfigProvider("build_property.PerfRulesDocsBaseUrl", "https://intranet.example/perfrules/docs"));
        var c01 = DocsLinks.Apply(TableFileDescriptors.For("C01")!, options);
        var pr0001 = DocsLinks.Apply(Descriptors.InvalidValue, options);

        Assert.Equal("https://intranet.example/perfrules/docs/rules/C01.md", c01.HelpLinkUri);
        Assert.Equal("https://intranet.example/perfrules/docs/analyzers.md#pr0001", pr0001.HelpLinkUri);
        Assert.Equal(Descriptors.InvalidValue.Id, pr0001.Id);
        Assert.Same(Descriptors.InvalidValue, DocsLinks.Apply(Descriptors.InvalidValue, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ConfigProvider("other", "x"))));
    }

    [Fact]
    public void Release_tracking_lists_exactly_the_supported_ids()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "PerfRules.Analyzers");
        var rows = File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Shipped.md")))
            .Where(l => Regex.IsMatch(l, "^PR[0-9A-Z]+ \\|"))
            .ToList();
        var listed = rows.Select(l => l.Split('|')[0].Trim()).OrderBy(i => i, StringComparer.Ordinal).ToList();

        Assert.Equal(All().Select(d => d.Id), listed);
        foreach (var descriptor in All()) Assert.Contains(rows, r => r.StartsWith(descriptor.Id + " | " + descriptor.Category + " | " + descriptor.DefaultSeverity + " |", StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PerfRules.sln"))) directory = directory.Parent;
        return directory!.FullName;
    }

    private sealed class ConfigProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options;

        public ConfigProvider(string key, string value) => _options = new Options(key, value);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly string _key;
            private readonly string _value;

            public Options(string key, string value)
            {
                _key = key;
                _value = value;
            }

            public override bool TryGetValue(string key, out string value)
            {
                value = string.Equals(key, _key, StringComparison.OrdinalIgnoreCase) ? _value : null!;
                return value is not null;
            }
        }
    }
}
