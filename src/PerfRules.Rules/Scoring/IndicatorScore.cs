using PerfRules.Actuals;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Scoring;

/// <summary>One indicator's line on a score card.</summary>
/// <param name="Indicator">The indicator row.</param>
/// <param name="Status">The outcome.</param>
public sealed record IndicatorScore(Indicator Indicator, ScoreStatus Status)
{
    /// <summary>The section it is scored in, or null (决策, 过程, unknown 一级).</summary>
    public ScoringSection? Section { get; init; }

    /// <summary>The target judged (半年 at mid-year, 全年 at year end).</summary>
    public IndicatorValue Target { get; init; } = IndicatorValue.Empty;

    /// <summary>The actual value as reported, or null.</summary>
    public string? ActualText { get; init; }

    /// <summary>The actual value parsed against the indicator's name, or null when none was reported.</summary>
    public IndicatorValue? Actual { get; init; }

    /// <summary>The weight, after redistribution (0 when not scored or not due).</summary>
    public decimal Weight { get; init; }

    /// <summary>The score, between 0 and <see cref="Weight"/>, unrounded.</summary>
    public decimal Score { get; init; }

    /// <summary>Score / weight as judged (1 met, 0 not met), independent of the weight.</summary>
    public decimal Attainment { get; init; }

    /// <summary>偏差原因 as reported, or null.</summary>
    public string? Reason { get; init; }

    /// <summary>The evaluator's judgement, when one was given.</summary>
    public Judgement? Judgement { get; init; }

    /// <summary>Why the indicator is <see cref="ScoreStatus.NotComparable"/>, <see cref="ScoreStatus.NotDue"/> or <see cref="ScoreStatus.NotScored"/>, or how it was judged; null otherwise.</summary>
    public string? Explanation { get; init; }

    /// <summary>True when a due indicator had no actual value (rule E01).</summary>
    public bool ActualMissing { get; init; }
}
