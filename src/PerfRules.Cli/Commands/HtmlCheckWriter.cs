using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PerfRules.Rules.Reporting;
using PerfRules.Rules;

namespace PerfRules.Cli.Commands;

/// <summary>
/// <c>--format html</c>: the library's <see cref="CheckReportHtml"/> (one self-contained page, each table drawn as
/// its form with the findings marked on their cells), fed file by file as the check runs. Rule ids link to
/// <c>docs/rules/&lt;id&gt;.md</c> under <c>--docs-url</c>, else relative to the report; findings below
/// <c>--min-severity</c> are left out.
/// </summary>
internal sealed class HtmlCheckWriter : CheckWriter
{
    private readonly CheckReportHtml _report;
    private readonly CheckReportOptions _options;

    public HtmlCheckWriter(TextWriter output, RuleEngine engine, CheckReportOptions options)
    {
        _options = options;
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rule in engine.RuleSet.Rules)
        {
            if (!titles.ContainsKey(rule.Id)) titles.Add(rule.Id, rule.Title);
        }

        _report = new CheckReportHtml(output, new CheckReportHtmlOptions
        {
            RuleTitles = titles,
            RuleHelpBase = options.DocsBase is { } docs ? new Uri(docs, "docs/rules/").AbsoluteUri : CheckReportHtmlOptions.Default.RuleHelpBase,
        });
    }

    public override void Add(CheckedFile file)
    {
        _report.AddFile(file.Result.Source, file.Result.Findings.Where(f => _options.Shows(f.Severity)));
        foreach (var table in file.Tables)
        {
            _report.AddTable(table.Table, table.Findings.Where(f => _options.Shows(f.Severity)).ToList(), table.Profile, file.Result.Source);
        }
    }

    public override void Complete() => _report.Complete();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _report.Dispose();
        base.Dispose(disposing);
    }
}
