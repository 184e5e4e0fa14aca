namespace PerfRules.Rules.Scoring;

/// <summary>The 预算执行率 (budget execution) part of a score card.</summary>
public sealed record ExecutionScore
{
    /// <summary>The amount execution is measured against: the full-year budget at year end, the half-year plan at mid-year; null when unknown.</summary>
    public decimal? Budget { get; init; }

    /// <summary>执行数 (executed), or null when not reported.</summary>
    public decimal? Executed { get; init; }

    /// <summary>Executed / budget (a fraction, 0.9667 for 96.67%), unclamped; null when either is unknown or the budget is 0.</summary>
    public decimal? Rate { get; init; }

    /// <summary>The weight after redistribution.</summary>
    public decimal Weight { get; init; }

    /// <summary>Weight × min(1, rate); 0 when the rate is unknown.</summary>
    public decimal Score { get; init; }
}
