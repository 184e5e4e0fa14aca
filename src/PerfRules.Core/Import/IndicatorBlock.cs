using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Import.Columns;
using PerfRules.Import.Layouts;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Import;

/// <summary>
/// Reads the indicator rows under an indicator header. Columns are found by their header words
/// (<see cref="ColumnVocabulary"/>), or, for a word the vocabulary does not know, by what their cells hold
/// (<see cref="ColumnContents"/>); a header printed on two rows is merged first (<see cref="TwoRowHeader"/>).
/// Rows are buffered until the block ends, because repairing a misplaced label may need the table's own
/// spelling of a 一级 that only appears further down (效益指标 after 经济效益指标).
/// </summary>
internal sealed class IndicatorBlock
{
    private readonly Dictionary<int, ColumnRole> _columns = new();
    private readonly List<SourceLine> _rows = new();
    private readonly List<Finding> _findings;
    private readonly Action<SourceLine, IReadOnlyList<string>, string> _unplaced;
    private readonly IIndicatorHierarchy _hierarchy;
    private readonly Dictionary<int, string> _headers = new();
    private readonly Dictionary<int, string> _unknown = new();
    private readonly IndicatorBlock? _parent;
    private bool _headerReported;
    private readonly HashSet<string> _captions = new(StringComparer.Ordinal);
    private readonly List<SectionWeight> _captionWeights = new();
    private bool _resolved;

    public IndicatorBlock(SourceLine header, List<Finding> findings, Action<SourceLine, IReadOnlyList<string>, string> unplaced, IIndicatorHierarchy hierarchy)
        : this(header, null, findings, unplaced, hierarchy)
    {
    }

    /// <summary>A block whose header is printed on two rows: <paramref name="upper"/> above <paramref name="header"/>.</summary>
    public IndicatorBlock(SourceLine header, SourceLine? upper, List<Finding> findings, Action<SourceLine, IReadOnlyList<string>, string> unplaced, IIndicatorHierarchy hierarchy)
    {
        _findings = findings;
        _unplaced = unplaced;
        _hierarchy = hierarchy;
        HeaderLine = header.Number;
        UpperHeaderLine = upper?.Number;
        var cells = upper is null ? header.NonEmpty().ToList() : TwoRowHeader.Merge(header, upper);
        var firstMapped = int.MaxValue;
        foreach (var (index, text) in cells)
        {
            if (ColumnVocabulary.TryGet(text, out var column) && !_columns.ContainsValue(column))
            {
                _columns[index] = column;
                _headers[index] = LabelText.RemoveWhitespace(text);
                firstMapped = Math.Min(firstMapped, index);
                continue;
            }

            // The block's caption (绩效指标, 年度绩效指标完成情况, 绩效指标(90分)) is structure; a score in it is the weight of all indicators.
            if (index < firstMapped || IsCaption(text) || ColumnVocabulary.TryGet(text, out _))
            {
                _captions.Add(LabelText.Normalize(text));
                if (SectionScores.TryIndicatorCaption(text, out var weights)) _captionWeights.AddRange(weights);
                continue;
            }

            // A word the vocabulary does not know (a village's name over its targets): its cells decide (ResolveColumns).
            // A value on the header line (a lost line break) is content, never a column's name.
            if (LabelText.CouldBeLabel(text) && !ColumnContents.IsTarget(LabelText.Normalize(text)) && !SectionScores.TryScore(text, out _)) _unknown[index] = text;
        }

        if (upper is not null)
        {
            foreach (var (_, text) in upper.NonEmpty().Where(c => !ColumnVocabulary.TryGet(c.Text, out _)))
            {
                _captions.Add(LabelText.Normalize(text));
                if (SectionScores.TryIndicatorCaption(text, out var weights)) _captionWeights.AddRange(weights);
            }
        }
    }

    /// <summary>A block with the same columns over a subset of the rows (one project of a multi-project grid).</summary>
    private IndicatorBlock(IndicatorBlock parent, List<Finding> findings, Action<SourceLine, IReadOnlyList<string>, string> unplaced)
    {
        _findings = findings;
        _unplaced = unplaced;
        _hierarchy = parent._hierarchy;
        _parent = parent;
        HeaderLine = parent.HeaderLine;
        UpperHeaderLine = parent.UpperHeaderLine;
        foreach (var p in parent._columns) _columns[p.Key] = p.Value;
        foreach (var p in parent._headers) _headers[p.Key] = p.Value;
        foreach (var p in parent._unknown) _unknown[p.Key] = p.Value;
        _captions.UnionWith(parent._captions);
        _captionWeights.AddRange(parent._captionWeights);
    }

    /// <summary>Source line of the header (the lower row of a two-row header).</summary>
    public int HeaderLine { get; }

    /// <summary>Source line of the upper row of a two-row header, or null.</summary>
    public int? UpperHeaderLine { get; }

    /// <summary>The buffered rows.</summary>
    public IReadOnlyList<SourceLine> Rows => _rows;

    /// <summary>Template rows left unfilled (指标2:, ……, a 二级 without 三级), with an I14 finding each.</summary>
    public List<UnplacedLine> Placeholders { get; } = new();

    /// <summary>The cut-off last row (<c>生态</c>, <c>效</c>, <c>公众满</c>) when the input ended inside the block, else null.</summary>
    public UnplacedLine? CutOff { get; private set; }

    /// <summary>True when the block has 一级 or 二级 columns (false for a flat list of indicators).</summary>
    public bool HasLevels => _columns.ContainsValue(ColumnRole.Level1) || _columns.ContainsValue(ColumnRole.Level2);

    /// <summary>True when the header holds project columns (单位名称 / 项目名称 / 预算数 / 年度目标): one grid, many projects.</summary>
    public bool IsProjectGrid => _columns.ContainsValue(ColumnRole.GridProject);

    /// <summary>What 自评 tables publish per indicator (实际完成值, 得分, 偏差原因), or null when the layout has no such column.</summary>
    public List<PublishedIndicator>? Published { get; private set; }

    /// <summary>
    /// Section weights stated in the block's caption (<c>绩效指标(90分)</c> → 绩效指标 90) and in 一级 labels
    /// (<c>产出指标(50分)</c>; for a range such as <c>(0-20)分</c>, its upper bound).
    /// </summary>
    public List<SectionWeight> SectionWeights { get; } = new();

    /// <summary>True when the block has a 半年(程)指标值 column (the Nanjing 2026 layout).</summary>
    public bool HasHalfYear => _columns.ContainsValue(ColumnRole.HalfYear);

    /// <summary>The columns as read, for the I08 message: <c>指标性质→运算符</c>, <c>度量单位→单位</c> …</summary>
    public string DescribeColumns()
    {
        ResolveColumns();
        return string.Join("、", _columns.OrderBy(p => p.Key).Select(p => _headers[p.Key] + "→" + ColumnVocabulary.NameOf(p.Value)));
    }

    /// <summary>A new block with these columns for <paramref name="rows"/>.</summary>
    public IndicatorBlock Subset(IEnumerable<SourceLine> rows, List<Finding> findings, Action<SourceLine, IReadOnlyList<string>, string> unplaced)
    {
        var block = new IndicatorBlock(this, findings, unplaced);
        block._rows.AddRange(rows);
        return block;
    }

    /// <summary>The cell of a project column (单位名称, 项目名称, 预算数, 年度目标) on a row.</summary>
    public string GridCell(SourceLine line, GridColumn column) => Raw(line, column switch
    {
        GridColumn.Unit => ColumnRole.GridUnit,
        GridColumn.Project => ColumnRole.GridProject,
        GridColumn.Budget => ColumnRole.GridBudget,
        _ => ColumnRole.GridGoal,
    });

    /// <summary>True when the row has a 三级 name, a value or any indicator attribute (not only project cells).</summary>
    public bool HasIndicatorCells(SourceLine line) =>
        line.NonEmpty().Any(c => !_columns.TryGetValue(c.Column, out var col) || col is not (ColumnRole.GridUnit or ColumnRole.GridProject or ColumnRole.GridBudget or ColumnRole.GridGoal));

    /// <summary>
    /// True when <paramref name="cell"/> is the caption printed left of an indicator header: <c>绩效指标</c>,
    /// <c>绩效指标(90分)</c>, <c>年度绩效目标(90分)</c>, <c>年度绩效指标完成情况</c>, or the first character of a vertical
    /// caption the copy kept (<c>绩</c>).
    /// </summary>
    public static bool IsCaption(string cell)
    {
        if (cell.Length > 120) return false;
        if (SectionScores.TryIndicatorCaption(cell, out _)) return true;
        var t = LabelText.Normalize(cell);
        return t is "绩" or "绩效" or "绩效指标" or "年度绩效指标" or "年度绩效目标" or "年度绩效指标完成情况" or "绩效目标" or "本年度绩效指标" or "年度绩效指标值"
            || IsMangledCaption(t);
    }

    /// <summary>True when <paramref name="cell"/> is a word of the indicator block's header (三级指标, 全年指标值, 权重 …).</summary>
    public static bool IsHeaderWord(string cell) => ColumnVocabulary.TryGet(cell, out _);

    /// <summary>True when the line is an indicator header (一级指标 / 二级指标 / 三级指标 …).</summary>
    public static bool IsHeader(SourceLine line)
    {
        // By header words, not positions: 三级指标, or 一级 and 二级, or a flat list's 指标 with a value column.
        var columns = new HashSet<ColumnRole>();
        foreach (var (_, text) in line.NonEmpty())
        {
            if (ColumnVocabulary.TryGet(text, out var column)) columns.Add(column);
        }

        return (columns.Contains(ColumnRole.Name) && (columns.Contains(ColumnRole.Level1) || columns.Contains(ColumnRole.Level2) || columns.Contains(ColumnRole.FullYear)))
            || (columns.Contains(ColumnRole.Level1) && columns.Contains(ColumnRole.Level2));
    }

    /// <summary>True when the line can be the upper row of a two-row indicator header (<see cref="TwoRowHeader.IsUpperRow"/>).</summary>
    public static bool IsUpperHeader(SourceLine line) => TwoRowHeader.IsUpperRow(line);

    /// <summary>
    /// The cells of a header line this block does not read as a column word or its caption (kept as unplaced). A
    /// label the vocabulary does not know on the block's own header waits for the rows: <see cref="Finish"/> reads it
    /// as a region's name when its cells are targets, and keeps it unplaced otherwise.
    /// </summary>
    public IReadOnlyList<string> UnreadHeaderCells(SourceLine line)
    {
        var pending = line.Number == HeaderLine ? new HashSet<int>(_unknown.Keys) : new HashSet<int>();
        var firstHeader = line.NonEmpty().Where(c => IsHeaderWord(c.Text)).Select(c => c.Column).DefaultIfEmpty(int.MaxValue).Min();
        return line.NonEmpty()
            .Where(c => !IsHeaderWord(c.Text) && !(c.Column < firstHeader && IsCaption(c.Text)) && !(pending.Contains(c.Column) && _unknown[c.Column] == c.Text))
            .Select(c => c.Text).ToList();
    }

    /// <summary>
    /// For a totals row: true when <paramref name="column"/> is the block's 权重/分值 column, false when it is its 得分
    /// column, null for any other column.
    /// </summary>
    public bool? IsWeightColumn(int column) =>
        _columns.TryGetValue(column, out var role) ? role switch { ColumnRole.Weight => true, ColumnRole.Score => false, _ => null } : null;

    /// <summary>Buffers one row (blank lines are skipped by the caller).</summary>
    public void Accept(SourceLine line) => _rows.Add(line);

    /// <summary>Repairs and reads the buffered rows; rows are numbered from 1.</summary>
    /// <param name="atEndOfInput">True when the input ends inside this block, so a cut-off last row means the page was truncated.</param>
    public List<Indicator> Finish(bool atEndOfInput = false)
    {
        ResolveColumns();
        foreach (var w in _captionWeights) SectionScores.Add(SectionWeights, w);
        var state = new ReadState(
            _rows.Select(r => WithoutScore(Cell(r, ColumnRole.Level1))).Where(l => l.Length > 0 && _hierarchy.IsLevel1(l)).Distinct(StringComparer.Ordinal).ToList(),
            HasAny(ColumnRole.Actual, ColumnRole.Score, ColumnRole.Reason) ? new List<PublishedIndicator>() : null);

        for (var rowIndex = 0; rowIndex < _rows.Count; rowIndex++)
        {
            var line = _rows[rowIndex];
            if (atEndOfInput && rowIndex == _rows.Count - 1 && TryCutOff(line)) continue;
            if (IsStray(line)) continue;
            ReadRow(line, state);
        }

        Close(state.Run1);
        Close(state.Run2);
        Published = state.Published;
        return state.Result;
    }

    /// <summary>One row: its labels repaired and filled down, then a template placeholder or an indicator.</summary>
    private void ReadRow(SourceLine line, ReadState state)
    {
        var row = ReadLabels(line, state);
        FillDown(row, state);
        AdoptParentOfLevel2(row, state);
        RehomeLegacyPlacement(row, state);
        if (TryPlaceholder(line, row, state)) return;

        var indicator = BuildIndicator(line, row, state.Result.Count + 1);
        state.Result.Add(indicator);
        Publish(line, indicator, state.Published);
        foreach (var (label, why) in row.Repairs) _findings.Add(ImportFindings.LabelMoved(indicator, label, why));

        state.Run1 = Track(state.Run1, row.Level1Filled, "一级指标", row.Level1, indicator);
        state.Run2 = Track(state.Run2, row.Level2Filled, "二级指标", row.Level2, indicator);
        state.Level1 = row.Level1;
        state.Level2 = row.Level2;
        KeepExtras(line, indicator, state.Published is not null);
    }

    /// <summary>The page ends mid-row (⇥生态, 效, ⇥产出指标 (40-50)分⇥数量指, ⇥满意度指标⇥公众满): the table is truncated there.</summary>
    private bool TryCutOff(SourceLine line)
    {
        if (!IsCutOff(line)) return false;
        var l1Text = Cell(line, ColumnRole.Level1);
        if (l1Text.Length > 0 && LabelText.CouldBeLabel(l1Text) && Hierarchy.TryStripScore(l1Text, out var section, out _, out var max) && _hierarchy.IsLevel1(section))
        {
            SectionScores.Add(SectionWeights, new SectionWeight(section, max));
        }

        CutOff = new UnplacedLine(line.Number, SourceLine.JoinCells(line.NonEmpty().Select(c => c.Text)));
        return true;
    }

    /// <summary>A row with no 三级 name and no hierarchy label (stray text) is not an indicator: kept unplaced.</summary>
    private bool IsStray(SourceLine line)
    {
        if (Raw(line, ColumnRole.Name).Length > 0 || IsLabel(WithoutScore(Cell(line, ColumnRole.Level1))) || IsLabel(Cell(line, ColumnRole.Level2))) return false;
        var cells = line.NonEmpty().Where(c => !IsCaption(c.Column, c.Text)).Select(c => c.Text).ToList();
        if (cells.Count > 0) _unplaced(line, cells, "既无三级指标名称也无一级/二级指标标签");
        return true;
    }

    /// <summary>The row's 一级/二级/三级 and values as written, with the label repairs of this row alone.</summary>
    private RowLabels ReadLabels(SourceLine line, ReadState state)
    {
        var row = new RowLabels(Cell(line, ColumnRole.Level1), Cell(line, ColumnRole.Level2), LabelText.CollapseCjkSpaces(Raw(line, ColumnRole.Name)), Raw(line, ColumnRole.HalfYear), Raw(line, ColumnRole.FullYear));
        StripSectionScore(row, state);
        RenameOldLevel1(row);
        MoveLevel2OutOfLevel1(line, row, state);
        return row;
    }

    /// <summary>A section score in the 一级 label (产出指标(50分), 成本指标(0-20)分) is the section's weight, not its name.</summary>
    private void StripSectionScore(RowLabels row, ReadState state)
    {
        if (row.Level1.Length == 0 || !LabelText.CouldBeLabel(row.Level1) || !Hierarchy.TryStripScore(row.Level1, out var stripped, out _, out var maxScore)) return;
        var written = row.Level1;
        if (stripped.Length == 0 && _hierarchy.ParentOf(row.Level2) is { } owner)
        {
            stripped = state.Spelling(_hierarchy, owner);
            row.Repairs.Add((written, "只写了分值，没有一级指标名称；按二级「" + row.Level2 + "」补为一级「" + stripped + "」"));
        }

        if (stripped.Length == 0) return;
        row.Level1 = stripped;
        SectionScores.Add(SectionWeights, new SectionWeight(OldLevel1.Renamed(stripped) ?? stripped, maxScore));
    }

    /// <summary>Old 一级 names of older provincial templates (项目完成指标 → 产出指标, 项目效益指标 → 效益指标).</summary>
    private static void RenameOldLevel1(RowLabels row)
    {
        if (OldLevel1.Renamed(row.Level1) is not { } renamed) return;
        row.Repairs.Add((row.Level1, "是旧版一级指标名称，已按现行名称改为「" + renamed + "」"));
        row.Level1 = renamed;
    }

    /// <summary>A 二级 label in the 一级 column (经济效益指标, 可持续影响指标): the 一级 is its parent.</summary>
    private void MoveLevel2OutOfLevel1(SourceLine line, RowLabels row, ReadState state)
    {
        var l1 = row.Level1;
        if (l1.Length == 0 || _hierarchy.IsLevel1(l1) || !_hierarchy.IsLevel2(l1) || _hierarchy.ParentOf(l1) is not { } parent) return;
        var p = state.Spelling(_hierarchy, parent);
        if (row.Level2.Length == 0)
        {
            row.Repairs.Add((l1, "是二级指标，却写在一级指标列；已改为一级「" + p + "」、二级「" + l1 + "」"));
            row.Level2 = l1;
            row.Level1 = p;
        }
        else if (!_hierarchy.IsLevel2(row.Level2) && !_hierarchy.IsLevel1(row.Level2) && row.FullYear.Length == 0 && _columns.ContainsValue(ColumnRole.FullYear))
        {
            // 可持续影响指标⇥重点产业规模能级⇥提升⇥提升⇥: every cell sits one column to the left.
            row.Repairs.Add((l1, "是二级指标，写在一级指标列，本行其余各格也左移了一列；已右移为一级「" + p + "」、二级「" + l1 + "」、三级「" + Raw(line, ColumnRole.Level2) + "」"));
            row.FullYear = row.HalfYear;
            row.HalfYear = row.Name;
            row.Name = LabelText.CollapseCjkSpaces(Raw(line, ColumnRole.Level2));
            row.Level2 = l1;
            row.Level1 = p;
        }
    }

    /// <summary>Merged 一级/二级 cells are empty on continuation rows: the label above is filled down.</summary>
    private void FillDown(RowLabels row, ReadState state)
    {
        var continuesL2 = false;
        if (row.Level1.Length == 0)
        {
            row.Level1 = state.Level1;
            row.Level1Filled = row.Level1.Length > 0;
        }
        else if (state.Level1.Length > 0 && SameLevel1(row.Level1, state.Level1) && row.Level2.Length == 0 && row.Repairs.Count == 0 && state.Result.Count > 0)
        {
            // 效益指标 written mid-block (the merged cell's label printed at its middle): same 一级 continues.
            row.Repairs.Add((row.Level1, "是一级指标的合并单元格标签，出现在该一级的中部；按同一一级继续，二级沿用上方的「" + state.Level2 + "」"));
            row.Level1 = state.Level1;
            continuesL2 = true;
        }

        var sameGroup = state.Level1.Length > 0 && SameLevel1(row.Level1, state.Level1);
        if (row.Level2.Length == 0 && (row.Level1Filled || continuesL2 || sameGroup) && state.Level2.Length > 0)
        {
            row.Level2 = state.Level2;
            row.Level2Filled = true;
        }
    }

    /// <summary>
    /// The 一级 column holds a caption that names no 一级 (an evaluation list's <c>项目年度绩效目标(定量指标)</c>) while the
    /// 二级 is known (质量指标, 产出数量指标): the 一级 is the 二级's parent, with an info note quoting the caption.
    /// </summary>
    private void AdoptParentOfLevel2(RowLabels row, ReadState state)
    {
        if (row.Level1.Length == 0 || _hierarchy.IsLevel1(row.Level1) || _hierarchy.IsLevel2(row.Level1) || _hierarchy.ParentOf(row.Level2) is not { } parent) return;
        var level1 = state.Spelling(_hierarchy, parent);
        row.Repairs.Add((row.Level1, "不是一级指标名称；按二级「" + row.Level2 + "」读作一级「" + level1 + "」"));
        row.Level1 = level1;
        row.Level1Filled = false;
    }

    /// <summary>
    /// Older templates (before 财预〔2020〕10号) print 满意度 as a 二级 under 效益 (社会公众或服务对象满意度指标): read as
    /// a 满意度 indicator with an info note (I02), never as a misplaced 二级. A 二级 under a 一级 it does not belong to
    /// in any template (经济成本指标 under 产出) stays as written, for rule S04.
    /// </summary>
    private void RehomeLegacyPlacement(RowLabels row, ReadState state)
    {
        if (row.Level1.Length == 0 || row.Level2.Length == 0 || !LegacyPlacements.IsLegacy(_hierarchy, row.Level1, row.Level2, out var current)) return;
        var level1 = state.Spelling(_hierarchy, current);
        row.Repairs.Add((row.Level2, "在旧版模板中是「" + row.Level1 + "」下的二级指标；按现行指标体系归入一级「" + level1 + "」"));
        row.Level1 = level1;
        row.Level1Filled = false;
    }

    /// <summary>Template rows (指标2:, ……, a 二级 with no 三级 and nothing else): kept with an I14 finding, but not indicators.</summary>
    private bool TryPlaceholder(SourceLine line, RowLabels row, ReadState state)
    {
        if (PlaceholderReason(line, row.Name) is not { } why) return false;
        var text = SourceLine.JoinCells(line.NonEmpty().Where(c => !IsCaption(c.Column, c.Text)).Select(c => c.Text));
        Placeholders.Add(new UnplacedLine(line.Number, text));
        _findings.Add(LayoutFindings.Placeholder(line.Number, text, row.Level1, row.Level2, why));
        foreach (var (label, reason) in row.Repairs) _findings.Add(LayoutFindings.Inferred("「" + label + "」" + reason, label, new FindingLocation { Level1 = row.Level1, Level2 = row.Level2, Line = line.Number }));
        state.Level1 = row.Level1;
        state.Level2 = row.Level2;
        return true;
    }

    /// <summary>The indicator of a row: values from the value, operator and unit columns, one target per region column, and every attribute.</summary>
    private Indicator BuildIndicator(SourceLine line, RowLabels row, int number)
    {
        var op = Raw(line, ColumnRole.Operator);
        var unitColumn = Raw(line, ColumnRole.Unit);
        var name = row.Name;
        DateTime serialDate = default;
        var isSerial = row.FullYear.Length > 0 && ExcelDates.TryRead(row.FullYear, unitColumn, row.Level2, name, out serialDate);
        var fullValue = isSerial ? ExcelDates.ToValue(serialDate) : Value(op, row.FullYear, unitColumn, name);
        var longTerm = Raw(line, ColumnRole.LongTerm);
        var indicator = new Indicator(number, row.Level1, row.Level2, name, Value(op, row.HalfYear, unitColumn, name), fullValue)
        {
            Unit = Units.FromIndicatorName(name),
            Line = line.Number,
            OperatorText = NullIfEmpty(op),
            UnitText = NullIfEmpty(unitColumn),
            Weight = Number(Raw(line, ColumnRole.Weight)),
            Direction = NullIfEmpty(Raw(line, ColumnRole.Direction)),
            ValueType = NullIfEmpty(Raw(line, ColumnRole.ValueType)) ?? (op is "定性" or "定量" ? op : null),
            Explanation = NullIfEmpty(Raw(line, ColumnRole.Explanation)),
            ScoringStandard = NullIfEmpty(Raw(line, ColumnRole.ScoringStandard)),
            Remark = NullIfEmpty(Raw(line, ColumnRole.Remark)),
            LongTerm = longTerm.Length > 0 ? Value(op, longTerm, unitColumn, name) : null,
            Regions = RegionTargets(line, op, unitColumn, name),
        };
        if (isSerial)
        {
            var unitToo = string.Equals(LabelText.Normalize(unitColumn), LabelText.Normalize(row.FullYear), StringComparison.Ordinal);
            _findings.Add(LayoutFindings.SerialDate(indicator, row.FullYear, ExcelDates.Format(serialDate), unitToo));
        }

        line.Columns = IndicatorColumns.Of(_columns, _headers); // where a finding on this row points (CellLocator)
        return indicator;
    }

    /// <summary>One target per region column, in column order; null when the block has no region columns.</summary>
    private ValueList<RegionTarget>? RegionTargets(SourceLine line, string op, string unit, string name)
    {
        if (!_columns.ContainsValue(ColumnRole.Region)) return null;
        var targets = new List<RegionTarget>();
        foreach (var p in _columns.Where(p => p.Value == ColumnRole.Region).OrderBy(p => p.Key))
        {
            targets.Add(new RegionTarget(_headers[p.Key], Value(op, line.Cell(p.Key), unit, name)));
        }

        return targets.ToValueList();
    }

    /// <summary>What a 自评 table publishes for the row: 实际完成值, 得分, 偏差原因.</summary>
    private void Publish(SourceLine line, Indicator indicator, List<PublishedIndicator>? published) =>
        published?.Add(new PublishedIndicator(indicator.Row, NullIfEmpty(Raw(line, ColumnRole.Actual))) { Score = Number(Raw(line, ColumnRole.Score)), Reason = NullIfEmpty(Raw(line, ColumnRole.Reason)) });

    /// <summary>Cells outside every column, and a weight or score that is not a number, are kept unplaced.</summary>
    private void KeepExtras(SourceLine line, Indicator indicator, bool published)
    {
        // 单位名称/预算数/年度目标 columns belong to a multi-project grid; without a 项目名称 column nothing reads them.
        var extras = line.NonEmpty().Where(c => (!_columns.TryGetValue(c.Column, out var col) || (!IsProjectGrid && col is ColumnRole.GridUnit or ColumnRole.GridBudget or ColumnRole.GridGoal))
            && !IsCaption(c.Column, c.Text)).Select(c => c.Text).ToList();
        var weight = Raw(line, ColumnRole.Weight);
        if (weight.Length > 0 && indicator.Weight is null && !BudgetBlock.IsNotApplicable(weight)) extras.Add(weight);
        var scoreText = Raw(line, ColumnRole.Score);
        if (published && scoreText.Length > 0 && Number(scoreText) is null && !BudgetBlock.IsNotApplicable(scoreText)) extras.Add(scoreText);
        if (extras.Count > 0) _unplaced(line, extras, "不在任何指标列中");
    }

    /// <summary>
    /// Why a row is a template placeholder, or null when it is an indicator: a <c>指标2:</c> / <c>……</c> name with
    /// nothing else filled in, or a 二级 label with no 三级 name, no value and no weight (成本指标⇥⇥⇥).
    /// </summary>
    private string? PlaceholderReason(SourceLine line, string name)
    {
        if (HasValueCells(line)) return null;
        if (name.Length > 0 && TemplateRows.IsNotApplicableSlot(name)) return "是模板的指标位，填写为「/」（不适用）";
        if (name.Length > 0) return TemplateRows.IsPlaceholderName(name) ? "是模板的空白指标位" : null;
        return "只有一级/二级指标标签，没有三级指标和指标值";
    }

    /// <summary>True when a value, actual, weight, score, operator or region cell of the row is filled in.</summary>
    private bool HasValueCells(SourceLine line) =>
        _columns.Where(p => p.Value is ColumnRole.HalfYear or ColumnRole.FullYear or ColumnRole.LongTerm or ColumnRole.Actual or ColumnRole.Weight or ColumnRole.Score or ColumnRole.Operator or ColumnRole.Region)
            .Any(p => line.Cell(p.Key) is { Length: > 0 } v && !BudgetBlock.IsNotApplicable(v) && !(p.Value == ColumnRole.Operator && v is "定性" or "定量"));

    /// <summary>
    /// A cut-off last row: no 三级 name, no value, and a label cut mid-word (生态 of 生态效益指标). A row cut inside its
    /// 三级 name (设备购) is kept as an indicator with empty values.
    /// </summary>
    private bool IsCutOff(SourceLine line)
    {
        if (Raw(line, ColumnRole.Name).Length > 0 || Raw(line, ColumnRole.FullYear).Length > 0 || Raw(line, ColumnRole.HalfYear).Length > 0) return false;
        var cells = line.NonEmpty().Where(c => !IsCaption(c.Column, c.Text)).ToList();
        if (cells.Count == 0) return false;
        var last = cells[cells.Count - 1].Text;
        return LabelText.CouldBeLabel(last) && TemplateRows.IsCutOffLabel(last);
    }

    /// <summary>True when a cell outside the mapped columns repeats the block's caption (绩效指标 on the first data row).</summary>
    // Only a caption (IsCaption(string)) repeats as structure: a value that happened to sit on the header line (a lost
    // line break) is content wherever it appears again.
    private bool IsCaption(int column, string text) =>
        !_columns.ContainsKey(column) && LabelText.CouldBeLabel(text) && _captions.Contains(LabelText.Normalize(text)) && IsCaption(text);

    /// <summary>A vertical caption the copy mangled: 绩效指标 / 绩效目标 with spaces turned to '?' (<c>绩??? 效??? 指??? 标</c>).</summary>
    private static bool IsMangledCaption(string normalized)
    {
        if (normalized.Length < 4 || normalized.IndexOf('?') < 0) return false;
        var letters = normalized.Replace("?", string.Empty);
        return letters is "绩效指标" or "绩效目标";
    }

    private static string WithoutScore(string label) => LabelText.CouldBeLabel(label) && Hierarchy.TryStripScore(label, out var name, out _, out _) && name.Length > 0 ? name : label;

    private bool IsLabel(string text) => text.Length > 0 && LabelText.CouldBeLabel(text) && (_hierarchy.IsLevel1(text) || _hierarchy.IsLevel2(text));

    private bool SameLevel1(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || (_hierarchy.IsLevel1(a) && _hierarchy.IsLevel1(b) && _hierarchy.SameLevel1(a, b));

    private Run? Track(Run? run, bool filled, string level, string value, Indicator indicator)
    {
        if (filled && run is not null && run.Value == value && run.Last.Row == indicator.Row - 1)
        {
            run.Last = indicator;
            return run;
        }

        Close(run);
        return filled ? new Run(level, value, indicator) : null;
    }

    private void Close(Run? run)
    {
        if (run is null) return;
        _findings.Add(ImportFindings.MergedCellFilled(run.First, run.Level, run.Value, run.Last.Row, run.Last.Line ?? 0));
    }

    private bool HasAny(params ColumnRole[] roles) => roles.Any(r => _columns.ContainsValue(r));

    private string Raw(SourceLine line, ColumnRole column)
    {
        foreach (var p in _columns)
        {
            if (p.Value == column) return line.Cell(p.Key);
        }

        return string.Empty;
    }

    /// <summary>A 一级/二级 label: whitespace inside a label is a PDF line-wrap artefact (项目完成 指标).</summary>
    private string Cell(SourceLine line, ColumnRole column) => LabelText.RemoveWhitespace(Raw(line, column));

    /// <summary>A value cell, with the row's operator and unit columns when the block has them.</summary>
    private IndicatorValue Value(string op, string value, string unit, string name)
    {
        if (value.Length == 0) return IndicatorValue.Empty;
        var separate = _columns.ContainsValue(ColumnRole.Operator) || _columns.ContainsValue(ColumnRole.Unit);
        var result = separate ? IndicatorValueParser.ParseColumns(op, value, unit, name) : IndicatorValueParser.Parse(value, name);

        // Invalid cells (≥≥5家) are kept verbatim as free text; the value rules report them.
        return result.IsSuccess ? result.Value : new FreeTextValue(value);
    }

    /// <summary>
    /// Gives every column its final role: 指标性质 / 指标方向 by whether their cells hold operators or 正向/反向 (docs/import.md:
    /// 指标性质 holds operators in most provinces but 正向/反向 in 内蒙古, where 指标方向 holds the operator), and a header
    /// word the vocabulary does not know by its cells (<see cref="ColumnContents"/>).
    /// </summary>
    private void ResolveColumns()
    {
        if (_resolved) return;
        _resolved = true;
        ResolveAmbiguousColumns();
        ResolveUnknownColumns();
    }

    private void ResolveAmbiguousColumns()
    {
        foreach (var index in _columns.Where(p => p.Value is ColumnRole.Property or ColumnRole.DirectionOrOperator).Select(p => p.Key).ToList())
        {
            int operators = 0, directions = 0;
            foreach (var row in _rows)
            {
                var cell = LabelText.Normalize(row.Cell(index));
                if (cell.Length == 0) continue;
                if (cell.StartsWith("正向", StringComparison.Ordinal) || cell.StartsWith("反向", StringComparison.Ordinal)) directions++;
                else if (cell is "定性" or "定量" || ColumnContents.IsOperator(cell)) operators++;
            }

            var isOperator = _columns[index] == ColumnRole.Property ? operators >= directions : operators > directions;
            var column = isOperator ? ColumnRole.Operator : ColumnRole.Direction;
            if (_columns.ContainsValue(column)) continue;
            _columns[index] = column;
        }
    }

    /// <summary>
    /// Unknown header words right of the known columns: several columns of targets with no 指标值 column are one
    /// target per region (the header names the region); a single one is the 指标值; operators, 正向/反向, 定量/定性 and
    /// weights adding up to 100 are those columns. A column whose cells agree on nothing stays unread (kept unplaced).
    /// </summary>
    private void ResolveUnknownColumns()
    {
        if (_unknown.Count == 0) return;
        var roles = _unknown.ToDictionary(p => p.Key, p => ColumnContents.Classify(_rows.Select(r => r.Cell(p.Key)).ToList()));
        var targets = roles.Where(p => p.Value == ColumnRole.FullYear).Select(p => p.Key).OrderBy(k => k).ToList();
        if (targets.Count > 1 && !_columns.ContainsValue(ColumnRole.FullYear))
        {
            var names = targets.Select(k => _unknown[k]).ToList();
            foreach (var k in targets) Assign(k, ColumnRole.Region, report: false);
            _findings.Add(LayoutFindings.Inferred(
                "指标表头「" + string.Join("」「", names) + "」不是已知的列名，各列单元格都是指标值：按区域目标表读取，每列是该区域的指标值", names[0], new FindingLocation { Field = "绩效指标", Line = HeaderLine }));
        }

        foreach (var (index, role) in roles.Where(p => p.Value is not null && _unknown.ContainsKey(p.Key)).Select(p => (p.Key, p.Value!.Value)).ToList())
        {
            if (role == ColumnRole.FullYear && !_columns.ContainsValue(ColumnRole.Weight) && ColumnContents.IsWeightColumn(_rows.Select(r => r.Cell(index)).ToList())) Assign(index, ColumnRole.Weight, report: true);
            else if (!_columns.ContainsValue(role)) Assign(index, role, report: true);
        }

        ReportUnreadHeader();

        void Assign(int index, ColumnRole role, bool report)
        {
            var header = _unknown[index];
            _columns[index] = role;
            _headers[index] = LabelText.RemoveWhitespace(header);
            _unknown.Remove(index);
            if (!report) return;
            _findings.Add(LayoutFindings.Inferred(
                "指标表头「" + header + "」不是已知的列名，按该列单元格内容识别为「" + ColumnVocabulary.NameOf(role) + "」列", header, new FindingLocation { Field = "绩效指标", Line = HeaderLine }));
        }
    }

    /// <summary>Header words no column took are kept unplaced on the header line, once per header (not per project of a grid).</summary>
    private void ReportUnreadHeader()
    {
        var owner = _parent ?? this;
        if (owner._headerReported || _unknown.Count == 0) return;
        owner._headerReported = true;
        _unplaced(SourceLine.FromCells(HeaderLine, new List<string>()), _unknown.OrderBy(p => p.Key).Select(p => p.Value).ToList(), "与指标表头在同一行，无法识别");
    }

    private static decimal? Number(string text) =>
        decimal.TryParse(LabelText.Normalize(text).TrimEnd('分'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>The labels and values of one row while it is being repaired.</summary>
    private sealed class RowLabels
    {
        public RowLabels(string level1, string level2, string name, string halfYear, string fullYear)
        {
            Level1 = level1;
            Level2 = level2;
            Name = name;
            HalfYear = halfYear;
            FullYear = fullYear;
        }

        public string Level1 { get; set; }

        public string Level2 { get; set; }

        public string Name { get; set; }

        public string HalfYear { get; set; }

        public string FullYear { get; set; }

        public bool Level1Filled { get; set; }

        public bool Level2Filled { get; set; }

        public List<(string Label, string Why)> Repairs { get; } = new();
    }

    /// <summary>What reading the rows carries from one row to the next.</summary>
    private sealed class ReadState
    {
        public ReadState(List<string> spellings, List<PublishedIndicator>? published)
        {
            Spellings = spellings;
            Published = published;
        }

        /// <summary>The table's own spellings of its 一级 labels (效益指标 or 效益).</summary>
        public List<string> Spellings { get; }

        public List<PublishedIndicator>? Published { get; }

        public List<Indicator> Result { get; } = new();

        public string Level1 { get; set; } = string.Empty;

        public string Level2 { get; set; } = string.Empty;

        public Run? Run1 { get; set; }

        public Run? Run2 { get; set; }

        /// <summary>
        /// A 一级 the table may never spell itself, in the table's style: its own spelling when it has one, else the Nanjing
        /// form writes 产出指标, 效益指标, 满意度指标 (决策 and 过程 never take 指标).
        /// </summary>
        public string Spelling(IIndicatorHierarchy hierarchy, string canonical) =>
            Spellings.FirstOrDefault(s => hierarchy.SameLevel1(s, canonical))
            ?? (canonical is Hierarchy.Decision or Hierarchy.Process || (Spellings.Count > 0 && !Spellings.Any(s => s.EndsWith("指标", StringComparison.Ordinal))) ? canonical : canonical + "指标");
    }

    private sealed class Run
    {
        public Run(string level, string value, Indicator first)
        {
            Level = level;
            Value = value;
            First = first;
            Last = first;
        }

        public string Level { get; }

        public string Value { get; }

        public Indicator First { get; }

        public Indicator Last { get; set; }
    }
}
