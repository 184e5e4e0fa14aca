using System;
using System.Collections.Generic;
using System.Linq;

namespace PerfRules.Import;

/// <summary>
/// The keyword rules of the label vocabulary (<c>keywords</c> of labels.json): the second chance for a header label
/// no list names. Chinese budget labels are built from a few parts (a qualifier and a head noun: 主管 + 部门,
/// 实施 + 单位, 项目 + 名称, 资金 + 总额, 年度 + 目标), so a rule lists, per part, the words that can fill it; a label
/// matches when it holds a word of every part, no excluded word, and looks like a label (short, CJK only). A label
/// two fields' rules match is ambiguous and read by neither.
/// </summary>
internal sealed class LabelKeywords
{
    /// <summary>The default longest label the rules judge (after normalisation), in characters.</summary>
    private const int DefaultMaxLength = 16;

    private readonly int _maxLength;
    private readonly string[] _exclude;
    private readonly List<(HeaderFieldKind Kind, Rule Rule)> _rules;

    private LabelKeywords(int maxLength, string[] exclude, List<(HeaderFieldKind Kind, Rule Rule)> rules)
    {
        _maxLength = maxLength;
        _exclude = exclude;
        _rules = rules;
    }

    /// <summary>No rules: every unknown label stays unknown.</summary>
    public static LabelKeywords None { get; } = new(DefaultMaxLength, Array.Empty<string>(), new List<(HeaderFieldKind, Rule)>());

    /// <summary>The number of rules (for tests and messages).</summary>
    public int Count => _rules.Count;

    /// <summary>Parses the <c>keywords</c> section: <c>maxLength</c>, <c>exclude</c> and per field key a list of rules.</summary>
    /// <exception cref="FormatException">The section is not of that shape or names an unknown field.</exception>
    public static LabelKeywords Parse(MiniJson.JsonObject section, IReadOnlyDictionary<string, HeaderFieldKind> fieldKeys)
    {
        var maxLength = DefaultMaxLength;
        if (section.Values.TryGetValue("maxLength", out var m))
        {
            maxLength = m is double d && d >= 2 && d <= LabelText.MaxLabelLength && d == Math.Floor(d)
                ? (int)d
                : throw new FormatException("labels.json：keywords.maxLength 应是 2 到 " + LabelText.MaxLabelLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 之间的整数");
        }

        var exclude = section.Values.ContainsKey("exclude") ? Words(section.Values["exclude"], "keywords.exclude") : Array.Empty<string>();
        var rules = new List<(HeaderFieldKind, Rule)>();
        if (!section.Values.TryGetValue("fields", out var f) || f is not MiniJson.JsonObject fields) throw new FormatException("labels.json：keywords.fields 应是“字段键 → 规则数组”的对象");
        foreach (var key in fields.Keys)
        {
            if (!fieldKeys.TryGetValue(key, out var kind)) throw new FormatException("labels.json：keywords.fields 中的「" + key + "」不是已知的字段键");
            if (fields.Values[key] is not List<object?> list) throw new FormatException("labels.json：keywords.fields." + key + " 应是规则数组");
            foreach (var item in list) rules.Add((kind, Rule.Parse(item, "keywords.fields." + key)));
        }

        return new LabelKeywords(maxLength, exclude, rules);
    }

    /// <summary>True when <paramref name="normalized"/> holds an excluded word (指标, 一级, 其中 …).</summary>
    public bool IsExcluded(string normalized) => Contains(normalized, _exclude);

    /// <summary>
    /// The field whose rules alone match <paramref name="normalized"/> (a label already normalised, its unit or score
    /// bracket dropped); false when none or several fields match, or the text does not look like a label.
    /// </summary>
    public bool TryMatch(string normalized, out HeaderFieldKind kind)
    {
        kind = HeaderFieldKind.Other;
        if (_rules.Count == 0 || normalized.Length < 2 || normalized.Length > _maxLength || !LooksLikeLabel(normalized) || IsExcluded(normalized)) return false;
        HeaderFieldKind? found = null;
        foreach (var (k, rule) in _rules)
        {
            if (!rule.Matches(normalized) || found == k) continue;
            if (found is not null) return false; // two fields: ambiguous
            found = k;
        }

        if (found is not { } match) return false;
        kind = match;
        return true;
    }

    /// <summary>CJK characters and the brackets (paired), slash and 、 labels use: no digits, Latin letters or sentence punctuation.</summary>
    private static bool LooksLikeLabel(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) return false;
            else if (c is not (>= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '/' or '、')) return false;
        }

        return depth == 0;
    }

    private static bool Contains(string text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.IndexOf(w, StringComparison.Ordinal) >= 0) return true;
        }

        return false;
    }

    private static string[] Words(object? value, string where)
    {
        if (value is not List<object?> list) throw new FormatException("labels.json：" + where + " 应是字符串数组");
        var words = list.Select(o => o is string s ? LabelText.Normalize(s) : throw new FormatException("labels.json：" + where + " 中只能有字符串")).ToArray();
        if (words.Any(w => w.Length == 0)) throw new FormatException("labels.json：" + where + " 中有空词；请删除它");
        return words;
    }

    /// <summary>One rule: a word of every group of <c>all</c>, none of <c>none</c>.</summary>
    private sealed class Rule
    {
        private readonly string[][] _all;
        private readonly string[] _none;

        private Rule(string[][] all, string[] none)
        {
            _all = all;
            _none = none;
        }

        public static Rule Parse(object? item, string where)
        {
            if (item is not MiniJson.JsonObject o) throw new FormatException("labels.json：" + where + " 中应是规则对象（{ \"all\": [[…]], \"none\": […] }）");
            if (!o.Values.TryGetValue("all", out var all) || all is not List<object?> groups || groups.Count == 0) throw new FormatException("labels.json：" + where + " 中的规则缺少 \"all\"（非空的词表数组）");
            var parsed = groups.Select((g, i) => Words(g, where + ".all[" + i + "]")).ToArray();
            if (parsed.Any(g => g.Length == 0)) throw new FormatException("labels.json：" + where + " 的 \"all\" 中有空的词表；请删除它");
            var none = o.Values.TryGetValue("none", out var n) ? Words(n, where + ".none") : Array.Empty<string>();
            foreach (var key in o.Keys.Where(k => k is not ("all" or "none" or "description")))
            {
                throw new FormatException("labels.json：" + where + " 中有未知成员「" + key + "」（允许：all、none、description）");
            }

            return new Rule(parsed, none);
        }

        public bool Matches(string text) => _all.All(group => Contains(text, group)) && !Contains(text, _none);
    }
}
