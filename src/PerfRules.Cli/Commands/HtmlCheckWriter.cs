using System;
using System.Collections.Generic;
using System.IO;
using PerfRules.Rules.Reporting;
using PerfRules.Rules;

namespace PerfRules.Cli.Commands;

/// <summary>
/// <c>--format html</c>: the library's <see cref="CheckReportHtml"/> (one self-contained page, each table drawn as
/// its form with the findings marked on their cells), fed file by file as the check runs.
/// </summary>
internal sealed class HtmlCheckWriter : CheckWriter
{
    private readonly CheckReportHtml _report;

    public HtmlCheckWriter(TextWriter output, RuleEngine engine, string? ruleDocs)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rule in engine.RuleSet.Rules)
        {
            if (!titles.ContainsKey(rule.Id)) titles.Add(rule.Id, rule.Title);
        }

        _report = new CheckReportHtml(output, new CheckReportHtmlOptions
        {
            RuleTitles = titles,
            RuleHelpBase = ruleDocs ?? CheckReportHtmlOptions.Default.RuleHelpBase,
        });
    }

    public override void Add(CheckedFile file)
    {
        _report.AddFile(file.Result.Source, file.Result.Findings);
        foreach (var table in file.Tables) _report.AddTable(table.Table, table.Findings, table.Profile, file.Result.Source);
    }

    public override void Complete() => _report.Complete();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _report.Dispose();
        base.Dispose(disposing);
    }
}
