using System;

namespace PerfRules.Scoring;

/// <summary>What judging needs besides the two values: the as-of date, the budget year, the 序时进度 share.</summary>
internal sealed class JudgeContext
{
    public JudgeContext(DateTime? asOf, int? year, EvaluationPoint point, decimal? share)
    {
        AsOf = asOf;
        Year = year;
        Point = point;
        Share = share;
    }

    public DateTime? AsOf { get; }

    public int? Year { get; }

    public EvaluationPoint Point { get; }

    public decimal? Share { get; }
}
