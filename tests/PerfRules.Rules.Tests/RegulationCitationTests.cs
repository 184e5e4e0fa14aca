using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace PerfRules.Rules.Tests;

/// <summary>
/// Every 文号 (document number) cited in <c>src/</c>, <c>docs/</c>, README.md and CHANGELOG.md resolves to an entry of
/// docs/regulations.md; each entry gives number, title, date, issuer, scope, verification, the rules that use it and a
/// quoted basis; each rule page links the entry of every document it cites, and the entry lists that rule back.
/// </summary>
public class RegulationCitationTests
{
    // issuer (CJK), year in 〔〕, [] or (), number, 号: 财预〔2020〕10号, 中发[2018]34号, 财预(2015)88号.
    private static readonly Regex DocumentNumber = new(
        @"(?<issuer>\p{IsCJKUnifiedIdeographs}{1,12})\s*[〔\[［(（]\s*(?<year>(?:19|20)\d{2})\s*[〕\]］)）]\s*(?<number>\d{1,4})\s*号",
        RegexOptions.CultureInvariant);

    private static readonly Regex RuleId = new(@"\b(?<kind>[SVCFIE])(?<from>\d{2})(?:[–-][SVCFIE]?(?<to>\d{2}))?\b", RegexOptions.CultureInvariant);

    // 文号 that appear as table text (a table's prose quoting its own basis), not as the library's citations.
    private static readonly (string File, string Number)[] TableText =
    {
        ("src/PerfRules.Rules/Expressions/Prose.cs", "工信部企业〔2022〕63号"),
        ("src/PerfRules.Rules/Expressions/Prose.cs", "苏工信规〔2023〕2号"),
        ("src/PerfRules.Rules/Expressions/Prose.cs", "宁政发〔2025〕176号"),
        ("src/PerfRules.Rules/Batch/SyntheticTableGenerator.cs", "宁政规字〔2026〕2号"),
        ("src/PerfRules.Rules/Batch/SyntheticTableGenerator.cs", "中办发〔2019〕24号"),
        ("docs/rules/S11.md", "工信部企业〔2022〕63号"),
        ("docs/rules/S11.md", "苏工信规〔2023〕2号"),
    };

    private static readonly string[] EntryFields = { "文号", "标题", "日期", "发文机关", "适用范围", "核对", "规则" };

    private static string Root { get; } = FindRoot();

    private static IReadOnlyList<Entry> Entries { get; } = ReadEntries();

    [Fact]
    public void The_collector_finds_the_bracket_variants_and_the_issuer()
    {
        var found = Cited("见财预〔2020〕10号、中发[2018]34号、财预(2015) 88号和（宁工信〔2024〕87号）").Select(c => c.Issuer + c.Year + "/" + c.Number);

        Assert.Equal(new[] { "见财预2020/10", "中发2018/34", "财预2015/88", "宁工信2024/87" }, found);
        Assert.Equal("财预〔2020〕10号", Resolve(Cited("识别为财预〔2020〕10号").Single())?.Number);
        Assert.Equal("中发〔2018〕34号", Resolve(Cited("中发[2018]34号").Single())?.Number);
        Assert.Null(Resolve(Cited("财预〔2020〕11号").Single()));
        Assert.Null(Resolve(Cited("宁工信〔2024〕87号").Single()));
    }

    [Fact]
    public void Every_cited_document_number_has_an_entry()
    {
        var citations = SourceFiles().SelectMany(f => CitedIn(f)).ToList();
        Assert.True(citations.Count > 50, "the collector found only " + citations.Count + " citations");

        var unresolved = citations
            .Where(c => Resolve(c.Citation) is null && !IsTableText(c.File, c.Citation))
            .Select(c => c.File + ": " + c.Citation.Text)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(unresolved.Count == 0, "cited but not an entry of docs/regulations.md:\n" + string.Join("\n", unresolved));
    }

    [Fact]
    public void The_table_text_exceptions_are_still_there()
    {
        // An exception that no longer matches anything must be removed, so the list cannot hide a citation.
        foreach (var (file, number) in TableText)
        {
            Assert.Contains(number, File.ReadAllText(Path.Combine(Root, file)), StringComparison.Ordinal);
            Assert.Null(Resolve(Cited(number).Single()));
        }
    }

    [Fact]
    public void Each_entry_has_its_fields_a_quoted_basis_and_a_verification_verdict()
    {
        Assert.Contains(Entries, e => e.Number == "中发〔2018〕34号");
        Assert.Contains(Entries, e => e.Number == "财预〔2020〕10号");
        Assert.Contains(Entries, e => e.Anchor == "nanjing-2026");

        foreach (var entry in Entries)
        {
            foreach (var field in EntryFields)
            {
                Assert.True(entry.Field(field).Length > 0, entry.Anchor + ": no 「" + field + "」 row");
            }

            Assert.True(entry.Quotes.Any(q => q.Length >= 8), entry.Anchor + ": no quoted basis (a '> ' line)");
            var verdict = entry.Field("核对");
            Assert.True(verdict.Contains("已核对", StringComparison.Ordinal) || verdict.Contains("参考", StringComparison.Ordinal), entry.Anchor + ": 核对 says neither 已核对 nor 参考");
            if (!verdict.StartsWith("已核对", StringComparison.Ordinal))
            {
                Assert.True(entry.Body.Contains("未能", StringComparison.Ordinal), entry.Anchor + ": a 参考 entry must say what could not be verified");
            }
        }
    }

    [Fact]
    public void Rule_pages_link_the_entry_of_each_document_they_cite_and_entries_list_them_back()
    {
        var pages = Directory.GetFiles(Path.Combine(Root, "docs", "rules"), "*.md").Where(p => Path.GetFileNameWithoutExtension(p) != "README");
        foreach (var page in pages)
        {
            var id = Path.GetFileNameWithoutExtension(page);
            var text = File.ReadAllText(page);
            foreach (var cited in Cited(text).Select(Resolve).OfType<Entry>().Distinct())
            {
                Assert.True(text.Contains("../regulations.md#" + cited.Anchor + ")", StringComparison.Ordinal), id + " cites " + cited.Number + " without linking its entry");
            }

            foreach (Match link in Regex.Matches(text, @"\.\./regulations\.md#(?<anchor>[a-z0-9-]+)\)"))
            {
                var anchor = link.Groups["anchor"].Value;
                if (anchor == "conventions") continue;
                var entry = Entries.SingleOrDefault(e => e.Anchor == anchor);
                Assert.True(entry is not null, id + " links #" + anchor + ", which is not an entry");
                Assert.True(entry!.Rules.Contains(id), "the entry #" + anchor + " does not list " + id + ", which relies on it");
            }
        }

        foreach (var entry in Entries)
        {
            foreach (var id in entry.Rules)
            {
                var page = File.ReadAllText(Path.Combine(Root, "docs", "rules", id + ".md"));
                Assert.True(page.Contains("../regulations.md#" + entry.Anchor + ")", StringComparison.Ordinal), "#" + entry.Anchor + " lists " + id + ", whose page does not link it");
            }
        }
    }

    [Fact]
    public void The_wrong_citations_of_issue_18_stay_gone()
    {
        // 10号's attachments are named by title (their numbers could not be checked); 101号 has no “共性指标框架”; 10号
        // has no target-table template. docs/regulations.md itself names the old wording, so it is not scanned.
        var wrong = new Regex(@"10号\s*附件\s*\d|共性指标框架|多数项目设置|10号\s*通用绩效目标表|10号\s*(national\s+)?template", RegexOptions.CultureInvariant);
        var hits = SourceFiles()
            .Where(f => !f.EndsWith("docs/regulations.md", StringComparison.Ordinal))
            .SelectMany(f => wrong.Matches(File.ReadAllText(Path.Combine(Root, f))).Select(m => f + ": " + m.Value))
            .ToList();
        Assert.True(hits.Count == 0, string.Join("\n", hits));
    }

    private static bool IsTableText(string file, Citation c) =>
        TableText.Any(t => t.File == file && c.Text.EndsWith(t.Number, StringComparison.Ordinal));

    private static Entry? Resolve(Citation c) =>
        Entries.FirstOrDefault(e => e.Year == c.Year && e.No == c.Number && e.Issuer.Length > 0 && c.Issuer.EndsWith(e.Issuer, StringComparison.Ordinal));

    private static IEnumerable<(string File, Citation Citation)> CitedIn(string file) =>
        Cited(File.ReadAllText(Path.Combine(Root, file))).Select(c => (file, c));

    private static IEnumerable<Citation> Cited(string text) =>
        DocumentNumber.Matches(text).Select(m => new Citation(m.Value, m.Groups["issuer"].Value, m.Groups["year"].Value, m.Groups["number"].Value));

    /// <summary>src/ (sources, catalogue, profiles), docs/, README.md, CHANGELOG.md and CONTRIBUTING.md, as paths relative to the root with '/'.</summary>
    private static IEnumerable<string> SourceFiles()
    {
        var extensions = new[] { ".cs", ".json", ".md", ".txt", ".xml", ".props", ".targets", ".csproj" };
        var src = Directory.EnumerateFiles(Path.Combine(Root, "src"), "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase));
        var docs = Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories);
        var top = new[] { "README.md", "CHANGELOG.md", "CONTRIBUTING.md" }.Select(f => Path.Combine(Root, f)).Where(File.Exists);
        return src.Concat(docs).Concat(top)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj"))
            .OrderBy(f => f, StringComparer.Ordinal);
    }

    private static IReadOnlyList<Entry> ReadEntries()
    {
        var text = File.ReadAllText(Path.Combine(Root, "docs", "regulations.md"));
        var sections = Regex.Matches(text, @"^<a id=""(?<anchor>[a-z0-9-]+)""></a>\s*\n## (?<heading>[^\n]+)\n(?<body>.*?)(?=^<a id=|\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        return sections
            .Where(m => m.Groups["anchor"].Value != "conventions")
            .Select(m => Entry.Parse(m.Groups["anchor"].Value, m.Groups["heading"].Value, m.Groups["body"].Value))
            .ToList();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PerfRules.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("PerfRules.sln not found above " + AppContext.BaseDirectory + "; the citation tests run from a checkout");
    }

    private sealed record Citation(string Text, string Issuer, string Year, string Number);

    private sealed record Entry(string Anchor, string Number, string Issuer, string Year, string No, string Body, IReadOnlyList<string> Quotes, IReadOnlySet<string> Rules)
    {
        public static Entry Parse(string anchor, string heading, string body)
        {
            var number = DocumentNumber.Match(heading);
            var quotes = Regex.Matches(body, @"^\s*>\s?(?<q>.+)$", RegexOptions.Multiline).Select(m => m.Groups["q"].Value.Trim()).ToList();
            var rules = new HashSet<string>(ExpandIds(FieldOf(body, "规则")), StringComparer.Ordinal);
            return new Entry(
                anchor,
                number.Success ? number.Value : string.Empty,
                number.Success ? number.Groups["issuer"].Value : string.Empty,
                number.Groups["year"].Value,
                number.Groups["number"].Value,
                body,
                quotes,
                rules);
        }

        /// <summary>The value of the table row <c>| field | value |</c>, or empty.</summary>
        public string Field(string field) => FieldOf(Body, field);

        private static string FieldOf(string body, string field)
        {
            var m = Regex.Match(body, @"^\|\s*" + Regex.Escape(field) + @"\s*\|\s*(?<v>.*?)\s*\|\s*$", RegexOptions.Multiline);
            return m.Success ? m.Groups["v"].Value : string.Empty;
        }

        private static IEnumerable<string> ExpandIds(string list)
        {
            foreach (Match m in RuleId.Matches(list))
            {
                var from = int.Parse(m.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var to = m.Groups["to"].Success ? int.Parse(m.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture) : from;
                for (var i = from; i <= to; i++) yield return m.Groups["kind"].Value + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
