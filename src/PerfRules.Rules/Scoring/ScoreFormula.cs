using System;
using PerfRules.Actuals;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// The per-indicator score formulas of docs/scoring.md (项目支出绩效自评, 财预〔2020〕10号), each returning a
/// score between 0 and the weight w for, target T and actual A. Unrounded.
/// </summary>
/// <remarks>
/// A negative target (a growth rate of −5%) has no "share" meaning; the shortfall is then measured
/// relative to |T|, which is the same formula as A/T for a positive target and keeps the score monotone.
/// </remarks>
public static class ScoreFormula
{
    /// <summary>Share of the weight for a qualitative actual one rank below its target.</summary>
    public const decimal OneRankBelow = 0.8m;

    /// <summary>Share of the weight for a qualitative actual two ranks below its target.</summary>
    public const decimal TwoRanksBelow = 0.6m;

    /// <summary>Share of the weight for a free-text target judged <see cref="Judgement.PartiallyMet"/>.</summary>
    public const decimal PartiallyMetJudgement = 0.7m;

    /// <summary>
    /// ≥ / = / &gt; (and a bare number): A ≥ T → w; else w·A/T clamped to [0, w]; T = 0 → w if A ≥ 0, else 0.
    /// In scoring, = behaves like ≥: 11台 against =10台 is met (rule E04 may note the over-achievement).
    /// </summary>
    public static decimal AtLeast(decimal weight, decimal actual, decimal target)
    {
        if (actual >= target) return weight;
        if (target == 0m) return 0m;
        return weight * Clamp(1m - ((target - actual) / Math.Abs(target)));
    }

    /// <summary>≤ / &lt;: A ≤ T → w; else w·max(0, 1 − (A−T)/T); T = 0 → w if A = 0, else 0.</summary>
    public static decimal AtMost(decimal weight, decimal actual, decimal target)
    {
        if (actual <= target) return weight;
        if (target == 0m) return 0m;
        return weight * Clamp(1m - ((actual - target) / Math.Abs(target)));
    }

    /// <summary>A range: inside [low, high] → w; below → <see cref="AtLeast"/> against low; above → <see cref="AtMost"/> against high. Bounds written the wrong way round are swapped.</summary>
    public static decimal Range(decimal weight, decimal actual, decimal low, decimal high)
    {
        if (low > high) (low, high) = (high, low);
        if (actual < low) return AtLeast(weight, actual, low);
        if (actual > high) return AtMost(weight, actual, high);
        return weight;
    }

    /// <summary>
    /// A qualitative actual <paramref name="ranksBelow"/> ranks below its target on the same scale: 0 or
    /// better → w; one → 0.8w; two → 0.6w; further → 0. An explicit not-met word (未完成, 未达成)
    /// scores 0 whatever its distance.
    /// </summary>
    public static decimal Qualitative(decimal weight, int ranksBelow, bool notMetWord = false)
    {
        if (notMetWord) return 0m;
        return ranksBelow switch
        {
            <= 0 => weight,
            1 => weight * OneRankBelow,
            2 => weight * TwoRanksBelow,
            _ => 0m,
        };
    }

    /// <summary>A free-text target judged by the evaluator: met → w; partially met → 0.7w; not met → 0.</summary>
    public static decimal Judged(decimal weight, Judgement judgement) => judgement switch
    {
        Judgement.Met => weight,
        Judgement.PartiallyMet => weight * PartiallyMetJudgement,
        Judgement.NotMet => 0m,
        _ => throw new ArgumentOutOfRangeException(nameof(judgement), judgement, null),
    };

    /// <summary>预算执行率: w·min(1, executed / budget); 0 when the budget is not positive or executed is negative.</summary>
    public static decimal Execution(decimal weight, decimal executed, decimal budget) =>
        budget <= 0m ? 0m : weight * Clamp(executed / budget);

    private static decimal Clamp(decimal share) => share < 0m ? 0m : share > 1m ? 1m : share;
}
