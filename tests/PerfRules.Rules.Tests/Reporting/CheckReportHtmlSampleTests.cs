using System;
using System.IO;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Rules.Reporting;

namespace PerfRules.Rules.Tests.Reporting;

/// <summary>The HTML report of the sample tables (samples/*.txt and samples/real/*.txt): every finding marked once, on its cell.</summary>
public class CheckReportHtmlSampleTests
{
    private static string[] SampleFiles() =>
        Directory.GetFiles(SeedFindings.SamplesDirectory, "*.txt").Concat(Directory.GetFiles(Path.Combine(SeedFindings.SamplesDirectory, "real"), "*.txt"))
            .OrderBy(f => f, StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_finding_of_the_samples_has_exactly_one_marker_on_its_row_cell_or_field()
    {
        var reads = SampleFiles().Select(f => TableTextReader.ReadFile(f)).ToList();
        var checkedTables = reads.SelectMany(r => r.Tables.Select(t => (Table: t, Findings: Tables.Engine.Check(t)))).ToList();
        var html = ReportDom.Render(report =>
        {
            foreach (var read in reads)
            {
                report.AddFile(read.Source, read.Findings);
                foreach (var table in read.Tables) report.AddTable(table, checkedTables.Single(c => ReferenceEquals(c.Table, table)).Findings);
            }
        });
        var doc = ReportDom.Parse(html);

        Assert.Equal(35, checkedTables.Count); // the 37 tables of samples/ and samples/real less the two read from .csv and .xlsx
        for (var i = 0; i < checkedTables.Count; i++)
        {
            var (table, findings) = checkedTables[i];
            var section = doc.GetElementById("t" + (i + 1))!;
            Assert.Equal((i + 1) + ". " + table.Name, section.QuerySelector("h2")!.TextContent);
            ReportDom.AssertMarkedOnce(section, table, findings);
        }

        // The samples' findings all name a row, a field or the table: only those naming neither are in a table's list.
        var listed = doc.QuerySelectorAll(".tbl ul.tf .f").Length;
        Assert.Equal(checkedTables.Sum(c => c.Findings.Count(f => f.Location.Row is null && f.Location.Field is null)), listed);

        var fileFindings = reads.Sum(r => r.Findings.Count);
        Assert.True(fileFindings > 0);
        Assert.Equal(fileFindings, doc.QuerySelectorAll("section.file .f[data-rule-id]").Length);
        Assert.Equal(checkedTables.Sum(c => c.Findings.Count) + fileFindings, doc.QuerySelectorAll("[data-rule-id]").Length);

        // Summary counts agree with the findings.
        var all = checkedTables.SelectMany(c => c.Findings).Concat(reads.SelectMany(r => r.Findings)).ToList();
        Assert.Equal(all.Count(f => f.Severity == Severity.Error).ToString(), doc.QuerySelector("#count-error b")!.TextContent);
        Assert.Equal(all.Count(f => f.Severity == Severity.Warning).ToString(), doc.QuerySelector("#count-warning b")!.TextContent);
        Assert.Equal(all.Count(f => f.Severity == Severity.Info).ToString(), doc.QuerySelector("#count-info b")!.TextContent);
        Assert.Equal(checkedTables.Count.ToString(), doc.QuerySelector("#count-tables b")!.TextContent);
    }

    [Fact]
    public void The_page_is_self_contained_Chinese_and_links_rule_pages()
    {
        var read = TableTextReader.ReadFile(SampleFiles()[1]);
        var table = read.Tables[0];
        var html = ReportDom.Render(r => r.AddTable(table, Tables.Engine.Check(table)), new CheckReportHtmlOptions { RuleHelpBase = "https://example.org/rules/" });
        var doc = ReportDom.Parse(html);

        Assert.Equal("zh-CN", doc.DocumentElement.GetAttribute("lang"));
        Assert.Empty(doc.QuerySelectorAll("script[src], link, img, iframe, object, embed"));
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.All(doc.QuerySelectorAll("use"), u => Assert.StartsWith("#i-", u.GetAttribute("href"), StringComparison.Ordinal));
        var links = doc.QuerySelectorAll(".f a.rid").Select(a => (Id: a.TextContent, Href: a.GetAttribute("href"))).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Equal("https://example.org/rules/" + l.Id + ".md", l.Href));
        Assert.Equal(links.Count, doc.QuerySelectorAll(".f[data-rule-id]").Length);
    }
}
