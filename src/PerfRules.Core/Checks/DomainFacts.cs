using System;
using System.Collections.Generic;
using PerfRules.Values;

namespace PerfRules.Checks;

/// <summary>
/// The one place the catalogue checks ask the domain vocabulary (hierarchy, X性 criterion words,
/// units). Everything here delegates to the shared vocabulary of Values/ and Tables/ so the checks,
/// the parser and the analyzer agree on one list of words.
/// </summary>
internal static class DomainFacts
{
    // 财预〔2020〕10号 附件1 指标体系 + 财预〔2021〕101号 成本指标 (domain.md "Indicator hierarchy").
    private static readonly Dictionary<string, string[]> Level2ByLevel1 = new(StringComparer.Ordinal)
    {
        ["决策"] = new[] { "项目立项", "绩效目标", "资金投入" },
        ["过程"] = new[] { "资金管理", "组织实施" },
        ["产出"] = new[] { "数量", "质量", "时效", "成本" },
        ["效益"] = new[] { "经济效益", "社会效益", "生态效益", "可持续影响" },
        ["满意度"] = new[] { "满意度", "服务对象满意度" },
        ["成本"] = new[] { "经济成本", "社会成本", "生态环境成本" },
    };

    private static readonly string[] CriterionWords =
    {
        "充分", "规范", "合理", "明确", "科学", "合规", "健全", "有效", "及时", "准确", "完整", "公开",
    };

    /// <summary>The 11 standard 决策/过程 三级 indicators of the Nanjing template, in template order, with their expected value.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> StandardIndicators { get; } = new[]
    {
        new KeyValuePair<string, string>("立项依据充分性", "充分"),
        new KeyValuePair<string, string>("立项程序规范性", "规范"),
        new KeyValuePair<string, string>("绩效目标合理性", "合理"),
        new KeyValuePair<string, string>("绩效指标明确性", "明确"),
        new KeyValuePair<string, string>("预算编制科学性", "科学"),
        new KeyValuePair<string, string>("资金分配合理性", "合理"),
        new KeyValuePair<string, string>("资金到位率", "100%"),
        new KeyValuePair<string, string>("预算执行率", "100%"),
        new KeyValuePair<string, string>("资金使用合规性", "合规"),
        new KeyValuePair<string, string>("管理制度健全性", "健全"),
        new KeyValuePair<string, string>("制度执行有效性", "有效"),
    };

    /// <summary>True when <paramref name="indicatorName"/> is one of the 11 standard 决策/过程 indicators.</summary>
    public static bool IsStandardIndicator(string? indicatorName)
    {
        var n = CheckText.Normalize(indicatorName);
        foreach (var s in StandardIndicators)
        {
            if (string.Equals(s.Key, n, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>The canonical 一级 (决策 … 成本) of a label, or null when it is none of them.</summary>
    public static string? CanonicalLevel1(string? label)
    {
        var key = StripZhibiao(CheckText.Normalize(label));
        return Level2ByLevel1.ContainsKey(key) ? key : null;
    }

    /// <summary>The canonical 二级 of <paramref name="level2"/> under <paramref name="level1"/>, or null when it does not belong.</summary>
    public static string? CanonicalLevel2(string? level1, string? level2)
    {
        var l1 = CanonicalLevel1(level1);
        if (l1 is null) return null;
        var key = StripZhibiao(CheckText.Normalize(level2));
        foreach (var allowed in Level2ByLevel1[l1])
        {
            if (string.Equals(allowed, key, StringComparison.Ordinal)) return allowed;
        }

        return null;
    }

    /// <summary>The 二级 names allowed under a canonical 一级.</summary>
    public static IReadOnlyList<string> AllowedLevel2(string canonicalLevel1) =>
        Level2ByLevel1.TryGetValue(canonicalLevel1, out var list) ? list : Array.Empty<string>();

    /// <summary>The six canonical 一级 names in template order.</summary>
    public static IReadOnlyList<string> Level1Names { get; } = new[] { "决策", "过程", "产出", "效益", "满意度", "成本" };

    /// <summary>
    /// The criterion word an X性 indicator expects (立项依据充分性 → 充分), or null when the name is
    /// not an X性 name with a known criterion.
    /// </summary>
    public static string? CriterionWordFor(string? indicatorName)
    {
        var name = CheckText.WithoutBracket(indicatorName);
        if (!name.EndsWith("性", StringComparison.Ordinal)) return null;
        var stem = name.Substring(0, name.Length - 1);
        foreach (var word in CriterionWords)
        {
            if (stem.EndsWith(word, StringComparison.Ordinal)) return word;
        }

        return null;
    }

    /// <summary>The unit in its canonical spelling (<c>百分比</c> → <c>%</c>), or null.</summary>
    public static string? CanonicalUnit(string? unit)
    {
        if (unit is null) return null;
        var u = CheckText.Normalize(unit);
        if (u.Length == 0) return null;
        return u switch
        {
            "百分比" or "％" => "%",
            "日" => "天",
            _ => u,
        };
    }

    /// <summary>Whether two units measure the same thing (equal, or both money: 元/万元/亿元).</summary>
    public static bool UnitsCompatible(string? a, string? b)
    {
        var ua = CanonicalUnit(a);
        var ub = CanonicalUnit(b);
        if (ua is null || ub is null) return false;
        if (string.Equals(ua, ub, StringComparison.Ordinal)) return true;
        return MoneyFactor(ua) is not null && MoneyFactor(ub) is not null;
    }

    /// <summary>
    /// Compares the magnitudes of two numeric values after 万/亿 and money-unit normalisation;
    /// false when their units are not compatible.
    /// </summary>
    public static bool TryCompareMagnitude(NumericValue a, NumericValue b, out int comparison)
    {
        comparison = 0;
        var ua = CanonicalUnit(a.Unit);
        var ub = CanonicalUnit(b.Unit);
        if (ua is null || ub is null || !UnitsCompatible(ua, ub)) return false;
        var fa = MoneyFactor(ua) ?? 1m;
        var fb = MoneyFactor(ub) ?? 1m;
        comparison = (a.ScaledNumber * fa).CompareTo(b.ScaledNumber * fb);
        return true;
    }

    /// <summary>The value of one unit of money in 元, or null when <paramref name="unit"/> is not money.</summary>
    public static decimal? MoneyFactor(string? unit) => CanonicalUnit(unit) switch
    {
        "元" => 1m,
        "万元" => 10_000m,
        "亿元" => 100_000_000m,
        _ => null,
    };

    private static string StripZhibiao(string label) =>
        label.EndsWith("指标", StringComparison.Ordinal) && label.Length > 2 ? label.Substring(0, label.Length - 2) : label;
}
