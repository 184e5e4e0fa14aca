namespace PerfRules.Rules.Scoring;

/// <summary>Which target column a self-evaluation judges, from the as-of date.</summary>
public enum EvaluationPoint
{
    /// <summary>年中 (as-of on or before 30 June of the budget year): the 半年(程)指标值 and the half-year plan.</summary>
    HalfYear,

    /// <summary>年末 (as-of after 30 June): the 全年(程)指标值 and the full-year budget.</summary>
    FullYear,
}
