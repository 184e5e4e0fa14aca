using System;
using System.Text;

namespace PerfRules.Import;

/// <summary>
/// Turns input bytes into text: UTF-8/UTF-16 BOMs, strict UTF-8, then GB18030 (the encoding
/// Chinese government systems still export), else unreadable. Never throws on content.
/// </summary>
internal static class SourceDecoder
{
    private static readonly Lazy<Encoding?> Gb18030 = new(LoadGb18030);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    public static DecodedSource Decode(byte[] bytes)
    {
        if (bytes.Length == 0) return DecodedSource.Read(string.Empty, "utf-8");

        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF)) return Utf8AfterBom(bytes);
        if (StartsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) return Strict(new UTF32Encoding(false, false, true), bytes, 4, "utf-32", reportEncoding: true);
        if (StartsWith(bytes, 0xFF, 0xFE)) return Strict(new UnicodeEncoding(false, false, true), bytes, 2, "utf-16", reportEncoding: true);
        if (StartsWith(bytes, 0xFE, 0xFF)) return Strict(new UnicodeEncoding(true, false, true), bytes, 2, "utf-16be", reportEncoding: true);

        // UTF-16 without a BOM shows as NUL bytes in every other position (tabs, digits, ASCII).
        if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            var utf16 = Strict(new UnicodeEncoding(bigEndian, false, true), bytes, 0, bigEndian ? "utf-16be" : "utf-16", reportEncoding: true);
            if (utf16.Text is not null) return utf16;
        }

        var utf8 = Strict(new UTF8Encoding(false, true), bytes, 0, "utf-8", reportEncoding: false);
        if (utf8.Text is not null) return utf8;

        // No 8-bit text holds a NUL byte; CJK text in UTF-16 without a BOM has too few to show in LooksLikeUtf16.
        if (Utf16ByContent(bytes) is { } utf16ByContent) return utf16ByContent;

        if (Gb18030.Value is { } gb)
        {
            var decoded = Strict(gb, bytes, 0, "gb18030", reportEncoding: true);
            if (decoded.Text is not null) return decoded;
        }

        // Mostly UTF-8 with a few damaged spots (a truncated last character, a pasted GBK line): read it, report the spots.
        if (Utf8Repair.TryDecode(bytes, out var spots) is { } repaired) return DecodedSource.Read(repaired, "utf-8") with { Damaged = spots };

        return DecodedSource.Unreadable("既不是 UTF-8 也不是 GB18030 编码的文本");
    }

    /// <summary>Describes why decoded text is not a text file (NUL or many control characters), or null.</summary>
    public static string? BinaryReason(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0') return "含有 NUL 字符，疑为二进制文件";
            if (c < ' ' && c is not ('\t' or '\r' or '\n' or '\f')) control++;
        }

        return control > 0 && control * 100 > text.Length ? "含有大量控制字符，疑为二进制文件" : null;
    }

    private static DecodedSource Strict(Encoding encoding, byte[] bytes, int offset, string name, bool reportEncoding)
    {
        try
        {
            var text = encoding.GetString(bytes, offset, bytes.Length - offset);
            return DecodedSource.Read(text, name, reportEncoding);
        }
        catch (DecoderFallbackException)
        {
            return DecodedSource.Unreadable("不是有效的 " + name.ToUpperInvariant() + " 文本");
        }
    }

    /// <summary>
    /// UTF-8 after its BOM: strict, else read with the damaged spots reported, as the same bytes without the BOM
    /// would be (one bad byte must not reject a file that reads fine without its BOM).
    /// </summary>
    private static DecodedSource Utf8AfterBom(byte[] bytes)
    {
        var strict = Strict(new UTF8Encoding(false, true), bytes, 3, "utf-8", reportEncoding: false);
        if (strict.Text is not null) return strict;
        var rest = new byte[bytes.Length - 3];
        Array.Copy(bytes, 3, rest, 0, rest.Length);
        if (Utf8Repair.TryDecode(rest, out var spots) is { } repaired) return DecodedSource.Read(repaired, "utf-8") with { Damaged = spots };
        return strict;
    }

    /// <summary>
    /// UTF-16 without a BOM told by its content: the bytes hold a NUL (no 8-bit text does), their count is even, and
    /// one byte order decodes strictly to text that is almost all CJK, ASCII and punctuation (the other order turns
    /// ASCII into rare scripts). Little-endian wins a tie, as Windows writes it.
    /// </summary>
    private static DecodedSource? Utf16ByContent(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0 || Array.IndexOf(bytes, (byte)0) < 0) return null;
        DecodedSource? best = null;
        var bestScore = 0.0;
        foreach (var bigEndian in new[] { false, true })
        {
            var decoded = Strict(new UnicodeEncoding(bigEndian, false, true), bytes, 0, bigEndian ? "utf-16be" : "utf-16", reportEncoding: true);
            if (decoded.Text is not { Length: > 0 } text || text.IndexOf('\0') >= 0) continue;
            var plausible = 0;
            foreach (var c in text)
            {
                if (c is (>= ' ' and <= '~') or '\t' or '\r' or '\n' or (>= '\u4E00' and <= '\u9FFF') or (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF') or (>= '\u2000' and <= '\u206F') or (>= '\u2200' and <= '\u22FF')) plausible++;
            }

            var score = plausible / (double)text.Length;
            if (score >= 0.9 && score > bestScore)
            {
                best = decoded;
                bestScore = score;
            }
        }

        return best;
    }

    private static bool LooksLikeUtf16(byte[] bytes, out bool bigEndian)
    {
        bigEndian = false;
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return false;
        int little = 0, big = 0;
        var n = Math.Min(bytes.Length, 4096);
        for (var i = 0; i + 1 < n; i += 2)
        {
            // Tabs, line breaks, digits and ASCII punctuation (below 'N') give a zero high byte: (c, 0) little-endian,
            // (0, c) big-endian. A zero next to a byte from 'N' up is no evidence either way: 一 (U+4E00) is (0, 0x4E)
            // little-endian, 'N' is (0, 0x4E) big-endian.
            if (bytes[i] != 0 && bytes[i] < 0x4E && bytes[i + 1] == 0) little++;
            else if (bytes[i] == 0 && bytes[i + 1] != 0 && bytes[i + 1] < 0x4E) big++;
        }

        // CJK text gives no such pair at all, so a modest share all on one side is enough (NUL never appears in text).
        var pairs = n / 2;
        var enough = Math.Max(2, pairs / 20);
        if (little >= enough && big * 10 <= little) return true;
        if (big >= enough && little * 10 <= big)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }

    private static bool StartsWith(byte[] bytes, params byte[] prefix)
    {
        if (bytes.Length < prefix.Length) return false;
        for (var i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i]) return false;
        }

        return true;
    }

    private static Encoding? LoadGb18030()
    {
        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}

/// <summary>The outcome of decoding: text and the encoding used, or why it is unreadable.</summary>
internal sealed record DecodedSource
{
    private DecodedSource(string? text, string? encoding, bool reportEncoding, string? error)
    {
        Text = text;
        Encoding = encoding;
        ReportEncoding = reportEncoding;
        Error = error;
    }

    /// <summary>The text, or null when unreadable.</summary>
    public string? Text { get; }

    /// <summary>The encoding name.</summary>
    public string? Encoding { get; }

    /// <summary>True when the encoding is worth an I09 finding (not UTF-8).</summary>
    public bool ReportEncoding { get; }

    /// <summary>Why the bytes are unreadable, in Chinese.</summary>
    public string? Error { get; }

    /// <summary>Spots of damaged UTF-8 replaced by U+FFFD (each reported as I10 on its line).</summary>
    public System.Collections.Generic.IReadOnlyList<InvalidBytes> Damaged { get; init; } = Array.Empty<InvalidBytes>();

    public static DecodedSource Read(string text, string encoding, bool reportEncoding = false) => new(text, encoding, reportEncoding, null);

    public static DecodedSource Unreadable(string error) => new(null, null, false, error);
}
