using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>
/// Reads 绩效目标表 saved as CSV (RFC 4180: quoted fields with delimiters, line breaks and doubled quotes)
/// into the table model, with the table logic of <see cref="TableTextReader"/>: the same model and the
/// same import findings. Bytes are decoded as the text reader decodes them (UTF-8 with or without BOM,
/// GB18030 — what Excel's "CSV" save writes on a Chinese Windows — with I09). Never throws on content.
/// </summary>
/// <remarks>
/// Locations are source lines: a record's <see cref="FindingLocation.Line"/> is the line it starts on (a
/// quoted cell may span lines). The delimiter is a comma unless the file holds none and uses semicolons
/// or tabs instead.
/// </remarks>
/// <example>
/// <code>
/// TableReadResult result = CsvTableReader.ReadFile("samples/csv/台式机.csv");
/// </code>
/// </example>
public static class CsvTableReader
{
    /// <summary>Reads tables from CSV text already decoded, with the default limits.</summary>
    public static TableReadResult Read(string text, string? source) => Read(text, source, TableReaderOptions.Default);

    /// <summary>Reads tables from CSV text already decoded, with the given limits (I11 above them).</summary>
    public static TableReadResult Read(string text, string? source, TableReaderOptions options)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (options is null) throw new ArgumentNullException(nameof(options));
        if (ReadLimits.TextTooLarge(text, options) is { } tooLarge) return Refused(source, null, tooLarge);
        return Parse(text, source, encoding: null, new List<Finding>(), options);
    }

    /// <summary>Reads tables from CSV bytes, detecting the encoding (UTF-8/UTF-16 BOM, UTF-8, GB18030 with I09), with the default limits.</summary>
    public static TableReadResult Read(byte[] bytes, string? source) => Read(bytes, source, TableReaderOptions.Default);

    /// <summary>Reads tables from CSV bytes with the given limits.</summary>
    public static TableReadResult Read(byte[] bytes, string? source, TableReaderOptions options)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        if (options is null) throw new ArgumentNullException(nameof(options));
        if (ReadLimits.InputTooLarge(bytes.LongLength, options) is { } tooLarge) return Refused(source, null, tooLarge);
        var decoded = SourceDecoder.Decode(bytes);
        if (decoded.Text is null) return Unreadable(source, decoded.Error!);
        var findings = new List<Finding>();
        if (decoded.ReportEncoding) findings.Add(ImportFindings.EncodingDetected(decoded.Encoding!));
        return Parse(decoded.Text, source, decoded.Encoding, findings, options);
    }

    /// <summary>Reads tables from a stream of CSV bytes (see <see cref="Read(byte[], string?)"/>), with the default limits.</summary>
    public static TableReadResult Read(Stream stream, string? source) => Read(stream, source, TableReaderOptions.Default);

    /// <summary>Reads tables from a stream of CSV bytes with the given limits; a stream over <see cref="TableReaderOptions.MaxInputBytes"/> is not read past it.</summary>
    public static TableReadResult Read(Stream stream, string? source, TableReaderOptions options)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        if (options is null) throw new ArgumentNullException(nameof(options));
        if (stream.CanSeek && ReadLimits.InputTooLarge(stream.Length - stream.Position, options) is { } tooLarge) return Refused(source, null, tooLarge);
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        catch (IOException e)
        {
            return Unreadable(source, "读取失败（" + e.Message + "）");
        }

        return Read(bytes, source, options);
    }

    /// <summary>Reads a CSV file with the default limits; a missing or unreadable file is an I10 finding, not an exception.</summary>
    public static TableReadResult ReadFile(string path) => ReadFile(path, TableReaderOptions.Default);

    /// <summary>Reads a CSV file with the given limits; a file over <see cref="TableReaderOptions.MaxInputBytes"/> is not read (I11).</summary>
    public static TableReadResult ReadFile(string path, TableReaderOptions options)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (options is null) throw new ArgumentNullException(nameof(options));
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (ReadLimits.InputTooLarge(length, options) is { } tooLarge) return Refused(path, null, tooLarge);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return Unreadable(path, "文件无法打开（" + e.Message + "）");
        }

        return Read(bytes, path, options);
    }

    private static TableReadResult Parse(string text, string? source, string? encoding, List<Finding> findings, TableReaderOptions options)
    {
        if (SourceDecoder.BinaryReason(text) is { } binary)
        {
            findings.Add(ImportFindings.Unreadable(binary));
            return new TableReadResult { Source = source, Encoding = encoding, Findings = findings.ToValueList() };
        }

        // Counted before splitting, as the text reader does: a file of line breaks must not become millions of rows.
        if (ReadLimits.TooManyLines(text, options) is { } tooMany)
        {
            findings.Add(tooMany);
            return new TableReadResult { Source = source, Encoding = encoding, Findings = findings.ToValueList() };
        }

        var delimiter = CsvRecords.Detect(text);
        if (ReadLimits.TooManyCells(text, delimiter, options) is { } tooManyCells)
        {
            findings.Add(tooManyCells);
            return new TableReadResult { Source = source, Encoding = encoding, Findings = findings.ToValueList() };
        }

        var rows = CsvRecords.Split(text, delimiter, out var unterminated);
        var result = TableGridReader.Read(rows, source, encoding, findings, options);
        if (unterminated == 0) return result;

        // The unclosed quote swallowed the rest of the input into one cell: nothing is lost, but say so.
        var warning = GridFindings.UnterminatedQuote(unterminated);
        return result with { Findings = ValueList.Of(warning).Concat(result.Findings).ToValueList() };
    }

    private static TableReadResult Refused(string? source, string? encoding, Finding finding) => new()
    {
        Source = source,
        Encoding = encoding,
        Findings = ValueList.Of(finding),
    };

    private static TableReadResult Unreadable(string? source, string why) => new()
    {
        Source = source,
        Findings = ValueList.Of(ImportFindings.Unreadable(why)),
    };
}
