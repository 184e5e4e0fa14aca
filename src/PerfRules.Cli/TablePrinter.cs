using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Cli;

/// <summary>
/// Prints tables as plain, aligned text for a person at a terminal. No colour or control codes,
/// so redirected output stays clean; columns are padded by display width (CJK characters count two).
/// Numbers are rounded for display only.
/// </summary>
internal static class TablePrinter
{
    public static void Print(TextWriter w, IReadOnlyList<TableReadResult> results)
    {
        foreach (var r in results)
        {
            foreach (var f in r.Findings) w.WriteLine("[" + r.Source + "] " + f.RuleId + " " + Severity(f.Severity) + " " + f.Message);
            foreach (var u in r.UnplacedLines) w.WriteLine("[" + r.Source + "] 第" + N(u.Line) + "行未归位: " + u.Text);
            foreach (var t in r.Tables) Print(w, t);
        }
    }

    private static void Print(TextWriter w, PerformanceTable t)
    {
        w.WriteLine(new string('=', 72));
        w.WriteLine(t.Name + "  (" + (t.Year is { } y ? N(y) + "年度, " : string.Empty) + t.Layout + ")");
        w.WriteLine("来源: " + t.Source + (t.Line is { } l ? ":" + N(l) : string.Empty));
        Field(w, "主管部门", t.Department);
        Field(w, "实施单位", t.ImplementingUnit);
        Field(w, "项目类型", t.ProjectType);
        Field(w, "起止时间", (t.StartTime ?? "?") + " — " + (t.EndTime ?? "?"));
        Field(w, "项目负责人", t.Contact is null ? "(空)" : (t.Contact.Person ?? "?") + (t.Contact.Phone is null ? string.Empty : " / " + t.Contact.Phone));

        var f = t.Funding;
        w.WriteLine();
        w.WriteLine("项目资金 (" + f.Unit + ")  资金总额: " + (f.Total is { } total ? Amount(total) : f.TotalText ?? "(缺)"));
        var money = new List<string[]> { new[] { "支出", "半年(程)计划执行数", "全年(程)预算数" } };
        money.AddRange(f.Expenditures.Select(e => new[] { e.Name, AmountText(e.HalfYear), AmountText(e.FullYear) }));
        if (f.Expenditures.Count > 0) Grid(w, money);

        w.WriteLine();
        var rows = new List<string[]> { new[] { "#", "一级指标", "二级指标", "三级指标", "半年(程)", "全年(程)" } };
        rows.AddRange(t.Indicators.Select(i => new[] { N(i.Row), i.Level1, i.Level2, i.Name, i.HalfYear.ToString(), i.FullYear.ToString() }));
        Grid(w, rows);

        if (t.ImportFindings.Count + t.UnplacedLines.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("导入记录:");
            foreach (var x in t.ImportFindings) w.WriteLine("  " + x.RuleId + " " + Severity(x.Severity) + (x.Location.Line is { } line ? " 第" + N(line) + "行" : string.Empty) + ": " + x.Message);
            foreach (var u in t.UnplacedLines) w.WriteLine("  未归位 第" + N(u.Line) + "行: " + u.Text);
        }

        w.WriteLine();
    }

    private static void Field(TextWriter w, string label, string? value) => w.WriteLine(label + ": " + (value ?? "(空)"));

    private static void Grid(TextWriter w, List<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => Width(r[c]))).ToArray();
        foreach (var r in rows)
        {
            var sb = new StringBuilder();
            for (var c = 0; c < r.Length; c++)
            {
                sb.Append(r[c]);
                if (c < r.Length - 1) sb.Append(' ', widths[c] - Width(r[c]) + 2);
            }

            w.WriteLine(sb.ToString().TrimEnd());
        }
    }

    private static int Width(string s) => s.Sum(c => c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6')) ? 2 : 1);

    private static string AmountText(Amount a) => a.IsMissing ? "(缺)" : (a.OnSchedule ? "序时进度" + (a.Value is { } v ? " " + Amount(v) : string.Empty) : Amount(a.Value!.Value));

    private static string Amount(decimal d) => ValueText.FormatNumber(decimal.Round(d, 2));

    private static string Severity(Findings.Severity s) => s switch
    {
        Findings.Severity.Error => "错误",
        Findings.Severity.Warning => "警告",
        _ => "提示",
    };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
