using System;
using System.Text;

namespace PerfRules.Checks;

/// <summary>
/// Text normalisation the catalogue checks share: labels and names as PDF exports write them
/// (full-width brackets, stray spaces) compared in one canonical form.
/// </summary>
public static class CheckText
{
    /// <summary>
    /// <paramref name="digits"/> with every decimal digit as its ASCII form: regex <c>\d</c> matches any Unicode
    /// digit (full-width ２０２６, Arabic-Indic ٢٠٢٦), which the invariant-culture number parsers refuse.
    /// </summary>
    public static string AsciiDigits(string digits)
    {
        if (digits is null) throw new System.ArgumentNullException(nameof(digits));
        var chars = digits.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] > '\u007F' && char.IsDigit(chars[i])) chars[i] = (char)('0' + (int)char.GetNumericValue(chars[i]));
        }

        return new string(chars);
    }

    /// <summary>True when <paramref name="text"/> is null, empty or only white space (including the ideographic space).</summary>
    public static bool IsBlank(string? text)
    {
        if (text is null) return true;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) return false;
        }

        return true;
    }

    /// <summary>
    /// The canonical form of a label or indicator name: white space removed, full-width ASCII
    /// (brackets, letters, digits, %) folded to half-width. <c>半年（程） 指标值</c> → <c>半年(程)指标值</c>.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (text is null) return string.Empty;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            if (c >= '\uFF01' && c <= '\uFF5E') sb.Append((char)(c - 0xFEE0));
            else sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The name without a trailing unit bracket: <c>规上软件信息业营收增速（%）</c> → <c>规上软件信息业营收增速</c>.
    /// The result is normalised (<see cref="Normalize"/>).
    /// </summary>
    public static string WithoutBracket(string? name)
    {
        var n = Normalize(name);
        if (n.Length > 0 && n[n.Length - 1] == ')')
        {
            var open = n.LastIndexOf('(');
            if (open > 0) return n.Substring(0, open);
        }

        return n;
    }

    /// <summary>The content of a trailing bracket (<c>（%）</c> → <c>%</c>, <c>（个）</c> → <c>个</c>), or null.</summary>
    public static string? BracketContent(string? name)
    {
        var n = Normalize(name);
        if (n.Length > 1 && n[n.Length - 1] == ')')
        {
            var open = n.LastIndexOf('(');
            if (open >= 0 && open < n.Length - 2) return n.Substring(open + 1, n.Length - open - 2);
        }

        return null;
    }

    /// <summary>Ordinal equality of the normalised forms.</summary>
    public static bool SameName(string? a, string? b) => string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);

    /// <summary>Ordinal suffix test on the normalised name without its unit bracket.</summary>
    internal static bool NameEndsWith(string? name, string suffix) =>
        WithoutBracket(name).EndsWith(suffix, StringComparison.Ordinal);

    /// <summary>Ordinal containment test on the normalised name without its unit bracket.</summary>
    internal static bool NameContains(string? name, string part) =>
        WithoutBracket(name).IndexOf(part, StringComparison.Ordinal) >= 0;
}
