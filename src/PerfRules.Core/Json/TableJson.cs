using System.Linq;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Json;

/// <summary>
/// The JSON shape of one table (schemas/perfrules-table.schema.json): the model with 项目资金 flattened into
/// <c>fundingTotal</c> and <c>expenditures</c> whose amounts are plain numbers. Property order is
/// declaration order: name, year, source, layout first.
/// </summary>
internal sealed class TableJson
{
    public string Name { get; set; } = string.Empty;

    public int? Year { get; set; }

    public string? Source { get; set; }

    public string Layout { get; set; } = TableLayouts.Nanjing2026;

    /// <summary>The default rule profile, which follows from the layout (docs/rule-contracts.md "Profiles"); written for readers, ignored on read.</summary>
    public string? Profile { get; set; }

    public TableKind Kind { get; set; }

    public bool IsPartial { get; set; }

    public bool HasHeader { get; set; } = true;

    public string? Title { get; set; }

    public int? Line { get; set; }

    public string? Department { get; set; }

    public string? ImplementingUnit { get; set; }

    public string? ProjectType { get; set; }

    public string? ProjectLevel { get; set; }

    public string? StartTime { get; set; }

    public string? EndTime { get; set; }

    public ContactInfo? Contact { get; set; }

    public string? Necessity { get; set; }

    public string? Feasibility { get; set; }

    public string? Content { get; set; }

    public string? LongTermGoal { get; set; }

    public string? AnnualGoal { get; set; }

    public ValueList<HeaderField> OtherFields { get; set; } = ValueList<HeaderField>.Empty;

    public decimal? FundingTotal { get; set; }

    public string? FundingTotalText { get; set; }

    public int? FundingTotalLine { get; set; }

    public string FundingUnit { get; set; } = "万元";

    public ValueList<ExpenditureJson> Expenditures { get; set; } = ValueList<ExpenditureJson>.Empty;

    public ValueList<FundingSource> FundingSources { get; set; } = ValueList<FundingSource>.Empty;

    public ValueList<Indicator> Indicators { get; set; } = ValueList<Indicator>.Empty;

    public ValueList<SectionWeight> SectionWeights { get; set; } = ValueList<SectionWeight>.Empty;

    public PublishedEvaluation? Published { get; set; }

    public ValueList<Finding> ImportFindings { get; set; } = ValueList<Finding>.Empty;

    public ValueList<UnplacedLine> UnplacedLines { get; set; } = ValueList<UnplacedLine>.Empty;

    public ValueList<UnplacedLine> Placeholders { get; set; } = ValueList<UnplacedLine>.Empty;

    public static TableJson From(PerformanceTable t) => new()
    {
        Name = t.Name,
        Year = t.Year,
        Source = t.Source,
        Layout = t.Layout,
        Profile = TableLayouts.DefaultProfile(t.Layout),
        Kind = t.Kind,
        IsPartial = t.IsPartial,
        HasHeader = t.HasHeader,
        Title = t.Title,
        Line = t.Line,
        Department = t.Department,
        ImplementingUnit = t.ImplementingUnit,
        ProjectType = t.ProjectType,
        ProjectLevel = t.ProjectLevel,
        StartTime = t.StartTime,
        EndTime = t.EndTime,
        Contact = t.Contact,
        Necessity = t.Necessity,
        Feasibility = t.Feasibility,
        Content = t.Content,
        LongTermGoal = t.LongTermGoal,
        AnnualGoal = t.AnnualGoal,
        OtherFields = t.OtherFields,
        FundingTotal = t.Funding.Total,
        FundingTotalText = t.Funding.TotalText,
        FundingTotalLine = t.Funding.TotalLine,
        FundingUnit = t.Funding.Unit,
        Expenditures = t.Funding.Expenditures.Select(ExpenditureJson.From).ToValueList(),
        FundingSources = t.Funding.Sources,
        Indicators = t.Indicators,
        SectionWeights = t.SectionWeights,
        Published = t.Published,
        ImportFindings = t.ImportFindings,
        UnplacedLines = t.UnplacedLines,
        Placeholders = t.Placeholders,
    };

    public PerformanceTable ToModel() => new(Name ?? string.Empty)
    {
        Year = Year,
        Source = Source,
        Layout = Layout ?? TableLayouts.Nanjing2026,
        Kind = Kind,
        IsPartial = IsPartial,
        HasHeader = HasHeader,
        Title = Title,
        Line = Line,
        Department = Department,
        ImplementingUnit = ImplementingUnit,
        ProjectType = ProjectType,
        ProjectLevel = ProjectLevel,
        StartTime = StartTime,
        EndTime = EndTime,
        Contact = Contact,
        Necessity = Necessity,
        Feasibility = Feasibility,
        Content = Content,
        LongTermGoal = LongTermGoal,
        AnnualGoal = AnnualGoal,
        OtherFields = OtherFields ?? ValueList<HeaderField>.Empty,
        Funding = new Funding
        {
            Total = FundingTotal,
            TotalText = FundingTotalText,
            TotalLine = FundingTotalLine,
            Unit = FundingUnit ?? "万元",
            Expenditures = (Expenditures ?? ValueList<ExpenditureJson>.Empty).Select(e => e.ToModel()).ToValueList(),
            Sources = FundingSources ?? ValueList<FundingSource>.Empty,
        },
        Indicators = Indicators ?? ValueList<Indicator>.Empty,
        SectionWeights = SectionWeights ?? ValueList<SectionWeight>.Empty,
        Published = Published,
        ImportFindings = ImportFindings ?? ValueList<Finding>.Empty,
        UnplacedLines = UnplacedLines ?? ValueList<UnplacedLine>.Empty,
        Placeholders = Placeholders ?? ValueList<UnplacedLine>.Empty,
    };
}

/// <summary>One 支出 line in JSON: amounts are numbers or null, 序时进度 is a flag beside the number.</summary>
internal sealed class ExpenditureJson
{
    public string Name { get; set; } = string.Empty;

    public decimal? HalfYear { get; set; }

    public decimal? FullYear { get; set; }

    public bool HalfYearOnSchedule { get; set; }

    public bool FullYearOnSchedule { get; set; }

    public int? Line { get; set; }

    public static ExpenditureJson From(Expenditure e) => new()
    {
        Name = e.Name,
        HalfYear = e.HalfYear.Value,
        FullYear = e.FullYear.Value,
        HalfYearOnSchedule = e.HalfYear.OnSchedule,
        FullYearOnSchedule = e.FullYear.OnSchedule,
        Line = e.Line,
    };

    public Expenditure ToModel() =>
        new(Name ?? string.Empty, Amount(HalfYear, HalfYearOnSchedule), Amount(FullYear, FullYearOnSchedule)) { Line = Line };

    private static Amount Amount(decimal? value, bool onSchedule) =>
        value is null && !onSchedule ? Tables.Amount.Missing : new Amount(value, onSchedule);
}

/// <summary>The document every command prints: <c>{"schemaVersion":1,"tables":[…],"fileFindings":[…]}</c>.</summary>
internal sealed class TableDocumentJson
{
    public int SchemaVersion { get; set; } = PerfRulesJson.SchemaVersion;

    public ValueList<TableJson> Tables { get; set; } = ValueList<TableJson>.Empty;

    public ValueList<SourceFindingJson> FileFindings { get; set; } = ValueList<SourceFindingJson>.Empty;
}

/// <summary>A finding about an input file as a whole (I09 encoding, I10 unreadable), with the file it is about.</summary>
internal sealed class SourceFindingJson
{
    public string? Source { get; set; }

    public string RuleId { get; set; } = string.Empty;

    public Severity Severity { get; set; }

    public string Message { get; set; } = string.Empty;

    public FindingLocation Location { get; set; } = FindingLocation.Table;

    public ValueList<FindingArgument> Arguments { get; set; } = ValueList<FindingArgument>.Empty;
}
