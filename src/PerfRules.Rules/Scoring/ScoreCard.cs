using System;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// A table's self-evaluation (自评) result: per-indicator status and score, section subtotals, the total
/// out of 100 (unrounded), its grade, notes on how weights were set, and the E findings.
/// </summary>
/// <param name="Table">The table scored.</param>
public sealed record ScoreCard(PerformanceTable Table)
{
    /// <summary>The as-of date the evaluation was made at, or null when none could be determined.</summary>
    public DateTime? AsOf { get; init; }

    /// <summary>Which column was judged.</summary>
    public EvaluationPoint Point { get; init; } = EvaluationPoint.FullYear;

    /// <summary>The project's period within the budget year (序时进度 basis), or null when the year is unknown.</summary>
    public ProjectPeriod? Period { get; init; }

    /// <summary>The 序时进度 share due at <see cref="AsOf"/>, or null.</summary>
    public decimal? ExpectedShare { get; init; }

    /// <summary>The profile whose weights were the default.</summary>
    public ScoringProfile Profile { get; init; } = ScoringProfile.National2020;

    /// <summary>预算执行率.</summary>
    public ExecutionScore Execution { get; init; } = new();

    /// <summary>Section subtotals in display order, 预算执行率 first; sections weighted 0 are omitted.</summary>
    public ValueList<SectionScore> Sections { get; init; } = ValueList<SectionScore>.Empty;

    /// <summary>Every indicator of the table in row order, with status and score.</summary>
    public ValueList<IndicatorScore> Indicators { get; init; } = ValueList<IndicatorScore>.Empty;

    /// <summary>The total, unrounded (round only to show it: <see cref="ScoreText"/>).</summary>
    public decimal Total { get; init; }

    /// <summary>The grade of the unrounded total.</summary>
    public Grade Grade => Grades.FromTotal(Total);

    /// <summary>How the score was formed: redistributed weights, unscored sections, period fallbacks (Chinese).</summary>
    public ValueList<string> Notes { get; init; } = ValueList<string>.Empty;

    /// <summary>Rules E01–E07, ordered by rule id, then row, then field.</summary>
    public ValueList<Finding> Findings { get; init; } = ValueList<Finding>.Empty;

    /// <summary>True when some finding is an error (the score is then provisional).</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>The subtotal of a section, or null when it is not scored.</summary>
    public SectionScore? SectionOf(ScoringSection section) => Sections.FirstOrDefault(s => s.Section == section);
}
