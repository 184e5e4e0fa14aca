using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfRules.Tables;

namespace PerfRules.Import.Layouts;

/// <summary>
/// The budget block of a 自评 (self-evaluation) table (the 项目支出绩效自评表 attached to 财预〔2020〕10号, and provincial variants): a header
/// row naming 年初预算数 / 全年预算数(调整后预算数) / 全年执行数(预算执行数) / 执行率 / 分值(权重) / 得分 / 原因, then
/// a 年度资金总额 (总额) row and its 其中 rows. Columns are found by their header words; the total row fills
/// <see cref="PublishedEvaluation"/> and 资金总额, the other rows become <see cref="FundingSource"/> lines.
/// </summary>
internal sealed class BudgetBlock : ISourceMoneyBlock
{
    private readonly Dictionary<int, BudgetColumn> _columns = new();
    private readonly Action<SourceLine, IReadOnlyList<string>, string> _unplaced;
    private readonly List<FundingSource> _sources = new();
    private readonly MoneyUnit _unit;
    private bool _inSubtotal;

    /// <summary>A block headed by <paramref name="header"/>, its amounts in the unit the header states, else in <paramref name="tableUnit"/>'s.</summary>
    public BudgetBlock(SourceLine header, Action<SourceLine, IReadOnlyList<string>, string> unplaced, Func<string?> tableUnit)
    {
        _unplaced = unplaced;
        _unit = new MoneyUnit(tableUnit);
        Line = header.Number;
        foreach (var (index, text) in header.NonEmpty())
        {
            var column = Map(text);
            if (column is { } c && !_columns.ContainsValue(c)) _columns[index] = c;
            var n = LabelText.Normalize(text);
            if (n.IndexOf("(万元)", StringComparison.Ordinal) >= 0) _unit.State("万元");
            else if (n.IndexOf("(元)", StringComparison.Ordinal) >= 0) _unit.State("元");
            if (SectionScores.TryExecutionScore(text, out var w)) LabelWeight = w;
        }
    }

    private enum BudgetColumn
    {
        Initial,
        Budget,
        Executed,
        Rate,
        Weight,
        Score,
        Reason,
    }

    /// <summary>Source line of the header.</summary>
    public int Line { get; }

    /// <summary>The unit the header names (<c>年度预算数(万元)</c>) or its amounts are written in, or null.</summary>
    public string? Unit => _unit.Stated ?? _unit.Seen;

    /// <summary>The 预算执行率 weight stated in the block's label (<c>预算执行情况(10分)</c>), or null.</summary>
    public decimal? LabelWeight { get; }

    /// <summary>The total row's label as written (总额, 年度资金总额:), or null when none was read.</summary>
    public string? TotalLabel { get; private set; }

    /// <summary>Source line of the total row.</summary>
    public int? TotalLine { get; private set; }

    public decimal? Initial { get; private set; }

    public decimal? Budget { get; private set; }

    public decimal? Executed { get; private set; }

    public decimal? Rate { get; private set; }

    public decimal? Weight { get; private set; }

    public decimal? Score { get; private set; }

    public string? Reason { get; private set; }

    public IReadOnlyList<FundingSource> Sources => _sources;

    /// <summary>The year's total: the adjusted budget (全年预算数) of the total row.</summary>
    decimal? ISourceMoneyBlock.Total => Budget;

    /// <summary>True when the line is a budget-block header: at least two of 年初预算, 全年预算/调整后预算, 执行数.</summary>
    public static bool IsHeader(SourceLine line)
    {
        var found = new HashSet<BudgetColumn>();
        foreach (var (_, text) in line.NonEmpty())
        {
            if (Map(text) is { } c && c is BudgetColumn.Initial or BudgetColumn.Budget or BudgetColumn.Executed) found.Add(c);
        }

        return found.Count >= 2;
    }

    /// <summary>Reads one row of the block (the caller ends the block at a line whose first cell is filled).</summary>
    public void Accept(SourceLine line)
    {
        string? label = null;
        var values = new Dictionary<BudgetColumn, string>();
        var leftovers = new List<string>();
        foreach (var (index, text) in line.NonEmpty())
        {
            if (_columns.TryGetValue(index, out var column)) values[column] = text;
            else if (label is null) label = text;
            else leftovers.Add(text);
        }

        if (label is null)
        {
            _unplaced(line, line.NonEmpty().Select(c => c.Text).ToList(), "预算执行情况行没有名称");
            return;
        }

        // Money in the block's unit (an amount in another unit is kept aside); a weight or score is a bare number.
        decimal? Amount(BudgetColumn c, List<string> bad, bool money)
        {
            if (!values.TryGetValue(c, out var text) || IsNotApplicable(text)) return null;
            if (AmountText.TryParse(text, out var a, out var unit) && a.Value is { } v && !a.OnSchedule && (money ? _unit.Admits(unit) : unit is null)) return v;
            bad.Add(text);
            return null;
        }

        var unreadable = new List<string>();
        var initial = Amount(BudgetColumn.Initial, unreadable, money: true);
        var budget = Amount(BudgetColumn.Budget, unreadable, money: true);
        var executed = Amount(BudgetColumn.Executed, unreadable, money: true);
        var rate = Percent(values, unreadable);
        var weight = Amount(BudgetColumn.Weight, unreadable, money: false);
        var score = Amount(BudgetColumn.Score, unreadable, money: false);
        var reason = values.TryGetValue(BudgetColumn.Reason, out var r) && !IsNotApplicable(r) ? r : null;

        var name = LabelText.Normalize(label).TrimEnd(':');
        if (TotalLabel is null && name is "总额" or "年度资金总额" or "资金总额" or "合计" or "总计" or "预算资金总额")
        {
            TotalLabel = label;
            TotalLine = line.Number;
            Initial = initial;
            Budget = budget;
            Executed = executed;
            Rate = rate;
            Weight = weight;
            Score = score;
            Reason = reason;
        }
        else
        {
            // A weight, score or reason on a breakdown row has no place in the model: keep it visible.
            if (weight is not null) unreadable.Add(values[BudgetColumn.Weight]);
            if (score is not null) unreadable.Add(values[BudgetColumn.Score]);
            if (reason is not null) unreadable.Add(reason);
            _sources.Add(new FundingSource(label, budget)
            {
                Line = line.Number,
                Depth = SourceDepth(label, ref _inSubtotal),
                InitialAmount = initial,
                Executed = executed,
                ExecutionRate = rate,
            });
        }

        leftovers.AddRange(unreadable);
        if (leftovers.Count > 0) _unplaced(line, leftovers, "不在预算执行情况的任何一列中，或不是数字");
    }

    /// <summary>
    /// The depth of a funding line: <c>(一)…小计</c> and <c>其中:…</c> lines are parts of the total (0); a numbered
    /// <c>1、…</c> line after a <c>(一)</c> subtotal breaks that subtotal down (1).
    /// </summary>
    public static int SourceDepth(string label, ref bool inSubtotal)
    {
        var t = LabelText.Normalize(label);
        if (t.Length > 2 && t[0] == '(' && t.IndexOf(')') is > 1 and < 5)
        {
            inSubtotal = true;
            return 0;
        }

        if (inSubtotal && t.Length > 1 && t[0] is >= '0' and <= '9' && (t[1] is '、' or '.')) return 1;
        inSubtotal = false;
        return 0;
    }

    /// <summary><c>/</c>, <c>-</c>, <c>—</c>: the template's "not applicable" mark.</summary>
    public static bool IsNotApplicable(string text)
    {
        var t = LabelText.Normalize(text);
        return t is "/" or "-" or "—" or "--" or "——" or "\\" or "无";
    }

    private static decimal? Percent(Dictionary<BudgetColumn, string> values, List<string> bad)
    {
        if (!values.TryGetValue(BudgetColumn.Rate, out var text) || IsNotApplicable(text)) return null;
        var t = LabelText.Normalize(text).TrimEnd('%');
        if (decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate)) return rate;
        bad.Add(text);
        return null;
    }

    /// <summary>True when <paramref name="cell"/> heads a column of the budget block (年初预算, 调整后预算数, 执行率(B/A), 分值 …).</summary>
    public static bool IsColumnHeader(string cell) => Map(cell) is not null;

    private static BudgetColumn? Map(string header)
    {
        if (!LabelText.CouldBeLabel(header)) return null;
        var h = LabelText.Normalize(header);
        if (h.StartsWith("年初预算", StringComparison.Ordinal) || h.StartsWith("年初安排", StringComparison.Ordinal)) return BudgetColumn.Initial;
        if (h.StartsWith("调整后预算", StringComparison.Ordinal) || h.StartsWith("全年预算数", StringComparison.Ordinal) || h.StartsWith("全年预算", StringComparison.Ordinal)) return BudgetColumn.Budget;
        if (h.StartsWith("预算执行数", StringComparison.Ordinal) || h.StartsWith("全年执行数", StringComparison.Ordinal) || h.StartsWith("执行数", StringComparison.Ordinal) || h.StartsWith("实际执行数", StringComparison.Ordinal)) return BudgetColumn.Executed;
        if (h.IndexOf("执行率", StringComparison.Ordinal) >= 0 && h.Length <= 12 && !h.StartsWith("预算执行情况", StringComparison.Ordinal)) return BudgetColumn.Rate;
        if (h is "权重" or "分值" or "权重(%)") return BudgetColumn.Weight;
        if (h == "得分") return BudgetColumn.Score;
        if (h is "原因" or "偏差原因" or "未完成原因" || h.StartsWith("偏差原因", StringComparison.Ordinal)) return BudgetColumn.Reason;
        return null;
    }
}
