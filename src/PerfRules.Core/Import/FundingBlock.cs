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

    /// <summary>
    /// Reads one line of the block: each cell is the block's caption, a 收入/支出 or 资金总额 label, an amount label,
    /// an amount, a 支出 line's name or 资金总额's text; a cell that is none of these is kept aside (I06).
    /// </summary>
    public void Accept(SourceLine line)
    {
        var read = new LineCells(line);
        foreach (var (col, cell) in line.NonEmpty())
        {
            if (!AcceptCell(read, col, cell)) read.Leftovers.Add(cell);
        }

        if (read.Leftovers.Count > 0) _unplaced(line, read.Leftovers, "无法归入资金总额或支出行");
        if (read.OtherUnit.Count > 0) _unplaced(line, read.OtherUnit, "金额单位与资金块的单位「" + _unit.Known + "」不一致");
    }

    /// <summary>The cell passes of <see cref="Accept"/>, in order; false when none takes the cell.</summary>
    private bool AcceptCell(LineCells read, int col, string cell)
    {
        var n = LabelText.CouldBeLabel(cell) ? LabelText.Normalize(cell) : string.Empty;
        var number = read.Line.Number;
        return Caption(cell, n) || SectionLabel(n) || TotalLabel(n, number) || AmountLabel(read, col, cell)
            || LoneAmount(read, col, cell) || ExpenditureName(cell, number) || TotalText(cell, number);
    }

    /// <summary>The block's caption (<c>项目资金 (万元)</c>), which may state the unit.</summary>
    private bool Caption(string cell, string normalized)
    {
        if (!IsBlockLabel(cell)) return false;
        if (normalized.IndexOf("(元)", StringComparison.Ordinal) >= 0) _unit.State("元");
        else if (normalized.IndexOf("(万元)", StringComparison.Ordinal) >= 0) _unit.State("万元");
        return true;
    }

    /// <summary>收入 or 支出: the section that follows; 支出 forgets the column order of an earlier 支出 header.</summary>
    private bool SectionLabel(string normalized)
    {
        if (normalized == "收入")
        {
            _section = Section.Income;
            return true;
        }

        if (normalized != "支出") return false;
        _section = Section.Expenditure;
        _target = Target.None;
        _headerOrder = new List<AmountColumn>();
        _headerColumns = new Dictionary<int, AmountColumn>();
        return true;
    }

    /// <summary>资金总额's label: the amounts that follow are the total.</summary>
    private bool TotalLabel(string normalized, int line)
    {
        if (!IsTotalLabel(normalized)) return false;
        _target = Target.Total;
        _totalLabelLine = line;
        return true;
    }

    /// <summary>
    /// A 半年/全年 column label: on a header line it names a column of the 支出 lines; alone elsewhere it labels the next
    /// amount; run together with an amount (<c>全年(程) 预算数 300</c>) the amount goes to the current 支出 line.
    /// </summary>
    private bool AmountLabel(LineCells read, int col, string cell)
    {
        if (!AmountText.TryParseLabel(cell, out var column, out var rest)) return false;
        if (rest.Length == 0)
        {
            NoteColumnLabel(read, col, column);
        }
        else if (AmountText.TryParse(rest, out var labelled, out var labelledUnit) && Current is { } d && d.Get(column).IsMissing)
        {
            if (!_unit.Admits(labelledUnit)) read.OtherUnit.Add(cell);
            else PlaceLabelled(d, column, labelled, read.Line.Number);
        }
        else
        {
            read.Leftovers.Add(cell);
        }

        return true;
    }

    private void NoteColumnLabel(LineCells read, int col, AmountColumn column)
    {
        if (!read.IsHeaderLine)
        {
            _pending = column;
            _pendingLine = read.Line.Number;
        }
        else if (_section == Section.Expenditure && !_headerOrder.Contains(column))
        {
            _headerOrder.Add(column);
            _headerColumns[col] = column;
        }
    }

    private void PlaceLabelled(Draft d, AmountColumn column, Amount amount, int line) =>
        Place(d, column, amount, line, d.Line == line ? null :
            Describe(d, column, amount) + "写在第" + N(line) + "行（与其标签同格），支出行在第" + N(d.Line) + "行");

    /// <summary>An amount on its own: placed by <see cref="PlaceAmount"/>, or kept aside when its unit is another.</summary>
    private bool LoneAmount(LineCells read, int col, string cell)
    {
        if (!AmountText.TryParse(cell, out var amount, out var cellUnit)) return false;
        if (!_unit.Admits(cellUnit)) read.OtherUnit.Add(cell);
        else if (!PlaceAmount(amount, read.Line, col, read.Unlabelled)) read.Leftovers.Add(cell);
        return true;
    }

    /// <summary>Text under 支出 names a new 支出 line.</summary>
    private bool ExpenditureName(string cell, int line)
    {
        if (_section != Section.Expenditure) return false;
        _lines.Add(new Draft(LabelText.CollapseCjkSpaces(cell), line));
        _target = Target.Expenditure;
        _pending = null;
        return true;
    }

    /// <summary>Text beside 资金总额's label where an amount should be: kept as the total's text.</summary>
    private bool TotalText(string cell, int line)
    {
        if (_target != Target.Total || _totalLabelLine != line || _total is not null || _totalText is not null) return false;
        _totalText = cell;
        _totalLine = line;
        return true;
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

    /// <summary>One line of the block as <see cref="Accept"/> reads it, and the cells it keeps aside.</summary>
    private sealed class LineCells
    {
        public LineCells(SourceLine line)
        {
            Line = line;
            IsHeaderLine = line.NonEmpty().Any(c => (LabelText.CouldBeLabel(c.Text) && LabelText.Normalize(c.Text) is "收入" or "支出") || IsBlockLabel(c.Text));
            Unlabelled = line.NonEmpty().Count(c => AmountText.TryParse(c.Text, out _));
        }

        public SourceLine Line { get; }

        /// <summary>True when the line holds the caption, 收入 or 支出: its column labels head the 支出 lines' columns.</summary>
        public bool IsHeaderLine { get; }

        /// <summary>How many cells of the line are amounts.</summary>
        public int Unlabelled { get; }

        public List<string> Leftovers { get; } = new();

        public List<string> OtherUnit { get; } = new();
    }

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
