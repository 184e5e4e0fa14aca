using System;
using PerfRules.Values;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// The one place scoring asks the value model how two values line up: numbers in the target's unit,
/// and whether two qualitative words sit on the same scale. Units must agree (or convert) — a
/// comparison across 台 and 家 would be a guess, so it is refused.
/// </summary>
internal static class ValueAlignment
{
    /// <summary>
    /// Both magnitudes in the target's unit (万/亿 multipliers applied); false when the units differ.
    /// A bare actual in a table with a 度量单位 column takes that column's unit: the column is the row's
    /// unit for 指标值 and 完成值 alike, so this is the layout's statement, not a guess.
    /// </summary>
    public static bool TryAlign(NumericValue target, NumericValue actual, out decimal targetNumber, out decimal actualNumber)
    {
        targetNumber = target.ScaledNumber;
        var actualUnit = actual.Unit is null && target.UnitSource == UnitSource.UnitColumn ? target.Unit : actual.Unit;
        return TryToUnit(actual.ScaledNumber, actualUnit, target.Unit, out actualNumber);
    }

    /// <summary>Converts a number from one unit to another; false when they are not the same unit.</summary>
    public static bool TryToUnit(decimal value, string? from, string? to, out decimal result)
    {
        // 万元 ↔ 元, ‰ ↔ %, 日 = 天; a unit against no unit, or 台 against 家, does not convert.
        return Units.TryConvert(value, from, to, out result);
    }

    /// <summary>True when the two words are ranked on the same scale (same kind; for criteria, the same criterion).</summary>
    public static bool SameScale(QualitativeValue target, QualitativeValue actual) =>
        target.QualitativeKind == actual.QualitativeKind &&
        (target.QualitativeKind != QualitativeKind.Criterion || string.Equals(Vocabulary.CriterionOf(target) ?? target.Word, Vocabulary.CriterionOf(actual) ?? actual.Word, StringComparison.Ordinal));

    /// <summary>An explicit not-met word (未完成, 未达成, 不合规 …): scores 0 whatever its rank distance.</summary>
    public static bool IsNotMetWord(QualitativeValue value) => Vocabulary.IsNotMet(value);

    /// <summary>是 / 否 / 有 / 无.</summary>
    public static bool IsYesNo(QualitativeValue value) => Vocabulary.IsYesNoAnswer(value);

    /// <summary>是 / 有.</summary>
    public static bool IsAffirmative(QualitativeValue value) => Vocabulary.IsAffirmative(value);

    /// <summary>A falling trend word (下降, 减少): the direction a ≤-type indicator wants.</summary>
    public static bool IsFalling(QualitativeValue value) => Vocabulary.IsFalling(value);
}
