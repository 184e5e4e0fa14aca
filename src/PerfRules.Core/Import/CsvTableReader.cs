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
    /// <summary>Reads tables from CSV text already decoded.</summary>
    public static TableReadResult Read(string text, string? source)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        return Parse(text, source, encoding: null, new List<Finding>());
    }

    /// <summary>Reads tables from CSV bytes, detecting the encoding (UTF-8/UTF-16 BOM, UTF-8, GB18030 with I09).</summary>
    public static TableReadResult Read(byte[] bytes, string? source)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        var decoded = SourceDecoder.Decode(bytes);
        if (decoded.Text is null) return Unreadable(source, decoded.Error!);
        var findings = new List<Finding>();
        if (decoded.ReportEncoding) findings.Add(ImportFindings.EncodingDetected(decoded.Encoding!));
        return Parse(decoded.Text, source, decoded.Encoding, findings);
    }

    /// <summary>Reads tables from a stream of CSV bytes (see <see cref="Read(byte[], string?)"/>).</summary>
    public static TableReadResult Read(Stream stream, string? source)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
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

        return Read(bytes, source);
    }

    /// <summary>Reads a CSV file; a missing or unreadable file is an I10 finding, not an exception.</summary>
    public static TableReadResult ReadFile(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return Unreadable(path, "文件无法打开（" + e.Message + "）");
        }

        return Read(bytes, path);
    }

    private static TableReadResult Parse(string text, string? source, string? encoding, List<Finding> findings)
    {
        if (SourceDecoder.BinaryReason(text) is { } binary)
        {
            findings.Add(ImportFindings.Unreadable(binary));
            return new TableReadResult { Source = source, Encoding = encoding, Findings = findings.ToValueList() };
        }

        var rows = CsvRecords.Split(text, CsvRecords.Detect(text), out var unterminated);
        var result = TableGridReader.Read(rows, source, encoding, findings);
        if (unterminated == 0) return result;

        // The unclosed quote swallowed the rest of the input into one cell: nothing is lost, but say so.
        var warning = GridFindings.UnterminatedQuote(unterminated);
        return result with { Findings = ValueList.Of(warning).Concat(result.Findings).ToValueList() };
    }

    private static TableReadResult Unreadable(string? source, string why) => new()
    {
        Source = source,
        Findings = ValueList.Of(ImportFindings.Unreadable(why)),
    };
}
