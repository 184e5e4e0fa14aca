using System;

namespace PerfRules.Import;

/// <summary>Reads the unit an indicator name carries in a trailing bracket: <c>全市智算规模（P）</c> → <c>P</c>.</summary>
internal static class IndicatorNames
{
    /// <summary>The unit in the name's trailing bracket, or null when there is none or the bracket holds an explanation (<c>足额保障率(参保率)</c>).</summary>
    public static string? BracketUnit(string name)
    {
        var t = name.TrimEnd();
        if (t.Length < 3) return null;
        var last = t[t.Length - 1];
        if (last is not (')' or '）')) return null;
        var open = Math.Max(t.LastIndexOf('('), t.LastIndexOf('（'));
        if (open <= 0) return null;
        var content = t.Substring(open + 1, t.Length - open - 2).Trim();
        return IsUnitLike(content) ? content : null;
    }

    private static bool IsUnitLike(string s)
    {
        if (s.Length == 0 || s.Length > 6) return false;

        // A bracket that explains rather than measures: 参保率, 南京灾备节点, 水平.
        if (s.IndexOf('率') >= 0 || s.IndexOf('性') >= 0 || s.IndexOf('度') >= 0) return false;
        var cjk = 0;
        foreach (var c in s)
        {
            if (c is >= '\u4E00' and <= '\u9FFF') cjk++;
            else if (!(char.IsLetter(c) || c is '%' or '‰' or '/' or '²' or '³' or '㎡')) return false;
        }

        // Chinese units are short (个, 万元, 人次, 平方米); longer CJK text is an explanation.
        return cjk <= 3;
    }
}
