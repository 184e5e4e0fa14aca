using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfRules.Checks;
using PerfRules.Findings;
using PerfRules.Import.Layouts;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>Collects one table's lines (header fields, prose, funding, indicators) and builds the record.</summary>
internal sealed partial class TableAssembler
{
    private const string PreambleLabel = "表前文字";

    private readonly string? _source;
    private readonly int _line;
    private readonly string? _title;
    private readonly IIndicatorHierarchy _hierarchy;
    private readonly LabelVocabulary _labels;
    private readonly List<Finding> _findings = new();
    private readonly List<UnplacedLine> _unplaced = new();
    private readonly List<HeaderField> _otherFields = new();
    private readonly Dictionary<HeaderFieldKind, string> _fields = new();
    private readonly Dictionary<HeaderFieldKind, string> _fieldLabels = new();
    private readonly List<SectionWeight> _weights = new();
    private int? _year;
    private ContactInfo? _contact;
    private FundingBlock? _funding;
    private SourceFundingBlock? _sourceFunding;
    private BudgetBlock? _budget;
    private IndicatorBlock? _block;
    private SourceLine? _upperHeader;
    private GoalGrid? _goalGrid;
    private Mode _mode;
    private string? _fundingUnit;
    private decimal? _headerTotal;
    private string? _headerTotalText;
    private int? _headerTotalLine;
    private (string Label, string Value, int Line)? _budgetUnit;
    private decimal? _totalWeight;
    private decimal? _totalScore;
    private HeaderField? _totalRow;
    private string? _goalCompletion;
    private bool _department;
    private bool _atEndOfInput;
    private bool _noHeader;
    private (string Why, int? Line)? _partial;

    private TableAssembler(string? source, int line, string? title, IIndicatorHierarchy hierarchy, LabelVocabulary labels)
    {
        _labels = labels;
        _source = source;
        _line = line;
        _title = title;
        _hierarchy = hierarchy;
        if (title is not null)
        {
            _year = HeaderLabels.YearOf(title);
            var t = LabelText.Normalize(title);
            _department = t.IndexOf("整体绩效目标", StringComparison.Ordinal) >= 0 || t.IndexOf("部门整体", StringComparison.Ordinal) >= 0;
        }
    }

    private enum Mode
    {
        Header,
        Funding,
        SourceFunding,
        Budget,
        Indicators,
        Results,
    }

    /// <summary>True once a 项目名称 has been read (a second one starts a new table).</summary>
    public bool HasName => _fields.ContainsKey(HeaderFieldKind.Name);

    /// <summary>Starts a table at a title line; other cells on the line are kept as unplaced.</summary>
    public static TableAssembler AtTitle(string? source, SourceLine line, IIndicatorHierarchy hierarchy, LabelVocabulary labels)
    {
        var builder = new TableAssembler(source, line.Number, line.First, hierarchy, labels);
        var rest = line.NonEmpty().Skip(1).Select(c => c.Text).ToList();
        if (rest.Count > 0) builder.Unplaced(line, rest, "跟在表名之后，无法识别");
        return builder;
    }

    /// <summary>Starts a table at a 项目名称 line (files without titles).</summary>
    public static TableAssembler AtName(string? source, SourceLine line, IIndicatorHierarchy hierarchy, LabelVocabulary labels) => new(source, line.Number, null, hierarchy, labels);

    /// <summary>Starts a table at its indicator header (an evaluation notice with no title, 项目名称 or funding: <see cref="PerformanceTable.HasHeader"/> is false).</summary>
    public static TableAssembler AtIndicatorHeader(string? source, SourceLine line, IIndicatorHierarchy hierarchy, LabelVocabulary labels) =>
        new(source, line.Number, null, hierarchy, labels) { _noHeader = true };

    /// <summary>
    /// Reads a line that came before the table's title (a page title, <c>表十二</c>, <c>报表编号:…</c>, an
    /// announcement's opening): a header field when it is one, else kept as 表前文字.
    /// </summary>
    public void AcceptPreamble(SourceLine line)
    {
        var first = line.First!;
        if (line.NonEmptyCount == 1 && LayoutCells.IsTableNumber(first))
        {
            _otherFields.Add(new HeaderField("表号", first, line.Number));
        }
        else if (HeaderLabels.TryGet(first, _labels, out _) || HeaderLabels.TrySplit(first, _labels, out _, out _) || LayoutCells.TryUnit(first, out _))
        {
            ReadHeaderLine(line);
        }
        else
        {
            _otherFields.Add(new HeaderField(PreambleLabel, SourceLine.JoinCells(line.NonEmpty().Select(c => c.Text)), line.Number));
        }
    }

    /// <summary>
    /// True when a line before the first title can be the page's own text (a page title, an announcement's opening,
    /// <c>表十二</c>, a header field): one cell of Chinese prose or a known label. Anything else there is junk (I06).
    /// </summary>
    public static bool IsPreamble(SourceLine line, LabelVocabulary labels)
    {
        var first = line.First;
        if (first is null) return false;
        if (HeaderLabels.TryGet(first, labels, out _) || HeaderLabels.TrySplit(first, labels, out _, out _) || LayoutCells.TryUnit(first, out _) || LayoutCells.IsTableNumber(first)) return true;
        if (line.NonEmptyCount != 1 || first.Length > 500) return false;
        var cjk = 0;
        foreach (var c in first)
        {
            if (c is >= '\u4E00' and <= '\u9FFF') cjk++;
        }

        return cjk * 2 >= first.Length;
    }

    /// <summary>The input ends with this table: a cut-off last row means the page was truncated.</summary>
    public void AtEndOfInput() => _atEndOfInput = true;

    /// <summary>The source says the table is incomplete (<c># PARTIAL</c>).</summary>
    public void MarkPartial(string why, int? line) => _partial = (why, line);

    /// <summary>Reads one non-blank line of this table.</summary>
    public void Accept(SourceLine line)
    {
        if (line.IsBlank) return;
        var first = line.First!;
        if (!IndicatorBlock.IsHeader(line)) NoteHeaderLine();

        if (line.NonEmptyCount == 1 && SourceLine.IsYearOnly(first, out var year))
        {
            if (_year is null || _year == year) _year = year;
            else Unplaced(line, new[] { first }, "与已读年度 " + _year.Value.ToString(CultureInfo.InvariantCulture) + " 不一致");
            return;
        }

        if (line.NonEmptyCount == 1 && LayoutCells.TryUnit(first, out var unit))
        {
            if (!TryAcceptUnit(unit, out var known)) Unplaced(line, new[] { first }, "与已读金额单位「" + known + "」不一致");
            return;
        }

        // The upper row of a two-row indicator header (年度指标值 | 实际完成值 | 分值 | 得分 …) waits for the row below it.
        var upper = _upperHeader;
        _upperHeader = null;
        if (_block is null && !IndicatorBlock.IsHeader(line) && IndicatorBlock.IsUpperHeader(line))
        {
            if (upper is not null) Unplaced(upper, upper.NonEmpty().Select(c => c.Text).ToList(), "不是可识别的表头字段、资金或指标行");
            _upperHeader = line;
            return;
        }

        if (upper is not null && !IndicatorBlock.IsHeader(line))
        {
            Unplaced(upper, upper.NonEmpty().Select(c => c.Text).ToList(), "不是可识别的表头字段、资金或指标行");
            upper = null;
        }

        if (IndicatorBlock.IsHeader(line))
        {
            // 年度目标⇥…⇥一级指标⇥二级指标⇥… : a header field and the indicator header on one line (a lost line
            // break). The field is read as a field and the header re-based to column 0, so the rows line up with it.
            if (_block is null && HeaderLabels.TryGet(line.Cell(0), _labels, out _)
                && line.NonEmpty().FirstOrDefault(c => IndicatorBlock.IsHeaderWord(c.Text) && !HeaderLabels.TryGet(c.Text, _labels, out _)) is { Column: > 1 } firstWord
                && line.NonEmpty().Any(c => c.Column > 0 && c.Column < firstWord.Column && !IndicatorBlock.IsHeaderWord(c.Text)))
            {
                ReadHeaderLine(SourceLine.FromCells(line.Number, line.Cells.Take(firstWord.Column).ToList()));
                line = SourceLine.FromCells(line.Number, line.Cells.Skip(firstWord.Column).ToList());
            }

            // A repeated header (page break) inside the block is structure, not content.
            _block ??= new IndicatorBlock(line, upper, _findings, Unplaced, _hierarchy);
            _mode = Mode.Indicators;

            // A header line joined with the first row (or with page furniture) keeps the rest, never drops it.
            // The block's own caption left of the header words (绩效指标(90分), 年度绩效指标完成情况, a vertical 绩) is structure:
            // the block keeps its score as a section weight, so it is neither lost nor an I06 false alarm. The block
            // decides which cells it reads (a region's name over its column of targets is a column header).
            var other = _block.UnreadHeaderCells(line);
            if (other.Count > 0) Unplaced(line, other, "与指标表头在同一行，无法识别");
            return;
        }

        if (_block is not null && line.Cell(0).Length > 0 && ResultLines.TryTotals(line, _block.IsWeightColumn, out var totalWeight, out var totalScore, out var grade))
        {
            // A second totals row that disagrees with the first is kept aside, never silently ignored.
            if ((_totalWeight is { } w && totalWeight is { } w2 && w != w2) || (_totalScore is { } sc && totalScore is { } sc2 && sc != sc2))
            {
                Unplaced(line, line.NonEmpty().Select(c => c.Text).ToList(), "是第二个合计行，与已读合计不一致");
                return;
            }

            _totalWeight ??= totalWeight;
            _totalScore ??= totalScore;
            _totalRow ??= new HeaderField(LabelText.RemoveWhitespace(first), SourceLine.JoinCells(line.NonEmpty().Skip(1).Select(c => c.Text)), line.Number);
            if (grade is not null) _otherFields.Add(new HeaderField(LabelText.RemoveWhitespace(first) + "等级", grade, line.Number));
            return;
        }

        if (ResultLines.IsResultBlock(line) || (_mode == Mode.Results && ResultLines.ContinuesResultBlock(line)))
        {
            var leftovers = new List<string>();
            ResultLines.ReadPairs(line, _mode != Mode.Results || line.Cell(0).Length > 0, _otherFields, leftovers);
            if (line.Cell(0).Length > 0) _otherFields.Add(new HeaderField(LabelText.RemoveWhitespace(first), string.Empty, line.Number));
            if (leftovers.Count > 0) Unplaced(line, leftovers, "不是评价结果的名称与分数");
            _mode = Mode.Results;
            return;
        }

        if (BudgetBlock.IsHeader(line))
        {
            if (_budget is null)
            {
                _budget = new BudgetBlock(line, Unplaced);
                _mode = Mode.Budget;
            }
            else
            {
                Unplaced(line, line.NonEmpty().Select(c => c.Text).ToList(), "是第二个预算执行情况表头");
            }

            return;
        }

        var leavesBlock = _mode != Mode.Indicators || line.Cell(0).Length > 0;
        if (leavesBlock && line.NonEmptyCount == 1 && SectionScores.TryIndicatorCaption(first, out var captionWeights))
        {
            foreach (var w in captionWeights) SectionScores.Add(_weights, w);
            return;
        }

        if (leavesBlock && LayoutCells.IsLoneCaption(line)) return;

        if (_goalGrid is not null)
        {
            var grid = _goalGrid;
            _goalGrid = null;
            if (grid.IsValueRow(line))
            {
                var leftovers = new List<string>();
                foreach (var (label, value) in grid.Read(line, leftovers)) CommitLabel(label, value.Length == 0 ? new List<string>() : new List<string> { value }, line);
                if (leftovers.Count > 0) Unplaced(line, leftovers, "不在上一行任何标签之下");
                return;
            }

            foreach (var (label, _) in grid.Empty()) CommitLabel(label, new List<string>(), line);
        }

        if (leavesBlock && !IsHierarchyRow(first) && GoalGrid.TryStart(line, _labels) is { } goalGrid)
        {
            _goalGrid = goalGrid;
            _mode = Mode.Header;
            return;
        }

        // 项目资金总额⇥100 opens with 项目资金 but is a header field: only a caption the vocabulary reads as a block opens one.
        if (leavesBlock && SourceFundingBlock.IsBlockLabel(first, _labels))
        {
            if (_funding is not null || (_sourceFunding is null && SourceFundingBlock.IsNanjingBlock(line)))
            {
                _funding ??= new FundingBlock(_findings, Unplaced);
                _mode = Mode.Funding;
                _funding.Accept(line);
            }
            else
            {
                _sourceFunding ??= new SourceFundingBlock(_otherFields, _weights, Unplaced);
                _mode = Mode.SourceFunding;
                _sourceFunding.Accept(line, first: true);
            }

            return;
        }

        if (leavesBlock && LayoutCells.TryShortenedGoalLabel(line, out var goal))
        {
            _findings.Add(new Finding(ImportRuleIds.LabelRepaired, Severity.Info,
                "「" + first + "」后跟一段目标文字，按「年度目标」读取（标签不完整）", FindingLocation.ForField(HeaderLabels.FieldName(HeaderFieldKind.AnnualGoal), line.Number))
            {
                Arguments = ValueList.Of(new FindingArgument("value", first)),
            });
            _mode = Mode.Header;
            CommitLabel("年度目标", new List<string> { goal }, line);
            return;
        }

        if (leavesBlock && ContinuesMoneyBlock(line) is { } moneyMode)
        {
            _mode = moneyMode;
        }
        else if (leavesBlock && !IsHierarchyRow(first) && (HeaderLabels.TryGet(first, _labels, out _) || HeaderLabels.TrySplit(first, _labels, out _, out _) || HoldsLabelAfterUnknownOne(line)))
        {
            _mode = Mode.Header;
            ReadHeaderLine(line);
            return;
        }

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
                Unplaced(line, line.NonEmpty().Select(c => c.Text).ToList(), "不是可识别的表头字段、资金或指标行");
                break;
        }
    }

    /// <summary>
    /// The money block an indented row belongs to when its label also names 资金总额 as a header field
    /// (<c>⇥年度资金总额:⇥880</c>, <c>⇥资金总额⇥3</c>): the row stays in its block; null for any other line.
    /// </summary>
    private Mode? ContinuesMoneyBlock(SourceLine line)
    {
        if (line.Cell(0).Length > 0) return null;
        var isTotal = (HeaderLabels.TryGet(line.First!, _labels, out var kind) || (HeaderLabels.TrySplit(line.First!, _labels, out var head, out _) && HeaderLabels.TryGet(head, _labels, out kind)))
            && kind == HeaderFieldKind.FundingTotal;
        if (!isTotal) return null;

        // The block being read, else the one read before (a page break or a reordered copy put other lines between).
        if (_mode is Mode.Funding or Mode.SourceFunding or Mode.Budget) return _mode;
        return _funding is not null ? Mode.Funding : _sourceFunding is not null ? Mode.SourceFunding : _budget is not null ? Mode.Budget : null;
    }

    /// <summary>
    /// True for a header line that opens with a label the vocabulary does not know and holds a known one later
    /// (<c>归口业务处室⇥测试局⇥实施单位⇥测试中心</c>): the known field is read, the unknown pair kept (and named by I16).
    /// </summary>
    private bool HoldsLabelAfterUnknownOne(SourceLine line) =>
        _block is null && _mode is Mode.Header && line.Cell(0).Length > 0 && line.NonEmptyCount <= 8
        && LooksLikeLabel(line.Cell(0)) && line.NonEmpty().Skip(1).Any(c => HeaderLabels.TryGet(c.Text, _labels, out _));

    /// <summary>Short Chinese text that is no amount: what an unknown label looks like (<c>6</c> before 资金总额 is a moved amount).</summary>
    private static bool LooksLikeLabel(string cell) =>
        LabelText.CouldBeLabel(cell) && !AmountText.TryParse(cell, out _) && cell.Any(c => c is >= '\u4E00' and <= '\u9FFF');

    /// <summary>
    /// True when a line inside the indicator block opens with an 一级/二级 name (决策 / 绩效目标 …): an indicator row,
    /// even where the same words could name a header field.
    /// </summary>
    private bool IsHierarchyRow(string first) =>
        _mode == Mode.Indicators && (_hierarchy.IsLevel1(first) || _hierarchy.IsLevel2(first));

    /// <summary>Keeps a whole line verbatim as an unplaced line, reported by <paramref name="finding"/> (a line over a reader limit) instead of I06.</summary>
    public void KeepUnplaced(SourceLine line, Finding finding)
    {
        _unplaced.Add(ReadLimits.Unplaced(line));
        _findings.Add(finding);
    }

    /// <summary>Builds the table, or one table per project when the indicator block is a multi-project grid.</summary>
    public IReadOnlyList<PerformanceTable> Build()
    {
        if (_upperHeader is { } pending)
        {
            _upperHeader = null;
            Unplaced(pending, pending.NonEmpty().Select(c => c.Text).ToList(), "不是可识别的表头字段、资金或指标行");
        }

        if (_goalGrid is not null)
        {
            foreach (var (label, _) in _goalGrid.Empty()) CommitLabel(label, new List<string>(), null);
            _goalGrid = null;
        }

        // Funding and indicators first: they report their inferences and repairs into this table's findings.
        var funding = Funding();
        if (_block is not null && _block.IsProjectGrid) return BuildGrid(_block, funding);
        var indicators = _block?.Finish(_atEndOfInput) ?? new List<Indicator>();
        var findings = new List<Finding>(_findings);
        var unplaced = new List<UnplacedLine>(_unplaced);
        return new[] { BuildOne(_block, indicators, findings, unplaced, funding, isLast: true, project: null, department: null) };
    }

    private IReadOnlyList<PerformanceTable> BuildGrid(IndicatorBlock block, Funding funding)
    {
        var (department, projects) = ProjectGrid.Split(block);
        var tables = new List<PerformanceTable>();
        for (var i = 0; i < projects.Count; i++)
        {
            var project = projects[i];
            var findings = new List<Finding>(_findings);
            var unplaced = new List<UnplacedLine>(_unplaced);
            var isLast = i == projects.Count - 1;
            void ProjectUnplaced(SourceLine line, IReadOnlyList<string> cells, string why)
            {
                var text = SourceLine.JoinCells(cells);
                unplaced.Add(new UnplacedLine(line.Number, text));
                findings.Add(ImportFindings.Unplaced(line.Number, text, "绩效指标", why));
            }

            var sub = block.Subset(project.Rows, findings, ProjectUnplaced);
            var indicators = sub.Finish(_atEndOfInput && isLast);
            tables.Add(BuildOne(sub, indicators, findings, unplaced, funding, isLast, project, department is null ? null : (block, department)));
        }

        return tables;
    }

    private PerformanceTable BuildOne(IndicatorBlock? block, List<Indicator> indicators, List<Finding> findings, List<UnplacedLine> unplaced, Funding funding, bool isLast,
        ProjectGrid.Project? project, (IndicatorBlock Block, SourceLine Row)? department)
    {
        string? F(HeaderFieldKind k) => _fields.TryGetValue(k, out var v) && v.Length > 0 ? v : null;
        var otherFields = new List<HeaderField>(_otherFields);
        var weights = new List<SectionWeight>();
        foreach (var w in _weights) SectionScores.Add(weights, w);
        foreach (var w in block?.SectionWeights ?? new List<SectionWeight>()) SectionScores.Add(weights, w);
        if (_budget?.LabelWeight is { } labelWeight) SectionScores.Add(weights, new SectionWeight(SectionScores.ExecutionRate, labelWeight));

        var name = F(HeaderFieldKind.Name) ?? string.Empty;
        var departmentName = F(HeaderFieldKind.Department);
        var implementing = F(HeaderFieldKind.ImplementingUnit);
        var annualGoal = F(HeaderFieldKind.AnnualGoal);
        if (project is not null)
        {
            name = project.Name;
            if (project.Unit.Length > 0) implementing = project.Unit;
            if (project.Goal.Length > 0) annualGoal = project.Goal;
            if (project.Budget.Length > 0)
            {
                funding = AmountText.TryParse(project.Budget, out var a) && a.Value is { } v && !a.OnSchedule
                    ? new Funding { Total = v, TotalLine = project.First.Number, Unit = _fundingUnit ?? "万元" }
                    : new Funding { TotalText = project.Budget, TotalLine = project.First.Number, Unit = _fundingUnit ?? "万元" };
            }
        }

        if (department is { } d)
        {
            var unitName = d.Block.GridCell(d.Row, GridColumn.Unit);
            if (unitName.Length > 0) departmentName ??= unitName;
            var budget = d.Block.GridCell(d.Row, GridColumn.Budget);
            if (budget.Length > 0) otherFields.Add(new HeaderField("部门预算数", budget, d.Row.Number));
            var goalText = d.Block.GridCell(d.Row, GridColumn.Goal);
            if (goalText.Length > 0) otherFields.Add(new HeaderField("部门年度目标", goalText, d.Row.Number));
        }

        // 预算单位 / 编制单位 stand for the units the form has no row for.
        if (_budgetUnit is { } bu && (departmentName is null || implementing is null))
        {
            var filled = new List<string>();
            if (departmentName is null)
            {
                departmentName = bu.Value;
                filled.Add("主管部门");
            }

            if (implementing is null)
            {
                implementing = bu.Value;
                filled.Add("实施单位");
            }

            findings.Add(LayoutFindings.Inferred(
                "表中没有" + string.Join("和", filled) + "栏，按「" + bu.Label + "」" + bu.Value + " 填入" + string.Join("和", filled),
                bu.Value, FindingLocation.ForField(string.Join("/", filled), bu.Line)));
        }

        // A published evaluation without title or 项目名称 (天津 公示): the project is the one its opening names.
        var year = _year;
        if (name.Length == 0 && PreambleName() is { } inferred)
        {
            name = inferred.Name;
            findings.Add(LayoutFindings.Inferred("表中没有项目名称，按表前文字「" + SourceLine.Excerpt(inferred.Text) + "」取项目名称「" + name + "」", name,
                FindingLocation.ForField("项目名称", inferred.Line)));
        }
        else if (name.Length == 0 && !_department && NameFromTitle() is { } fromTitle)
        {
            name = fromTitle;
            findings.Add(LayoutFindings.Inferred("表中没有项目名称栏，按表名「" + SourceLine.Excerpt(_title!) + "」取项目名称「" + name + "」", name,
                FindingLocation.ForField("项目名称", _line)));
        }

        if (year is null && PreambleYear() is { } y)
        {
            year = y.Year;
            findings.Add(LayoutFindings.Inferred("表中没有年度，按表前文字中的「" + y.Year.ToString(CultureInfo.InvariantCulture) + "年度」取年度", y.Year.ToString(CultureInfo.InvariantCulture),
                FindingLocation.ForField("年度", y.Line)));
        }

        var published = Published(block);
        if (published is null && _goalCompletion is not null) otherFields.Add(new HeaderField(HeaderLabels.FieldName(HeaderFieldKind.GoalCompletion), _goalCompletion));

        // A target table's 合计 row (the weights' stated total) has no published evaluation to live in.
        if (published is null && _totalRow is not null) otherFields.Add(_totalRow);

        var partial = false;
        if (block?.CutOff is { } cut)
        {
            partial = true;
            unplaced.Add(cut);
            findings.Add(LayoutFindings.Partial("第" + cut.Line.ToString(CultureInfo.InvariantCulture) + "行「" + SourceLine.Excerpt(cut.Text) + "」是未写完的标签，表格在此中断", cut.Line));
        }
        else if (isLast && _partial is { } note)
        {
            partial = true;
            findings.Add(LayoutFindings.Partial(note.Why, note.Line));
        }

        var layout = block?.HasHalfYear == true ? TableLayouts.Nanjing2026
            : block is not null && !block.HasLevels ? TableLayouts.FlatList
            : published is not null ? TableLayouts.NationalSelfEvaluation
            : TableLayouts.National;
        findings.Add(LayoutRecognition.Finding(layout, block?.DescribeColumns(), project is not null, _line));
        if (!_department && !partial)
        {
            ReportHeaderGaps(findings, layout, new[]
            {
                (TableField.ProjectName, name.Length > 0),
                (TableField.Department, !string.IsNullOrWhiteSpace(departmentName)),
                (TableField.ImplementingUnit, !string.IsNullOrWhiteSpace(implementing)),
                (TableField.ProjectType, F(HeaderFieldKind.ProjectType) is not null),
                (TableField.FundingTotal, HeaderChecks.HasFundingBlock(funding) || published?.Budget is not null || published?.InitialBudget is not null),
                (TableField.AnnualGoal, !string.IsNullOrWhiteSpace(annualGoal)),
            });
        }

        return new PerformanceTable(name)
        {
            Title = _title,
            Year = year,
            Source = _source,
            Line = _line,
            Layout = layout,
            Kind = _department ? TableKind.Department : TableKind.Project,
            IsPartial = partial,
            HasHeader = HeaderRegionSeen,
            Department = departmentName,
            ImplementingUnit = implementing,
            ProjectType = F(HeaderFieldKind.ProjectType),
            ProjectLevel = F(HeaderFieldKind.ProjectLevel),
            StartTime = F(HeaderFieldKind.StartTime),
            EndTime = F(HeaderFieldKind.EndTime),
            Contact = _contact ?? SeparateContact(),
            Necessity = F(HeaderFieldKind.Necessity),
            Feasibility = F(HeaderFieldKind.Feasibility),
            Content = F(HeaderFieldKind.Content),
            LongTermGoal = F(HeaderFieldKind.LongTermGoal),
            AnnualGoal = annualGoal,
            OtherFields = otherFields.ToValueList(),
            Funding = funding,
            Indicators = indicators.ToValueList(),
            SectionWeights = weights.ToValueList(),
            Published = published,
            ImportFindings = findings.OrderBy(f => f.Location.Line ?? 0).ToValueList(),
            UnplacedLines = unplaced.OrderBy(u => u.Line).ToValueList(),
            Placeholders = (block?.Placeholders ?? new List<UnplacedLine>()).ToValueList(),
        };
    }

    private Funding Funding()
    {
        // 资金总额 written as a header field as well as a money block: the block is the funding, the field is kept.
        if (_headerTotalLine is not null && (_funding is not null || _budget is not null || _sourceFunding is not null))
        {
            _otherFields.Add(new HeaderField(HeaderLabels.FieldName(HeaderFieldKind.FundingTotal), _headerTotalText ?? _headerTotal?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, _headerTotalLine));
            _headerTotalLine = null;
        }

        if (_funding is not null)
        {
            var f = _funding.Finish();
            return _fundingUnit is { } u ? f with { Unit = u } : f;
        }

        if (_budget is not null)
        {
            return new Funding
            {
                Total = _budget.Budget,
                TotalLine = _budget.TotalLine,
                Unit = _budget.Unit ?? _fundingUnit ?? "万元",
                Sources = _budget.Sources.ToValueList(),
            };
        }

        if (_sourceFunding is not null)
        {
            return new Funding
            {
                Total = _sourceFunding.Total,
                TotalLine = _sourceFunding.TotalLine,
                Unit = _sourceFunding.Unit ?? _fundingUnit ?? "万元",
                Sources = _sourceFunding.Sources.ToValueList(),
            };
        }

        if (_headerTotalLine is not null)
        {
            return new Funding { Total = _headerTotal, TotalText = _headerTotalText, TotalLine = _headerTotalLine, Unit = _fundingUnit ?? "万元" };
        }

        return Tables.Funding.None;
    }

    private PublishedEvaluation? Published(IndicatorBlock? block)
    {
        var rows = block?.Published;
        if (rows is null && _budget is null && _totalScore is null) return null;
        return new PublishedEvaluation
        {
            InitialBudget = _budget?.Initial,
            Budget = _budget?.Budget,
            Executed = _budget?.Executed,
            ExecutionRate = _budget?.Rate,
            ExecutionWeight = _budget?.Weight ?? _budget?.LabelWeight,
            ExecutionScore = _budget?.Score,
            ExecutionReason = _budget?.Reason,
            Total = _totalScore,
            TotalWeight = _totalWeight,
            GoalCompletion = _goalCompletion,
            Indicators = (rows ?? new List<PublishedIndicator>()).ToValueList(),
        };
    }

    private (string Name, string Text, int? Line)? PreambleName()
    {
        foreach (var f in _otherFields.Where(f => f.Label == PreambleLabel))
        {
            var open = f.Value.IndexOf('“');
            var close = open >= 0 ? f.Value.IndexOf('”', open + 1) : -1;
            if (open >= 0 && close > open + 1) return (f.Value.Substring(open + 1, close - open - 1).Trim(), f.Value, f.Line);
        }

        return null;
    }

    private (int Year, int? Line)? PreambleYear()
    {
        foreach (var f in _otherFields.Where(f => f.Label == PreambleLabel))
        {
            var i = f.Value.IndexOf("年度", StringComparison.Ordinal);
            if (i >= 4 && int.TryParse(f.Value.Substring(i - 4, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1990 and < 2200) return (y, f.Line);
        }

        return null;
    }

    /// <summary>项目负责人 and 联系电话 written as two fields (重庆): one contact, as the Nanjing form's single cell would hold it.</summary>
    private ContactInfo? SeparateContact()
    {
        string? F(HeaderFieldKind k) => _fields.TryGetValue(k, out var v) && v.Length > 0 ? v : null;
        var person = F(HeaderFieldKind.ContactPerson);
        var phone = F(HeaderFieldKind.ContactPhone);
        if (person is null && phone is null) return null;
        return new ContactInfo(string.Join(" ", new[] { person, phone }.Where(p => p is not null)), person, phone);
    }

    private void ReadHeaderLine(SourceLine line)
    {
        var leftovers = new List<string>();
        HeaderFieldKind? kind = null;
        var label = string.Empty;
        var values = new List<string>();

        void Start(HeaderFieldKind k, string text)
        {
            if (kind is { } previous) Commit(previous, label, values, line, leftovers);
            kind = k;
            label = text;
            values = new List<string>();
        }

        foreach (var (_, text) in line.NonEmpty())
        {
            if (HeaderLabels.TryGet(text, _labels, out var k))
            {
                Start(k, text);
            }
            else if (HeaderLabels.TrySplit(text, _labels, out var head, out var value) && HeaderLabels.TryGet(head, _labels, out var hk))
            {
                // 预算单位: 奉节县云雾土家族乡人民政府, 报表编号:510000_0013zp — label and value in one cell.
                Start(hk, head);
                if (value.Length > 0) values.Add(value);
            }
            else if (LayoutCells.TryUnit(text, out var unit))
            {
                if (!TryAcceptUnit(unit, out _)) leftovers.Add(text);
            }
            else if (kind is null)
            {
                leftovers.Add(text);
            }
            else
            {
                values.Add(text);
            }
        }

        if (kind is { } last) Commit(last, label, values, line, leftovers);
        if (leftovers.Count > 0) Unplaced(line, leftovers, "无法归入表头字段");
    }

    /// <summary>
    /// Takes a funding unit (<c>单位:万元</c>) unless it contradicts the one already read or stated by the 项目资金
    /// caption: a second, different unit would silently rescale every amount (元 vs 万元), so the caller keeps it aside.
    /// </summary>
    private bool TryAcceptUnit(string unit, out string known)
    {
        known = _fundingUnit ?? _funding?.StatedUnit ?? unit;
        if (!string.Equals(known, unit, StringComparison.Ordinal)) return false;
        _fundingUnit = unit;
        return true;
    }

    /// <summary>Commits a label read from a label row (<see cref="GoalGrid"/>) or a shortened label.</summary>
    private void CommitLabel(string label, List<string> values, SourceLine? line)
    {
        if (!HeaderLabels.TryGet(label, _labels, out var kind)) return;
        var leftovers = new List<string>();
        Commit(kind, label, values, line, leftovers);
        if (leftovers.Count > 0 && line is not null) Unplaced(line, leftovers, "无法归入表头字段");
    }

    private void Commit(HeaderFieldKind kind, string label, List<string> values, SourceLine? line, List<string> leftovers)
    {
        var lineNumber = line?.Number;
        switch (kind)
        {
            case HeaderFieldKind.Other:
                _otherFields.Add(new HeaderField(LabelText.RemoveWhitespace(label), string.Join(" ", values), lineNumber));
                return;
            case HeaderFieldKind.BudgetUnit:
                var unitName = IsSealMark(values) ? string.Empty : string.Join(" ", values);
                _otherFields.Add(new HeaderField(LabelText.RemoveWhitespace(label), unitName, lineNumber));
                if (unitName.Length > 0 && _budgetUnit is null) _budgetUnit = (LabelText.RemoveWhitespace(label).TrimEnd(':'), unitName, lineNumber ?? 0);
                return;
            case HeaderFieldKind.FundingTotal when _headerTotalLine is null:
                CommitHeaderTotal(label, string.Join(" ", values), lineNumber);
                return;
            case HeaderFieldKind.Period when !_fields.ContainsKey(HeaderFieldKind.StartTime) && PeriodText.TrySplit(string.Join(" ", values), out var start, out var end):
                _fields[HeaderFieldKind.StartTime] = start;
                _fields[HeaderFieldKind.EndTime] = end;
                return;
            case HeaderFieldKind.Period:
                _otherFields.Add(new HeaderField(LabelText.RemoveWhitespace(label), string.Join(" ", values), lineNumber));
                return;
            case HeaderFieldKind.GoalCompletion when _goalCompletion is null:
                _goalCompletion = HtmlText.Strip(string.Join("\n", values), out _);
                return;
            case HeaderFieldKind.DepartmentName:
                _department = true;
                kind = HeaderFieldKind.Name;
                break;
        }

        if (_fields.ContainsKey(kind) && _fieldLabels.TryGetValue(kind, out var firstLabel) && !string.Equals(firstLabel, _labels.Normalize(label), StringComparison.Ordinal))
        {
            // 中央主管部门 … 县级主管部门: the same field under another label (one per level of government) is a
            // field of its own; the first one read stands for the table.
            _otherFields.Add(new HeaderField(LabelText.RemoveWhitespace(label), string.Join(" ", values), lineNumber));
            return;
        }

        if (_fields.ContainsKey(kind) || (kind == HeaderFieldKind.Contact && _contact is not null) || kind is HeaderFieldKind.FundingTotal or HeaderFieldKind.GoalCompletion)
        {
            // A field read twice: keep the first, keep the second verbatim rather than overwrite.
            leftovers.Add(label);
            leftovers.AddRange(values);
            return;
        }

        _fieldLabels[kind] = _labels.Normalize(label);
        var field = HeaderLabels.FieldName(kind);
        if (HeaderLabels.IsProse(kind))
        {
            var text = string.Join("\n", values);
            var stripped = HtmlText.Strip(text, out var changed);
            if (changed) _findings.Add(ImportFindings.HtmlStripped(field, lineNumber ?? 0));
            _fields[kind] = stripped;
            return;
        }

        var value = string.Join(" ", values);
        if (kind == HeaderFieldKind.Contact)
        {
            _fields[kind] = value;
            _contact = ContactText.Parse(value, out var split);
            if (split && _contact is not null) _findings.Add(ImportFindings.ContactSplit(_contact, lineNumber ?? 0));
            return;
        }

        _fields[kind] = kind == HeaderFieldKind.Name ? LabelText.CollapseCjkSpaces(value) : value;
    }

    /// <summary>
    /// 资金总额 written as a header field (<c>当年预算⇥229.66</c>, <c>项目预算金额 (万元)⇥5652</c>, <c>年度本级预算金额⇥250万</c>,
    /// <c>资金⇥50万元</c>): the amount, and its unit from the cell or the label's bracket when the form states none.
    /// </summary>
    private void CommitHeaderTotal(string label, string amountText, int? lineNumber)
    {
        _headerTotalLine = lineNumber;
        var text = LabelText.Normalize(amountText);
        string? unit = null;
        if (text.EndsWith("万元", StringComparison.Ordinal)) unit = "万元";
        else if (text.EndsWith("万", StringComparison.Ordinal))
        {
            unit = "万元";
            text = text.Substring(0, text.Length - 1);
        }
        else if (text.EndsWith("元", StringComparison.Ordinal)) unit = "元";

        var labelText = LabelText.Normalize(label);
        unit ??= labelText.IndexOf("(万元)", StringComparison.Ordinal) >= 0 ? "万元" : labelText.IndexOf("(元)", StringComparison.Ordinal) >= 0 ? "元" : null;
        if (AmountText.TryParse(text, out var amount) && amount.Value is { } total && !amount.OnSchedule)
        {
            _headerTotal = total;
            if (unit is not null && _fundingUnit is null) _fundingUnit = unit;
        }
        else if (amountText.Length > 0)
        {
            _headerTotalText = amountText;
        }
    }

    /// <summary>True when the only value is a seal placeholder (<c>(盖章)</c>): the form's blank for a stamp, not a name.</summary>
    private static bool IsSealMark(List<string> values) =>
        values.Count == 1 && LabelText.Normalize(values[0]).Trim('(', ')') is "盖章" or "签章" or "单位盖章";

    private void Unplaced(SourceLine line, IReadOnlyList<string> cells, string why)
    {
        var text = SourceLine.JoinCells(cells);
        _unplaced.Add(new UnplacedLine(line.Number, text));
        _findings.Add(ImportFindings.Unplaced(line.Number, text, FieldOf(), why));
        NoteHeaderGap(line, text);
    }

    private string? FieldOf() => _mode switch
    {
        Mode.Funding or Mode.SourceFunding or Mode.Budget => "项目资金",
        Mode.Indicators => "绩效指标",
        _ => null,
    };
}
