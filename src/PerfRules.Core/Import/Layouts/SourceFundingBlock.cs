using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Import.Layouts;

/// <summary>
/// The money block of target tables that break 资金总额 down by source, not by 支出 line (四川, 安徽, 重庆,
/// 内蒙古): <c>项目资金⇥年度资金总额:⇥5.00</c> / <c>⇥其中:财政拨款⇥5.00</c> / <c>⇥上年结转⇥0.00</c>, with column
/// headers (<c>金额(万元)</c>, <c>资金来源</c>, <c>年初安排金额(万元)</c>), a 项目总预算 beside the year's
/// 当年年度预算, classification codes (<c>财政资金科目代码⇥21305</c>) and the 预算执行率 target and 分值.
/// Cells are read left to right as label, value pairs.
/// </summary>
internal sealed class SourceFundingBlock : ISourceMoneyBlock
{
    private readonly List<FundingSource> _sources = new();
    private readonly List<HeaderField> _fields;
    private readonly List<SectionWeight> _weights;
    private readonly Action<SourceLine, IReadOnlyList<string>, string> _unplaced;
    private readonly MoneyUnit _unit;
    private bool _inSubtotal;

    /// <summary>A block whose amounts are in the unit it states, else in <paramref name="tableUnit"/>'s (the unit the table states elsewhere).</summary>
    public SourceFundingBlock(List<HeaderField> fields, List<SectionWeight> weights, Action<SourceLine, IReadOnlyList<string>, string> unplaced, Func<string?> tableUnit)
    {
        _fields = fields;
        _weights = weights;
        _unplaced = unplaced;
        _unit = new MoneyUnit(tableUnit);
    }

    private enum LabelKind
    {
        Total,
        ProjectTotal,
        ColumnHeader,
        TextField,
        Score,
        Source,
    }

    /// <summary>The unit the block names (<c>项目资金(万元)</c>, <c>金额(万元)</c>) or its amounts are written in (<c>5.00万元</c>), or null.</summary>
    public string? Unit => _unit.Stated ?? _unit.Seen;

    /// <summary>资金总额 (the year's total), or null.</summary>
    public decimal? Total { get; private set; }

    /// <summary>Line of 资金总额's label.</summary>
    public int? TotalLine { get; private set; }

    /// <summary>项目总预算 (the whole project's budget) when the block states no year total, else null.</summary>
    public decimal? ProjectTotal { get; private set; }

    public IReadOnlyList<FundingSource> Sources => _sources;

    /// <summary>True when the cell opens such a block: 项目资金…, 投入目标(万元), 资金投入.</summary>
    public static bool IsBlockLabel(string cell) => IsBlockLabel(cell, LabelVocabulary.Default);

    /// <summary>True when the cell opens a money block of <paramref name="vocabulary"/> (its <c>regions.funding</c>).</summary>
    public static bool IsBlockLabel(string cell, LabelVocabulary vocabulary) =>
        vocabulary.TryRegion(cell, out var region) && region == LabelRegion.Funding;

    /// <summary>
    /// A cell that holds a label and its amount (<c>资金总额: 250</c>, <c>一、预算资金:250</c>) as the two cells the
    /// block reads; any other cell as it is.
    /// </summary>
    private static IEnumerable<string> SplitLabelAmount(string cell)
    {
        var colon = LabelText.CouldBeLabel(cell) ? cell.LastIndexOfAny(new[] { ':', '：' }) : -1;
        if (colon > 0 && colon < cell.Length - 1 && AmountText.TryParse(cell.Substring(colon + 1), out var a) && a.Value is not null)
        {
            yield return cell.Substring(0, colon + 1).Trim();
            yield return cell.Substring(colon + 1).Trim();
            yield break;
        }

        yield return cell;
    }

    /// <summary>True for the Nanjing block (a 收入 or 支出 cell on the label line), which <see cref="FundingBlock"/> reads.</summary>
    public static bool IsNanjingBlock(SourceLine line) =>
        line.NonEmpty().Any(c => LabelText.CouldBeLabel(c.Text) && LabelText.Normalize(c.Text) is "收入" or "支出");

    /// <summary>
    /// Reads one line of the block as label, value pairs: the block's caption (on its first line), a field's or score's
    /// text, an amount for the label before it, a not-applicable mark, else a new label.
    /// </summary>
    public void Accept(SourceLine line, bool first)
    {
        var read = new LinePairs(line);
        var cells = line.NonEmpty().SelectMany(c => SplitLabelAmount(c.Text)).ToList();
        for (var k = 0; k < cells.Count; k++)
        {
            var text = cells[k];
            if (first && k == 0 && Caption(text)) continue;
            if (FieldValue(read, text) || AmountValue(read, text) || NotApplicable(read, text)) continue;
            Close(read);
            read.Open(text, Classify(text));
            if (read.Kind == LabelKind.ColumnHeader) NoteUnit(text);
        }

        Close(read);
        if (read.Leftovers.Count > 0) _unplaced(line, read.Leftovers, "无法归入资金总额或资金来源");
        if (read.OtherUnit.Count > 0) _unplaced(line, read.OtherUnit, "金额单位与资金块的单位「" + _unit.Known + "」不一致");
    }

    /// <summary>The block's caption (<c>项目资金(万元)</c>, <c>投入目标(10分)</c>): its unit and the 预算执行率 score it states.</summary>
    private bool Caption(string text)
    {
        if (!IsBlockLabel(text)) return false;
        NoteUnit(text);
        if (SectionScores.TryExecutionScore(text, out var w)) SectionScores.Add(_weights, new SectionWeight(SectionScores.ExecutionRate, w));
        return true;
    }

    /// <summary>财政资金预算分类⇥一般公共预算, 财政资金科目代码⇥21305, 年度预算执行率⇥100%, 分值⇥10分: a field's text or the score.</summary>
    private bool FieldValue(LinePairs read, string text)
    {
        if (!read.AwaitsValue || read.Kind is not (LabelKind.TextField or LabelKind.Score)) return false;
        if (read.Kind == LabelKind.Score && SectionScores.TryScore(text, out var score))
        {
            SectionScores.Add(_weights, new SectionWeight(SectionScores.ExecutionRate, score));
        }
        else
        {
            _fields.Add(new HeaderField(LabelText.RemoveWhitespace(read.Label!), text, read.Line.Number));
        }

        read.HasValue = true;
        return true;
    }

    /// <summary>An amount: the value of the label before it, when that waits for one in the block's unit; else kept aside.</summary>
    private bool AmountValue(LinePairs read, string text)
    {
        if (!AmountText.TryParse(text, out var amount, out var cellUnit) || amount.Value is not { } value || amount.OnSchedule) return false;
        if (!read.AwaitsValue) read.Leftovers.Add(text);
        else if (!_unit.Admits(cellUnit)) read.OtherUnit.Add(text);
        else Place(read, text, value);
        return true;
    }

    private void Place(LinePairs read, string text, decimal value)
    {
        read.HasValue = true;
        var label = read.Label!;
        switch (read.Kind)
        {
            case LabelKind.Total when Total is null:
                Total = value;
                TotalLine = read.Line.Number;
                break;
            case LabelKind.Total:
                read.Leftovers.Add(label);
                read.Leftovers.Add(text);
                break;
            case LabelKind.ProjectTotal:
                ProjectTotal = value;
                _fields.Add(new HeaderField(LabelText.RemoveWhitespace(label), text, read.Line.Number));
                break;
            case LabelKind.ColumnHeader:
                read.Leftovers.Add(text);
                break;
            default:
                AddSource(label, value, read.Line.Number);
                break;
        }
    }

    /// <summary>A not-applicable mark (<c>/</c>, <c>—</c>) is a label's value, except a source's: that stays a source without an amount.</summary>
    private static bool NotApplicable(LinePairs read, string text)
    {
        if (!BudgetBlock.IsNotApplicable(text) || !read.AwaitsValue) return false;
        read.HasValue = read.Kind != LabelKind.Source;
        return true;
    }

    /// <summary>A label left without a value: 资金总额's line, a source without an amount, or an empty field.</summary>
    private void Close(LinePairs read)
    {
        if (!read.AwaitsValue) return;
        var label = read.Label!;
        switch (read.Kind)
        {
            case LabelKind.Total:
                TotalLine ??= read.Line.Number;
                break;
            case LabelKind.ColumnHeader:
                break;
            case LabelKind.Source:
                AddSource(label, null, read.Line.Number);
                break;
            default:
                _fields.Add(new HeaderField(LabelText.RemoveWhitespace(label), string.Empty, read.Line.Number));
                break;
        }
    }

    private void AddSource(string label, decimal? value, int line) =>
        _sources.Add(new FundingSource(label, value) { Line = line, Depth = BudgetBlock.SourceDepth(label, ref _inSubtotal) });

    private void NoteUnit(string text)
    {
        var t = LabelText.Normalize(text);
        if (t.IndexOf("(万元)", StringComparison.Ordinal) >= 0) _unit.State("万元");
        else if (t.IndexOf("(元)", StringComparison.Ordinal) >= 0) _unit.State("元");
    }

    private static LabelKind Classify(string label)
    {
        var t = LabelText.Normalize(label).TrimEnd(':');
        if (t is "项目总预算" or "项目总投资" or "总预算" or "项目总金额") return LabelKind.ProjectTotal;
        if (t is "当年年度预算" or "年度预算" or "本年预算" || (LabelVocabulary.Default.TryField(label, out var field) && field == HeaderFieldKind.FundingTotal)) return LabelKind.Total;
        if (t.StartsWith("金额", StringComparison.Ordinal) || t is "资金来源" || t.StartsWith("年初安排金额", StringComparison.Ordinal) || t.StartsWith("预算数", StringComparison.Ordinal)) return LabelKind.ColumnHeader;
        if (t is "分值" or "权重") return LabelKind.Score;
        if (t.IndexOf("分类", StringComparison.Ordinal) >= 0 || t.IndexOf("代码", StringComparison.Ordinal) >= 0 || t.IndexOf("编码", StringComparison.Ordinal) >= 0
            || t.IndexOf("科目", StringComparison.Ordinal) >= 0 || t.IndexOf("执行率", StringComparison.Ordinal) >= 0) return LabelKind.TextField;
        return LabelKind.Source;
    }

    /// <summary>One line of the block read as label, value pairs: the label that waits for its value, and the cells kept aside.</summary>
    private sealed class LinePairs
    {
        public LinePairs(SourceLine line) => Line = line;

        public SourceLine Line { get; }

        /// <summary>The last label read, or null before the first.</summary>
        public string? Label { get; private set; }

        public LabelKind Kind { get; private set; } = LabelKind.Source;

        public bool HasValue { get; set; }

        /// <summary>True when a label has been read and has no value yet.</summary>
        public bool AwaitsValue => Label is not null && !HasValue;

        public List<string> Leftovers { get; } = new();

        public List<string> OtherUnit { get; } = new();

        public void Open(string label, LabelKind kind)
        {
            Label = label;
            Kind = kind;
            HasValue = false;
        }
    }
}
