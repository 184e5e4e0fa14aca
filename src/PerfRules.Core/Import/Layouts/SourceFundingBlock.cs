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

    /// <summary>Reads one line of the block.</summary>
    public void Accept(SourceLine line, bool first)
    {
        var leftovers = new List<string>();
        var otherUnit = new List<string>();
        string? pending = null;
        LabelKind pendingKind = LabelKind.Source;
        var pendingHasValue = false;

        void Close()
        {
            if (pending is null || pendingHasValue) return;
            switch (pendingKind)
            {
                case LabelKind.Total:
                    TotalLine ??= line.Number;
                    break;
                case LabelKind.ColumnHeader:
                    break;
                case LabelKind.Source:
                    _sources.Add(new FundingSource(pending, null) { Line = line.Number, Depth = BudgetBlock.SourceDepth(pending, ref _inSubtotal) });
                    break;
                default:
                    _fields.Add(new HeaderField(LabelText.RemoveWhitespace(pending), string.Empty, line.Number));
                    break;
            }
        }

        var cells = line.NonEmpty().SelectMany(c => SplitLabelAmount(c.Text)).ToList();
        for (var k = 0; k < cells.Count; k++)
        {
            var text = cells[k];
            if (first && k == 0 && IsBlockLabel(text))
            {
                NoteUnit(text);
                if (SectionScores.TryExecutionScore(text, out var w)) SectionScores.Add(_weights, new SectionWeight(SectionScores.ExecutionRate, w));
                continue;
            }

            if (pending is not null && !pendingHasValue && pendingKind is LabelKind.TextField or LabelKind.Score)
            {
                // 财政资金预算分类⇥一般公共预算, 财政资金科目代码⇥21305, 年度预算执行率⇥100%, 分值⇥10分.
                if (pendingKind == LabelKind.Score && SectionScores.TryScore(text, out var score))
                {
                    SectionScores.Add(_weights, new SectionWeight(SectionScores.ExecutionRate, score));
                }
                else
                {
                    _fields.Add(new HeaderField(LabelText.RemoveWhitespace(pending), text, line.Number));
                }

                pendingHasValue = true;
                continue;
            }

            if (AmountText.TryParse(text, out var amount, out var cellUnit) && amount.Value is { } value && !amount.OnSchedule)
            {
                if (pending is null || pendingHasValue)
                {
                    leftovers.Add(text);
                    continue;
                }

                if (!_unit.Admits(cellUnit))
                {
                    otherUnit.Add(text);
                    continue;
                }

                pendingHasValue = true;
                switch (pendingKind)
                {
                    case LabelKind.Total:
                        if (Total is null)
                        {
                            Total = value;
                            TotalLine = line.Number;
                        }
                        else
                        {
                            leftovers.Add(pending);
                            leftovers.Add(text);
                        }

                        break;
                    case LabelKind.ProjectTotal:
                        ProjectTotal = value;
                        _fields.Add(new HeaderField(LabelText.RemoveWhitespace(pending), text, line.Number));
                        break;
                    case LabelKind.ColumnHeader:
                        leftovers.Add(text);
                        break;
                    default:
                        _sources.Add(new FundingSource(pending, value) { Line = line.Number, Depth = BudgetBlock.SourceDepth(pending, ref _inSubtotal) });
                        break;
                }

                continue;
            }

            if (BudgetBlock.IsNotApplicable(text) && pending is not null && !pendingHasValue)
            {
                pendingHasValue = pendingKind != LabelKind.Source;
                continue;
            }

            Close();
            pending = text;
            pendingKind = Classify(text);
            pendingHasValue = false;
            if (pendingKind == LabelKind.ColumnHeader) NoteUnit(text);
        }

        Close();
        if (leftovers.Count > 0) _unplaced(line, leftovers, "无法归入资金总额或资金来源");
        if (otherUnit.Count > 0) _unplaced(line, otherUnit, "金额单位与资金块的单位「" + _unit.Known + "」不一致");
    }

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
}
