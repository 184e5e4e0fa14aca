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

        var lines = SourceLine.Split(text);
        if (lines.All(l => l.IsBlank))
        {
            findings.Add(ImportFindings.Unreadable(text.Length == 0 ? "文件为空" : "文件只有空白"));
            return new TableReadResult { Source = source, Encoding = encoding, Findings = findings.ToValueList() };
        }

        var hierarchy = HierarchyVocabulary.Instance;
        var unplaced = new List<UnplacedLine>();
        var builders = new List<TableBuilder>();
        var preamble = new List<SourceLine>();
        (string Why, int Line)? partial = null;
        TableBuilder? current = null;

        TableBuilder Start(TableBuilder builder)
        {
            // Lines before a title (a page title, 表十二, 报表编号:…) belong to the table that follows; junk stays unplaced.
            foreach (var p in preamble)
            {
                if (TableBuilder.IsPreamble(p))
                {
                    builder.AcceptPreamble(p);
                    continue;
                }

                var cells = SourceLine.JoinCells(p.NonEmpty().Select(c => c.Text));
                unplaced.Add(new UnplacedLine(p.Number, cells));
                findings.Add(ImportFindings.Unplaced(p.Number, cells, null, "位于表名之前，不是表头字段或标题文字"));
            }

            preamble.Clear();
            builders.Add(builder);
            return builder;
        }

        foreach (var line in lines)
        {
            if (line.IsBlank) continue;
            var first = line.First!;

            if (current is null && first.StartsWith("#", StringComparison.Ordinal))
            {
                findings.Add(ImportFindings.CommentSkipped(line.Number, line.Text.Trim()));
                if (Layouts.PartialNote.TryRead(line.Text, out var why)) partial ??= (why, line.Number);
                continue;
            }

            if (line.NonEmptyCount == 1 && Layouts.LayoutCells.IsTableNumber(first))
            {
                // 表十二 repeated before each table of a page: it ends the table above and opens the next.
                current = null;
                preamble.Add(line);
                continue;
            }

            if (HeaderLabels.IsTitle(first))
            {
                current = Start(TableBuilder.AtTitle(source, line, hierarchy));
                continue;
            }

            if (HeaderLabels.TryGet(first, out var kind) && kind is HeaderFieldKind.Name or HeaderFieldKind.DepartmentName && (current is null || current.HasName))
            {
                current = Start(TableBuilder.AtName(source, line, hierarchy));
            }

            // A file with neither title nor 项目名称 but an indicator block (a published evaluation): the block is the table.
            if (current is null && IndicatorBlock.IsHeader(line))
            {
                current = Start(TableBuilder.AtIndicatorHeader(source, line, hierarchy));
            }

            if (current is null)
            {
                preamble.Add(line);
                continue;
            }

            current.Accept(line);
        }

        foreach (var line in preamble)
        {
            var cells = SourceLine.JoinCells(line.NonEmpty().Select(c => c.Text));
            unplaced.Add(new UnplacedLine(line.Number, cells));
            findings.Add(ImportFindings.Unplaced(line.Number, cells, null, builders.Count == 0 ? "位于第一张表之前" : "位于最后一张表之后，且没有表名"));
        }

        if (builders.Count == 0)
        {
            findings.Add(ImportFindings.Unreadable("未找到绩效目标表：没有表名行（…绩效目标表）也没有「项目名称」行；全部文字已保留为未归位行"));
        }
        else
        {
            // The input ends inside the last table: that is where a truncated page is cut off.
            builders[builders.Count - 1].AtEndOfInput();
            if (partial is { } note) builders[builders.Count - 1].MarkPartial(note.Why, note.Line);
        }

        return new TableReadResult
        {
            Source = source,
            Encoding = encoding,
            Tables = builders.SelectMany(b => b.Build()).ToValueList(),
            Findings = findings.OrderBy(f => f.Location.Line ?? 0).ToValueList(),
            UnplacedLines = unplaced.ToValueList(),
        };
    }
}
