using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Import.Layouts;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>
/// Stage 5, one line at a time: the line passes of <see cref="Accept"/>. Each pass either takes the line (true) or
/// leaves it to the next; a line no pass takes goes to the block being read (<see cref="ReadInMode"/>). The order is
/// the reader's precedence: a year or unit line anywhere, then the indicator header, totals and result rows, the
/// money blocks, goal label rows, and last the header fields.
/// </summary>
internal sealed partial class TableAssembler
{
    /// <summary>The line passes of stage 5, in order.</summary>
    private Func<SourceLine, bool>[] LinePasses() => new Func<SourceLine, bool>[]
    {
        YearLine, UnitLine, UpperIndicatorHeader, IndicatorHeader, TotalsRow, ResultBlock, BudgetHeader,
        IndicatorCaption, LoneCaption, GoalGridValues, GoalGridStart, MoneyBlockStart, ShortenedGoalLabel, HeaderFields,
    };

    /// <summary>Reads one non-blank line of this table.</summary>
    public void Accept(SourceLine line)
    {
        if (line.IsBlank) return;
        if (!IndicatorBlock.IsHeader(line)) NoteHeaderLine();
        foreach (var pass in _passes)
        {
            if (pass(line)) return;
        }

        ReadInMode(line);
    }

    /// <summary>
    /// True when a line ends the indicator block: outside the block every line does; inside it, only a line whose
    /// first cell is filled (a row with an empty first cell continues a merged 一级 cell).
    /// </summary>
    private bool LeavesBlock(SourceLine line) => _mode != Mode.Indicators || line.Cell(0).Length > 0;

    /// <summary>A year alone on its line (<c>2026年度</c>): the table's year; a second, different one is kept aside (I06).</summary>
    private bool YearLine(SourceLine line)
    {
        var first = line.First!;
        if (line.NonEmptyCount != 1 || !SourceLine.IsYearOnly(first, out var year)) return false;
        if (_year is null || _year == year) _year = year;
        else Unplaced(line, new[] { first }, "与已读年度 " + _year.Value.ToString(CultureInfo.InvariantCulture) + " 不一致");
        return true;
    }

    /// <summary>A unit alone on its line (<c>单位:万元</c>): the funding unit; one that contradicts the known unit is kept aside (I06).</summary>
    private bool UnitLine(SourceLine line)
    {
        var first = line.First!;
        if (line.NonEmptyCount != 1 || !LayoutCells.TryUnit(first, out var unit)) return false;
        if (!TryAcceptUnit(unit, out var known)) Unplaced(line, new[] { first }, "与已读金额单位「" + known + "」不一致");
        return true;
    }

    /// <summary>
    /// The upper row of a two-row indicator header (年度指标值 | 实际完成值 | 分值 | 得分 …) waits for the row below it;
    /// an upper row no indicator header follows is kept aside (I06).
    /// </summary>
    private bool UpperIndicatorHeader(SourceLine line)
    {
        if (IndicatorBlock.IsHeader(line)) return false;
        var upper = _upperHeader;
        _upperHeader = null;
        var isUpper = _block is null && IndicatorBlock.IsUpperHeader(line);
        if (upper is not null) UnplacedLine(upper, "不是可识别的表头字段、资金或指标行");
        if (isUpper) _upperHeader = line;
        return isUpper;
    }

    /// <summary>
    /// The indicator header opens the indicator block (a repeated one, after a page break, is structure). Cells the
    /// block does not read — its own caption aside — are kept (I06).
    /// </summary>
    private bool IndicatorHeader(SourceLine line)
    {
        if (!IndicatorBlock.IsHeader(line)) return false;
        var upper = _upperHeader;
        _upperHeader = null;
        line = SplitJoinedHeaderField(line);
        _block ??= new IndicatorBlock(line, upper, _findings, Unplaced, _hierarchy);
        _mode = Mode.Indicators;

        // A header line joined with the first row (or with page furniture) keeps the rest, never drops it.
        // The block's own caption left of the header words (绩效指标(90分), 年度绩效指标完成情况, a vertical 绩) is structure:
        // the block keeps its score as a section weight, so it is neither lost nor an I06 false alarm. The block
        // decides which cells it reads (a region's name over its column of targets is a column header).
        var other = _block.UnreadHeaderCells(line);
        if (other.Count > 0) Unplaced(line, other, "与指标表头在同一行，无法识别");
        return true;
    }

    /// <summary>
    /// Repair of a lost line break: <c>年度目标⇥…⇥一级指标⇥二级指标⇥…</c> holds a header field and the indicator header on
    /// one line. The field is read as a field and the header re-based to column 0, so the rows line up with it.
    /// </summary>
    private SourceLine SplitJoinedHeaderField(SourceLine line)
    {
        if (_block is not null || !HeaderLabels.TryGet(line.Cell(0), _labels, out _)) return line;
        var firstWord = line.NonEmpty().FirstOrDefault(c => IndicatorBlock.IsHeaderWord(c.Text) && !HeaderLabels.TryGet(c.Text, _labels, out _));
        if (firstWord.Column <= 1 || firstWord.Text is null) return line;
        if (!line.NonEmpty().Any(c => c.Column > 0 && c.Column < firstWord.Column && !IndicatorBlock.IsHeaderWord(c.Text))) return line;
        ReadHeaderLine(SourceLine.FromCells(line.Number, line.Cells.Take(firstWord.Column).ToList()));
        return SourceLine.FromCells(line.Number, line.Cells.Skip(firstWord.Column).ToList());
    }

    /// <summary>
    /// The totals row after the indicator block (<c>合计⇥100⇥96⇥优</c>): the weights' and scores' totals and the grade. A
    /// second totals row that disagrees with the first is kept aside (I06), never silently ignored.
    /// </summary>
    private bool TotalsRow(SourceLine line)
    {
        if (_block is null || line.Cell(0).Length == 0 || !ResultLines.TryTotals(line, _block.IsWeightColumn, out var totalWeight, out var totalScore, out var grade)) return false;
        if ((_totalWeight is { } w && totalWeight is { } w2 && w != w2) || (_totalScore is { } sc && totalScore is { } sc2 && sc != sc2))
        {
            UnplacedLine(line, "是第二个合计行，与已读合计不一致");
            return true;
        }

        var first = LabelText.RemoveWhitespace(line.First!);
        _totalWeight ??= totalWeight;
        _totalScore ??= totalScore;
        _totalRow ??= new HeaderField(first, SourceLine.JoinCells(line.NonEmpty().Skip(1).Select(c => c.Text)), line.Number);
        if (grade is not null) _otherFields.Add(new HeaderField(first + "等级", grade, line.Number));
        return true;
    }

    /// <summary>An evaluation's result block (评价结果 name and score pairs) and the lines that continue it.</summary>
    private bool ResultBlock(SourceLine line)
    {
        if (!ResultLines.IsResultBlock(line) && !(_mode == Mode.Results && ResultLines.ContinuesResultBlock(line))) return false;
        var leftovers = new List<string>();
        ResultLines.ReadPairs(line, _mode != Mode.Results || line.Cell(0).Length > 0, _otherFields, leftovers);
        if (line.Cell(0).Length > 0) _otherFields.Add(new HeaderField(LabelText.RemoveWhitespace(line.First!), string.Empty, line.Number));
        if (leftovers.Count > 0) Unplaced(line, leftovers, "不是评价结果的名称与分数");
        _mode = Mode.Results;
        return true;
    }

    /// <summary>The header of a 自评 budget block (年初预算数 | 全年预算数 | 全年执行数 …) opens <see cref="BudgetBlock"/>; a second one is kept aside.</summary>
    private bool BudgetHeader(SourceLine line)
    {
        if (!BudgetBlock.IsHeader(line)) return false;
        if (_budget is null)
        {
            _budget = new BudgetBlock(line, Unplaced, () => _fundingUnit);
            _mode = Mode.Budget;
        }
        else
        {
            UnplacedLine(line, "是第二个预算执行情况表头");
        }

        return true;
    }

    /// <summary>A caption alone on its line that states section scores (<c>绩效指标(90分)</c>): kept as section weights.</summary>
    private bool IndicatorCaption(SourceLine line)
    {
        if (!LeavesBlock(line) || line.NonEmptyCount != 1 || !SectionScores.TryIndicatorCaption(line.First!, out var captionWeights)) return false;
        foreach (var w in captionWeights) SectionScores.Add(_weights, w);
        return true;
    }

    /// <summary>A block caption alone on its line (项目基本情况): structure, no content.</summary>
    private bool LoneCaption(SourceLine line) => LeavesBlock(line) && LayoutCells.IsLoneCaption(line);

    /// <summary>
    /// The values under a goal label row (<see cref="GoalGrid"/>): each value goes to the label above it, a cell under no
    /// label is kept (I06). A line that is no value row leaves the labels empty and goes on to the next pass.
    /// </summary>
    private bool GoalGridValues(SourceLine line)
    {
        if (_goalGrid is not { } grid) return false;
        _goalGrid = null;
        if (!grid.IsValueRow(line))
        {
            foreach (var (label, _) in grid.Empty()) CommitLabel(label, new List<string>(), line);
            return false;
        }

        var leftovers = new List<string>();
        foreach (var (label, value) in grid.Read(line, leftovers)) CommitLabel(label, value.Length == 0 ? new List<string>() : new List<string> { value }, line);
        if (leftovers.Count > 0) Unplaced(line, leftovers, "不在上一行任何标签之下");
        return true;
    }

    /// <summary>A row of goal labels (总体目标 | 年度目标) whose values are on the next line.</summary>
    private bool GoalGridStart(SourceLine line)
    {
        if (!LeavesBlock(line) || IsHierarchyRow(line.First!) || GoalGrid.TryStart(line, _labels) is not { } goalGrid) return false;
        _goalGrid = goalGrid;
        _mode = Mode.Header;
        return true;
    }

    /// <summary>
    /// A money block's caption (项目资金, 资金情况 …): the Nanjing 收入/支出 block goes to <see cref="FundingBlock"/>, a
    /// block by source (年度资金总额 / 其中 …) to <see cref="SourceFundingBlock"/>.
    /// </summary>
    private bool MoneyBlockStart(SourceLine line)
    {
        var first = line.First!;
        // 项目资金总额⇥100 opens with 项目资金 but is a header field: only a caption the vocabulary reads as a block opens one.
        if (!LeavesBlock(line) || !SourceFundingBlock.IsBlockLabel(first, _labels)) return false;
        if (_funding is not null || (_sourceFunding is null && SourceFundingBlock.IsNanjingBlock(line)))
        {
            _funding ??= new FundingBlock(_findings, Unplaced, () => _fundingUnit);
            _mode = Mode.Funding;
            _funding.Accept(line);
        }
        else
        {
            _sourceFunding ??= new SourceFundingBlock(_otherFields, _weights, Unplaced, () => _fundingUnit);
            _mode = Mode.SourceFunding;
            _sourceFunding.Accept(line, first: true);
        }

        return true;
    }

    /// <summary>Repair I02 (<see cref="ImportRuleIds.LabelRepaired"/>): a shortened goal label followed by goal text is read as 年度目标.</summary>
    private bool ShortenedGoalLabel(SourceLine line)
    {
        if (!LeavesBlock(line) || !LayoutCells.TryShortenedGoalLabel(line, out var goal)) return false;
        var first = line.First!;
        _findings.Add(new Finding(ImportRuleIds.LabelRepaired, Severity.Info,
            "「" + first + "」后跟一段目标文字，按「年度目标」读取（标签不完整）", FindingLocation.ForField(HeaderLabels.FieldName(HeaderFieldKind.AnnualGoal), line.Number))
        {
            Arguments = ValueList.Of(new FindingArgument("value", first)),
        });
        _mode = Mode.Header;
        CommitLabel("年度目标", new List<string> { goal }, line);
        return true;
    }

    /// <summary>
    /// A header field line (a label the vocabulary knows, possibly after an unknown one). An indented 资金总额 row of a
    /// money block stays in its block: the pass sets the mode back to that block and leaves the line to it.
    /// </summary>
    private bool HeaderFields(SourceLine line)
    {
        if (!LeavesBlock(line)) return false;
        if (ContinuesMoneyBlock(line) is { } moneyMode)
        {
            _mode = moneyMode;
            return false;
        }

        var first = line.First!;
        if (IsHierarchyRow(first) || !(HeaderLabels.TryGet(first, _labels, out _) || HeaderLabels.TrySplit(first, _labels, out _, out _) || HoldsLabelAfterUnknownOne(line))) return false;
        _mode = Mode.Header;
        ReadHeaderLine(line);
        return true;
    }

    /// <summary>A line no pass took goes to the block being read; outside any block it is kept aside (I06).</summary>
    private void ReadInMode(SourceLine line)
    {
        switch (_mode)
        {
            case Mode.Funding:
                _funding!.Accept(line);
                break;
            case Mode.SourceFunding:
                _sourceFunding!.Accept(line, first: false);
                break;
            case Mode.Budget when line.Cell(0).Length == 0:
                _budget!.Accept(line);
                break;
            case Mode.Indicators:
                _block!.Accept(line);
                break;
            default:
                UnplacedLine(line, "不是可识别的表头字段、资金或指标行");
                break;
        }
    }

    /// <summary>Keeps every cell of <paramref name="line"/> as an unplaced line (I06).</summary>
    private void UnplacedLine(SourceLine line, string why) => Unplaced(line, line.NonEmpty().Select(c => c.Text).ToList(), why);
}
