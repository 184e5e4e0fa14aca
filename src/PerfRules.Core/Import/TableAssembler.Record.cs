using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfRules.Checks;
using PerfRules.Findings;
using PerfRules.Import.Layouts;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>
/// Stage 6: the record passes of <see cref="Build"/>. Each takes the record being assembled (<see cref="RecordDraft"/>)
/// and fills a gap or states what the source left open, with its import id: a project of a multi-project grid, a
/// department row, units standing for missing ones (I15), a name and year from the opening text or title (I15), a
/// cut-off or partial table (I13), the layout (I08) and the header gaps (I16).
/// </summary>
internal sealed partial class TableAssembler
{
    private PerformanceTable BuildOne(IndicatorBlock? block, List<Indicator> indicators, List<Finding> findings, List<UnplacedLine> unplaced, Funding funding, bool isLast,
        ProjectGrid.Project? project, (IndicatorBlock Block, SourceLine Row)? department)
    {
        var draft = new RecordDraft(findings, unplaced, new List<HeaderField>(_otherFields), funding)
        {
            Name = Field(HeaderFieldKind.Name) ?? string.Empty,
            Department = Field(HeaderFieldKind.Department),
            ImplementingUnit = Field(HeaderFieldKind.ImplementingUnit),
            AnnualGoal = Field(HeaderFieldKind.AnnualGoal),
            Year = _year,
        };
        ProjectOfGrid(draft, project);
        DepartmentRow(draft, department);
        UnitsFromBudgetUnit(draft);
        NameFromOpeningOrTitle(draft);
        YearFromOpening(draft);
        var published = Published(block);
        KeepUnpublishedResults(draft, published);
        CutOffOrPartial(draft, block, isLast);
        var layout = LayoutOf(block, published);
        findings.Add(LayoutRecognition.Finding(layout, block?.DescribeColumns(), project is not null, _line));
        if (!_department && !draft.Partial) HeaderGaps(draft, layout, published);
        return Record(draft, block, indicators, published, layout);
    }

    /// <summary>A header field's value, or null when it was not read or is empty.</summary>
    private string? Field(HeaderFieldKind kind) => _fields.TryGetValue(kind, out var v) && v.Length > 0 ? v : null;

    /// <summary>One project of a multi-project grid: its name, unit, goal and budget stand for the table's.</summary>
    private void ProjectOfGrid(RecordDraft draft, ProjectGrid.Project? project)
    {
        if (project is null) return;
        draft.Name = project.Name;
        if (project.Unit.Length > 0) draft.ImplementingUnit = project.Unit;
        if (project.Goal.Length > 0) draft.AnnualGoal = project.Goal;
        if (project.Budget.Length == 0) return;

        // An amount in another unit than the table's stays text: read as a number it would be off by 10,000.
        draft.Funding = AmountText.TryParse(project.Budget, out var a, out var written) && a.Value is { } v && !a.OnSchedule && (written is null || _fundingUnit is null || written == _fundingUnit)
            ? new Funding { Total = v, TotalLine = project.First.Number, Unit = written ?? _fundingUnit ?? "万元" }
            : new Funding { TotalText = project.Budget, TotalLine = project.First.Number, Unit = _fundingUnit ?? "万元" };
    }

    /// <summary>The department's own row of a multi-project grid: its unit, budget and goal.</summary>
    private static void DepartmentRow(RecordDraft draft, (IndicatorBlock Block, SourceLine Row)? department)
    {
        if (department is not { } d) return;
        var unitName = d.Block.GridCell(d.Row, GridColumn.Unit);
        if (unitName.Length > 0) draft.Department ??= unitName;
        var budget = d.Block.GridCell(d.Row, GridColumn.Budget);
        if (budget.Length > 0) draft.OtherFields.Add(new HeaderField("部门预算数", budget, d.Row.Number));
        var goalText = d.Block.GridCell(d.Row, GridColumn.Goal);
        if (goalText.Length > 0) draft.OtherFields.Add(new HeaderField("部门年度目标", goalText, d.Row.Number));
    }

    /// <summary>I15 (<see cref="ImportRuleIds.ValueInferred"/>): 预算单位 / 编制单位 stand for the units the form has no row for.</summary>
    private void UnitsFromBudgetUnit(RecordDraft draft)
    {
        if (_budgetUnit is not { } bu || (draft.Department is not null && draft.ImplementingUnit is not null)) return;
        var filled = new List<string>();
        if (draft.Department is null)
        {
            draft.Department = bu.Value;
            filled.Add("主管部门");
        }

        if (draft.ImplementingUnit is null)
        {
            draft.ImplementingUnit = bu.Value;
            filled.Add("实施单位");
        }

        draft.Findings.Add(LayoutFindings.Inferred(
            "表中没有" + string.Join("和", filled) + "栏，按「" + bu.Label + "」" + bu.Value + " 填入" + string.Join("和", filled),
            bu.Value, FindingLocation.ForField(string.Join("/", filled), bu.Line)));
    }

    /// <summary>
    /// I15: a table without 项目名称 takes the project its opening text names (天津 公示), else the one its title names
    /// (not for a department's table).
    /// </summary>
    private void NameFromOpeningOrTitle(RecordDraft draft)
    {
        if (draft.Name.Length > 0) return;
        if (PreambleName() is { } inferred)
        {
            draft.Name = inferred.Name;
            draft.Findings.Add(LayoutFindings.Inferred("表中没有项目名称，按表前文字「" + SourceLine.Excerpt(inferred.Text) + "」取项目名称「" + draft.Name + "」", draft.Name,
                FindingLocation.ForField("项目名称", inferred.Line)));
        }
        else if (!_department && NameFromTitle() is { } fromTitle)
        {
            draft.Name = fromTitle;
            draft.Findings.Add(LayoutFindings.Inferred("表中没有项目名称栏，按表名「" + SourceLine.Excerpt(_title!) + "」取项目名称「" + draft.Name + "」", draft.Name,
                FindingLocation.ForField("项目名称", _line)));
        }
    }

    /// <summary>I15: a table without a year takes the one its opening text names (<c>2019年度</c>).</summary>
    private void YearFromOpening(RecordDraft draft)
    {
        if (draft.Year is not null || PreambleYear() is not { } y) return;
        draft.Year = y.Year;
        var text = y.Year.ToString(CultureInfo.InvariantCulture);
        draft.Findings.Add(LayoutFindings.Inferred("表中没有年度，按表前文字中的「" + text + "年度」取年度", text, FindingLocation.ForField("年度", y.Line)));
    }

    /// <summary>A target table's 实际完成情况 and 合计 row have no published evaluation to live in: they are kept as fields.</summary>
    private void KeepUnpublishedResults(RecordDraft draft, PublishedEvaluation? published)
    {
        if (published is not null) return;
        if (_goalCompletion is not null) draft.OtherFields.Add(new HeaderField(HeaderLabels.FieldName(HeaderFieldKind.GoalCompletion), _goalCompletion));
        if (_totalRow is not null) draft.OtherFields.Add(_totalRow);
    }

    /// <summary>
    /// I13 (<see cref="ImportRuleIds.TablePartial"/>): a table cut off inside a label, or one the source marks partial; a
    /// table that lost only its head is said to be incomplete but is not partial (its indicator rows are whole).
    /// </summary>
    private void CutOffOrPartial(RecordDraft draft, IndicatorBlock? block, bool isLast)
    {
        if (block?.CutOff is { } cut)
        {
            draft.Partial = true;
            draft.Unplaced.Add(cut);
            draft.Findings.Add(LayoutFindings.Partial("第" + cut.Line.ToString(CultureInfo.InvariantCulture) + "行「" + SourceLine.Excerpt(cut.Text) + "」是未写完的标签，表格在此中断", cut.Line));
        }
        else if (isLast && _partial is { } note)
        {
            draft.Partial = true;
            draft.Findings.Add(LayoutFindings.Partial(note.Why, note.Line));
        }
        else if (_headLost is { } head)
        {
            draft.Findings.Add(LayoutFindings.HeadLost(head.Why, head.Line));
        }
    }

    /// <summary>The layout (I08): a half-year column is Nanjing's, no 一级/二级 levels a flat list, published results a 自评.</summary>
    private static string LayoutOf(IndicatorBlock? block, PublishedEvaluation? published) =>
        block?.HasHalfYear == true ? TableLayouts.Nanjing2026
        : block is not null && !block.HasLevels ? TableLayouts.FlatList
        : published is not null ? TableLayouts.NationalSelfEvaluation
        : TableLayouts.National;

    /// <summary>I16 for each required field missing while header lines stayed unread (<see cref="ReportHeaderGaps"/>).</summary>
    private void HeaderGaps(RecordDraft draft, string layout, PublishedEvaluation? published) =>
        ReportHeaderGaps(draft.Findings, layout, new[]
        {
            (TableField.ProjectName, draft.Name.Length > 0),
            (TableField.Department, !string.IsNullOrWhiteSpace(draft.Department)),
            (TableField.ImplementingUnit, !string.IsNullOrWhiteSpace(draft.ImplementingUnit)),
            (TableField.ProjectType, Field(HeaderFieldKind.ProjectType) is not null),
            (TableField.FundingTotal, HeaderChecks.HasFundingBlock(draft.Funding) || published?.Budget is not null || published?.InitialBudget is not null),
            (TableField.AnnualGoal, !string.IsNullOrWhiteSpace(draft.AnnualGoal)),
        });

    /// <summary>The section weights: the captions', the indicator block's, and the 预算执行 block label's (<c>(10分)</c>).</summary>
    private List<SectionWeight> SectionWeightsOf(IndicatorBlock? block)
    {
        var weights = new List<SectionWeight>();
        foreach (var w in _weights) SectionScores.Add(weights, w);
        foreach (var w in block?.SectionWeights ?? new List<SectionWeight>()) SectionScores.Add(weights, w);
        if (_budget?.LabelWeight is { } labelWeight) SectionScores.Add(weights, new SectionWeight(SectionScores.ExecutionRate, labelWeight));
        return weights;
    }

    private PerformanceTable Record(RecordDraft draft, IndicatorBlock? block, List<Indicator> indicators, PublishedEvaluation? published, string layout) =>
        new(draft.Name)
        {
            Title = _title,
            Year = draft.Year,
            Source = _source,
            Line = _line,
            Layout = layout,
            Kind = _department ? TableKind.Department : TableKind.Project,
            IsPartial = draft.Partial,
            HasHeader = HeaderRegionSeen,
            Department = draft.Department,
            ImplementingUnit = draft.ImplementingUnit,
            ProjectType = Field(HeaderFieldKind.ProjectType),
            ProjectLevel = Field(HeaderFieldKind.ProjectLevel),
            StartTime = Field(HeaderFieldKind.StartTime),
            EndTime = Field(HeaderFieldKind.EndTime),
            Contact = _contact ?? SeparateContact(),
            Necessity = Field(HeaderFieldKind.Necessity),
            Feasibility = Field(HeaderFieldKind.Feasibility),
            Content = Field(HeaderFieldKind.Content),
            LongTermGoal = Field(HeaderFieldKind.LongTermGoal),
            AnnualGoal = draft.AnnualGoal,
            OtherFields = draft.OtherFields.ToValueList(),
            Funding = draft.Funding,
            Indicators = indicators.ToValueList(),
            SectionWeights = SectionWeightsOf(block).ToValueList(),
            Published = published,
            ImportFindings = draft.Findings.OrderBy(f => f.Location.Line ?? 0).ToValueList(),
            UnplacedLines = draft.Unplaced.OrderBy(u => u.Line).ToValueList(),
            Placeholders = (block?.Placeholders ?? new List<UnplacedLine>()).ToValueList(),
        };

    /// <summary>
    /// The funding: the Nanjing 收入/支出 block, else a block by source (the 自评 预算执行 block or a 项目资金 block by
    /// source), else 资金总额 written as a header field. Beside a block, that field is kept as a field of its own.
    /// </summary>
    private Funding Funding()
    {
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

        if (((ISourceMoneyBlock?)_budget ?? _sourceFunding) is { } bySource)
        {
            return new Funding { Total = bySource.Total, TotalLine = bySource.TotalLine, Unit = bySource.Unit ?? _fundingUnit ?? "万元", Sources = bySource.Sources.ToValueList() };
        }

        return _headerTotalLine is not null
            ? new Funding { Total = _headerTotal, TotalText = _headerTotalText, TotalLine = _headerTotalLine, Unit = _fundingUnit ?? "万元" }
            : Tables.Funding.None;
    }

    /// <summary>The record being assembled by the passes of <see cref="BuildOne"/>.</summary>
    private sealed class RecordDraft
    {
        public RecordDraft(List<Finding> findings, List<UnplacedLine> unplaced, List<HeaderField> otherFields, Funding funding)
        {
            Findings = findings;
            Unplaced = unplaced;
            OtherFields = otherFields;
            Funding = funding;
        }

        public List<Finding> Findings { get; }

        public List<UnplacedLine> Unplaced { get; }

        public List<HeaderField> OtherFields { get; }

        public Funding Funding { get; set; }

        public string Name { get; set; } = string.Empty;

        public string? Department { get; set; }

        public string? ImplementingUnit { get; set; }

        public string? AnnualGoal { get; set; }

        public int? Year { get; set; }

        public bool Partial { get; set; }
    }
}
