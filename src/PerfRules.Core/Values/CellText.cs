using System.Runtime.CompilerServices;

namespace PerfRules.Values;

/// <summary>
/// Character-level view of cell text used by the parser, the units and the vocabulary: an explicit
/// full-width → half-width fold (digits, Latin letters, operators, space) that keeps every character
/// at its index, so positions found in the folded view are positions in the original text.
/// </summary>
/// <remarks>
/// The apps run with InvariantGlobalization, so <c>string.Normalize</c> cannot be relied on; and a
/// 1:1 fold lets the parser scan the original string without allocating a normalised copy.
/// Chinese punctuation (，：；（）) is deliberately not folded: <c>3，5</c> is prose, not 3,5.
/// </remarks>
internal static class CellText
{
    /// <summary>Folds one character: full-width digits/letters/operators to ASCII, exotic spaces to a space, dash and tilde variants to <c>-</c>/<c>~</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char Fold(char c) => c < 0x80 ? c : FoldWide(c);

    private static char FoldWide(char c)
    {
        if (c >= '\uFF10' && c <= '\uFF19') return (char)(c - 0xFEE0); // ０-９
        if ((c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')) return (char)(c - 0xFEE0); // Ａ-Ｚ ａ-ｚ
        switch (c)
        {
            case '\uFF05': // ％
            case '\uFE6A': // ﹪
                return '%';
            case '\uFF0E': // ．
                return '.';
            case '\uFF0F': // ／
                return '/';
            case '\uFF0D': // －
            case '\u2212': // − minus sign
            case '\u2010': // ‐ hyphen
            case '\u2011': // non-breaking hyphen
            case '\uFE63': // ﹣
                return '-';
            case '\uFF5E': // ～
            case '\u301C': // 〜
            case '\u223C': // ∼
                return '~';
            case '\uFF0B': // ＋
                return '+';
            case '\uFF1D': // ＝
            case '\uFE66': // ﹦
                return '=';
            case '\uFF1E': // ＞
            case '\uFE65': // ﹥
                return '>';
            case '\uFF1C': // ＜
            case '\uFE64': // ﹤
                return '<';
            case '\u3000': // ideographic space
            case '\u00A0':
            case '\u2002':
            case '\u2003':
            case '\u2009':
            case '\u202F':
            case '\u205F':
                return ' ';
            default:
                return c;
        }
    }

    /// <summary>The folded character at <paramref name="index"/>.</summary>
    internal static char At(string text, int index) => Fold(text[index]);

    /// <summary>True for whitespace, including zero-width spaces and the BOM that PDF extraction leaves behind.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSpace(char c) => c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') : c >= 0x80 && IsWideSpace(c);

    private static bool IsWideSpace(char c)
    {
        return c == '\u200B' || c == '\uFEFF' || c == '\u3000' || char.IsWhiteSpace(c);
    }

    /// <summary>True for an ASCII digit (after folding).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>True for an ASCII letter (after folding).</summary>
    internal static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    /// <summary>True for a CJK ideograph (the characters Chinese measure words are written in).</summary>
    internal static bool IsCjk(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');

    /// <summary>Trims whitespace from both ends; returns the half-open range [start, end).</summary>
    internal static void Trim(string text, out int start, out int end)
    {
        start = 0;
        end = text.Length;
        while (start < end && IsSpace(text[start])) start++;
        while (end > start && IsSpace(text[end - 1])) end--;
    }

    /// <summary>True when the folded text at <paramref name="index"/> starts with <paramref name="word"/> (ASCII or CJK word, compared after folding).</summary>
    internal static bool StartsWith(string text, int index, int end, string word)
    {
        if (end - index < word.Length) return false;
        for (var k = 0; k < word.Length; k++)
        {
            if (Fold(text[index + k]) != word[k]) return false;
        }

        return true;
    }

    /// <summary>Index of the first non-space character at or after <paramref name="index"/>.</summary>
    internal static int SkipSpaces(string text, int index, int end)
    {
        while (index < end && IsSpace(text[index])) index++;
        return index;
    }

    /// <summary>Ordinal equality of a segment with a word, after folding.</summary>
    internal static bool SegmentEquals(string text, int start, int length, string word) =>
        length == word.Length && StartsWith(text, start, start + length, word);
}
