using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Import.Layouts;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Import;

/// <summary>
/// Reads the indicator rows under an indicator header. Columns are found by their header words,
/// not by position. Rows are buffered until the block ends, because repairing a misplaced label
/// may need the table's own spelling of a 一级 that only appears further down (效益指标 after 经济效益指标).
/// </summary>
internal sealed class IndicatorBlock
{
    private readonly Dictionary<int, Column> _columns = new();
    private readonly List<SourceLine> _rows = new();
    private readonly List<Finding> _findings;
    private readonly Action<SourceLine, IReadOnlyList<string>, string> _unplaced;
    private readonly IIndicatorHierarchy _hierarchy;
    private readonly Dictionary<int, string> _headers = new();
    private readonly HashSet<string> _captions = new(StringComparer.Ordinal);
    private readonly List<SectionWeight> _captionWeights = new();

    public IndicatorBlock(SourceLine header, List<Finding> findings, Action<SourceLine, IReadOnlyList<string>, string> unplaced, IIndicatorHierarchy hierarchy)
    {
        _findings = findings;
        _unplaced = unplaced;
        _hierarchy = hierarchy;
        HeaderLine = header.Number;
        foreach (var (index, text) in header.NonEmpty())
        {
            if (TryMap(text, out var column) && !_columns.ContainsValue(column))
            {
                _columns[index] = column;
                _headers[index] = LabelText.RemoveWhitespace(text);
                continue;
            }

            // The block's caption (绩效指标, 年度绩效指标完成情况, 绩效指标(90分)) is structure; a score in it is the weight of all indicators.
            _captions.Add(LabelText.Normalize(text));
            if (SectionScores.TryIndicatorCaption(text, out var weights)) _captionWeights.AddRange(weights);
        }
    }

    /// <summary>A block with the same columns over a subset of the rows (one project of a multi-project grid).</summary>
    private IndicatorBlock(IndicatorBlock parent, List<Finding> findings, Action<SourceLine, IReadOnlyList<string>, string> unplaced)
    {
        _findings = findings;
        _unplaced = unplaced;
        _hierarchy = parent._hierarchy;
        HeaderLine = parent.HeaderLine;
        foreach (var p in parent._columns) _columns[p.Key] = p.Value;
        foreach (var p in parent._headers) _headers[p.Key] = p.Value;
        _captions.UnionWith(parent._captions);
        _captionWeights.AddRange(parent._captionWeights);
    }

    /// <summary>Source line of the header.</summary>
    public int HeaderLine { get; }

    /// <summary>The buffered rows.</summary>
    public IReadOnlyList<SourceLine> Rows => _rows;

    /// <summary>Template rows left unfilled (指标2:, ……, a 二级 without 三级), with an I14 finding each.</summary>
    public List<UnplacedLine> Placeholders { get; } = new();

    /// <summary>The cut-off last row (<c>生态</c>, <c>效</c>) when the input ended inside the block, else null.</summary>
    public UnplacedLine? CutOff { get; private set; }

    /// <summary>True when the block has 一级 or 二级 columns (false for a flat list of indicators).</summary>
    public bool HasLevels => _columns.ContainsValue(Column.Level1) || _columns.ContainsValue(Column.Level2);

    /// <summary>True when the header holds project columns (单位名称 / 项目名称 / 预算数 / 年度目标): one grid, many projects.</summary>
    public bool IsProjectGrid => _columns.ContainsValue(Column.GridProject);

    /// <summary>The columns as read, for the I08 message: <c>指标性质→运算符</c>, <c>度量单位→单位</c> …</summary>
    public string DescribeColumns()
    {
        ResolveAmbiguousColumns();
        return string.Join("、", _columns.OrderBy(p => p.Key).Select(p => _headers[p.Key] + "→" + ColumnName(p.Value)));
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
        GridColumn.Unit => Column.GridUnit,
        GridColumn.Project => Column.GridProject,
        GridColumn.Budget => Column.GridBudget,
        _ => Column.GridGoal,
    });

    /// <summary>True when the row has a 三级 name, a value or any indicator attribute (not only project cells).</summary>
    public bool HasIndicatorCells(SourceLine line) =>
        line.NonEmpty().Any(c => !_columns.TryGetValue(c.Column, out var col) || col is not (Column.GridUnit or Column.GridProject or Column.GridBudget or Column.GridGoal));

    /// <summary>What 自评 tables publish per indicator (实际完成值, 得分, 偏差原因), or null when the layout has no such column.</summary>
    public List<PublishedIndicator>? Published { get; private set; }

    private enum Column
    {
        Level1,
        Level2,
        Name,
        HalfYear,
        FullYear,
        Weight,
        Direction,
        ValueType,
        Explanation,
        ScoringStandard,
        Remark,

        /// <summary>A separate comparison column (指标性质 ≥ ＞ ＝ ＜ ≤ 定性, or 指标方向 in 内蒙古).</summary>
        Operator,

        /// <summary>度量单位 / 计量单位.</summary>
        Unit,

        /// <summary>实际完成值 of a 自评 table.</summary>
        Actual,

        /// <summary>得分 of a 自评 table.</summary>
        Score,

        /// <summary>偏差原因分析及改进措施 of a 自评 table.</summary>
        Reason,

        /// <summary>指标性质: an operator column or a direction (正向/反向) column, decided by its cells.</summary>
        Property,

        /// <summary>指标方向(性): a direction column or an operator column, decided by its cells.</summary>
        DirectionOrOperator,

        /// <summary>单位名称 of a multi-project grid.</summary>
        GridUnit,

        /// <summary>项目名称 of a multi-project grid.</summary>
        GridProject,

        /// <summary>预算数 of a multi-project grid.</summary>
        GridBudget,

        /// <summary>年度目标 of a multi-project grid.</summary>
        GridGoal,
    }

    /// <summary>
    /// Section weights stated in the block's caption (<c>绩效指标(90分)</c> → 绩效指标 90) and in 一级 labels
    /// (<c>产出指标(50分)</c>; for a range such as <c>(0-20)分</c>, its upper bound).
    /// </summary>
    public List<SectionWeight> SectionWeights { get; } = new();

    /// <summary>True when the block has a 半年(程)指标值 column (the Nanjing 2026 layout).</summary>
    public bool HasHalfYear => _columns.ContainsValue(Column.HalfYear);

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
        return t is "绩" or "绩效" or "绩效指标" or "年度绩效指标" or "年度绩效目标" or "年度绩效指标完成情况" or "绩效目标";
    }

    /// <summary>True when <paramref name="cell"/> is a word of the indicator block's header (三级指标, 全年指标值, 权重 …).</summary>
    public static bool IsHeaderWord(string cell) => TryMap(cell, out _);

    /// <summary>True when the line is an indicator header (一级指标 / 二级指标 / 三级指标 …).</summary>
    public static bool IsHeader(SourceLine line)
    {
        // By header words, not positions: 三级指标, or 一级 and 二级, or a flat list's 指标 with a value column.
        var columns = new HashSet<Column>();
        foreach (var (_, text) in line.NonEmpty())
        {
            if (TryMap(text, out var column)) columns.Add(column);
        }

        return (columns.Contains(Column.Name) && (columns.Contains(Column.Level1) || columns.Contains(Column.Level2) || columns.Contains(Column.FullYear)))
            || (columns.Contains(Column.Level1) && columns.Contains(Column.Level2));
    }

    /// <summary>Buffers one row (blank lines are skipped by the caller).</summary>
    public void Accept(SourceLine line) => _rows.Add(line);

    /// <summary>Repairs and reads the buffered rows; rows are numbered from 1.</summary>
    /// <param name="atEndOfInput">True when the input ends inside this block, so a cut-off last row means the page was truncated.</param>
    public List<Indicator> Finish(bool atEndOfInput = false)
    {
        ResolveAmbiguousColumns();
        foreach (var w in _captionWeights) SectionScores.Add(SectionWeights, w);
        var published = _columns.ContainsValue(Column.Actual) || _columns.ContainsValue(Column.Score) || _columns.ContainsValue(Column.Reason)
            ? new List<PublishedIndicator>()
            : null;
        var result = new List<Indicator>(_rows.Count);
        var spellings = _rows.Select(r => WithoutScore(Cell(r, Column.Level1))).Where(l => l.Length > 0 && _hierarchy.IsLevel1(l)).Distinct(StringComparer.Ordinal).ToList();
        var index = ColumnIndex();
        string curL1 = string.Empty, curL2 = string.Empty;
        Run? run1 = null, run2 = null;

        for (var rowIndex = 0; rowIndex < _rows.Count; rowIndex++)
        {
            var line = _rows[rowIndex];
            var isLast = atEndOfInput && rowIndex == _rows.Count - 1;

            // The page ends mid-row (⇥生态, 效, ⇥产出指标 (40-50)分⇥数量指): the table is truncated there.
            if (isLast && IsCutOff(line))
            {
                var l1Text = Cell(line, Column.Level1);
                if (l1Text.Length > 0 && LabelText.CouldBeLabel(l1Text) && Hierarchy.TryStripScore(l1Text, out var section, out _, out var max) && _hierarchy.IsLevel1(section))
                {
                    SectionScores.Add(SectionWeights, new SectionWeight(section, max));
                }

                CutOff = new UnplacedLine(line.Number, SourceLine.JoinCells(line.NonEmpty().Select(c => c.Text)));
                continue;
            }

            // A row with no 三级 name and no hierarchy label (stray text) is not an indicator.
            if (Raw(line, Column.Name).Length == 0 && !IsLabel(WithoutScore(Cell(line, Column.Level1))) && !IsLabel(Cell(line, Column.Level2)))
            {
                var cells = line.NonEmpty().Where(c => !IsCaption(c.Column, c.Text)).Select(c => c.Text).ToList();
                if (cells.Count > 0) _unplaced(line, cells, "既无三级指标名称也无一级/二级指标标签");
                continue;
            }

            var repairs = new List<(string Label, string Why)>();
            var l1 = Cell(line, Column.Level1);
            var l2 = Cell(line, Column.Level2);

            // A section score in the 一级 label (产出指标(50分), 成本指标(0-20)分) is the section's weight, not its name.
            if (l1.Length > 0 && LabelText.CouldBeLabel(l1) && Hierarchy.TryStripScore(l1, out var stripped, out _, out var maxScore))
            {
                var written = l1;
                if (stripped.Length == 0 && _hierarchy.ParentOf(l2) is { } owner)
                {
                    stripped = spellings.FirstOrDefault(s => _hierarchy.SameLevel1(s, owner)) ?? Styled(owner, spellings);
                    repairs.Add((written, "只写了分值，没有一级指标名称；按二级「" + l2 + "」补为一级「" + stripped + "」"));
                }

                if (stripped.Length > 0)
                {
                    l1 = stripped;
                    SectionScores.Add(SectionWeights, new SectionWeight(OldLevel1.Renamed(l1) ?? l1, maxScore));
                }
            }

            // Old 一级 names of older provincial templates (项目完成指标 → 产出指标, 项目效益指标 → 效益指标).
            if (OldLevel1.Renamed(l1) is { } renamed)
            {
                repairs.Add((l1, "是旧版一级指标名称，已按现行名称改为「" + renamed + "」"));
                l1 = renamed;
            }

            var name = LabelText.CollapseCjkSpaces(Raw(line, Column.Name));
            var half = Raw(line, Column.HalfYear);
            var full = Raw(line, Column.FullYear);

            // A 二级 label in the 一级 column (经济效益指标, 可持续影响指标): the 一级 is its parent.
            if (l1.Length > 0 && !_hierarchy.IsLevel1(l1) && _hierarchy.IsLevel2(l1) && _hierarchy.ParentOf(l1) is { } parent)
            {
                var p = spellings.FirstOrDefault(s => _hierarchy.SameLevel1(s, parent)) ?? Styled(parent, spellings);
                if (l2.Length == 0)
                {
                    repairs.Add((l1, "是二级指标，却写在一级指标列；已改为一级「" + p + "」、二级「" + l1 + "」"));
                    l2 = l1;
                    l1 = p;
                }
                else if (!_hierarchy.IsLevel2(l2) && !_hierarchy.IsLevel1(l2) && full.Length == 0 && index.ContainsKey(Column.FullYear))
                {
                    // 可持续影响指标⇥重点产业规模能级⇥提升⇥提升⇥: every cell sits one column to the left.
                    repairs.Add((l1, "是二级指标，写在一级指标列，本行其余各格也左移了一列；已右移为一级「" + p + "」、二级「" + l1 + "」、三级「" + Raw(line, Column.Level2) + "」"));
                    full = half;
                    half = name;
                    name = LabelText.CollapseCjkSpaces(Raw(line, Column.Level2));
                    l2 = l1;
                    l1 = p;
                }
            }

            var l1Filled = false;
            var continuesL2 = false;
            if (l1.Length == 0)
            {
                l1 = curL1;
                l1Filled = l1.Length > 0;
            }
            else if (curL1.Length > 0 && SameLevel1(l1, curL1) && l2.Length == 0 && repairs.Count == 0 && result.Count > 0)
            {
                // 效益指标 written mid-block (the merged cell's label printed at its middle): same 一级 continues.
                repairs.Add((l1, "是一级指标的合并单元格标签，出现在该一级的中部；按同一一级继续，二级沿用上方的「" + curL2 + "」"));
                l1 = curL1;
                continuesL2 = true;
            }

            var sameGroup = curL1.Length > 0 && SameLevel1(l1, curL1);
            var l2Filled = false;
            if (l2.Length == 0 && (l1Filled || continuesL2 || sameGroup) && curL2.Length > 0)
            {
                l2 = curL2;
                l2Filled = true;
            }

            // Template rows (指标2:, ……, a 二级 with no 三级 and nothing else): kept, but not indicators.
            if (PlaceholderReason(line, name) is { } placeholderWhy)
            {
                var text = SourceLine.JoinCells(line.NonEmpty().Where(c => !IsCaption(c.Column, c.Text)).Select(c => c.Text));
                Placeholders.Add(new UnplacedLine(line.Number, text));
                _findings.Add(LayoutFindings.Placeholder(line.Number, text, l1, l2, placeholderWhy));
                foreach (var (label, why) in repairs) _findings.Add(LayoutFindings.Inferred("「" + label + "」" + why, label, new FindingLocation { Level1 = l1, Level2 = l2, Line = line.Number }));
                curL1 = l1;
                curL2 = l2;
                continue;
            }

            var op = Raw(line, Column.Operator);
            var unitColumn = Raw(line, Column.Unit);
            var separate = _columns.ContainsValue(Column.Operator) || _columns.ContainsValue(Column.Unit);
            IndicatorValue fullValue;
            DateTime serialDate = default;
            var isSerial = full.Length > 0 && ExcelDates.TryRead(full, unitColumn, l2, name, out serialDate);
            if (isSerial)
            {
                fullValue = ExcelDates.ToValue(serialDate);
            }
            else
            {
                fullValue = separate ? ParseColumns(op, full, unitColumn, name) : Parse(full, name);
            }

            var indicator = new Indicator(
                result.Count + 1,
                l1,
                l2,
                name,
                separate ? ParseColumns(op, half, unitColumn, name) : Parse(half, name),
                fullValue)
            {
                Unit = Units.FromIndicatorName(name),
                Line = line.Number,
                OperatorText = NullIfEmpty(op),
                UnitText = NullIfEmpty(unitColumn),
                Weight = Number(Raw(line, Column.Weight)),
                Direction = NullIfEmpty(Raw(line, Column.Direction)),
                ValueType = NullIfEmpty(Raw(line, Column.ValueType)) ?? (op is "定性" or "定量" ? op : null),
                Explanation = NullIfEmpty(Raw(line, Column.Explanation)),
                ScoringStandard = NullIfEmpty(Raw(line, Column.ScoringStandard)),
                Remark = NullIfEmpty(Raw(line, Column.Remark)),
            };
            result.Add(indicator);
            if (isSerial)
            {
                var unitToo = string.Equals(LabelText.Normalize(unitColumn), LabelText.Normalize(full), StringComparison.Ordinal);
                _findings.Add(LayoutFindings.SerialDate(indicator, full, ExcelDates.Format(serialDate), unitToo));
            }

            if (published is not null)
            {
                var score = Raw(line, Column.Score);
                published.Add(new PublishedIndicator(indicator.Row, NullIfEmpty(Raw(line, Column.Actual))) { Score = Number(score), Reason = NullIfEmpty(Raw(line, Column.Reason)) });
            }

            foreach (var (label, why) in repairs) _findings.Add(ImportFindings.LabelMoved(indicator, label, why));

            run1 = Track(run1, l1Filled, "一级指标", l1, indicator);
            run2 = Track(run2, l2Filled, "二级指标", l2, indicator);
            curL1 = l1;
            curL2 = l2;

            // 单位名称/预算数/年度目标 columns belong to a multi-project grid; without a 项目名称 column nothing reads them.
            var extras = line.NonEmpty().Where(c => (!_columns.TryGetValue(c.Column, out var col) || (!IsProjectGrid && col is Column.GridUnit or Column.GridBudget or Column.GridGoal))
                && !IsCaption(c.Column, c.Text)).Select(c => c.Text).ToList();
            var weight = Raw(line, Column.Weight);
            if (weight.Length > 0 && indicator.Weight is null && !BudgetBlock.IsNotApplicable(weight)) extras.Add(weight);
            var scoreText = Raw(line, Column.Score);
            if (published is not null && scoreText.Length > 0 && Number(scoreText) is null && !BudgetBlock.IsNotApplicable(scoreText)) extras.Add(scoreText);
            if (extras.Count > 0) _unplaced(line, extras, "不在任何指标列中");
        }

        Close(run1);
        Close(run2);
        Published = published;
        return result;
    }

    /// <summary>
    /// Why a row is a template placeholder, or null when it is an indicator: a <c>指标2:</c> / <c>……</c> name with
    /// nothing else filled in, or a 二级 label with no 三级 name, no value and no weight (成本指标⇥⇥⇥).
    /// </summary>
    private string? PlaceholderReason(SourceLine line, string name)
    {
        var filled = new[] { Column.HalfYear, Column.FullYear, Column.Actual, Column.Weight, Column.Score, Column.Operator }
            .Any(c => Raw(line, c) is { Length: > 0 } v && !BudgetBlock.IsNotApplicable(v) && !(c == Column.Operator && v is "定性" or "定量"));
        if (filled) return null;
        if (name.Length > 0 && TemplateRows.IsNotApplicableSlot(name)) return "是模板的指标位，填写为「/」（不适用）";
        if (name.Length > 0) return TemplateRows.IsPlaceholderName(name) ? "是模板的空白指标位" : null;
        return "只有一级/二级指标标签，没有三级指标和指标值";
    }

    /// <summary>A cut-off last row: no 三级 name, no value, and a label cut mid-word (生态 of 生态效益指标).</summary>
    private bool IsCutOff(SourceLine line)
    {
        if (Raw(line, Column.Name).Length > 0 || Raw(line, Column.FullYear).Length > 0 || Raw(line, Column.HalfYear).Length > 0) return false;
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

    private static string ColumnName(Column column) => column switch
    {
        Column.Level1 => "一级",
        Column.Level2 => "二级",
        Column.Name => "三级",
        Column.HalfYear => "半年指标值",
        Column.FullYear => "全年指标值",
        Column.Weight => "权重",
        Column.Direction => "方向",
        Column.ValueType => "定量/定性",
        Column.Explanation => "指标解释",
        Column.ScoringStandard => "评分标准",
        Column.Remark => "备注",
        Column.Operator => "运算符",
        Column.Unit => "单位",
        Column.Actual => "实际完成值",
        Column.Score => "得分",
        Column.Reason => "偏差原因",
        Column.GridUnit => "单位名称",
        Column.GridProject => "项目名称",
        Column.GridBudget => "预算数",
        Column.GridGoal => "年度目标",
        _ => "运算符或方向",
    };

    /// <summary>
    /// A 一级 the table never spells itself, in the table's style: the Nanjing form writes 产出指标,
    /// 效益指标, 满意度指标 (决策 and 过程 never take 指标).
    /// </summary>
    private static string Styled(string canonical, List<string> spellings) =>
        canonical is Hierarchy.Decision or Hierarchy.Process || (spellings.Count > 0 && !spellings.Any(s => s.EndsWith("指标", StringComparison.Ordinal)))
            ? canonical
            : canonical + "指标";

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

    private Dictionary<Column, int> ColumnIndex() => _columns.ToDictionary(p => p.Value, p => p.Key);

    private string Raw(SourceLine line, Column column)
    {
        foreach (var p in _columns)
        {
            if (p.Value == column) return line.Cell(p.Key);
        }

        return string.Empty;
    }

    /// <summary>A 一级/二级 label: whitespace inside a label is a PDF line-wrap artefact (项目完成 指标).</summary>
    private string Cell(SourceLine line, Column column) => LabelText.RemoveWhitespace(Raw(line, column));

    private static IndicatorValue Parse(string text, string name)
    {
        if (text.Length == 0) return IndicatorValue.Empty;
        var result = IndicatorValueParser.Parse(text, name);

        // Invalid cells (≥≥5家) are kept verbatim as free text; the value rules report them.
        return result.IsSuccess ? result.Value : new FreeTextValue(text);
    }

    private static IndicatorValue ParseColumns(string op, string value, string unit, string name)
    {
        if (value.Length == 0) return IndicatorValue.Empty;
        var result = IndicatorValueParser.ParseColumns(op, value, unit, name);
        return result.IsSuccess ? result.Value : new FreeTextValue(value);
    }

    /// <summary>
    /// 指标性质 holds operators in most provinces but 正向/反向 in 内蒙古, where 指标方向 holds the operator
    /// (docs/import.md): which is which is decided by what the cells contain, not by the header word.
    /// </summary>
    private void ResolveAmbiguousColumns()
    {
        foreach (var index in _columns.Where(p => p.Value is Column.Property or Column.DirectionOrOperator).Select(p => p.Key).ToList())
        {
            int operators = 0, directions = 0;
            foreach (var row in _rows)
            {
                var cell = LabelText.Normalize(row.Cell(index));
                if (cell.Length == 0) continue;
                if (cell.StartsWith("正向", StringComparison.Ordinal) || cell.StartsWith("反向", StringComparison.Ordinal)) directions++;
                else if (cell is "定性" or "定量" || IndicatorValueParser.TryParseComparison(cell, out _)) operators++;
            }

            var isOperator = _columns[index] == Column.Property ? operators >= directions : operators > directions;
            var column = isOperator ? Column.Operator : Column.Direction;
            if (_columns.ContainsValue(column)) continue;
            _columns[index] = column;
        }
    }

    private static decimal? Number(string text) =>
        decimal.TryParse(LabelText.Normalize(text).TrimEnd('分'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static bool TryMap(string header, out Column column)
    {
        var h = LabelText.CouldBeLabel(header) ? LabelText.Normalize(header).TrimStart('*') : string.Empty;
        column = h switch
        {
            "一级指标" or "一级" => Column.Level1,
            "二级指标" or "二级" => Column.Level2,
            "三级指标" or "三级" or "指标名称" or "指标" or "绩效指标名称" => Column.Name,
            "权重" or "分值" or "指标权重" or "权重(%)" or "指标分值" => Column.Weight,
            "指标方向" or "指标方向性" => Column.DirectionOrOperator,
            "指标性质" => Column.Property,
            "度量单位" or "计量单位" or "单位" => Column.Unit,
            "实际完成值" or "完成值" or "项目完成指标值" or "实际完成指标值" or "实际值" => Column.Actual,
            "得分" => Column.Score,
            "未完成原因分析" or "原因分析" => Column.Reason,
            _ when h.StartsWith("偏差原因", StringComparison.Ordinal) => Column.Reason,
            "指标值类型" or "定量/定性" => Column.ValueType,
            "指标解释" => Column.Explanation,
            "评(扣)分标准" or "评分标准" or "绩效标准" or "扣分标准" => Column.ScoringStandard,
            "备注" or "数据来源" => Column.Remark,
            "单位名称" or "预算单位" => Column.GridUnit,
            "项目名称" => Column.GridProject,
            "预算数" or "预算数(元)" or "预算数(万元)" or "项目预算" or "预算金额" => Column.GridBudget,
            "年度目标" or "项目年度目标" => Column.GridGoal,
            _ when h.StartsWith("半年", StringComparison.Ordinal) => Column.HalfYear,
            _ when h.StartsWith("全年", StringComparison.Ordinal) || h.StartsWith("指标值", StringComparison.Ordinal) || h.StartsWith("年度指标值", StringComparison.Ordinal)
                || h is "目标值" or "预算设定指标值" or "年度目标值" => Column.FullYear,
            _ => (Column)(-1),
        };
        return column >= 0;
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
