using System;
using PerfRules.Tables;

namespace PerfRules.Import.Layouts;

/// <summary>
/// Template rows that carry no indicator (the 项目支出绩效自评表 attached to 财预〔2020〕10号: <c>指标1:</c> / <c>指标2:</c> / <c>……</c>
/// under every 二级, and 二级 rows left without a 三级), and the cut-off fragment a truncated page ends with
/// (<c>生态</c>, <c>效</c>, <c>数量指</c>).
/// </summary>
internal static class TemplateRows
{
    /// <summary>True when a 三级 cell is a template placeholder: <c>指标2:</c>, <c>指标3：</c>, <c>……</c>, <c>…</c>, <c>...</c>.</summary>
    public static bool IsPlaceholderName(string name)
    {
        var t = LabelText.Normalize(name);
        if (t.Length == 0) return false;
        if (IsEllipsis(t)) return true;

        // 指标2: — the template's numbered slot with nothing after the colon.
        if (!t.StartsWith("指标", StringComparison.Ordinal)) return false;
        var i = 2;
        var digits = 0;
        while (i < t.Length && t[i] is >= '0' and <= '9')
        {
            i++;
            digits++;
        }

        if (digits == 0) return false;
        if (i < t.Length && t[i] == ':') i++;
        return i == t.Length;
    }

    /// <summary>True when a 三级 cell is a template slot marked not applicable: <c>指标1:/</c>, <c>指标1:—</c>.</summary>
    public static bool IsNotApplicableSlot(string name)
    {
        var t = LabelText.Normalize(name);
        var colon = t.IndexOf(':');
        return colon > 0 && IsPlaceholderName(t.Substring(0, colon + 1)) && BudgetBlock.IsNotApplicable(t.Substring(colon + 1));
    }

    /// <summary>
    /// True when <paramref name="label"/> is a label cut off mid-word: a proper prefix of a 一级 or 二级 name
    /// (<c>生态</c> of 生态效益指标, <c>效</c> of 效益指标, <c>数量指</c> of 数量指标) that is not itself a label.
    /// </summary>
    public static bool IsCutOffLabel(string label)
    {
        var t = LabelText.RemoveWhitespace(label);
        if (t.Length == 0 || Hierarchy.IsLevel1(t) || Hierarchy.IsLevel2(t)) return false;
        foreach (var l1 in Hierarchy.Level1Names)
        {
            if (IsProperPrefix(t, l1) || IsProperPrefix(t, l1 + "指标")) return true;
            foreach (var l2 in Hierarchy.Level2Names(l1))
            {
                if (IsProperPrefix(t, l2)) return true;
            }
        }

        return false;
    }

    private static bool IsProperPrefix(string text, string label) => text.Length < label.Length && label.StartsWith(text, StringComparison.Ordinal);

    private static bool IsEllipsis(string t)
    {
        foreach (var c in t)
        {
            if (c is not ('…' or '.' or '。' or '⋯' or '、')) return false;
        }

        return true;
    }
}
