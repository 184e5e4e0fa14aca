using System;
using System.Collections.Generic;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Checks;

/// <summary>
/// The one place the catalogue checks ask the domain vocabulary: it delegates to
/// <see cref="Hierarchy"/>, <see cref="Vocabulary"/>, <see cref="Units"/> and <see cref="ValueComparer"/>,
/// so the checks, the parser, the reader and the analyzer agree on one list of words.
/// </summary>
internal static class DomainFacts
{
    /// <summary>The canonical 一级 (决策 … 成本) of a label, or null when it is none of them.</summary>
    public static string? CanonicalLevel1(string? label) => Hierarchy.CanonicalLevel1(label);

    /// <summary>The canonical 二级 (数量指标, 项目立项 …) when it belongs to <paramref name="level1"/>, else null.</summary>
    public static string? CanonicalLevel2(string? level1, string? level2) =>
        Hierarchy.BelongsTo(level1, level2) ? Hierarchy.CanonicalLevel2(level2) : null;

    /// <summary>The canonical 二级 names allowed under a 一级 label.</summary>
    public static IReadOnlyList<string> AllowedLevel2(string? level1) => Hierarchy.Level2Names(level1);

    /// <summary>The six canonical 一级 names in template order.</summary>
    public static IReadOnlyList<string> Level1Names => Hierarchy.Level1Names;

    /// <summary>The criterion word an X性 indicator expects (立项依据充分性 → 充分), or null.</summary>
    public static string? CriterionWordFor(string? indicatorName) => Vocabulary.ExpectedCriterionWord(indicatorName);

    /// <summary>True when <paramref name="indicatorName"/> is one of the 11 standard 决策/过程 indicators.</summary>
    public static bool IsStandardIndicator(string? indicatorName)
    {
        return IsStandardNormalized(CheckText.Normalize(indicatorName));
    }

    /// <summary><see cref="IsStandardIndicator"/> of an already normalised name.</summary>
    public static bool IsStandardNormalized(string n)
    {
        foreach (var s in Vocabulary.StandardIndicators)
        {
            if (string.Equals(s.Name, n, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>
    /// The unit as compared for "same unit": aliases fold (日 → 天, 名 → 人, 百分比 → %), but units of a
    /// different size stay distinct (万元 is not 元, though convertible).
    /// </summary>
    public static string? CanonicalUnit(string? unit)
    {
        if (string.IsNullOrEmpty(unit)) return null;
        var u = CheckText.Normalize(unit);
        if (u.Length == 0) return null;
        Units.GetBase(u, out var baseUnit, out var factor);
        return factor == 1m && baseUnit is not null ? baseUnit : u;
    }

    /// <summary>Whether two written units can be converted into each other (false when either is missing).</summary>
    public static bool UnitsCompatible(string? a, string? b) =>
        !string.IsNullOrEmpty(a) && !string.IsNullOrEmpty(b) && Units.AreCompatible(CheckText.Normalize(a), CheckText.Normalize(b));

    /// <summary>Orders two numbers after 万/亿 and unit conversion; false when their units are not compatible.</summary>
    public static bool TryCompareMagnitude(NumericValue a, NumericValue b, out int comparison) =>
        ValueComparer.TryCompareMagnitude(a, b, out comparison);

    /// <summary>True for counts and amounts (家 场 个 台 项 人 万元 …, physical quantities): cumulative over the year.</summary>
    public static bool IsCumulativeUnit(string? unit) => Units.IsCumulative(CanonicalUnit(unit));

    /// <summary>True for %, 百分比, ‰.</summary>
    public static bool IsPercentageUnit(string? unit) => Units.IsPercentage(CanonicalUnit(unit));
}
