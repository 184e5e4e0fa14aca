namespace PerfRules.Rules.Scoring;

/// <summary>
/// The stable ids of the E (evaluation) rules (docs/scoring.md), raised by <see cref="Scorer"/>. They are computed
/// in C# during scoring rather than as RulesEngine workflows: each needs the whole table's computed state
/// (which column is due, redistributed weights, the recomputed score), not a predicate over one row.
/// </summary>
public static class EvaluationRuleIds
{
    /// <summary>E01 error: an actual value (or 执行数) missing for an indicator due at the as-of date.</summary>
    public const string ActualMissing = "E01";

    /// <summary>E02 error: an actual value not comparable with its target (case, kind or unit); also an actual that matches no indicator.</summary>
    public const string NotComparable = "E02";

    /// <summary>E03 warning: target not met and no 偏差原因 (deviation reason) given.</summary>
    public const string NoDeviationReason = "E03";

    /// <summary>E04 info: actual ≥ 120% of a ≥ target (the target was probably set too low).</summary>
    public const string FarAboveTarget = "E04";

    /// <summary>E05 warning: full-year 预算执行率 below 100%.</summary>
    public const string ExecutionBelowFull = "E05";

    /// <summary>E06 warning: a published score or 执行率 differs from the recomputed one (more than 0.5 points / 0.1 percentage point).</summary>
    public const string PublishedScoreDiffers = "E06";

    /// <summary>E07 error: published weights or scores do not add up to their stated totals.</summary>
    public const string PublishedTotalsInconsistent = "E07";
}
