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
        var row = new BudgetRow(line, _columns);
        if (row.Label is not { } label)
        {
            _unplaced(line, line.NonEmpty().Select(c => c.Text).ToList(), "预算执行情况行没有名称");
            return;
        }

        var figures = row.Read(_unit);
        if (TotalLabel is null && IsTotalRow(label)) AcceptTotal(label, line.Number, figures);
        else AcceptSource(row, label, line.Number, figures);
        row.Leftovers.AddRange(row.Unreadable);
        if (row.Leftovers.Count > 0) _unplaced(line, row.Leftovers, "不在预算执行情况的任何一列中，或不是数字");
    }

    private static bool IsTotalRow(string label) =>
        LabelText.Normalize(label).TrimEnd(':') is "总额" or "年度资金总额" or "资金总额" or "合计" or "总计" or "预算资金总额";

    private void AcceptTotal(string label, int line, Figures figures)
    {
        TotalLabel = label;
        TotalLine = line;
        Initial = figures.Initial;
        Budget = figures.Budget;
        Executed = figures.Executed;
        Rate = figures.Rate;
        Weight = figures.Weight;
        Score = figures.Score;
        Reason = figures.Reason;
    }

    private void AcceptSource(BudgetRow row, string label, int line, Figures figures)
    {
        // A weight, score or reason on a breakdown row has no place in the model: keep it visible.
        if (figures.Weight is not null) row.Unreadable.Add(row.Values[BudgetColumn.Weight]);
        if (figures.Score is not null) row.Unreadable.Add(row.Values[BudgetColumn.Score]);
        if (figures.Reason is not null) row.Unreadable.Add(figures.Reason);
        _sources.Add(new FundingSource(label, figures.Budget)
        {
            Line = line,
            Depth = SourceDepth(label, ref _inSubtotal),
            InitialAmount = figures.Initial,
            Executed = figures.Executed,
            ExecutionRate = figures.Rate,
        });
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

    /// <summary>The figures of one row, read by <see cref="BudgetRow.Read"/>.</summary>
    private sealed record Figures(decimal? Initial, decimal? Budget, decimal? Executed, decimal? Rate, decimal? Weight, decimal? Score, string? Reason);

    /// <summary>One row of the block: its label (the first cell under no column), its cells by column, and the cells kept aside.</summary>
    private sealed class BudgetRow
    {
        public BudgetRow(SourceLine line, Dictionary<int, BudgetColumn> columns)
        {
            foreach (var (index, text) in line.NonEmpty())
            {
                if (columns.TryGetValue(index, out var column)) Values[column] = text;
                else if (Label is null) Label = text;
                else Leftovers.Add(text);
            }
        }

        public string? Label { get; }

        public Dictionary<BudgetColumn, string> Values { get; } = new();

        /// <summary>Cells beside the label under no column.</summary>
        public List<string> Leftovers { get; } = new();

        /// <summary>Cells under a column that could not be read as its figure.</summary>
        public List<string> Unreadable { get; } = new();

        /// <summary>Reads the figures, keeping the unreadable cells (an amount in another unit than <paramref name="unit"/>'s, a word).</summary>
        public Figures Read(MoneyUnit unit)
        {
            var initial = Number(BudgetColumn.Initial, unit);
            var budget = Number(BudgetColumn.Budget, unit);
            var executed = Number(BudgetColumn.Executed, unit);
            var rate = Percent();
            var weight = Number(BudgetColumn.Weight, null);
            var score = Number(BudgetColumn.Score, null);
            var reason = Values.TryGetValue(BudgetColumn.Reason, out var r) && !IsNotApplicable(r) ? r : null;
            return new Figures(initial, budget, executed, rate, weight, score, reason);
        }

        /// <summary>Money in the block's unit when <paramref name="money"/> is given (an amount in another unit is kept aside); else a bare number (a weight or score).</summary>
        private decimal? Number(BudgetColumn c, MoneyUnit? money)
        {
            if (!Values.TryGetValue(c, out var text) || IsNotApplicable(text)) return null;
            if (AmountText.TryParse(text, out var a, out var unit) && a.Value is { } v && !a.OnSchedule && (money is not null ? money.Admits(unit) : unit is null)) return v;
            Unreadable.Add(text);
            return null;
        }

        private decimal? Percent()
        {
            if (!Values.TryGetValue(BudgetColumn.Rate, out var text) || IsNotApplicable(text)) return null;
            var t = LabelText.Normalize(text).TrimEnd('%');
            if (decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate)) return rate;
            Unreadable.Add(text);
            return null;
        }
    }
}
