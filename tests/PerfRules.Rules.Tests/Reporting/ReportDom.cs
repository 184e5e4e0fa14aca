using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PerfRules.Checks;
using PerfRules.Findings;
using PerfRules.Rules.Reporting;
using PerfRules.Tables;

namespace PerfRules.Rules.Tests.Reporting;

/// <summary>Renders reports and checks, in the parsed page, that each finding has exactly one marker where its location says.</summary>
internal static class ReportDom
{
    public static string Render(Action<CheckReportHtml> add, CheckReportHtmlOptions? options = null)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using (var report = new CheckReportHtml(output, options))
        {
            add(report);
            report.Complete();
        }

        return output.ToString();
    }

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static string Token(Severity s) => s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };

    /// <summary>The markers in <paramref name="scope"/>.</summary>
    public static List<IElement> Markers(IElement scope) => scope.QuerySelectorAll(".f[data-rule-id]").ToList();

    /// <summary>
    /// Asserts that the markers of <paramref name="section"/> are exactly <paramref name="findings"/>: as many, and each
    /// finding matched (rule id, severity, message) by a marker of its own placed on its row/cell, its field, or — only
    /// when the finding names neither — in the table's list.
    /// </summary>
    public static void AssertMarkedOnce(IElement section, PerformanceTable table, IReadOnlyList<Finding> findings, Func<string, string>? shown = null, params string[] undrawnFields)
    {
        shown ??= s => s;
        var markers = Markers(section);
        Assert.True(findings.Count == markers.Count, table.Name + ": " + findings.Count + " findings but " + markers.Count + " markers");
        var left = markers.ToList();
        foreach (var f in findings)
        {
            var match = left.FirstOrDefault(m =>
                m.GetAttribute("data-rule-id") == f.RuleId
                && m.GetAttribute("data-severity") == Token(f.Severity)
                && m.QuerySelector(".m")!.TextContent.Contains(shown(f.Message), StringComparison.Ordinal)
                && (f.Location.Field is { } undrawn && undrawnFields.Contains(undrawn)
                    ? m.Closest("[data-field]") is null && m.Closest("ul.tf") is not null
                    : IsPlaced(m, table, f.Location with { Field = f.Location.Field is { } field ? shown(field) : null })));
            Assert.True(match is not null, table.Name + ": no marker in the right place for " + f + " (markers: " + string.Join(" | ", left.Select(Describe)) + ")");
            left.Remove(match!);
        }
    }

    /// <summary>True when the marker sits where the location says (strictly: a finding naming a row or field is never in the table's list).</summary>
    public static bool IsPlaced(IElement marker, PerformanceTable table, FindingLocation location)
    {
        var cell = marker.Closest("[data-field]");
        if (location.Row is { } row && table.Indicators.Any(i => i.Row == row))
        {
            if (marker.Closest("tr[data-row]")?.GetAttribute("data-row") != row.ToString(CultureInfo.InvariantCulture)) return false;
            return location.Field is CellColumns.HalfYear or CellColumns.FullYear ? cell?.GetAttribute("data-field") == location.Field : cell is null;
        }

        if (location.Field is { } field)
        {
            var at = cell?.GetAttribute("data-field");
            return at == field || (at is not null && field.Split('/').Contains(at));
        }

        return cell is null && marker.Closest("tr") is null && marker.Closest("ul.tf") is not null;
    }

    public static string Describe(IElement m) =>
        m.GetAttribute("data-rule-id") + "@" + (m.Closest("tr[data-row]")?.GetAttribute("data-row") ?? "-") + "/" + (m.Closest("[data-field]")?.GetAttribute("data-field") ?? (m.Closest("ul.tf") is null ? "-" : "list"));
}
