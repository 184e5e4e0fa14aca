using System.Globalization;
using System.IO;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Rules.Reporting;
using Spectre.Console;

namespace PerfRules.Cli.Commands;

/// <summary>
/// The human-readable <c>check</c> report: per table a header, counts, and the findings grouped by
/// severity (errors first). Coloured with Spectre.Console on a terminal, plain text when redirected.
/// </summary>
internal static class CheckTextReport
{
    private static readonly Severity[] Order = { Severity.Error, Severity.Warning, Severity.Info };

    public static void Write(CliContext context, CheckReport report)
    {
        if (context.OutputIsTerminal) WriteRich(context.Stdout, report);
        else WritePlain(context.Stdout, report);
    }

    private static void WritePlain(TextWriter w, CheckReport report)
    {
        foreach (var file in report.FileFindings)
        {
            w.WriteLine(SeverityText(file.Finding.Severity) + "  " + file.Finding.RuleId + "  " + (file.Source ?? "?") + (file.Finding.Location.Line is { } l ? " 第" + N(l) + "行" : string.Empty) + "：" + file.Finding.Message);
        }

        foreach (var table in report.Tables)
        {
            w.WriteLine(new string('=', 72));
            w.WriteLine(Header(table));
            w.WriteLine(Counts(table));
            foreach (var severity in Order)
            {
                var group = table.Findings.Where(f => f.Severity == severity).ToList();
                if (group.Count == 0) continue;
                w.WriteLine();
                w.WriteLine("  " + SeverityText(severity) + " (" + N(group.Count) + ")");
                foreach (var f in group) w.WriteLine("    " + f.RuleId + "  " + Where(f.Location) + "：" + f.Message);
            }

            w.WriteLine();
        }

        w.WriteLine(Summary(report));
    }

    private static void WriteRich(TextWriter writer, CheckReport report)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Yes, Out = new AnsiConsoleOutput(writer) });
        foreach (var file in report.FileFindings)
        {
            var colour = file.Finding.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "grey" };
            console.MarkupLine("[" + colour + "]" + SeverityText(file.Finding.Severity) + "  " + Markup.Escape(file.Finding.RuleId) + "[/]  [dim]" +
                Markup.Escape(file.Source ?? "?") + "[/]：" + Markup.Escape(file.Finding.Message));
        }

        foreach (var table in report.Tables)
        {
            console.Write(new Rule("[bold]" + Markup.Escape(Header(table)) + "[/]").LeftJustified());
            console.MarkupLine(Markup.Escape(Counts(table)));
            foreach (var severity in Order)
            {
                var group = table.Findings.Where(f => f.Severity == severity).ToList();
                if (group.Count == 0) continue;
                var colour = severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "grey" };
                console.MarkupLine("  [" + colour + " bold]" + SeverityText(severity) + " (" + N(group.Count) + ")[/]");
                var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(4)).AddColumn(new GridColumn()).AddColumn(new GridColumn());
                foreach (var f in group)
                {
                    grid.AddRow("[" + colour + "]" + Markup.Escape(f.RuleId) + "[/]", "[dim]" + Markup.Escape(Where(f.Location)) + "[/]", Markup.Escape(f.Message));
                }

                console.Write(grid);
            }

            console.WriteLine();
        }

        console.MarkupLine("[bold]" + Markup.Escape(Summary(report)) + "[/]");
    }

    private static string Header(TableReport t)
    {
        var header = t.Name + (t.Year is { } y ? "（" + N(y) + "年度）" : string.Empty);
        if (t.Source is not null) header += "  " + t.Source + (t.Line is { } l ? ":" + N(l) : string.Empty);
        return header + "  · 表式 " + t.Layout + " · 规则配置 " + t.Profile;
    }

    private static string Counts(TableReport t) =>
        "错误 " + N(t.Count(Severity.Error)) + " · 警告 " + N(t.Count(Severity.Warning)) + " · 提示 " + N(t.Count(Severity.Info));

    private static string Summary(CheckReport report)
    {
        var tables = report.Tables.Count;
        return "共检查 " + N(tables) + " 张表：错误 " + N(report.Count(Severity.Error)) + "，警告 " + N(report.Count(Severity.Warning)) +
               "，提示 " + N(report.Count(Severity.Info)) + "。";
    }

    /// <summary>Where a finding is, for a reader: 产出指标/数量指标/设备购置数量（第12行）[全年(程)指标值] 第32行.</summary>
    internal static string Where(FindingLocation l)
    {
        string where;
        if (l.Indicator is not null)
        {
            where = l.Level1 + "/" + l.Level2 + "/" + l.Indicator + (l.Row is { } r ? "（第" + N(r) + "项指标）" : string.Empty);
            if (l.Field is not null) where += "[" + l.Field + "]";
        }
        else
        {
            where = l.Field ?? "全表";
        }

        return l.Line is { } line ? where + " 第" + N(line) + "行" : where;
    }

    private static string SeverityText(Severity s) => s switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
