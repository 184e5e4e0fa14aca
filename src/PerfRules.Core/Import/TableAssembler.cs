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
    private (string Why, int? Line)? _headLost;
    private readonly Func<SourceLine, bool>[] _passes;

    private TableAssembler(string? source, int line, string? title, IIndicatorHierarchy hierarchy, LabelVocabulary labels)
    {
        _labels = labels;
        _source = source;
        _line = line;
        _title = title;
        _hierarchy = hierarchy;
        _passes = LinePasses();
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

    /// <summary>The source says the table is incomplete and it lost only its head (<see cref="IndicatorBlockClosed"/>).</summary>
    public void MarkHeadLost(string why, int? line) => _headLost = (why, line);

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
        (IndicatorBlock, SourceLine)? departmentRow = null;
        if (_block is not null && _block.IsProjectGrid)
        {
            // A grid with no project row (only the department's, or no row at all) is still one table: its header
            // lines and money are kept with it.
            var (department, projects) = ProjectGrid.Split(_block);
            if (projects.Count > 0) return BuildGrid(_block, department, projects, funding);
            if (department is not null) departmentRow = (_block, department);
        }

        var indicators = _block?.Finish(_atEndOfInput) ?? new List<Indicator>();
        var findings = new List<Finding>(_findings);
        var unplaced = new List<UnplacedLine>(_unplaced);
        return new[] { BuildOne(_block, indicators, findings, unplaced, funding, isLast: true, project: null, department: departmentRow) };
    }

    private IReadOnlyList<PerformanceTable> BuildGrid(IndicatorBlock block, SourceLine? department, List<ProjectGrid.Project> projects, Funding funding)
    {
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
