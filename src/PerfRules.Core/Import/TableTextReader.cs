using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>
/// Reads tab-separated, PDF-extracted 绩效目标表 text (the Nanjing layout and its quirks, import.md)
/// into the table model. Never throws on content: unreadable input is an I10 finding, text it
/// cannot place is kept as an unplaced line with an I06 finding, and every repair is reported (I01…).
/// </summary>
/// <example>
/// <code>
/// var result = TableTextReader.ReadFile("samples/001_31cd2f4c762929cd.txt");
/// foreach (var table in result.Tables) Console.WriteLine(table.Name + " " + table.Funding.Total);
/// </code>
/// </example>
public static class TableTextReader
{
    /// <summary>Reads tables from text already decoded.</summary>
    /// <param name="text">The whole input.</param>
    /// <param name="source">Where it came from (stored in <see cref="PerformanceTable.Source"/>), or null.</param>
    public static TableReadResult Read(string text, string? source)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        return Parse(text, source, encoding: null, encodingFinding: null);
    }

    /// <summary>Reads tables from a <see cref="TextReader"/> (the reader's own decoding applies).</summary>
    public static TableReadResult Read(TextReader reader, string? source)
    {
        if (reader is null) throw new ArgumentNullException(nameof(reader));
        string text;
        try
        {
            text = reader.ReadToEnd();
        }
        catch (IOException e)
        {
            return Unreadable(source, "读取失败（" + e.Message + "）");
        }

        return Parse(text, source, encoding: null, encodingFinding: null);
    }

    /// <summary>Reads tables from bytes, detecting the encoding (UTF-8/UTF-16 BOM, UTF-8, GB18030 with I09).</summary>
    public static TableReadResult Read(byte[] bytes, string? source)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        var decoded = SourceDecoder.Decode(bytes);
        if (decoded.Text is null) return Unreadable(source, decoded.Error!);
        return Parse(decoded.Text, source, decoded.Encoding, decoded.ReportEncoding ? ImportFindings.EncodingDetected(decoded.Encoding!) : null);
    }

    /// <summary>Reads tables from a stream of bytes, detecting the encoding as <see cref="Read(byte[], string?)"/> does.</summary>
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

    /// <summary>Reads tables from a file; a missing or unreadable file is an I10 finding, not an exception.</summary>
    /// <param name="path">The file path (also used as <see cref="PerformanceTable.Source"/>).</param>
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

    private static TableReadResult Unreadable(string? source, string why) => new()
    {
        Source = source,
        Findings = ValueList.Of(ImportFindings.Unreadable(why)),
    };

    private static TableReadResult Parse(string text, string? source, string? encoding, Finding? encodingFinding)
    {
        var findings = new List<Finding>();
        if (encodingFinding is not null) findings.Add(encodingFinding);

        if (SourceDecoder.BinaryReason(text) is { } binary)
        {
            findings.Add(ImportFindings.Unreadable(binary));
            return new TableReadResult { Source = source, Encoding = encoding, Findings = findings.ToValueList() };
        }

        return ParseLines(SourceLine.Split(text), source, encoding, findings, text.Length == 0 ? "文件为空" : "文件只有空白");
    }

    /// <summary>
    /// The table logic over rows already split into cells: the seam the CSV and workbook readers share
    /// with the text reader, so every format yields the same model and the same import findings.
    /// </summary>
    internal static TableReadResult ParseLines(IReadOnlyList<SourceLine> lines, string? source, string? encoding, List<Finding> findings, string emptyWhy)
    {
        if (lines.All(l => l.IsBlank))
        {
            findings.Add(ImportFindings.Unreadable(emptyWhy));
            return new TableReadResult { Source = source, Encoding = encoding, Findings = findings.ToValueList() };
        }

        var hierarchy = HierarchyVocabulary.Instance;
        var unplaced = new List<UnplacedLine>();
        var builders = new List<TableBuilder>();
        TableBuilder? current = null;
        foreach (var line in lines)
        {
            if (line.IsBlank) continue;
            var first = line.First!;

            if (current is null && first.StartsWith("#", StringComparison.Ordinal))
            {
                findings.Add(ImportFindings.CommentSkipped(line.Number, line.Text.Trim()));
                continue;
            }

            if (HeaderLabels.IsTitle(first))
            {
                current = TableBuilder.AtTitle(source, line, hierarchy);
                builders.Add(current);
                continue;
            }

            if (HeaderLabels.TryGet(first, out var kind) && kind == HeaderFieldKind.Name && (current is null || current.HasName))
            {
                current = TableBuilder.AtName(source, line, hierarchy);
                builders.Add(current);
            }

            // A file with neither title nor 项目名称 but an indicator block (a published evaluation): the block is the table.
            if (current is null && IndicatorBlock.IsHeader(line))
            {
                current = TableBuilder.AtName(source, line, hierarchy);
                builders.Add(current);
            }

            if (current is null)
            {
                var cells = SourceLine.JoinCells(line.NonEmpty().Select(c => c.Text));
                unplaced.Add(new UnplacedLine(line.Number, cells));
                findings.Add(ImportFindings.Unplaced(line.Number, cells, null, "位于第一张表之前"));
                continue;
            }

            current.Accept(line);
        }

        if (builders.Count == 0)
        {
            findings.Add(ImportFindings.Unreadable("未找到绩效目标表：没有表名行（…绩效目标表）也没有「项目名称」行；全部文字已保留为未归位行"));
        }

        return new TableReadResult
        {
            Source = source,
            Encoding = encoding,
            Tables = builders.Select(b => b.Build()).ToValueList(),
            Findings = findings.OrderBy(f => f.Location.Line ?? 0).ToValueList(),
            UnplacedLines = unplaced.ToValueList(),
        };
    }
}
