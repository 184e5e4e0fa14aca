using System.Text;

namespace PerfRules.Import;

/// <summary>
/// Normalises label text for matching: PDF extraction splits labels with spaces and line breaks
/// (<c>项目负责人/ 联系电话</c>, <c>项目资金 (万元)</c>) and mixes full- and half-width brackets
/// (<c>半年（程）</c> vs <c>半年(程)</c>), none of which carries meaning inside a label.
/// </summary>
internal static class LabelText
{
    /// <summary>
    /// No label, amount or header word is longer than this; longer cells are content and are not
    /// normalised for matching (a 10 MB prose cell must not be copied once per label test).
    /// </summary>
    public const int MaxLabelLength = 64;

    /// <summary>True when <paramref name="cell"/> is short enough to be a label, amount or header word.</summary>
    public static bool CouldBeLabel(string? cell) => cell is not null && cell.Length <= MaxLabelLength;

    /// <summary>Removes all whitespace and folds full-width brackets, colon and slash to ASCII.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(text!.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(Fold(c));
        }

        return sb.ToString();
    }

    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/> with a fast path: CJK text (above U+3000) and printable
    /// ASCII are decided without the Unicode table lookup, which dominates on multi-megabyte cells.
    /// </summary>
    public static bool IsSpace(char c) =>
        c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u0085' && c <= '\u3000' && char.IsWhiteSpace(c));

    /// <summary>Removes whitespace only (labels keep their bracket style as written).</summary>
    public static string RemoveWhitespace(string text)
    {
        var any = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                any = true;
                break;
            }
        }

        if (!any) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsSpace(c)) sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Removes whitespace between two CJK characters (<c>资格（水平） 南京考区考试</c>): PDF extraction
    /// inserts a space where a cell wrapped, and Chinese names never contain one there.
    /// Spaces next to ASCII text (<c>中心 (原: …)</c>) are kept.
    /// </summary>
    public static string CollapseCjkSpaces(string text)
    {
        if (text.IndexOf(' ') < 0 && text.IndexOf('\u3000') < 0) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsWhiteSpace(c) || sb.Length == 0)
            {
                sb.Append(c);
                continue;
            }

            var j = i;
            while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
            if (j < text.Length && IsCjk(sb[sb.Length - 1]) && IsCjk(text[j]))
            {
                i = j - 1;
                continue;
            }

            sb.Append(text, i, j - i);
            i = j - 1;
        }

        return sb.ToString();
    }

    private static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3001' and <= '\u303F') or (>= '\uFF01' and <= '\uFFEF');

    private static char Fold(char c) => c switch
    {
        '（' => '(',
        '）' => ')',
        '：' => ':',
        '／' => '/',
        '【' => '[',
        '】' => ']',
        _ => c,
    };
}
