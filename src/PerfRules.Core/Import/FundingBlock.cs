using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>
/// Reads the 项目资金 block. PDF extraction scatters its cells: amounts on the label line, on the
/// next line, run together with their label, or missing. Every amount is assigned to 资金总额 or to a
/// 支出 line's 半年/全年 column — on its own line in the form's column order, or by inference with an
/// I03 finding — or kept as an unplaced line (I06). Nothing is placed silently by guesswork.
/// </summary>
internal sealed class FundingBlock
{
    private readonly List<Draft> _lines = new();
    private readonly List<Finding> _findings;
    private readonly Action<SourceLine, IReadOnlyList<string>, string> _unplaced;
    private Section _section;
    private Target _target;
    private decimal? _total;
    private string? _totalText;
    private int? _totalLine;
    private int? _totalLabelLine;
    private readonly MoneyUnit _unit;

    /// <summary>The unit the block's caption states (<c>项目资金 (元)</c>), or null when it states none.</summary>
    public string? StatedUnit => _unit.Stated;
    private List<AmountColumn> _headerOrder = new();
    private Dictionary<int, AmountColumn> _headerColumns = new();
    private AmountColumn? _pending;
    private int _pendingLine;

    /// <summary>A block whose amounts are in the unit its caption states, else in <paramref name="tableUnit"/>'s (the unit the table states elsewhere).</summary>
    public FundingBlock(List<Finding> findings, Action<SourceLine, IReadOnlyList<string>, string> unplaced, Func<string?> tableUnit)
    {
        _findings = findings;
        _unplaced = unplaced;
        _unit = new MoneyUnit(tableUnit);
    }

    private enum Section
    {
        None,
        Income,
        Expenditure,
    }

    private enum Target
    {
        None,
        Total,
        Expenditure,
    }

    private Draft? Current => _target == Target.Expenditure && _lines.Count > 0 ? _lines[_lines.Count - 1] : null;

    /// <summary>True when the label names a funding total (资金总额, 年度资金总额).</summary>
    public static bool IsTotalLabel(string normalized) =>
        normalized.TrimEnd(':') is "资金总额" or "年度资金总额" or "资金总额(万元)" or "资金总额(元)" or "年度资金总额(万元)";

    /// <summary>True when a cell opens the block (项目资金 (万元)).</summary>
    public static bool IsBlockLabel(string cell) => LabelText.CouldBeLabel(cell) && LabelText.Normalize(cell).StartsWith("项目资金", StringComparison.Ordinal);

    /// <summary>Reads one line of the block.</summary>
    public void Accept(SourceLine line)
    {
        var leftovers = new List<string>();
        var otherUnit = new List<string>();
        var headerLine = line.NonEmpty().Any(c => (LabelText.CouldBeLabel(c.Text) && LabelText.Normalize(c.Text) is "收入" or "支出") || IsBlockLabel(c.Text));
        var unlabelled = line.NonEmpty().Count(c => AmountText.TryParse(c.Text, out _));

        foreach (var (col, cell) in line.NonEmpty())
        {
            var n = LabelText.CouldBeLabel(cell) ? LabelText.Normalize(cell) : string.Empty;
            if (IsBlockLabel(cell))
            {
                if (n.IndexOf("(元)", StringComparison.Ordinal) >= 0) _unit.State("元");
                else if (n.IndexOf("(万元)", StringComparison.Ordinal) >= 0) _unit.State("万元");
                continue;
            }

            if (n == "收入")
            {
                _section = Section.Income;
                continue;
            }

            if (n == "支出")
            {
                _section = Section.Expenditure;
                _target = Target.None;
                _headerOrder = new List<AmountColumn>();
                _headerColumns = new Dictionary<int, AmountColumn>();
                continue;
            }

            if (IsTotalLabel(n))
            {
                _target = Target.Total;
                _totalLabelLine = line.Number;
                continue;
            }

            if (AmountText.TryParseLabel(cell, out var column, out var rest))
            {
                if (rest.Length == 0)
                {
                    if (headerLine)
                    {
                        if (_section == Section.Expenditure && !_headerOrder.Contains(column))
                        {
                            _headerOrder.Add(column);
                            _headerColumns[col] = column;
                        }
                    }
                    else
                    {
                        _pending = column;
                        _pendingLine = line.Number;
                    }
                }
                else if (AmountText.TryParse(rest, out var labelled, out var labelledUnit) && Current is { } d && d.Get(column).IsMissing)
                {
                    if (!_unit.Admits(labelledUnit))
                    {
                        otherUnit.Add(cell);
                        continue;
                    }

                    Place(d, column, labelled, line.Number, d.Line == line.Number ? null :
                        Describe(d, column, labelled) + "写在第" + N(line.Number) + "行（与其标签同格），支出行在第" + N(d.Line) + "行");
                }
                else
                {
                    leftovers.Add(cell);
                }

                continue;
            }

            if (AmountText.TryParse(cell, out var amount, out var cellUnit))
            {
                if (!_unit.Admits(cellUnit)) otherUnit.Add(cell);
                else if (!PlaceAmount(amount, line, col, unlabelled)) leftovers.Add(cell);
                continue;
            }

            if (_section == Section.Expenditure)
            {
                _lines.Add(new Draft(LabelText.CollapseCjkSpaces(cell), line.Number));
                _target = Target.Expenditure;
                _pending = null;
                continue;
            }

            if (_target == Target.Total && _totalLabelLine == line.Number && _total is null && _totalText is null)
            {
                _totalText = cell;
                _totalLine = line.Number;
                continue;
            }

            leftovers.Add(cell);
        }

        if (leftovers.Count > 0) _unplaced(line, leftovers, "无法归入资金总额或支出行");
        if (otherUnit.Count > 0) _unplaced(line, otherUnit, "金额单位与资金块的单位「" + _unit.Known + "」不一致");
    }

    /// <summary>Applies the end-of-block inferences and returns the funding.</summary>
    public Funding Finish()
    {
        foreach (var d in _lines)
        {
            if (!d.Full.IsMissing) continue;

            // 序时进度 25227 states the full amount the half-year share is of.
            if (d.Half.OnSchedule && d.Half.Value is { } of)
            {
                Place(d, AmountColumn.FullYear, new Amount(of), d.Line,
                    "支出「" + d.Name + "」的半年(程)计划执行数写作「" + d.Half + "」，全年(程)预算数取其中的 " + Fmt(of));
            }
            else if (_lines.Count == 1 && _total is { } total)
            {
                Place(d, AmountColumn.FullYear, new Amount(total), d.Line,
                    "支出「" + d.Name + "」缺少全年(程)预算数，按资金总额 " + Fmt(total) + " 补入（仅一条支出行）");
            }
        }

        return new Funding
        {
            Total = _total,
            TotalText = _totalText,
            TotalLine = _totalLine ?? _totalLabelLine,
            Unit = _unit.Stated ?? _unit.Seen ?? "万元",
            Expenditures = _lines.Select(d => new Expenditure(d.Name, d.Half, d.Full) { Line = d.Line }).ToValueList(),
        };
    }

    private bool PlaceAmount(Amount amount, SourceLine line, int column, int unlabelledOnLine)
    {
        if (_pending is { } pending && Current is { } pd && pd.Get(pending).IsMissing)
        {
            var inferred = line.Number == pd.Line && _pendingLine == line.Number ? null :
                _pendingLine == line.Number
                    ? Describe(pd, pending, amount) + "与其标签「" + AmountText.Name(pending) + "」同写在第" + N(line.Number) + "行，支出行在第" + N(pd.Line) + "行"
                    : Describe(pd, pending, amount) + "写在第" + N(line.Number) + "行，按第" + N(_pendingLine) + "行的「" + AmountText.Name(pending) + "」标签归入";
            Place(pd, pending, amount, line.Number, inferred);
            _pending = null;
            return true;
        }

        if (_target == Target.Total)
        {
            if (_total is not null || _totalText is not null || amount.Value is null || amount.OnSchedule) return false;
            _total = amount.Value;
            _totalLine = line.Number;
            if (line.Number != _totalLabelLine)
            {
                _findings.Add(ImportFindings.AmountInferred("资金总额", line.Number,
                    "资金总额 " + Fmt(amount.Value.Value) + " 写在第" + N(line.Number) + "行，按第" + N(_totalLabelLine ?? 0) + "行的「资金总额」归入"));
            }

            return true;
        }

        if (Current is not { } d) return false;
        if (line.Number == d.Line)
        {
            // On the 支出 line itself: an amount right under a 支出 header label goes to that column;
            // otherwise a lone amount goes to the column the 支出 header names first, and several
            // amounts are read in the form's column order (半年, then 全年).
            if (_headerColumns.TryGetValue(column, out var under) && d.Get(under).IsMissing)
            {
                Place(d, under, amount, line.Number, null);
                return true;
            }

            var order = unlabelledOnLine == 1 ? _headerOrder.Concat(FormOrder) : FormOrder;
            foreach (var c in order)
            {
                if (!d.Get(c).IsMissing) continue;
                Place(d, c, amount, line.Number, null);
                return true;
            }

            return false;
        }

        foreach (var c in FormOrder)
        {
            if (!d.Get(c).IsMissing) continue;
            Place(d, c, amount, line.Number,
                Describe(d, c, amount) + "单独写在第" + N(line.Number) + "行（支出行在第" + N(d.Line) + "行），按表式列序归入");
            return true;
        }

        return false;
    }

    private static readonly AmountColumn[] FormOrder = { AmountColumn.HalfYear, AmountColumn.FullYear };

    private void Place(Draft d, AmountColumn column, Amount amount, int line, string? inference)
    {
        d.Set(column, amount);
        if (inference is not null) _findings.Add(ImportFindings.AmountInferred("支出:" + d.Name, line, inference));
    }

    private static string Describe(Draft d, AmountColumn column, Amount amount) =>
        "支出「" + d.Name + "」的" + AmountText.Name(column) + " " + amount + " ";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Fmt(decimal d) => Values.ValueText.FormatNumber(d);

    private sealed class Draft
    {
        public Draft(string name, int line)
        {
            Name = name;
            Line = line;
        }

        public string Name { get; }

        public int Line { get; }

        public Amount Half { get; private set; } = Amount.Missing;

        public Amount Full { get; private set; } = Amount.Missing;

        public Amount Get(AmountColumn column) => column == AmountColumn.HalfYear ? Half : Full;

        public void Set(AmountColumn column, Amount amount)
        {
            if (column == AmountColumn.HalfYear) Half = amount;
            else Full = amount;
        }
    }
}
