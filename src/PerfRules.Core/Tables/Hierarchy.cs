using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PerfRules.Tables;

/// <summary>
/// The indicator hierarchy 一级 → 二级 (docs/domain.md; 决策/过程 from the 指标体系框架 and 产出/效益/满意度 from the 自评表 attached to
/// 财预〔2020〕10号; 成本 from 财预〔2021〕101号; see docs/regulations.md): canonical 一级 names, the 二级 → 一级 map, and label clean-up (spaces inside labels,
/// old names, score suffixes). Used by the reader to repair labels (I02) and by rules S03/S04.
/// </summary>
/// <remarks>
/// <para>Canonical 一级 names are 决策, 过程, 产出, 效益, 满意度, 成本 (without 指标). A label is
/// recognised with or without 指标, with spaces anywhere (<c>项目完成 指标</c>), and under the old names
/// 项目完成指标 → 产出, 项目效益指标 → 效益. Score suffixes (<c>产出指标(50分)</c>, <c>成本指标(0-20)分</c>) are not
/// stripped implicitly: call <see cref="TryStripScore"/> first and keep the weight.</para>
/// <para>Canonical 二级 names: 项目立项, 绩效目标, 资金投入 (决策); 资金管理, 组织实施 (过程); 数量指标,
/// 质量指标, 时效指标, 成本指标 (产出); 经济效益指标, 社会效益指标, 生态效益指标, 可持续影响指标 (效益);
/// 满意度指标, 服务对象满意度指标 (满意度); 经济成本指标, 社会成本指标, 生态环境成本指标 (成本). The 效益/满意度/
/// 成本/产出 ones are recognised without 指标 too (社会效益, 服务对象满意度, 数量). 成本指标 and 满意度指标 are
/// both a 一级 and a 二级 label.</para>
/// </remarks>
public static class Hierarchy
{
    /// <summary>决策 (decision).</summary>
    public const string Decision = "决策";

    /// <summary>过程 (process).</summary>
    public const string Process = "过程";

    /// <summary>产出 (output).</summary>
    public const string Output = "产出";

    /// <summary>效益 (effect).</summary>
    public const string Effect = "效益";

    /// <summary>满意度 (satisfaction).</summary>
    public const string Satisfaction = "满意度";

    /// <summary>成本 (cost; a 一级 in 财预〔2021〕101号, guidance for central units).</summary>
    public const string Cost = "成本";

    private static readonly string[] Level1 = { Decision, Process, Output, Effect, Satisfaction, Cost };

    private static readonly Dictionary<string, string> Level1Aliases = new(StringComparer.Ordinal)
    {
        ["决策"] = Decision, ["决策指标"] = Decision,
        ["过程"] = Process, ["过程指标"] = Process,
        ["产出"] = Output, ["产出指标"] = Output, ["项目完成指标"] = Output, ["项目完成"] = Output,
        ["效益"] = Effect, ["效益指标"] = Effect, ["项目效益指标"] = Effect, ["项目效益"] = Effect,
        ["满意度"] = Satisfaction, ["满意度指标"] = Satisfaction,
        ["成本"] = Cost, ["成本指标"] = Cost,
    };

    private static readonly Dictionary<string, string> Level2Parent = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> Level2Aliases = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string[]> Children = new(StringComparer.Ordinal);

    static Hierarchy()
    {
        AddLevel2(Decision, "项目立项", "绩效目标", "资金投入");
        AddLevel2(Process, "资金管理", "组织实施");
        AddLevel2(Output, "数量指标", "质量指标", "时效指标", "成本指标");
        AddLevel2(Effect, "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标");
        AddLevel2(Satisfaction, "满意度指标", "服务对象满意度指标");
        AddLevel2(Cost, "经济成本指标", "社会成本指标", "生态环境成本指标");
    }

    /// <summary>The canonical 一级 names in template order: 决策, 过程, 产出, 效益, 满意度, 成本.</summary>
    public static IReadOnlyList<string> Level1Names => Level1;

    /// <summary>The canonical 二级 names under a 一级 label (any spelling <see cref="CanonicalLevel1"/> accepts); empty when unknown.</summary>
    public static IReadOnlyList<string> Level2Names(string? level1) =>
        CanonicalLevel1(level1) is { } l1 && Children.TryGetValue(l1, out var names) ? names : Array.Empty<string>();

    /// <summary>
    /// The canonical 一级 name of a label: <c>产出指标</c> → 产出, <c>项目完成 指标</c> → 产出, <c>项目效益指标</c> → 效益,
    /// <c>满意度指标</c> → 满意度; null when the label is not a 一级 name. Strip a score suffix first (<see cref="TryStripScore"/>).
    /// </summary>
    public static string? CanonicalLevel1(string? label)
    {
        var key = Squeeze(label);
        return key is not null && Level1Aliases.TryGetValue(key, out var name) ? name : null;
    }

    /// <summary>
    /// The canonical 二级 name of a label: <c>社会效益</c> → 社会效益指标, <c>服务对象 满意度</c> → 服务对象满意度指标,
    /// <c>项目立项</c> → 项目立项; null when the label is not a 二级 name.
    /// </summary>
    public static string? CanonicalLevel2(string? label)
    {
        var key = Squeeze(label);
        return key is not null && Level2Aliases.TryGetValue(key, out var name) ? name : null;
    }

    /// <summary>True when <paramref name="label"/> names a 一级 indicator (rule S03).</summary>
    public static bool IsLevel1(string? label) => CanonicalLevel1(label) is not null;

    /// <summary>True when <paramref name="label"/> names a 二级 indicator.</summary>
    public static bool IsLevel2(string? label) => CanonicalLevel2(label) is not null;

    /// <summary>The canonical 一级 a 二级 label belongs to (<c>经济效益指标</c> → 效益, <c>成本指标</c> → 产出, <c>社会成本指标</c> → 成本); null when unknown.</summary>
    public static string? ParentOf(string? level2) =>
        CanonicalLevel2(level2) is { } l2 && Level2Parent.TryGetValue(l2, out var parent) ? parent : null;

    /// <summary>True when the 二级 label belongs to the 一级 label (rule S04); false when either is unknown.</summary>
    public static bool BelongsTo(string? level1, string? level2) =>
        CanonicalLevel1(level1) is { } l1 && string.Equals(ParentOf(level2), l1, StringComparison.Ordinal);

    /// <summary>True when two labels name the same 一级 (效益 and 效益指标, 项目完成指标 and 产出); false when either is not a 一级 name.</summary>
    public static bool SameLevel1(string? first, string? second) =>
        CanonicalLevel1(first) is { } a && string.Equals(a, CanonicalLevel1(second), StringComparison.Ordinal);

    /// <summary>
    /// Splits a score suffix off a section label: <c>产出指标(50分)</c> → <c>产出指标</c>, 50–50;
    /// <c>成本指标(0-20)分</c> → <c>成本指标</c>, 0–20; <c>产出指标 (40-50)分</c>, <c>满意度指标（10分）</c>,
    /// <c>(50分)</c> → empty label, 50–50. Full- and half-width brackets, <c>-</c> <c>—</c> <c>~</c> <c>～</c> ranges.
    /// </summary>
    /// <param name="label">The label as written.</param>
    /// <param name="name">The label without the suffix, trimmed (may be empty when only the score survived).</param>
    /// <param name="minScore">The lower bound of the score (equal to <paramref name="maxScore"/> for a single score).</param>
    /// <param name="maxScore">The upper bound of the score.</param>
    /// <returns>False (and <paramref name="name"/> = the trimmed label) when there is no score suffix.</returns>
    public static bool TryStripScore(string? label, out string name, out decimal minScore, out decimal maxScore)
    {
        minScore = maxScore = 0m;
        name = label?.Trim() ?? string.Empty;
        if (label is null) return false;
        var text = name;
        var end = text.Length;
        var closedWithFen = false;
        if (end > 0 && text[end - 1] == '分')
        {
            closedWithFen = true;
            end--;
        }

        if (end == 0 || (text[end - 1] != ')' && text[end - 1] != '）')) return false;
        var open = text.LastIndexOfAny(new[] { '(', '（' }, end - 1);
        if (open < 0) return false;
        var inner = text.Substring(open + 1, end - open - 2).Trim();
        if (inner.EndsWith("分", StringComparison.Ordinal))
        {
            if (closedWithFen) return false;
            inner = inner.Substring(0, inner.Length - 1).Trim();
        }
        else if (!closedWithFen)
        {
            return false;
        }

        var dash = inner.IndexOfAny(new[] { '-', '—', '~', '～', '－', '至' });
        if (dash > 0)
        {
            if (!TryNumber(inner.Substring(0, dash), out minScore) || !TryNumber(inner.Substring(dash + 1), out maxScore)) return false;
        }
        else
        {
            if (!TryNumber(inner, out maxScore)) return false;
            minScore = maxScore;
        }

        name = text.Substring(0, open).Trim();
        return true;
    }

    private static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    /// <summary>Removes all whitespace (PDF extraction splits labels: 项目完成 指标) and folds full-width brackets.</summary>
    private static string? Squeeze(string? label)
    {
        if (label is null) return null;
        var needs = false;
        foreach (var c in label)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                needs = true;
                break;
            }
        }

        if (!needs) return label;
        var sb = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            if (!char.IsWhiteSpace(c) && c != '\u200B' && c != '\uFEFF') sb.Append(c);
        }

        return sb.ToString();
    }

    private static void AddLevel2(string parent, params string[] names)
    {
        Children[parent] = names;
        foreach (var name in names)
        {
            Level2Parent[name] = parent;
            Level2Aliases[name] = name;
            if (name.EndsWith("指标", StringComparison.Ordinal)) Level2Aliases[name.Substring(0, name.Length - 2)] = name;
        }
    }
}
