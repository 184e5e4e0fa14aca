namespace PerfRules.Rules.Scoring;

/// <summary>The outcome of one indicator in self-evaluation. Status follows the score (docs/scoring.md).</summary>
public enum ScoreStatus
{
    /// <summary>达成: full weight.</summary>
    Met,

    /// <summary>部分达成: more than 0, less than the full weight.</summary>
    PartiallyMet,

    /// <summary>未达成: no score (also when the actual is missing, rule E01).</summary>
    NotMet,

    /// <summary>
    /// 未到期: nothing is due at the as-of date (a half-year cell left blank at mid-year, a deadline after
    /// the as-of date); not scored, its weight goes to the section's other indicators.
    /// </summary>
    NotDue,

    /// <summary>无法比较: the actual cannot be compared with the target (rule E02); it keeps its weight and scores 0.</summary>
    NotComparable,

    /// <summary>
    /// 不计分: not part of the score — 决策/过程 indicators, an unweighted 成本 section, an unknown 一级,
    /// or an empty target (whose weight goes to the section's other indicators).
    /// </summary>
    NotScored,
}
