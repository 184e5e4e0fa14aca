using System;

namespace PerfRules.Values;

/// <summary>Judges an actual value against a target (docs/values.md "Comparing a target with an actual") and orders two quantities (rule C01).</summary>
/// <remarks>
/// <para>Two values are comparable only when their cases, kinds and units agree; otherwise the answer is
/// <see cref="Attainment.NotComparable"/>, never a guess. Units agree when <see cref="Units.AreCompatible"/>
/// says so (2.5亿元 and 25000万元 compare equal after conversion; 台 and 家 do not compare; a number with a
/// unit and one without do not compare either).</para>
/// <para>Numeric targets: AtLeast: actual ≥ target; AtMost: actual ≤ target; GreaterThan/LessThan strict;
/// Exactly: the actual, rounded (half away from zero) to the decimals the target was written with, equals
/// it (<c>=10台</c> is met by 9.5台 and 10.4台, not by 10.5台); Unspecified (a bare <c>100%</c>) is judged as
/// AtLeast. The actual's own operator is ignored. Range targets: the actual lies within the bounds (an actual
/// range: entirely inside is met, entirely outside not met, straddling a bound not comparable).</para>
/// <para>Qualitative targets: same kind (and for Criterion the same criterion, <see cref="Vocabulary.CriterionOf"/>);
/// met when the actual ranks at least as well (rank ≤ target rank). Completion: 是/有 count as met, 否/无 as
/// not met. Yes/no targets (是 否 有 无) are met only by the same answer (an affirmative target also by a
/// met Completion word). A falling Trend target (下降, 减少) is met only by a falling actual, and a rising or
/// flat target never by one.</para>
/// <para>Date targets (a point, a deadline or a period): met when the actual date (a period's end) is not
/// later than the target's latest date; a missing day counts as the month's last day, a missing month as
/// December; years are compared only when both are written.</para>
/// <para>OnSchedule targets: met when the actual numeric value reaches <c>onScheduleShare ×</c> the full-year
/// target (an AtLeast, Exactly, GreaterThan or Unspecified numeric value, or else the 序时进度 amount);
/// without a share, or against ≤ targets, not comparable.</para>
/// <para>Empty and FreeText targets are not comparable (FreeText needs a judgement, docs/scoring.md).</para>
/// </remarks>
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
    {
        if (target is null) throw new ArgumentNullException(nameof(target));
        if (actual is null) throw new ArgumentNullException(nameof(actual));
        try
        {
            return target switch
            {
                NumericValue t => actual is NumericValue a ? MeetsNumeric(t, a) : Attainment.NotComparable,
                RangeValue r => actual switch
                {
                    NumericValue a => MeetsRange(r, a),
                    RangeValue a => MeetsRange(r, a),
                    _ => Attainment.NotComparable,
                },
                QualitativeValue q => actual is QualitativeValue a ? MeetsQualitative(q, a) : Attainment.NotComparable,
                DateValue d => actual is DateValue a ? MeetsDate(d, a) : Attainment.NotComparable,
                OnScheduleValue o => actual is NumericValue a ? MeetsOnSchedule(o, a, onScheduleShare, fullYearTarget) : Attainment.NotComparable,
                _ => Attainment.NotComparable,
            };
        }
        catch (OverflowException)
        {
            // Only hand-built values beyond decimal range get here; refusing beats guessing.
            return Attainment.NotComparable;
        }
    }

    /// <summary>
    /// Brings two intervals to one scale: both into base units, or, when that overflows decimal (an amount of
    /// 亿亿元), the one with the larger unit into the other's, so a huge amount still compares with itself and with
    /// amounts in its own unit. False when even that overflows.
    /// </summary>
    private static bool TryScale(decimal fa, decimal fb, ref decimal aLow, ref decimal aHigh, ref decimal bLow, ref decimal bHigh)
    {
        if (fa == fb) return true;
        try
        {
            (aLow, aHigh, bLow, bHigh) = (aLow * fa, aHigh * fa, bLow * fb, bHigh * fb);
            return true;
        }
        catch (OverflowException)
        {
            try
            {
                if (fa > fb) (aLow, aHigh) = (aLow * (fa / fb), aHigh * (fa / fb));
                else (bLow, bHigh) = (bLow * (fb / fa), bHigh * (fb / fa));
                return true;
            }
            catch (OverflowException)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Orders two quantities (Numeric or Range) after unit and 万/亿 normalisation, ignoring their
    /// operators: <c>2.5亿元</c> vs <c>25000万元</c> → 0; <c>=10台</c> vs <c>=8台</c> → 1. A range is an interval:
    /// it is below another value only when entirely below it, so overlapping ranges cannot be ordered.
    /// </summary>
    /// <param name="first">The first value (e.g. the half-year target).</param>
    /// <param name="second">The second value (e.g. the full-year target).</param>
    /// <param name="comparison">Negative, zero or positive as <paramref name="first"/> is below, equal to or above <paramref name="second"/>.</param>
    /// <returns>False when either value is not Numeric/Range, the units are incompatible, or two intervals overlap.</returns>
    public static bool TryCompareMagnitude(IndicatorValue first, IndicatorValue second, out int comparison)
    {
        comparison = 0;
        if (!TryInterval(first, out var aLow, out var aHigh, out var aUnit) || !TryInterval(second, out var bLow, out var bHigh, out var bUnit)) return false;
        if (!Units.AreCompatible(aUnit, bUnit)) return false;
        Units.GetBase(aUnit, out _, out var fa);
        Units.GetBase(bUnit, out _, out var fb);
        if (!TryScale(fa, fb, ref aLow, ref aHigh, ref bLow, ref bHigh)) return false;

        if (aHigh < bLow)
        {
            comparison = -1;
            return true;
        }

        if (aLow > bHigh)
        {
            comparison = 1;
            return true;
        }

        if (aLow == aHigh && bLow == bHigh && aLow == bLow) return true;
        return false;
    }

    /// <summary>
    /// True when two values can be compared at all (docs/values.md: their cases, kinds and units agree): two
    /// quantities (Numeric/Range) with compatible units, two Qualitative words of the same kind (and, for
    /// Criterion words, the same criterion), or two dates. OnSchedule, Empty and FreeText are comparable with nothing.
    /// </summary>
    public static bool AreComparable(IndicatorValue first, IndicatorValue second)
    {
        switch (first)
        {
            case NumericValue or RangeValue when second is NumericValue or RangeValue:
                return Units.AreCompatible(UnitOf(first), UnitOf(second));
            case QualitativeValue a when second is QualitativeValue b:
                return a.QualitativeKind == b.QualitativeKind &&
                    (a.QualitativeKind != QualitativeKind.Criterion || string.Equals(Vocabulary.CriterionOf(a), Vocabulary.CriterionOf(b), StringComparison.Ordinal));
            case DateValue when second is DateValue:
                return true;
            default:
                return false;
        }
    }

    /// <summary>True for opposite directions (≥ or &gt; against ≤ or &lt;), the operator half of rule C02.</summary>
    public static bool AreOpposite(Comparison first, Comparison second) =>
        (IsLower(first) && IsUpper(second)) || (IsUpper(first) && IsLower(second));

    private static bool IsLower(Comparison c) => c is Comparison.AtLeast or Comparison.GreaterThan;

    private static bool IsUpper(Comparison c) => c is Comparison.AtMost or Comparison.LessThan;

    private static string? UnitOf(IndicatorValue value) => value switch
    {
        NumericValue n => n.Unit,
        RangeValue r => r.Unit,
        _ => null,
    };

    private static bool TryInterval(IndicatorValue value, out decimal low, out decimal high, out string? unit)
    {
        switch (value)
        {
            case NumericValue n:
                try
                {
                    low = high = n.ScaledNumber;
                }
                catch (OverflowException)
                {
                    break;
                }

                unit = n.Unit;
                return true;
            case RangeValue r:
                low = Math.Min(r.Low, r.High);
                high = Math.Max(r.Low, r.High);
                unit = r.Unit;
                return true;
        }

        low = high = 0m;
        unit = null;
        return false;
    }

    private static Attainment MeetsNumeric(NumericValue target, NumericValue actual)
    {
        if (!Units.AreCompatible(target.Unit, actual.Unit)) return Attainment.NotComparable;
        Units.GetBase(target.Unit, out _, out var targetUnitFactor);
        Units.GetBase(actual.Unit, out _, out var actualUnitFactor);
        var targetFactor = target.Magnitude.Factor() * targetUnitFactor;
        var actualBase = actual.ScaledNumber * actualUnitFactor;
        if (target.Comparison == Comparison.Exactly)
        {
            var inTargetUnits = actualBase / targetFactor;
            var rounded = Math.Round(inTargetUnits, Scale(target.Number), MidpointRounding.AwayFromZero);
            return Verdict(rounded == target.Number);
        }

        var targetBase = target.Number * targetFactor;
        return target.Comparison switch
        {
            Comparison.AtMost => Verdict(actualBase <= targetBase),
            Comparison.GreaterThan => Verdict(actualBase > targetBase),
            Comparison.LessThan => Verdict(actualBase < targetBase),
            _ => Verdict(actualBase >= targetBase),
        };
    }

    private static Attainment MeetsRange(RangeValue target, NumericValue actual)
    {
        if (!Units.AreCompatible(target.Unit, actual.Unit)) return Attainment.NotComparable;
        Units.GetBase(target.Unit, out _, out var targetFactor);
        Units.GetBase(actual.Unit, out _, out var actualFactor);
        var value = actual.ScaledNumber * actualFactor;
        var low = Math.Min(target.Low, target.High) * targetFactor;
        var high = Math.Max(target.Low, target.High) * targetFactor;
        return Verdict(value >= low && value <= high);
    }

    private static Attainment MeetsRange(RangeValue target, RangeValue actual)
    {
        if (!Units.AreCompatible(target.Unit, actual.Unit)) return Attainment.NotComparable;
        Units.GetBase(target.Unit, out _, out var tf);
        Units.GetBase(actual.Unit, out _, out var af);
        var tLow = Math.Min(target.Low, target.High) * tf;
        var tHigh = Math.Max(target.Low, target.High) * tf;
        var aLow = Math.Min(actual.Low, actual.High) * af;
        var aHigh = Math.Max(actual.Low, actual.High) * af;
        if (aLow >= tLow && aHigh <= tHigh) return Attainment.Met;
        if (aHigh < tLow || aLow > tHigh) return Attainment.NotMet;

        // the actual range straddles a bound: neither inside nor outside
        return Attainment.NotComparable;
    }

    private static Attainment MeetsQualitative(QualitativeValue target, QualitativeValue actual)
    {
        if (Vocabulary.IsYesNoAnswer(target))
        {
            if (Vocabulary.IsYesNoAnswer(actual)) return Verdict(Vocabulary.IsAffirmative(target) == Vocabulary.IsAffirmative(actual));
            if (Vocabulary.IsAffirmative(target) && actual.QualitativeKind == QualitativeKind.Completion) return Verdict(actual.Rank == 0);
            return Attainment.NotComparable;
        }

        if (target.QualitativeKind != actual.QualitativeKind) return Attainment.NotComparable;
        switch (target.QualitativeKind)
        {
            case QualitativeKind.Criterion:
                return string.Equals(Vocabulary.CriterionOf(target), Vocabulary.CriterionOf(actual), StringComparison.Ordinal)
                    ? Verdict(actual.Rank <= target.Rank)
                    : Attainment.NotComparable;
            case QualitativeKind.Trend:
                if (Vocabulary.IsFalling(target)) return Verdict(Vocabulary.IsFalling(actual));
                if (Vocabulary.IsFalling(actual)) return Attainment.NotMet;
                return Verdict(actual.Rank <= target.Rank);
            case QualitativeKind.Completion:
                if (Vocabulary.IsYesNoAnswer(actual)) return Verdict(Vocabulary.IsAffirmative(actual));
                return Verdict(actual.Rank <= target.Rank);
            default:
                return Verdict(actual.Rank <= target.Rank);
        }
    }

    private static Attainment MeetsDate(DateValue target, DateValue actual)
    {
        var t = target.Latest;
        var a = actual.Latest;
        if (t.Year is null != (a.Year is null) && (t.Month is null || a.Month is null)) return Attainment.NotComparable;
        if (t.Year is { } ty && a.Year is { } ay && ty != ay) return Verdict(ay < ty);
        var tm = t.Month ?? 12;
        var am = a.Month ?? 12;
        if (tm != am) return Verdict(am < tm);
        return Verdict((a.Day ?? 31) <= (t.Day ?? 31));
    }

    private static Attainment MeetsOnSchedule(OnScheduleValue target, NumericValue actual, decimal? share, IndicatorValue? fullYearTarget)
    {
        if (share is not { } s) return Attainment.NotComparable;
        NumericValue full;
        if (fullYearTarget is NumericValue f)
        {
            full = f;
        }
        else if (fullYearTarget is null && target.Amount is { } amount)
        {
            full = new NumericValue(Comparison.AtLeast, amount);
        }
        else
        {
            return Attainment.NotComparable;
        }

        if (full.Comparison is Comparison.AtMost or Comparison.LessThan) return Attainment.NotComparable;
        var expected = new NumericValue(Comparison.AtLeast, full.Number * s, full.Unit, full.UnitSource, full.Magnitude);
        return MeetsNumeric(expected, actual);
    }

    private static int Scale(decimal number) => (decimal.GetBits(number)[3] >> 16) & 0xFF;

    private static Attainment Verdict(bool met) => met ? Attainment.Met : Attainment.NotMet;
}
