using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace PerfRules.Rules.Tests;

/// <summary>
/// Every document the repository refers to is in the repository: a <c>docs/….md</c> path named in code,
/// project files, schemas or samples exists; every relative link in README, CONTRIBUTING and docs/ resolves;
/// no file names a design document by its bare name (<c>values.md</c>) or points outside the checkout.
/// </summary>
public class DocumentReferenceTests
{
    private static readonly string Root = FindRoot();

    private static readonly string[] SourceFolders = { "src", "tests", "benchmarks", "samples", "schemas" };

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".cs", ".csproj", ".props", ".targets", ".json", ".md", ".sh", ".txt",
    };

    private static readonly Regex DocsPath = new(@"docs/[A-Za-z0-9_./-]+?\.md", RegexOptions.CultureInvariant);
    // A page name right after a quote is a path relative to docs/ built in code ("analyzers.md#pr0001"), checked by the analyzer's tests.
    private static readonly Regex BareDocument = new(@"(?<![/\w.""-])(contracts|values|rules|import|scoring|domain|analyzers)\.md", RegexOptions.CultureInvariant);
    private static readonly Regex MarkdownLink = new(@"\]\((?<target>[^)\s]+)\)", RegexOptions.CultureInvariant);

    [Fact]
    public void Every_docs_path_named_in_the_repository_exists()
    {
        var missing = new List<string>();
        foreach (var file in RepositoryFiles())
        {
            foreach (Match m in DocsPath.Matches(File.ReadAllText(file)))
            {
                if (!File.Exists(Path.Combine(Root, m.Value))) missing.Add(Relative(file) + ": " + m.Value);
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void No_file_names_a_design_document_that_is_not_in_the_repository()
    {
        var bare = new List<string>();
        foreach (var file in RepositoryFiles().Where(f => !IsMarkdown(f)))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (BareDocument.IsMatch(lines[i]) || lines[i].Contains("../shared", StringComparison.Ordinal) || lines[i].Contains("/work/", StringComparison.Ordinal))
                {
                    bare.Add(Relative(file) + ":" + (i + 1) + ": " + lines[i].Trim());
                }
            }
        }

        Assert.Empty(bare);
    }

    [Fact]
    public void Relative_links_in_the_documentation_resolve()
    {
        var broken = new List<string>();
        var documents = new[] { "README.md", "CONTRIBUTING.md" }.Select(f => Path.Combine(Root, f)).Where(File.Exists)
            .Concat(Directory.GetFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories));
        foreach (var document in documents)
        {
            foreach (Match m in MarkdownLink.Matches(File.ReadAllText(document)))
            {
                var target = m.Groups["target"].Value;
                if (target.StartsWith('#') || target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var path = target.Split('#')[0];
                var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, path));
                if (!File.Exists(full) && !Directory.Exists(full)) broken.Add(Relative(document) + ": " + target);
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void The_checks_see_the_documents_they_guard()
    {
        // Guards the guard: the scan reaches the code that cites docs/ pages and the pages themselves.
        var files = RepositoryFiles().Select(Relative).ToList();
        Assert.Contains(files, f => f.EndsWith("IndicatorValueParser.cs", StringComparison.Ordinal));
        Assert.Contains(DocsPath.Matches(File.ReadAllText(Path.Combine(Root, "src", "PerfRules.Core", "Values", "IndicatorValueParser.cs"))).Select(m => m.Value), p => p == "docs/values.md");
        Assert.Matches(BareDocument, "see values.md");
        Assert.DoesNotMatch(BareDocument, "see docs/values.md");
    }

    private static IEnumerable<string> RepositoryFiles() =>
        SourceFolders.Select(f => Path.Combine(Root, f)).Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(f => TextExtensions.Contains(Path.GetExtension(f)))
            .Where(f => !IsBuildOutput(f))
            .Where(f => !f.EndsWith(nameof(DocumentReferenceTests) + ".cs", StringComparison.Ordinal));

    private static bool IsBuildOutput(string file)
    {
        var parts = Relative(file).Split('/');
        return parts.Any(p => p is "bin" or "obj" or "BenchmarkDotNet.Artifacts" or "TestResults" or "node_modules");
    }

    private static bool IsMarkdown(string file) => file.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static string Relative(string file) => Path.GetRelativePath(Root, file).Replace('\\', '/');

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PerfRules.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("PerfRules.sln not found above " + AppContext.BaseDirectory + "; the docs tests run from a checkout");
    }
}
