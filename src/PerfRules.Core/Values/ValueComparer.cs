namespace PerfRules.Values;

/// <summary>Judges an actual value against a target (values.md "Comparing a target with an actual").</summary>
public static class ValueComparer
{
    /// <summary>
    /// Whether <paramref name="actual"/> meets <paramref name="target"/>. Units must agree (after 万/亿
    /// normalisation) or the result is <see cref="Attainment.NotComparable"/>, never a guess.
    /// </summary>
    /// <param name="target">The target value.</param>
    /// <param name="actual">The actual value.</param>
    /// <param name="onScheduleShare">For an <see cref="OnScheduleValue"/> target: the expected share (0–1) due at the as-of date.</param>
    /// <param name="fullYearTarget">For an <see cref="OnScheduleValue"/> target: the full-year target the share is of.</param>
    public static Attainment IsMet(IndicatorValue target, IndicatorValue actual, decimal? onScheduleShare = null, IndicatorValue? fullYearTarget = null)
        => Attainment.NotComparable;
}
