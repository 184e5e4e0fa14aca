using System;
using System.Text;

namespace PerfRules.Checks;

/// <summary>
/// Text normalisation the catalogue checks share: labels and names as PDF exports write them
/// (full-width brackets, stray spaces) compared in one canonical form.
/// </summary>
internal static class CheckText
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

        // Most names and labels are already canonical: hand them back without a copy, so the checks that
        // normalise on every call (S05, S11, the name-based V and F rules) allocate nothing for them.
        var i = 0;
        while (i < text.Length && !NeedsFolding(text[i])) i++;
        if (i == text.Length) return text;
#if NET
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) length++;
        }

        // Straight into the result: no builder and no buffer to copy from.
        return string.Create(length, text, static (span, source) =>
        {
            var k = 0;
            foreach (var c in source)
            {
                if (!char.IsWhiteSpace(c)) span[k++] = Fold(c);
            }
        });
#else
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) sb.Append(Fold(c));
        }

        return sb.ToString();
#endif
    }

    private static char Fold(char c) => c >= '\uFF01' && c <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    /// <summary>
    /// The name without a trailing unit bracket: <c>规上软件信息业营收增速（%）</c> → <c>规上软件信息业营收增速</c>.
    /// The result is normalised (<see cref="Normalize"/>).
    /// </summary>
    public static string WithoutBracket(string? name)
    {
        var n = Normalize(name);
        var end = EndWithoutBracket(n);
        return end == n.Length ? n : n.Substring(0, end);
    }

    /// <summary>The length of <see cref="WithoutBracket"/>'s result, for a normalised <paramref name="n"/>.</summary>
    internal static int EndWithoutBracket(string n)
    {
        if (n.Length > 0 && n[n.Length - 1] == ')')
        {
            var open = n.LastIndexOf('(');
            if (open > 0) return open;
        }

        return n.Length;
    }

    private static bool NeedsFolding(char c) => char.IsWhiteSpace(c) || (c >= '\uFF01' && c <= '\uFF5E');

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
    public static bool SameName(string? a, string? b)
    {
        // Compared as if normalised, without building the normalised strings (S11 compares every pair of rows).
        a ??= string.Empty;
        b ??= string.Empty;
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && char.IsWhiteSpace(a[i])) i++;
            while (j < b.Length && char.IsWhiteSpace(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (Fold(a[i]) != Fold(b[j])) return false;
            i++;
            j++;
        }

        static char Fold(char c) => c >= '\uFF01' && c <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
    }

    /// <summary>Ordinal suffix test on the normalised name without its unit bracket.</summary>
    internal static bool NameEndsWith(string? name, string suffix)
    {
        var n = Normalize(name);
        return EndsWith(n, EndWithoutBracket(n), suffix);
    }

    /// <summary>Ordinal test that <c>text[0..end)</c> ends with <paramref name="suffix"/>, without cutting it out.</summary>
    internal static bool EndsWith(string text, int end, string suffix) =>
        end >= suffix.Length && string.CompareOrdinal(text, end - suffix.Length, suffix, 0, suffix.Length) == 0;

    /// <summary>Ordinal test that <c>text[0..end)</c> contains <paramref name="part"/>, without cutting it out.</summary>
    internal static bool Contains(string text, int end, string part) => text.IndexOf(part, 0, end, StringComparison.Ordinal) >= 0;

    /// <summary>Ordinal containment test on the normalised name without its unit bracket.</summary>
    internal static bool NameContains(string? name, string part)
    {
        var n = Normalize(name);
        return n.IndexOf(part, 0, EndWithoutBracket(n), StringComparison.Ordinal) >= 0;
    }
}
