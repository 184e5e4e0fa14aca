using PerfRules.Findings;

namespace PerfRules.Tables;

/// <summary>
/// One 预算绩效目标表 (budget performance-target table) or 自评表 (self-evaluation table):
/// header fields, prose, funding, indicator rows, and what the reader repaired or could not place.
/// </summary>
/// <param name="Name">项目名称 (project name); for a 部门整体 table, the department's name.</param>
public sealed record PerformanceTable(string Name)
{
    /// <summary>The form's title line (南京市市级项目预算绩效目标表), or null.</summary>
    public string? Title { get; init; }

    /// <summary>年度 (budget year), from the <c>2026年度</c> line or the title; needed by 序时进度 and F04.</summary>
    public int? Year { get; init; }

    /// <summary>Where the table came from (file path), or null.</summary>
    public string? Source { get; init; }

    /// <summary>1-based line of the table's first line in <see cref="Source"/>, or null.</summary>
    public int? Line { get; init; }

    /// <summary>
    /// The worksheet the table was read from (sheet name, rows and their cells) when it came from a workbook, else null.
    /// Every finding on such a table names its sheet and cell (<see cref="Import.CellLocator"/>). Not written to JSON.
    /// </summary>
#if !PERFRULES_ANALYZER
    [System.Text.Json.Serialization.JsonIgnore]
#endif
    public Import.WorksheetSource? Worksheet { get; init; }

    /// <summary>
    /// True when the source says the table is cut off (a <c># PARTIAL</c> note on a transcribed page, a
    /// truncated export): rules that report something missing from the whole table (no 效益, no 满意度,
    /// a 年度目标 promise without an indicator …) do not judge it (docs/rule-contracts.md "Profiles").
    /// </summary>
    public bool IsPartial { get; init; }

    /// <summary>
    /// False when the source holds only the indicator table (a published evaluation notice that starts at its
    /// 一级指标 header): the form's header fields and 项目资金 are not part of it, so S01 does not judge them.
    /// </summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>The layout the reader recognised (<see cref="TableLayouts"/>), which selects the default rule profile.</summary>
    public string Layout { get; init; } = TableLayouts.Nanjing2026;

    /// <summary>
    /// 项目支出 (a project's table, the default) or 部门整体 (a department's overall table, which names a
    /// department instead of a project and may carry no money).
    /// </summary>
    public TableKind Kind { get; init; } = TableKind.Project;

    /// <summary>主管部门 (supervising department).</summary>
    public string? Department { get; init; }

    /// <summary>实施单位 (implementing unit).</summary>
    public string? ImplementingUnit { get; init; }

    /// <summary>项目类型 (常年安排项目 recurring / 一次性安排项目 one-off), as written.</summary>
    public string? ProjectType { get; init; }

    /// <summary>项目级次 (市本级 …).</summary>
    public string? ProjectLevel { get; init; }

    /// <summary>开始时间 as written (2026年1月, 2022年).</summary>
    public string? StartTime { get; init; }

    /// <summary>完成时间 as written (2026年12月, 长期).</summary>
    public string? EndTime { get; init; }

    /// <summary>项目负责人/联系电话, split into person and phone.</summary>
    public ContactInfo? Contact { get; init; }

    /// <summary>立项必要性 (why the project is needed), HTML stripped.</summary>
    public string? Necessity { get; init; }

    /// <summary>实施可行性 (feasibility), HTML stripped.</summary>
    public string? Feasibility { get; init; }

    /// <summary>项目实施内容 (what will be done), HTML stripped.</summary>
    public string? Content { get; init; }

    /// <summary>中长期目标 (medium/long-term goal), HTML stripped.</summary>
    public string? LongTermGoal { get; init; }

    /// <summary>年度目标 (annual goal), HTML stripped; rule C04 checks its promised numbers.</summary>
    public string? AnnualGoal { get; init; }

    /// <summary>Header fields of other layouts that have no typed property (项目类别, 归口科室 …), in source order.</summary>
    public ValueList<HeaderField> OtherFields { get; init; } = ValueList<HeaderField>.Empty;

    /// <summary>项目资金 (万元): 资金总额 and the 支出 lines.</summary>
    public Funding Funding { get; init; } = Funding.None;

    /// <summary>The indicator rows, in source order.</summary>
    public ValueList<Indicator> Indicators { get; init; } = ValueList<Indicator>.Empty;

    /// <summary>Section weights stated by the table itself (<c>产出指标(50分)</c>, 预算执行 10分), by 一级 name.</summary>
    public ValueList<SectionWeight> SectionWeights { get; init; } = ValueList<SectionWeight>.Empty;

    /// <summary>What a 自评 table publishes (executed amounts, per-indicator actuals and scores), or null.</summary>
    public PublishedEvaluation? Published { get; init; }

    /// <summary>Repairs the reader made and problems it met (I01…), in source order.</summary>
    public ValueList<Finding> ImportFindings { get; init; } = ValueList<Finding>.Empty;

    /// <summary>Lines the reader could not place, kept verbatim (each also has an I06 finding).</summary>
    public ValueList<UnplacedLine> UnplacedLines { get; init; } = ValueList<UnplacedLine>.Empty;

    /// <summary>
    /// Template rows left unfilled (<c>指标2:</c>, <c>……</c>, a 二级 label with no 三级 indicator), kept verbatim
    /// with their source line (each also has an I14 finding). They are not indicators: no target, no rule, no score.
    /// </summary>
    public ValueList<UnplacedLine> Placeholders { get; init; } = ValueList<UnplacedLine>.Empty;
}

/// <summary>What a table is about.</summary>
public enum TableKind
{
    /// <summary>项目支出绩效目标表 / 自评表: one project (项目名称, 项目资金).</summary>
    Project,

    /// <summary>部门(单位)整体绩效目标表: a department's overall targets (部门(单位)名称, 职责); no project, often no money.</summary>
    Department,
}

/// <summary>
/// Names of the layouts the reader recognises. Each selects a built-in rule profile
/// (<see cref="DefaultProfile"/>): <see cref="Nanjing2026"/> its own, every other layout <see cref="National"/>.
/// </summary>
public static class TableLayouts
{
    /// <summary>南京市市级项目预算绩效目标表 2026: half-year column, 11 决策/过程 rows.</summary>
    public const string Nanjing2026 = "nanjing-2026";

    /// <summary>
    /// 通用绩效目标表 (no half-year column) as most provinces publish it: 一级/二级/三级 and one 指标值 column,
    /// possibly with separate operator, unit, weight, direction and explanation columns; no half-year column,
    /// no 决策/过程 rows.
    /// </summary>
    public const string National = "national";

    /// <summary>
    /// A 自评 (self-evaluation) table laid out like the 项目支出绩效自评表 attached to 财预〔2020〕10号, or a provincial variant: per indicator
    /// 年度指标值 and 实际完成值 (with 分值/得分/偏差原因 where published), and the budget block 年初预算数 /
    /// 全年预算数 / 全年执行数. Checked under the <see cref="National"/> profile.
    /// </summary>
    public const string NationalSelfEvaluation = "national-self-evaluation";

    /// <summary>
    /// A flat list of indicators without 一级/二级 columns (指标 / 指标权重 / 计量单位 / 指标性质 / 指标值, 重庆).
    /// Checked under the <see cref="National"/> profile; the hierarchy rules cannot judge it.
    /// </summary>
    public const string FlatList = "flat-list";

    /// <summary>The built-in rule profile a layout selects: <see cref="Nanjing2026"/> for itself, <see cref="National"/> for any other.</summary>
    public static string DefaultProfile(string? layout) =>
        string.Equals(layout, Nanjing2026, System.StringComparison.Ordinal) ? Nanjing2026 : National;
}

/// <summary>A header field without a typed property.</summary>
/// <param name="Label">The label as written (normalised spaces).</param>
/// <param name="Value">The value as written.</param>
/// <param name="Line">1-based source line, or null.</param>
public sealed record HeaderField(string Label, string Value, int? Line = null);

/// <summary>项目负责人/联系电话 split into its parts.</summary>
/// <param name="Raw">The cell as written (李鹏86591170).</param>
/// <param name="Person">The person (李鹏), or null.</param>
/// <param name="Phone">The phone number (86591170), or null.</param>
public sealed record ContactInfo(string Raw, string? Person, string? Phone);

/// <summary>A line of the source the reader could not place, kept verbatim.</summary>
/// <param name="Line">1-based source line.</param>
/// <param name="Text">The line as read.</param>
public sealed record UnplacedLine(int Line, string Text);

/// <summary>A section (一级) weight stated by the table.</summary>
/// <param name="Section">The 一级 name as canonicalised (产出指标) or <c>预算执行率</c>.</param>
/// <param name="Weight">The weight (points).</param>
public sealed record SectionWeight(string Section, decimal Weight);
