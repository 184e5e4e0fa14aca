using System;
using System.Collections.Generic;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Checks;

/// <summary>
/// Checks over the whole set of indicator rows (S06): targets are to cover 产出 and 效益 (中发〔2018〕34号),
/// and 产出 to state a 数量 target.
/// </summary>
internal static class IndicatorSetChecks
{
    /// <summary>True when some row's 一级 is <paramref name="level1"/> (canonical: 产出, 效益, 满意度, 成本 …).</summary>
    public static bool HasLevel1(IEnumerable<Indicator> indicators, string level1)
    {
        if (indicators is null) throw new ArgumentNullException(nameof(indicators));
        foreach (var i in indicators)
        {
            if (string.Equals(HierarchyChecks.CanonicalLevel1(i.Level1), level1, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>True when some row sits under <paramref name="level1"/>/<paramref name="level2"/> (canonical names: 产出/数量指标).</summary>
    public static bool HasLevel2(IEnumerable<Indicator> indicators, string level1, string level2)
    {
        if (indicators is null) throw new ArgumentNullException(nameof(indicators));
        foreach (var i in indicators)
        {
            if (string.Equals(HierarchyChecks.CanonicalLevel1(i.Level1), level1, StringComparison.Ordinal) &&
                string.Equals(HierarchyChecks.CanonicalLevel2(i.Level1, i.Level2), level2, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>S06: at least one 产出 indicator.</summary>
    public static bool HasOutput(IEnumerable<Indicator> indicators) => HasLevel1(indicators, "产出");

    /// <summary>S06: at least one 效益 indicator.</summary>
    public static bool HasEffect(IEnumerable<Indicator> indicators) => HasLevel1(indicators, "效益");

    /// <summary>S06: 产出 includes a 数量指标 row; not judged (true) when there is no 产出 at all (reported on its own).</summary>
    public static bool OutputHasQuantity(IEnumerable<Indicator> indicators) =>
        !HasOutput(indicators) || HasLevel2(indicators, "产出", "数量指标");

    /// <summary>True when some row is a 成本 indicator: 一级 成本 (101号) or 产出/成本指标.</summary>
    public static bool HasCost(IEnumerable<Indicator> indicators) =>
        HasLevel1(indicators, "成本") || HasLevel2(indicators, "产出", "成本指标");

    /// <summary>The 11 standard 决策/过程 indicator names of the Nanjing template, in template order (S05).</summary>
    public static IReadOnlyList<string> StandardIndicatorNames { get; } = BuildStandardNames();

    /// <summary>True when <paramref name="indicatorName"/> is one of the 11 standard 决策/过程 indicators.</summary>
    public static bool IsStandardIndicator(string? indicatorName) => DomainFacts.IsStandardIndicator(indicatorName);

    /// <summary>S05: the standard 决策/过程 indicators the table lacks, in template order.</summary>
    public static IReadOnlyList<string> MissingStandardIndicators(IEnumerable<Indicator> indicators)
    {
        if (indicators is null) throw new ArgumentNullException(nameof(indicators));
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in indicators) present.Add(CheckText.Normalize(i.Name));
        var missing = new List<string>();
        foreach (var name in StandardIndicatorNames)
        {
            if (!present.Contains(name)) missing.Add(name);
        }

        return missing;
    }

    private static string[] BuildStandardNames()
    {
        var names = new string[Vocabulary.StandardIndicators.Count];
        for (var i = 0; i < names.Length; i++) names[i] = Vocabulary.StandardIndicators[i].Name;
        return names;
    }

    /// <summary>
    /// True for a template placeholder row kept by the reader (<c>指标2:</c>, <c>……</c>) or a row without a
    /// name: not an indicator anyone set, so S10 does not count it and S11 does not call it a repeat.
    /// </summary>
    public static bool IsPlaceholderName(string? indicatorName)
    {
        var n = CheckText.Normalize(indicatorName);
        if (n.Length == 0) return true;
        var allDots = true;
        foreach (var c in n)
        {
            if (c is not ('…' or '.' or '。' or '—' or '-' or '/' or '、')) allDots = false;
        }

        if (allDots) return true;
        if (!n.StartsWith("指标", StringComparison.Ordinal)) return false;
        var i = 2;
        while (i < n.Length && n[i] >= '0' && n[i] <= '9') i++;
        return i > 2 && (i == n.Length || (i == n.Length - 1 && n[i] is ':' or '：'));
    }
}
