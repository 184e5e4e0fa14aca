using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Export;

/// <summary>
/// Writes tables back to the tab-separated Nanjing layout that <see cref="Import.TableTextReader"/> reads
/// (title, 年度, header fields, prose, 项目资金 block, indicator block with merged 一级/二级 cells left blank).
/// </summary>
/// <remarks>
/// <para>Round trip. For a table <c>t</c> within the writable domain below,
/// <c>TableTextReader.Read(Write(t)).Tables.Single().WithoutSourceInfo()</c> equals
/// <c>t.WithoutSourceInfo()</c> with every indicator value replaced by what the value parser reads
/// from its canonical text (<c>IndicatorValueParser.Parse(v.ToString(), name)</c>, equal to <c>v</c> for
/// every value the parser can produce). Source artefacts — <see cref="PerformanceTable.Source"/>, line
/// numbers, import findings, unplaced lines — describe a particular text and are not written.</para>
/// <para>Writable domain: single-line fields hold no tab or line break and no leading/trailing blanks,
/// and no empty strings (use null); prose paragraphs are trimmed and non-empty; every indicator has a
/// non-empty 一级 that is not a 二级-only label, and a non-empty 二级; <see cref="Indicator.Unit"/> is
/// the unit of the name's bracket; a <see cref="TableLayouts.National"/> table has empty half-year
/// values; <see cref="ContactInfo"/> is what splitting its <c>Raw</c> gives; a missing full-year
/// amount is not one the reader would infer (half-year <c>序时进度 N</c>, or the only 支出 line of a
/// table with a 资金总额); no <see cref="PerformanceTable.Published"/> or section weights (the Nanjing
/// form has no place for them); other header fields use labels the reader knows.</para>
/// </remarks>
public static class TableTextWriter
{
    /// <summary>The title written when a table has none is not invented: the table starts at its 项目名称 line.</summary>
    private const string Tab = "\t";

    /// <summary>Writes tables, separated by a blank line, as one string (<c>\n</c> line ends).</summary>
    public static string Write(IEnumerable<PerformanceTable> tables)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(writer, tables);
        return writer.ToString();
    }

    /// <summary>Writes one table as a string.</summary>
    public static string Write(PerformanceTable table) => Write(new[] { table ?? throw new ArgumentNullException(nameof(table)) });

    /// <summary>
    /// Writes tables in the given layout: <see cref="TableLayouts.NationalSelfEvaluation"/> writes the
    /// 项目支出绩效自评表 of 财预〔2020〕10号 (see <see cref="WriteSelfEvaluation(TextWriter, PerformanceTable)"/>);
    /// any other layout the Nanjing text (with or without the half-year column, by each table's own layout).
    /// </summary>
    public static string Write(IEnumerable<PerformanceTable> tables, string layout)
    {
        if (tables is null) throw new ArgumentNullException(nameof(tables));
        if (!string.Equals(layout, TableLayouts.NationalSelfEvaluation, StringComparison.Ordinal)) return Write(tables);
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var first = true;
        foreach (var table in tables)
        {
            if (!first) writer.Write("\n");
            first = false;
            WriteSelfEvaluation(writer, table);
        }

        return writer.ToString();
    }

    /// <summary>Writes one table in the given layout (see <see cref="Write(IEnumerable{PerformanceTable}, string)"/>).</summary>
    public static string Write(PerformanceTable table, string layout) => Write(new[] { table ?? throw new ArgumentNullException(nameof(table)) }, layout);

    /// <summary>
    /// Writes one table as the 项目支出绩效自评表 attached to 财预〔2020〕10号: 项目名称, 主管部门/实施单位, the 项目资金 block
    /// (年初预算数 / 全年预算数(A) / 全年执行数(B) / 分值 / 执行率(B/A) / 得分), 年度总体目标 with its 实际完成情况,
    /// the indicator block (年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因分析及改进措施) and 总分.
    /// </summary>
    /// <remarks>
    /// What the form has no place for is not written: the half-year column, 支出 lines, 项目类型, 项目级次, 起止时间,
    /// contact, prose other than 年度目标, and the Nanjing attribute columns. Read back, the table has the same
    /// name, year, 主管部门, 实施单位, 年度目标, 资金总额 and indicators (一级, 二级, 三级, 全年指标值, 分值) as its Nanjing
    /// text, and the published results it was written with.
    /// </remarks>
    public static void WriteSelfEvaluation(TextWriter writer, PerformanceTable table)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        if (table is null) throw new ArgumentNullException(nameof(table));
        var t = table;
        var p = t.Published;
        void Line(params string?[] cells) => writer.Write(string.Join(Tab, cells.Select(c => c ?? string.Empty)) + "\n");
        string? N(decimal? d) => d is { } v ? ValueText.FormatNumber(v) : null;

        Line("项目支出绩效自评表");
        if (t.Year is { } y) Line("(" + Year(y) + ")");
        Line("项目名称", t.Name);
        Line("主管部门", t.Department, "实施单位", t.ImplementingUnit);

        if (t.Funding != Funding.None || p is not null)
        {
            var unit = t.Funding == Funding.None ? "万元" : t.Funding.Unit;
            Line("项目资金 (" + unit + ")", string.Empty, "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分");
            Line(string.Empty, "年度资金总额:", N(p?.InitialBudget), N(t.Funding.Total ?? p?.Budget), N(p?.Executed), N(p?.ExecutionWeight),
                p?.ExecutionRate is { } rate ? ValueText.FormatNumber(rate) + "%" : null, N(p?.ExecutionScore));
        }

        if (t.AnnualGoal is not null || p?.GoalCompletion is not null)
        {
            Line("年度总体目标完成情况", "预期目标", "实际完成情况");
            Line(string.Empty, t.AnnualGoal, p?.GoalCompletion);
        }

        if (t.Indicators.Count == 0) return;
        Line("年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        var published = new Dictionary<int, PublishedIndicator>();
        foreach (var r in p?.Indicators ?? ValueList<PublishedIndicator>.Empty) published[r.Row] = r;
        string? prev1 = null, prev2 = null;
        foreach (var i in t.Indicators)
        {
            var same1 = string.Equals(i.Level1, prev1, StringComparison.Ordinal);
            var same2 = same1 && string.Equals(i.Level2, prev2, StringComparison.Ordinal);
            published.TryGetValue(i.Row, out var r);
            Line(string.Empty, same1 ? string.Empty : i.Level1, same2 ? string.Empty : i.Level2, i.Name, i.FullYear.ToString(), r?.Actual, N(i.Weight), N(r?.Score), r?.Reason);
            prev1 = i.Level1;
            prev2 = i.Level2;
        }

        if (p is not null && (p.TotalWeight is not null || p.Total is not null)) Line("总分", N(p.TotalWeight), N(p.Total));
    }

    /// <summary>Writes tables to a text writer, separated by a blank line.</summary>
    public static void Write(TextWriter writer, IEnumerable<PerformanceTable> tables)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        if (tables is null) throw new ArgumentNullException(nameof(tables));
        var first = true;
        foreach (var table in tables)
        {
            if (!first) writer.Write("\n");
            first = false;
            WriteTable(writer, table);
        }
    }

    private static void WriteTable(TextWriter w, PerformanceTable t)
    {
        WriteHeader(w, t);
        if (t.Funding != Funding.None) WriteFunding(w, t.Funding);
        Prose(w, "中长期目标", t.LongTermGoal);
        Prose(w, "年度目标", t.AnnualGoal);
        if (t.Indicators.Count > 0) WriteIndicators(w, t);
    }

    private static void Line(TextWriter w, params string?[] cells) => w.Write(string.Join(Tab, cells.Select(c => c ?? string.Empty)) + "\n");

    /// <summary>The title, 年度 and header fields, then the prose fields of 基本信息.</summary>
    private static void WriteHeader(TextWriter w, PerformanceTable t)
    {
        if (t.Title is not null)
        {
            Line(w, t.Title);
            if (t.Year is { } y) Line(w, Year(y));
            Line(w, "项目名称", t.Name, "主管部门", t.Department);
        }
        else
        {
            // Without a title the table starts at 项目名称; the 年度 line follows it.
            Line(w, "项目名称", t.Name, "主管部门", t.Department);
            if (t.Year is { } y) Line(w, Year(y));
        }

        Line(w, "项目类型", t.ProjectType, "项目级次", t.ProjectLevel);
        Line(w, "开始时间", t.StartTime, "完成时间", t.EndTime);
        Line(w, "实施单位", t.ImplementingUnit, "项目负责人/联系电话", t.Contact?.Raw);
        foreach (var f in t.OtherFields) Line(w, f.Label, f.Value);
        Prose(w, "立项必要性", t.Necessity);
        Prose(w, "实施可行性", t.Feasibility);
        Prose(w, "项目实施内容", t.Content);
    }

    /// <summary>The 项目资金 block: 收入 with 资金总额, then the 支出 lines with their 半年/全年 amounts.</summary>
    private static void WriteFunding(TextWriter w, Funding f)
    {
        Line(w, "项目资金 (" + f.Unit + ")", "收入", string.Empty, string.Empty, "全年(程) 预算数");
        Line(w, string.Empty, string.Empty, "资金总额", string.Empty, f.Total is { } total ? ValueText.FormatNumber(total) : f.TotalText);
        Line(w, string.Empty, "支出", string.Empty, "半年(程) 计划执行数", "全年(程) 预算数");
        foreach (var e in f.Expenditures) Line(w, string.Empty, string.Empty, e.Name, Amount(e.HalfYear), Amount(e.FullYear));
    }

    /// <summary>The indicator header and rows, with the 半年 column of the Nanjing layout and the extra columns any row fills.</summary>
    private static void WriteIndicators(TextWriter w, PerformanceTable t)
    {
        var half = t.Layout == TableLayouts.Nanjing2026;
        var extras = ExtraColumns.Where(c => t.Indicators.Any(i => c.Get(i) is not null)).ToList();
        var header = new List<string> { "一级指标", "二级指标", "三级指标" };
        if (half) header.Add("半年(程) 指标值");
        header.Add(half ? "全年(程) 指标值" : "指标值");
        header.AddRange(extras.Select(c => c.Header));
        Line(w, header.ToArray());

        string? prev1 = null, prev2 = null;
        foreach (var i in t.Indicators)
        {
            // Merged cells as the source has them: a repeated 一级 (and a repeated 二级 under it) is left blank.
            var same1 = string.Equals(i.Level1, prev1, StringComparison.Ordinal);
            var same2 = same1 && string.Equals(i.Level2, prev2, StringComparison.Ordinal);
            var cells = new List<string> { same1 ? string.Empty : i.Level1, same2 ? string.Empty : i.Level2, i.Name };
            if (half) cells.Add(i.HalfYear.ToString());
            cells.Add(i.FullYear.ToString());
            cells.AddRange(extras.Select(c => c.Get(i) ?? string.Empty));
            Line(w, cells.ToArray());
            prev1 = i.Level1;
            prev2 = i.Level2;
        }
    }

    private static readonly ExtraColumn[] ExtraColumns =
    {
        new("权重", i => i.Weight is { } wt ? ValueText.FormatNumber(wt) : null),
        new("指标方向", i => i.Direction),
        new("指标值类型", i => i.ValueType),
        new("指标解释", i => i.Explanation),
        new("评(扣)分标准", i => i.ScoringStandard),
        new("备注", i => i.Remark),
    };

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture) + "年度";

    private static string Amount(Amount a) => a.IsMissing ? string.Empty : a.ToString();

    /// <summary>Prose goes on one line: several paragraphs, or text the reader would take for markup, are written as HTML paragraphs.</summary>
    private static void Prose(TextWriter w, string label, string? text)
    {
        if (text is null) return;
        var needsHtml = text.IndexOfAny(new[] { '\n', '\r', '\t', '<', '&' }) >= 0;
        var value = needsHtml
            ? string.Concat(text.Split('\n').Select(p => "<p>" + WebUtility.HtmlEncode(p).Replace("\t", "&#9;").Replace("\r", "&#13;") + "</p>"))
            : text;
        w.Write(label + Tab + value + "\n");
    }

    private sealed class ExtraColumn
    {
        public ExtraColumn(string header, Func<Indicator, string?> get)
        {
            Header = header;
            Get = get;
        }

        public string Header { get; }

        public Func<Indicator, string?> Get { get; }
    }
}
