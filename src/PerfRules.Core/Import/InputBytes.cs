using System;
using System.Collections.Generic;
using System.IO;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>
/// The first stage of reading, shared by every text format (plain text, CSV, JSON): a file or stream becomes
/// bytes within <see cref="TableReaderOptions.MaxInputBytes"/> (I11 above it, never reading past it), the bytes
/// become text (<see cref="SourceDecoder"/>: BOMs, UTF-16 without BOM, UTF-8, GB18030 with I09, damaged UTF-8
/// spots as I10 on their line), and the text passes the checks made before it is split (binary content I10,
/// <see cref="TableReaderOptions.MaxLines"/> I11). Nothing here throws on content or I/O failure.
/// </summary>
internal static class InputBytes
{
    private const int Chunk = 81920;

    /// <summary>Reads a file's bytes; null with an I11 finding when it is over the limit (it is not opened), or I10 when it cannot be read.</summary>
    public static byte[]? ReadFile(string path, TableReaderOptions options, out Finding? problem)
    {
        problem = null;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && ReadLimits.InputTooLarge(info.Length, options) is { } tooLarge)
            {
                problem = tooLarge;
                return null;
            }

            using var stream = File.OpenRead(path);
            return ReadStream(stream, options, out problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            problem = ImportFindings.Unreadable("文件无法打开（" + SystemErrorText.Of(e) + "）");
            return null;
        }
    }

    /// <summary>
    /// Reads a stream's remaining bytes: a seekable stream is measured first, any stream is read in chunks and
    /// given up as soon as more than <see cref="TableReaderOptions.MaxInputBytes"/> bytes arrived, so at most
    /// that many plus one chunk are ever held. Null with I11 over the limit, I10 when the stream fails.
    /// </summary>
    public static byte[]? ReadStream(Stream stream, TableReaderOptions options, out Finding? problem)
    {
        problem = null;
        try
        {
            if (stream.CanSeek && ReadLimits.InputTooLarge(stream.Length - stream.Position, options) is { } known)
            {
                problem = known;
                return null;
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[Chunk];
            int n;
            while ((n = stream.Read(chunk, 0, NextRead(options.MaxInputBytes - buffer.Length))) > 0)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > options.MaxInputBytes)
                {
                    problem = ReadLimits.InputTooLarge(buffer.Length, options);
                    return null;
                }
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            problem = ImportFindings.Unreadable("读取失败（" + SystemErrorText.Of(e) + "）");
            return null;
        }
    }

    /// <summary>How much to ask for next: a chunk, or one byte past the limit (enough to know it is exceeded).</summary>
    private static int NextRead(long remaining) => remaining >= Chunk ? Chunk : (int)remaining + 1;

    /// <summary>
    /// Decodes bytes to text, adding I09 (an encoding other than UTF-8) and one I10 per damaged spot to
    /// <paramref name="findings"/>; null with the I10 that says why when the bytes are no text at all.
    /// </summary>
    public static string? Decode(byte[] bytes, List<Finding> findings, out string? encoding)
    {
        var decoded = SourceDecoder.Decode(bytes);
        encoding = decoded.Encoding;
        if (decoded.Text is null)
        {
            findings.Add(ImportFindings.Unreadable(decoded.Error!));
            return null;
        }

        if (decoded.ReportEncoding) findings.Add(ImportFindings.EncodingDetected(decoded.Encoding!));
        foreach (var spot in decoded.Damaged) findings.Add(ImportFindings.InvalidBytes(spot));
        return decoded.Text;
    }

    /// <summary>
    /// The checks decoded text passes before it is split into lines: binary content (NUL, many control
    /// characters) is I10 — the damaged-spot I10s then say nothing more and are dropped — and more lines than
    /// <see cref="TableReaderOptions.MaxLines"/> is I11, counted before splitting so a file of line breaks costs
    /// one scan. False when the text must not be read further.
    /// </summary>
    public static bool PassesTextChecks(string text, TableReaderOptions options, List<Finding> findings)
    {
        if (SourceDecoder.BinaryReason(text) is { } binary)
        {
            findings.RemoveAll(f => f.RuleId == ImportRuleIds.UnreadableInput);
            findings.Add(ImportFindings.Unreadable(binary));
            return false;
        }

        if (ReadLimits.TooManyLines(text, options) is { } tooMany)
        {
            findings.Add(tooMany);
            return false;
        }

        return true;
    }

    /// <summary>A result with no table: the input was refused or could not be read, and the findings say why.</summary>
    public static TableReadResult NoTable(string? source, string? encoding, IEnumerable<Finding> findings) => new()
    {
        Source = source,
        Encoding = encoding,
        Findings = findings.ToValueList(),
    };
}
