namespace PerfRules.Actuals;

/// <summary>
/// An evaluator's judgement (评价判断) of an indicator whose target is free text, so it cannot be
/// compared mechanically (docs/scoring.md: scored w / 0.7w / 0). Serialised as <c>met</c>,
/// <c>partiallyMet</c>, <c>notMet</c>.
/// </summary>
public enum Judgement
{
    /// <summary>达成 (met): full weight.</summary>
    Met,

    /// <summary>部分达成 (partially met): 0.7 of the weight.</summary>
    PartiallyMet,

    /// <summary>未达成 (not met): no score.</summary>
    NotMet,
}
