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

        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF)) return Strict(new UTF8Encoding(false, true), bytes, 3, "utf-8", reportEncoding: false);
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

    private static bool LooksLikeUtf16(byte[] bytes, out bool bigEndian)
    {
        bigEndian = false;
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return false;
        int evenZero = 0, oddZero = 0;
        var n = Math.Min(bytes.Length, 4096);
        for (var i = 0; i < n; i++)
        {
            if (bytes[i] != 0) continue;
            if (i % 2 == 0) evenZero++;
            else oddZero++;
        }

        // Tabs, digits and ASCII punctuation give zero high bytes; CJK text gives none, so a modest
        // share of zeros all on one side is enough (and NUL never appears in text at all).
        var pairs = n / 2;
        var enough = Math.Max(2, pairs / 20);
        if (oddZero >= enough && evenZero * 10 <= oddZero) return true;
        if (evenZero >= enough && oddZero * 10 <= evenZero)
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
