using System.Collections.Generic;
using System.Globalization;
using System.IO;
using PerfRules.Findings;

namespace PerfRules.Rules.Reporting;

/// <summary>
/// Writes one finding as a marker: an element carrying <c>data-rule-id</c> and <c>data-severity</c> (the stable hook
/// for tests and users' scripts) with the severity's icon and word, the rule id (linked to its page) and the message.
/// </summary>
internal sealed class FindingMarker
{
    private readonly CheckReportHtmlOptions _options;

    public FindingMarker(CheckReportHtmlOptions options) => _options = options;

    /// <summary>The most serious severity among <paramref name="findings"/> (they are not empty).</summary>
    public static Severity Worst(IReadOnlyList<Finding> findings)
    {
        var worst = Severity.Info;
        foreach (var f in findings)
        {
            if (f.Severity > worst) worst = f.Severity;
        }

        return worst;
    }

    /// <summary>True when the id is one of the built-in catalogue's or the reader's (a letter S, V, C, F, E or I and digits), which have a page.</summary>
    public static bool HasPage(string id)
    {
        if (id.Length < 2 || "SVCFEI".IndexOf(id[0]) < 0) return false;
        for (var i = 1; i < id.Length; i++)
        {
            if (id[i] is < '0' or > '9') return false;
        }

        return true;
    }

    /// <summary>Writes the markers of <paramref name="findings"/>; <paramref name="showField"/> adds the field a finding names (for findings listed outside the form).</summary>
    public void WriteAll(TextWriter w, IReadOnlyList<Finding> findings, bool showField = false)
    {
        foreach (var f in findings) Write(w, f, showField);
    }

    /// <summary>Writes one marker.</summary>
    public void Write(TextWriter w, Finding finding, bool showField)
    {
        var token = ReportSeverity.Token(finding.Severity);
        w.Write("<div class=\"f ");
        w.Write(token);
        w.Write("\" data-rule-id=\"");
        HtmlEscaper.Write(w, finding.RuleId);
        w.Write("\" data-severity=\"");
        w.Write(token);
        w.Write("\">");
        w.Write(ReportSeverity.Icon(finding.Severity));
        w.Write("<span class=\"sv\">");
        w.Write(ReportSeverity.Word(finding.Severity));
        w.Write("</span>");
        WriteRuleId(w, finding.RuleId, "rid");
        if (showField && finding.Location.Field is { } field)
        {
            w.Write("<span class=\"fld\">「");
            HtmlEscaper.Write(w, field);
            w.Write("」</span>");
        }

        w.Write("<span class=\"m\">");
        HtmlEscaper.Write(w, finding.Message);
        w.Write("</span>");
        if (Where(finding.Location) is { } where)
        {
            w.Write("<span class=\"loc\">（");
            HtmlEscaper.Write(w, where);
            w.Write("）</span>");
        }

        w.Write("</div>");
    }

    /// <summary>Writes a rule id, as a link to its page when it has one.</summary>
    public void WriteRuleId(TextWriter w, string id, string cssClass)
    {
        var title = _options.RuleTitles is { } titles && titles.TryGetValue(id, out var t) ? t : null;
        var linked = !string.IsNullOrEmpty(_options.RuleHelpBase) && HasPage(id);
        w.Write(linked ? "<a class=\"" : "<span class=\"");
        w.Write(cssClass);
        w.Write('"');
        if (linked)
        {
            w.Write(" href=\"");
            HtmlEscaper.Write(w, _options.RuleHelpBase + id + ".md");
            w.Write('"');
        }

        if (title is not null)
        {
            w.Write(" title=\"");
            HtmlEscaper.Write(w, title);
            w.Write('"');
        }

        w.Write('>');
        HtmlEscaper.Write(w, id);
        w.Write(linked ? "</a>" : "</span>");
    }

    private static string? Where(FindingLocation location)
    {
        if (location.Cell is { } cell) return "单元格 " + cell;
        return location.Line is { } line ? "第 " + line.ToString(CultureInfo.InvariantCulture) + " 行" : null;
    }
}
