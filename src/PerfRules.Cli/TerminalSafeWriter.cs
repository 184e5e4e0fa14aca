using System.IO;
using System.Text;

namespace PerfRules.Cli;

/// <summary>
/// A text writer for human-readable output that never passes a control or bidirectional-formatting character
/// from the data to the terminal: table names, cell texts, rule messages and file names come from untrusted
/// files, and an ESC sequence, CR, NUL or U+202E among them could clear the screen, retitle the window, or forge
/// a line such as the totals. Such characters are written as visible escapes (<c>\x1B</c>, <c>\r</c>,
/// <c>\u202E</c>); only <see cref="TextWriter.WriteLine()"/> ends a line. Colour, if the tool ever writes any,
/// goes to the inner writer directly.
/// </summary>
internal sealed class TerminalSafeWriter : TextWriter
{
    private readonly TextWriter _inner;

    public TerminalSafeWriter(TextWriter inner)
        : base(inner.FormatProvider) => _inner = inner;

    /// <inheritdoc />
    public override Encoding Encoding => _inner.Encoding;

    /// <summary><paramref name="text"/> with every control and bidirectional-formatting character written as a visible escape.</summary>
    public static string Escape(string? text)
    {
        if (text is null) return string.Empty;
        var i = 0;
        while (i < text.Length && !IsUnsafe(text[i])) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++) Append(sb, text[i]);
        return sb.ToString();
    }

    /// <summary>
    /// C0 and C1 controls and DEL (the terminal's command set), the Unicode line and paragraph separators, and the
    /// bidirectional marks, embeddings, overrides and isolates (which reorder what follows them on screen).
    /// </summary>
    public static bool IsUnsafe(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u061C' || c == '\u200E' || c == '\u200F' ||
        (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (IsUnsafe(value))
        {
            var sb = new StringBuilder(6);
            Append(sb, value);
            _inner.Write(sb.ToString());
        }
        else
        {
            _inner.Write(value);
        }
    }

    /// <inheritdoc />
    public override void Write(string? value) => _inner.Write(Escape(value));

    /// <inheritdoc />
    public override void WriteLine(string? value) => _inner.WriteLine(Escape(value));

    /// <inheritdoc />
    public override void WriteLine() => _inner.WriteLine();

    /// <inheritdoc />
    public override void Flush() => _inner.Flush();

    private static void Append(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '\n': sb.Append("\\n"); break;
            case '\r': sb.Append("\\r"); break;
            case '\t': sb.Append("\\t"); break;
            default:
                if (!IsUnsafe(c)) sb.Append(c);
                else if (c <= 0xFF) sb.Append("\\x").Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                else sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}
