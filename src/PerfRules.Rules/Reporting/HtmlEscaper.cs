using System.IO;

namespace PerfRules.Rules.Reporting;

/// <summary>
/// Escapes text for HTML element content and double-quoted attribute values. Everything a report shows comes
/// from a table, a rule file or a path, so all of it goes through here: <c>&amp; &lt; &gt; " '</c> become
/// references, and characters HTML does not allow in a document (C0/C1 controls other than tab, line feed and
/// carriage return, lone surrogates, U+FFFE/U+FFFF) become a visible stand-in (␀–␟, ␡, U+FFFD) so the page
/// parses the same in every browser and the officer still sees that something odd was there.
/// </summary>
internal static class HtmlEscaper
{
    /// <summary>Writes <paramref name="text"/> escaped (nothing for null).</summary>
    public static void Write(TextWriter output, string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        var start = 0;
        for (var i = 0; i < text!.Length; i++)
        {
            var c = text[i];
            string? replacement;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            replacement = Replacement(c);
            if (replacement is null) continue;
            if (i > start) output.Write(text.Substring(start, i - start));
            output.Write(replacement);
            start = i + 1;
        }

        if (start == 0) output.Write(text);
        else if (start < text.Length) output.Write(text.Substring(start));
    }

    /// <summary>The escaped form of <paramref name="text"/> as a string (for short texts and tests).</summary>
    public static string Escape(string? text)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(writer, text);
        return writer.ToString();
    }

    private static string? Replacement(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        '\t' or '\n' or '\r' => null,
        < ' ' => ((char)(0x2400 + c)).ToString(),
        '\u007F' => "\u2421",
        >= '\u0080' and <= '\u009F' => "\uFFFD",
        '\uFFFE' or '\uFFFF' => "\uFFFD",
        _ when char.IsSurrogate(c) => "\uFFFD",
        _ => null,
    };
}
