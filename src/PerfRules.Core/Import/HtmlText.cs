using System;
using System.Collections.Generic;
using System.Net;
using System.Text;

namespace PerfRules.Import;

/// <summary>
/// Strips the HTML the budget system leaves in prose fields (<c>&lt;p&gt;…&lt;/p&gt;</c>) into plain
/// paragraphs separated by <c>\n</c>, and decodes entities.
/// </summary>
/// <remarks>
/// Only known tag names are removed: the prose itself uses angle brackets as Chinese title marks
/// (<c>贯彻落实&lt;江苏省深化制造业智能化改造…&gt;工作方案</c>), which must survive.
/// Linear in the input (no regular expression), so a 10 MB line costs nothing special.
/// </remarks>
internal static class HtmlText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase) { "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6" };

    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase) { "span", "strong", "b", "i", "em", "u", "font", "sub", "sup", "a", "td", "th", "tbody", "thead", "section", "article", "o:p" };

    /// <summary>Strips known tags and decodes entities; <paramref name="changed"/> says whether anything was stripped or decoded.</summary>
    public static string Strip(string text, out bool changed)
    {
        changed = false;
        if (text.IndexOf('<') < 0 && text.IndexOf('&') < 0) return text;

        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<' && TryReadTag(text, i, out var end, out var name) && (BlockTags.Contains(name) || InlineTags.Contains(name)))
            {
                if (BlockTags.Contains(name)) sb.Append('\n');
                changed = true;
                i = end;
                continue;
            }

            sb.Append(c);
            i++;
        }

        var stripped = sb.ToString();
        var decoded = stripped.IndexOf('&') >= 0 ? WebUtility.HtmlDecode(stripped) : stripped;
        if (!string.Equals(decoded, stripped, StringComparison.Ordinal)) changed = true;
        if (!changed) return text;
        return JoinParagraphs(decoded.Replace('\u00A0', ' '));
    }

    private static string JoinParagraphs(string text)
    {
        var parts = text.Split('\n');
        var sb = new StringBuilder(text.Length);
        foreach (var part in parts)
        {
            var p = part.Trim();
            if (p.Length == 0) continue;
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(p);
        }

        return sb.ToString();
    }

    /// <summary>Reads <c>&lt;name …&gt;</c>, <c>&lt;/name&gt;</c> or <c>&lt;name/&gt;</c> at <paramref name="start"/>.</summary>
    private static bool TryReadTag(string text, int start, out int end, out string name)
    {
        end = start;
        name = string.Empty;
        var i = start + 1;
        if (i < text.Length && text[i] == '/') i++;
        var nameStart = i;
        while (i < text.Length && (IsAsciiLetterOrDigit(text[i]) || text[i] == ':')) i++;
        if (i == nameStart || i - nameStart > 10) return false;
        name = text.Substring(nameStart, i - nameStart);

        // Attributes: anything up to '>' on a bounded stretch without another '<'.
        var limit = Math.Min(text.Length, i + 500);
        while (i < limit && text[i] != '>' && text[i] != '<') i++;
        if (i >= limit || text[i] != '>') return false;
        end = i + 1;
        return true;
    }

    private static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
