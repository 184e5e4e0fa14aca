using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using PerfRules.Import;
using PerfRules.Rules.Scoring;

namespace PerfRules.Rules.Tests;

/// <summary>
/// docs/rules/&lt;id&gt;.md exists for every id the library can emit — the built-in catalogue's ids, the readers'
/// <see cref="ImportRuleIds"/> and scoring's <see cref="EvaluationRuleIds"/> — with the four sections a finance
/// officer or developer needs, and no page documents an id the code does not emit.
/// </summary>
public class RuleDocsTests
{
    private static readonly string[] Sections = { "## What", "## Why", "## Bad example", "## Good example", "## How to disable" };

    private static string RulesFolder { get; } = FindRulesFolder();

    /// <summary>Every id the code can emit, enumerated from the code itself.</summary>
    public static IReadOnlyList<string> EmittedIds()
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var rule in RuleSet.Load(RuleOptions.Default).Rules) ids.Add(rule.Id);
        foreach (var type in new[] { typeof(ImportRuleIds), typeof(EvaluationRuleIds) })
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            {
                ids.Add((string)field.GetRawConstantValue()!);
            }
        }

        return ids.ToList();
    }

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in EmittedIds()) data.Add(id);
        return data;
    }

    [Fact]
    public void The_enumeration_covers_the_catalogue_the_readers_and_scoring()
    {
        var ids = EmittedIds();

        // Every family is enumerated, each from S01/V01/… up without a gap (11 S, 10 V, 6 C, 6 F, 15 I, 7 E when
        // written); a new id needs only its page, which the tests below require.
        foreach (var family in "SVCFIE")
        {
            var numbers = ids.Where(i => i[0] == family).Select(i => int.Parse(i.Substring(1), System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        }

        Assert.True(ids.Count >= 55, ids.Count + " ids");
        Assert.Contains("S11", ids);
        Assert.Contains("I16", ids);
        Assert.Contains("E07", ids);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_id_has_a_page_with_what_why_examples_and_how_to_disable(string id)
    {
        var path = Path.Combine(RulesFolder, id + ".md");
        Assert.True(File.Exists(path), "docs/rules/" + id + ".md is missing");
        var text = File.ReadAllText(path);

        Assert.StartsWith("# " + id + " — ", text, StringComparison.Ordinal);
        var positions = Sections.Select(s => Regex.Match(text, "^" + Regex.Escape(s) + "\\s*$", RegexOptions.Multiline)).ToList();
        for (var i = 0; i < Sections.Length; i++)
        {
            Assert.True(positions[i].Success, "docs/rules/" + id + ".md has no section \"" + Sections[i] + "\"");
            Assert.True(Body(text, Sections[i]).Length > 20, "docs/rules/" + id + ".md: section \"" + Sections[i] + "\" is empty");
        }

        Assert.Equal(positions.Select(p => p.Index).OrderBy(p => p), positions.Select(p => p.Index));
        // Why cites the regulation it comes from (财预〔2020〕10号 …) or the template it follows.
        Assert.Matches("(财预|中发)〔20[0-9]{2}〕[0-9]+号|南京市市级项目预算绩效目标表", Body(text, "## Why"));
        Assert.Contains("```", Body(text, "## Bad example"), StringComparison.Ordinal);
        Assert.Contains("```", Body(text, "## Good example"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_index_links_each_page(string id) =>
        Assert.Contains("[" + id + "](" + id + ".md)", File.ReadAllText(Path.Combine(RulesFolder, "README.md")), StringComparison.Ordinal);

    [Fact]
    public void No_page_documents_an_id_the_code_does_not_emit()
    {
        var pages = Directory.GetFiles(RulesFolder, "*.md").Select(Path.GetFileNameWithoutExtension).Where(n => n != "README").ToList();

        Assert.Empty(pages.Except(EmittedIds(), StringComparer.Ordinal));
    }

    [Fact]
    public void Disabling_pages_of_catalogue_ids_name_a_profile_switch_that_loads()
    {
        // The switch each S/V/C/F/I page shows is a real profile: it loads and turns the id off.
        foreach (var id in EmittedIds().Where(i => i[0] != 'E'))
        {
            var profile = RuleProfile.Parse("{ \"name\": \"off\", \"rules\": { \"" + id + "\": { \"enabled\": false } } }");
            Assert.Contains("\"" + id + "\": { \"enabled\": false }", File.ReadAllText(Path.Combine(RulesFolder, id + ".md")), StringComparison.Ordinal);
            var engine = RuleEngine.Create(new RuleOptions { Profile = profile });
            Assert.DoesNotContain(engine.RuleSet.Rules, r => r.Id == id && engine.RuleSet.Profiles.All(p => p.IsEnabled(r)));
        }
    }

    private static string Body(string text, string heading)
    {
        var m = Regex.Match(text, "^" + Regex.Escape(heading) + "\\s*\\n(.*?)(?=^## |\\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        return m.Success ? m.Groups[1].Value.Trim() : string.Empty;
    }

    private static string FindRulesFolder()
    {
        // The pages live in the repository, not in the build output: walk up from bin/ to the solution.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PerfRules.sln"))) return Path.Combine(dir.FullName, "docs", "rules");
        }

        throw new InvalidOperationException("PerfRules.sln not found above " + AppContext.BaseDirectory + "; the docs tests run from a checkout");
    }
}
