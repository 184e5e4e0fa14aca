using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace PerfRules.Analyzers;

/// <summary>
/// Maps character offsets in a string literal's value to source positions, so a diagnostic covers the
/// exact characters the parser rejected even when the literal is written with escapes (<c>"\u2265"</c>),
/// as a verbatim string (<c>@"a""b"</c>) or as a raw string literal (single- or multi-line).
/// </summary>
/// <remarks>
/// The map is built by decoding the token text again and is used only when the decoded text equals the
/// compiler's <see cref="SyntaxToken.ValueText"/>; otherwise (a form this decoder does not know, or a
/// literal with errors) the caller falls back to the whole token, never to a wrong span.
/// </remarks>
internal sealed class StringLiteralMap
{
    // _starts[i] is the source position of value character i; _starts[value.Length] is the position of the closing delimiter.
    private readonly int[] _starts;

    private StringLiteralMap(int[] starts) => _starts = starts;

    /// <summary>Builds the map of a string literal token, or null when the token cannot be mapped.</summary>
    public static StringLiteralMap? Create(SyntaxToken token)
    {
        var text = token.Text;
        var value = token.ValueText;
        if (text.Length < 2 || value is null) return null;
        var decoded = new StringBuilder(value.Length);
        var starts = new int[value.Length + 1];
        var ok = token.Kind() switch
        {
            SyntaxKind.StringLiteralToken when text[0] == '@' => DecodeVerbatim(text, decoded, starts, value.Length),
            SyntaxKind.StringLiteralToken => DecodeRegular(text, decoded, starts, value.Length),
            SyntaxKind.SingleLineRawStringLiteralToken => DecodeSingleLineRaw(text, decoded, starts, value.Length),
            SyntaxKind.MultiLineRawStringLiteralToken => DecodeMultiLineRaw(text, decoded, starts, value.Length),
            _ => false,
        };
        if (!ok || decoded.Length != value.Length || !string.Equals(decoded.ToString(), value, System.StringComparison.Ordinal)) return null;
        var origin = token.SpanStart;
        for (var i = 0; i < starts.Length; i++) starts[i] += origin;
        return new StringLiteralMap(starts);
    }

    /// <summary>The source span of value characters [<paramref name="offset"/>, <paramref name="offset"/> + <paramref name="length"/>).</summary>
    public TextSpan Map(int offset, int length)
    {
        var last = _starts.Length - 1;
        var start = Clamp(offset, last);
        var end = Clamp(offset + length, last);
        return TextSpan.FromBounds(_starts[start], System.Math.Max(_starts[start], _starts[end]));
    }

    private static int Clamp(int value, int max) => value < 0 ? 0 : value > max ? max : value;

    private static bool Append(StringBuilder decoded, int[] starts, int capacity, char c, int position)
    {
        if (decoded.Length >= capacity) return false;
        starts[decoded.Length] = position;
        decoded.Append(c);
        return true;
    }

    // Long by design: the C# escape-sequence decoder, one case per escape form, all sharing the position map it fills.
    private static bool DecodeRegular(string text, StringBuilder decoded, int[] starts, int capacity)
    {
        if (text[0] != '"' || text[text.Length - 1] != '"') return false;
        var end = text.Length - 1;
        var i = 1;
        while (i < end)
        {
            var c = text[i];
            if (c != '\\')
            {
                if (!Append(decoded, starts, capacity, c, i)) return false;
                i++;
                continue;
            }

            if (i + 1 >= end) return false;
            var start = i;
            var e = text[i + 1];
            i += 2;
            switch (e)
            {
                case '\'': c = '\''; break;
                case '"': c = '"'; break;
                case '\\': c = '\\'; break;
                case '0': c = '\0'; break;
                case 'a': c = '\a'; break;
                case 'b': c = '\b'; break;
                case 'e': c = '\u001b'; break;
                case 'f': c = '\f'; break;
                case 'n': c = '\n'; break;
                case 'r': c = '\r'; break;
                case 't': c = '\t'; break;
                case 'v': c = '\v'; break;
                case 'u':
                    if (!ReadHex(text, i, end, 4, 4, out var u, out var uLength)) return false;
                    i += uLength;
                    c = (char)u;
                    break;
                case 'x':
                    if (!ReadHex(text, i, end, 1, 4, out var x, out var xLength)) return false;
                    i += xLength;
                    c = (char)x;
                    break;
                case 'U':
                    if (!ReadHex(text, i, end, 8, 8, out var cp, out var cpLength)) return false;
                    i += cpLength;
                    if (cp > 0x10FFFF) return false;
                    if (cp < 0x10000)
                    {
                        c = (char)cp;
                        break;
                    }

                    cp -= 0x10000;
                    if (!Append(decoded, starts, capacity, (char)(0xD800 + (cp >> 10)), start)) return false;
                    c = (char)(0xDC00 + (cp & 0x3FF));
                    break;
                default:
                    return false;
            }

            if (!Append(decoded, starts, capacity, c, start)) return false;
        }

        return FinishAt(decoded, starts, capacity, end);
    }

    private static bool ReadHex(string text, int index, int end, int min, int max, out int value, out int length)
    {
        value = 0;
        length = 0;
        while (length < max && index + length < end)
        {
            var d = HexDigit(text[index + length]);
            if (d < 0) break;
            value = (value * 16) + d;
            length++;
        }

        return length >= min;
    }

    private static int HexDigit(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    private static bool DecodeVerbatim(string text, StringBuilder decoded, int[] starts, int capacity)
    {
        if (text.Length < 3 || text[1] != '"' || text[text.Length - 1] != '"') return false;
        var end = text.Length - 1;
        var i = 2;
        while (i < end)
        {
            if (!Append(decoded, starts, capacity, text[i], i)) return false;
            i += text[i] == '"' ? 2 : 1;
        }

        return FinishAt(decoded, starts, capacity, end);
    }

    private static bool DecodeSingleLineRaw(string text, StringBuilder decoded, int[] starts, int capacity)
    {
        var quotes = CountQuotes(text, 0);
        if (quotes < 3 || text.Length < 2 * quotes) return false;
        var end = text.Length - quotes;
        for (var i = quotes; i < end; i++)
        {
            if (!Append(decoded, starts, capacity, text[i], i)) return false;
        }

        return FinishAt(decoded, starts, capacity, end);
    }

    private static bool DecodeMultiLineRaw(string text, StringBuilder decoded, int[] starts, int capacity)
    {
        var quotes = CountQuotes(text, 0);
        if (quotes < 3) return false;

        // The closing line is whitespace then the closing quotes; its whitespace is removed from every content line.
        var close = text.Length - quotes;
        var closeLineStart = close;
        while (closeLineStart > 0 && text[closeLineStart - 1] != '\n' && text[closeLineStart - 1] != '\r') closeLineStart--;
        var indentation = text.Substring(closeLineStart, close - closeLineStart);

        // The content starts after the first line break and ends before the line break preceding the closing line.
        var i = quotes;
        while (i < text.Length && text[i] != '\n' && text[i] != '\r') i++;
        i = SkipLineBreak(text, i);
        var contentEnd = closeLineStart;
        if (contentEnd > 0 && text[contentEnd - 1] == '\n') contentEnd--;
        if (contentEnd > 0 && text[contentEnd - 1] == '\r') contentEnd--;
        if (i > contentEnd) return FinishAt(decoded, starts, capacity, close);

        while (i <= contentEnd)
        {
            var lineEnd = i;
            while (lineEnd < contentEnd && text[lineEnd] != '\n' && text[lineEnd] != '\r') lineEnd++;
            var lineStart = i;
            if (lineEnd - i >= indentation.Length && string.CompareOrdinal(text, i, indentation, 0, indentation.Length) == 0)
            {
                lineStart = i + indentation.Length;
            }
            else if (!IsWhitespace(text, i, lineEnd))
            {
                return false;
            }
            else
            {
                lineStart = lineEnd;
            }

            for (var p = lineStart; p < lineEnd; p++)
            {
                if (!Append(decoded, starts, capacity, text[p], p)) return false;
            }

            if (lineEnd >= contentEnd) break;
            var next = SkipLineBreak(text, lineEnd);
            for (var p = lineEnd; p < next; p++)
            {
                if (!Append(decoded, starts, capacity, text[p], p)) return false;
            }

            i = next;
        }

        return FinishAt(decoded, starts, capacity, close);
    }

    private static bool IsWhitespace(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != ' ' && text[i] != '\t') return false;
        }

        return true;
    }

    private static int SkipLineBreak(string text, int i)
    {
        if (i < text.Length && text[i] == '\r') i++;
        if (i < text.Length && text[i] == '\n') i++;
        return i;
    }

    private static int CountQuotes(string text, int index)
    {
        var n = 0;
        while (index + n < text.Length && text[index + n] == '"') n++;
        return n;
    }

    private static bool FinishAt(StringBuilder decoded, int[] starts, int capacity, int position)
    {
        if (decoded.Length != capacity) return false;
        starts[capacity] = position;
        return true;
    }
}
