using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using PerfRules.Rules.Batch;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Rules.Reporting;

/// <summary>
/// The check report as one self-contained HTML page for a finance officer: a summary (tables, errors, warnings,
/// findings by rule), filters by severity and rule, a table of contents, then each table drawn as the issuer's
/// form with every finding marked on its cell or row — colour, icon and word by severity, the message beside it
/// and a link to the rule's page. Findings with no cell (about the table as a whole, or about an input file) are
/// listed in their section. Every marker is an element with <c>data-rule-id</c> and <c>data-severity</c>.
/// </summary>
/// <remarks>
/// <para>Streaming, like the JSON and SARIF writers: call <see cref="Add(CheckedInput)"/> (or <see cref="AddFile"/>
/// and <see cref="AddTable"/>) as results arrive, then <see cref="Complete"/> once. The summary comes first in
/// the page but is known only at the end, so the table of contents and the detail are kept in a buffer that
/// moves to a temporary file beyond about 2 MB; memory stays flat however many tables there are. Beyond
/// <see cref="CheckReportHtmlOptions.FullFormTables"/> tables only the rows carrying findings are drawn.</para>
/// <para>Everything that comes from a table, a rule file or a path is HTML-escaped. The page needs nothing
/// else: no external script, font or style sheet; its small inline script only filters, and without script
/// every finding is shown. It prints on A4, one table per page.</para>
/// </remarks>
public sealed class CheckReportHtml : IDisposable
{
    private readonly TextWriter _output;
    private readonly CheckReportHtmlOptions _options;
    private readonly FindingMarker _marker;
    private readonly SpillBuffer _toc = new();
    private readonly SpillBuffer _detail = new();
    private readonly SortedDictionary<string, long[]> _byRule = new(StringComparer.Ordinal);
    private readonly long[] _totals = new long[3];
    private long _tables;
    private long _tablesWithErrors;
    private long _fileFindings;
    private long _files;
    private bool _completed;

    /// <summary>Starts a report written to <paramref name="output"/> when <see cref="Complete"/> is called.</summary>
    /// <param name="output">Where the page goes (UTF-8 is expected; the page declares it).</param>
    /// <param name="options">Title, rule links and titles, form limit; null for <see cref="CheckReportHtmlOptions.Default"/>.</param>
    public CheckReportHtml(TextWriter output, CheckReportHtmlOptions? options = null)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _options = options ?? CheckReportHtmlOptions.Default;
        _marker = new FindingMarker(_options);
    }

    /// <summary>Writes the whole report for <paramref name="inputs"/> to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, IEnumerable<CheckedInput> inputs, CheckReportHtmlOptions? options = null)
    {
        if (inputs is null) throw new ArgumentNullException(nameof(inputs));
        using var report = new CheckReportHtml(output, options);
        foreach (var input in inputs) report.Add(input);
        report.Complete();
    }

    /// <summary>Adds one checked input: its own findings (I07, I10 …), then each of its tables.</summary>
    public void Add(CheckedInput input)
    {
        if (input is null) throw new ArgumentNullException(nameof(input));
        AddFile(input.Read.Source, input.Read.Findings);
        foreach (var table in input.Tables) AddTable(table.Table, table.Findings, null, input.Read.Source);
    }

    /// <summary>
    /// Adds the findings about an input file as a whole (unreadable, encoding, skipped comment lines): listed in
    /// a section of their own, before the file's tables. Nothing is written for a file without such findings.
    /// </summary>
    /// <param name="source">The file's path or name, or null.</param>
    /// <param name="findings">Its findings, in order.</param>
    public void AddFile(string? source, IEnumerable<Finding> findings)
    {
        if (findings is null) throw new ArgumentNullException(nameof(findings));
        Started();
        var list = new List<Finding>(findings);
        if (list.Count == 0) return;
        _files++;
        var id = "file-" + _files.ToString(CultureInfo.InvariantCulture);
        var w = _detail.Writer;
        w.Write("<section class=\"file has-f\" id=\"" + id + "\"><h2>文件 ");
        HtmlText.Write(w, source ?? "（输入）");
        w.Write("</h2>\n<ul class=\"tf\">");
        foreach (var f in list)
        {
            Count(f);
            _fileFindings++;
            w.Write("<li class=\"has-f\">");
            _marker.Write(w, f, true);
            w.Write("</li>");
        }

        w.Write("</ul></section>\n");
        _detail.Written();
        var toc = _toc.Writer;
        toc.Write("<tr><td class=\"num\">—</td><td><a href=\"#" + id + "\">文件 ");
        HtmlText.Write(toc, source ?? "（输入）");
        toc.Write("</a></td><td></td>");
        CountCells(toc, list);
        toc.Write("</tr>\n");
        _toc.Written();
    }

    /// <summary>Adds one table with its findings (import findings and rule findings, in the engine's order).</summary>
    /// <param name="table">The table as read.</param>
    /// <param name="findings">Its findings.</param>
    /// <param name="profile">The rule profile it was checked with, shown in its heading, or null.</param>
    /// <param name="source">The file it came from, or null for <see cref="PerformanceTable.Source"/>.</param>
    public void AddTable(PerformanceTable table, IReadOnlyList<Finding> findings, string? profile = null, string? source = null)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        if (findings is null) throw new ArgumentNullException(nameof(findings));
        Started();
        _tables++;
        var n = _tables.ToString(CultureInfo.InvariantCulture);
        var id = "t" + n;
        source ??= table.Source;
        var counts = new int[3];
        foreach (var f in findings)
        {
            Count(f);
            counts[(int)f.Severity]++;
        }

        if (counts[(int)Severity.Error] > 0) _tablesWithErrors++;
        var form = TableForm.Build(table, findings);
        var compact = _tables > _options.FullFormTables;
        var w = _detail.Writer;
        w.Write("<section class=\"tbl " + (findings.Count > 0 ? "has-f" : "plain-t") + "\" id=\"" + id + "\" data-table=\"" + n + "\" aria-labelledby=\"" + id + "-h\">\n<h2 id=\"" + id + "-h\">" + n + ". ");
        HtmlText.Write(w, table.Name);
        w.Write("</h2>\n");
        WriteMeta(w, table, profile, source);
        WriteCounts(w, findings.Count, counts);
        WriteTableFindings(w, form);
        if (compact && findings.Count > 0) w.Write("<p class=\"meta\">（表格较多，只画出有问题的行）</p>\n");
        if (!compact || form.PlacedCount > 0) new TableFormWriter(w, _marker, form, compact).Write();
        w.Write("</section>\n");
        _detail.Written();
        WriteTocRow(n, id, table.Name, source, counts);
    }

    /// <summary>The line under a table's heading: source file and line, layout, profile, partial.</summary>
    private static void WriteMeta(TextWriter w, PerformanceTable table, string? profile, string? source)
    {
        w.Write("<p class=\"meta\">");
        if (source is not null)
        {
            w.Write("来源 ");
            HtmlText.Write(w, source);
            if (table.Line is { } line) w.Write("（第 " + line.ToString(CultureInfo.InvariantCulture) + " 行起）");
            w.Write(" · ");
        }

        w.Write("版式 ");
        HtmlText.Write(w, table.Layout);
        if (profile is not null)
        {
            w.Write(" · 规则配置 ");
            HtmlText.Write(w, profile);
        }

        if (table.IsPartial) w.Write(" · 表格不完整");
        w.Write("</p>\n");
    }

    private static void WriteCounts(TextWriter w, int findings, int[] counts)
    {
        w.Write("<p class=\"counts\">");
        if (findings == 0)
        {
            w.Write("<span class=\"clean\">未发现问题</span>");
        }
        else
        {
            foreach (var severity in ReportSeverity.Descending)
            {
                w.Write("<span>" + ReportSeverity.Icon(severity) + ReportSeverity.Word(severity) + " " + counts[(int)severity].ToString(CultureInfo.InvariantCulture) + "</span>");
            }
        }

        w.Write(" <a class=\"top\" href=\"#toc\">回到目录</a></p>\n");
    }

    /// <summary>Findings about the whole table (no cell or row to mark), listed above the form.</summary>
    private void WriteTableFindings(TextWriter w, TableForm form)
    {
        if (form.TableFindings.Count == 0) return;
        w.Write("<h3>整表问题</h3>\n<ul class=\"tf\">");
        foreach (var f in form.TableFindings)
        {
            w.Write("<li class=\"has-f\">");
            _marker.Write(w, f, true);
            w.Write("</li>");
        }

        w.Write("</ul>\n");
    }

    private void WriteTocRow(string n, string id, string name, string? source, int[] counts)
    {
        var toc = _toc.Writer;
        toc.Write("<tr><td class=\"num\">" + n + "</td><td><a href=\"#" + id + "\">");
        HtmlText.Write(toc, name);
        toc.Write("</a></td><td>");
        HtmlText.Write(toc, source);
        toc.Write("</td>");
        CountCells(toc, counts);
        toc.Write("</tr>\n");
        _toc.Written();
    }

    /// <summary>Writes the page: head, summary, filters, table of contents, the tables, the script. Call once, after the last add.</summary>
    public void Complete()
    {
        if (_completed) throw new InvalidOperationException("The report is already complete.");
        _completed = true;
        var w = _output;
        w.Write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        HtmlText.Write(w, _options.Title);
        w.Write("</title>\n<style>\n");
        w.Write(ReportAssets.Style);
        w.Write("\n</style>\n</head>\n<body>\n");
        w.Write(ReportAssets.Symbols);
        w.Write("\n<header><h1>");
        HtmlText.Write(w, _options.Title);
        w.Write("</h1></header>\n");
        WriteSummary(w);
        WriteFilters(w);
        w.Write("<nav id=\"toc\" aria-labelledby=\"toc-h\"><h2 id=\"toc-h\">目录</h2>\n<table class=\"toc\"><thead><tr><th scope=\"col\">序号</th><th scope=\"col\">表</th><th scope=\"col\">来源</th><th scope=\"col\">错误</th><th scope=\"col\">警告</th><th scope=\"col\">提示</th></tr></thead>\n<tbody>\n");
        _toc.CopyTo(w);
        w.Write("</tbody></table></nav>\n<main id=\"detail\">\n");
        _detail.CopyTo(w);
        w.Write("</main>\n<script>\n");
        w.Write(ReportAssets.Script);
        w.Write("</script>\n</body>\n</html>\n");
        w.Flush();
    }

    /// <summary>Deletes the temporary buffers.</summary>
    public void Dispose()
    {
        _toc.Dispose();
        _detail.Dispose();
    }

    private void Started()
    {
        if (_completed) throw new InvalidOperationException("The report is already complete.");
    }

    private void Count(Finding f)
    {
        _totals[(int)f.Severity]++;
        if (!_byRule.TryGetValue(f.RuleId, out var counts)) _byRule.Add(f.RuleId, counts = new long[3]);
        counts[(int)f.Severity]++;
    }

    private void WriteSummary(TextWriter w)
    {
        w.Write("<section id=\"summary\" aria-labelledby=\"summary-h\"><h2 id=\"summary-h\">概况</h2>\n<div class=\"cards\">");
        Card(w, "tables", "表", _tables);
        Card(w, "tables-with-errors", "有错误的表", _tablesWithErrors);
        foreach (var severity in ReportSeverity.Descending)
        {
            Card(w, ReportSeverity.Token(severity), ReportSeverity.Icon(severity) + ReportSeverity.Word(severity), _totals[(int)severity], true);
        }

        if (_fileFindings > 0) Card(w, "file-findings", "文件问题", _fileFindings);
        w.Write("</div>\n");
        if (_byRule.Count > 0)
        {
            w.Write("<h3>按规则</h3>\n<table class=\"by-rule\"><thead><tr><th scope=\"col\">规则</th><th scope=\"col\">名称</th><th scope=\"col\">错误</th><th scope=\"col\">警告</th><th scope=\"col\">提示</th><th scope=\"col\">合计</th></tr></thead>\n<tbody>\n");
            foreach (var pair in _byRule)
            {
                w.Write("<tr><td>");
                _marker.WriteRuleId(w, pair.Key, "rule");
                w.Write("</td><td>");
                if (_options.RuleTitles is { } titles && titles.TryGetValue(pair.Key, out var title)) HtmlText.Write(w, title);
                w.Write("</td>");
                CountCells(w, pair.Value);
                w.Write("<td class=\"num\">" + (pair.Value[0] + pair.Value[1] + pair.Value[2]).ToString(CultureInfo.InvariantCulture) + "</td></tr>\n");
            }

            w.Write("</tbody></table>\n");
        }

        w.Write("</section>\n");
    }

    private void WriteFilters(TextWriter w)
    {
        w.Write("<div id=\"filters\" role=\"search\" aria-label=\"筛选\" hidden><span>严重程度：</span>");
        foreach (var severity in ReportSeverity.Descending)
        {
            var token = ReportSeverity.Token(severity);
            w.Write("<label><input type=\"checkbox\" id=\"filter-" + token + "\" value=\"" + token + "\" data-filter-severity checked> " + ReportSeverity.Icon(severity) + ReportSeverity.Word(severity) + "</label>");
        }

        w.Write("<label>规则：<select id=\"filter-rule\"><option value=\"\">全部</option>");
        foreach (var id in _byRule.Keys)
        {
            w.Write("<option value=\"");
            HtmlText.Write(w, id);
            w.Write("\">");
            HtmlText.Write(w, id);
            if (_options.RuleTitles is { } titles && titles.TryGetValue(id, out var title))
            {
                w.Write(" ");
                HtmlText.Write(w, title);
            }

            w.Write("</option>");
        }

        w.Write("</select></label><label><input type=\"checkbox\" id=\"filter-only\"> 只看有问题的行</label><span>显示 <output id=\"filter-shown\"></output> 条</span></div>\n");
    }

    private static void Card(TextWriter w, string id, string label, long value, bool severity = false)
    {
        w.Write("<div class=\"card" + (severity ? " " + id : string.Empty) + "\" id=\"count-" + id + "\"><b>" + value.ToString(CultureInfo.InvariantCulture) + "</b>" + label + "</div>");
    }

    private static void CountCells(TextWriter w, IReadOnlyList<Finding> findings)
    {
        var counts = new long[3];
        foreach (var f in findings) counts[(int)f.Severity]++;
        CountCells(w, counts);
    }

    private static void CountCells(TextWriter w, int[] counts) => CountCells(w, new long[] { counts[0], counts[1], counts[2] });

    private static void CountCells(TextWriter w, long[] counts)
    {
        foreach (var severity in ReportSeverity.Descending)
        {
            w.Write("<td class=\"num\">" + counts[(int)severity].ToString(CultureInfo.InvariantCulture) + "</td>");
        }
    }
}
