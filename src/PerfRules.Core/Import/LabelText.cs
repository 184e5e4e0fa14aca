using System.Text;

namespace PerfRules.Import;

/// <summary>
/// Normalises label text for matching: PDF extraction splits labels with spaces and line breaks
/// (<c>项目负责人/ 联系电话</c>, <c>项目资金 (万元)</c>) and mixes full- and half-width brackets
/// (<c>半年（程）</c> vs <c>半年(程)</c>), none of which carries meaning inside a label.
/// </summary>
internal static class LabelText
{
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

    /// <summary>Removes whitespace only (labels keep their bracket style as written).</summary>
    public static string RemoveWhitespace(string text)
    {
        var any = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                any = true;
                break;
            }
        }

        if (!any) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        }

        return sb.ToString();
    }

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
