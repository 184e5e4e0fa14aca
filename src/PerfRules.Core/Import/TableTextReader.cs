using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>
/// Reads tab-separated, PDF-extracted 绩效目标表 text (the Nanjing layout and its quirks, docs/import.md)
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
    /// <summary>Reads tables from text already decoded, with the default <see cref="TableReaderOptions"/>.</summary>
    /// <param name="text">The whole input.</param>
    /// <param name="source">Where it came from (stored in <see cref="PerformanceTable.Source"/>), or null.</param>
    public static TableReadResult Read(string text, string? source) => Read(text, source, TableReaderOptions.Default);

    /// <summary>Reads tables from text already decoded, within the limits of <paramref name="options"/>.</summary>
    /// <param name="text">The whole input.</param>
    /// <param name="source">Where it came from (stored in <see cref="PerformanceTable.Source"/>), or null.</param>
    /// <param name="options">The limits (input size is the text's UTF-8 length).</param>
    public static TableReadResult Read(string text, string? source, TableReaderOptions options)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (options is null) throw new ArgumentNullException(nameof(options));
        if (ReadLimits.TextTooLarge(text, options) is { } tooLarge) return Refused(source, null, tooLarge);
        return Parse(text, source, encoding: null, Array.Empty<Finding>(), options);
    }

    /// <summary>Reads tables from a <see cref="TextReader"/> (the reader's own decoding applies), with the default options.</summary>
    public static TableReadResult Read(TextReader reader, string? source) => Read(reader, source, TableReaderOptions.Default);

    /// <summary>
    /// Reads tables from a <see cref="TextReader"/> within the limits of <paramref name="options"/>; reading
    /// stops as soon as the text is known to be over <see cref="TableReaderOptions.MaxInputBytes"/>.
    /// </summary>
    public static TableReadResult Read(TextReader reader, string? source, TableReaderOptions options)
    {
        if (reader is null) throw new ArgumentNullException(nameof(reader));
        if (options is null) throw new ArgumentNullException(nameof(options));
        var text = new System.Text.StringBuilder();
        try
        {
            var buffer = new char[81920];
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                text.Append(buffer, 0, n);

                // Every character is at least one UTF-8 byte: more characters than the limit is too large.
                if (text.Length > options.MaxInputBytes) return Refused(source, null, ReadLimits.InputTooLarge(text.Length, options)!);
            }
        }
        catch (IOException e)
        {
            return Unreadable(source, "读取失败（" + SystemErrorText.Of(e) + "）");
        }

        return Read(text.ToString(), source, options);
    }

    /// <summary>Reads tables from bytes, detecting the encoding (UTF-8/UTF-16 with or without BOM, GB18030 with I09), with the default options.</summary>
    public static TableReadResult Read(byte[] bytes, string? source) => Read(bytes, source, TableReaderOptions.Default);

    /// <summary>Reads tables from bytes, detecting the encoding as <see cref="Read(byte[], string?)"/> does, within the limits of <paramref name="options"/>.</summary>
    public static TableReadResult Read(byte[] bytes, string? source, TableReaderOptions options)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        if (options is null) throw new ArgumentNullException(nameof(options));
        if (ReadLimits.InputTooLarge(bytes.LongLength, options) is { } tooLarge) return Refused(source, null, tooLarge);
        var findings = new List<Finding>();
        var text = InputBytes.Decode(bytes, findings, out var encoding);
        return text is null ? InputBytes.NoTable(source, encoding, findings) : Parse(text, source, encoding, findings, options);
    }

    /// <summary>Reads tables from a stream of bytes, detecting the encoding as <see cref="Read(byte[], string?)"/> does, with the default options.</summary>
    public static TableReadResult Read(Stream stream, string? source) => Read(stream, source, TableReaderOptions.Default);

    /// <summary>
    /// Reads tables from a stream of bytes within the limits of <paramref name="options"/>; at most
    /// <see cref="TableReaderOptions.MaxInputBytes"/> + 1 bytes are ever read from the stream.
    /// </summary>
    public static TableReadResult Read(Stream stream, string? source, TableReaderOptions options)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        if (options is null) throw new ArgumentNullException(nameof(options));
        var bytes = InputBytes.ReadStream(stream, options, out var problem);
        return bytes is null ? Refused(source, null, problem!) : Read(bytes, source, options);
    }

    /// <summary>Reads tables from a file with the default options; a missing or unreadable file is an I10 finding, not an exception.</summary>
    /// <param name="path">The file path (also used as <see cref="PerformanceTable.Source"/>).</param>
    public static TableReadResult ReadFile(string path) => ReadFile(path, TableReaderOptions.Default);

    /// <summary>
    /// Reads tables from a file within the limits of <paramref name="options"/>; a missing or unreadable file
    /// is an I10 finding and a file over <see cref="TableReaderOptions.MaxInputBytes"/> an I11 finding (it is
    /// not opened for reading), never an exception.
    /// </summary>
    /// <param name="path">The file path (also used as <see cref="PerformanceTable.Source"/>).</param>
    /// <param name="options">The limits.</param>
    public static TableReadResult ReadFile(string path, TableReaderOptions options)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (options is null) throw new ArgumentNullException(nameof(options));
        var bytes = InputBytes.ReadFile(path, options, out var problem);
        return bytes is null ? Refused(path, null, problem!) : Read(bytes, path, options);
    }

    private static TableReadResult Refused(string? source, string? encoding, Finding finding) => InputBytes.NoTable(source, encoding, new[] { finding });

    private static TableReadResult Unreadable(string? source, string why) => InputBytes.NoTable(source, null, new[] { ImportFindings.Unreadable(why) });

    private static TableReadResult Parse(string text, string? source, string? encoding, IReadOnlyList<Finding> decodingFindings, TableReaderOptions options)
    {
        var findings = new List<Finding>(decodingFindings);
        if (!InputBytes.PassesTextChecks(text, options, findings)) return InputBytes.NoTable(source, encoding, findings);

        // Counted before splitting: one line of millions of tabs must not become millions of cell objects.
        if (ReadLimits.TooManyCells(text, '\t', options) is { } tooManyCells)
        {
            findings.Add(tooManyCells);
            return InputBytes.NoTable(source, encoding, findings);
        }

        return ParseLines(SourceLine.Split(text), source, encoding, findings, text.Length == 0 ? "文件为空" : "文件只有空白", options);
    }

    /// <summary>
    /// The table logic over rows already split into cells: the seam the CSV and workbook readers share
    /// with the text reader, so every format yields the same model and the same import findings.
    /// </summary>
    internal static TableReadResult ParseLines(IReadOnlyList<SourceLine> lines, string? source, string? encoding, List<Finding> findings, string emptyWhy, TableReaderOptions? options = null)
    {
        options ??= TableReaderOptions.Default;

        // Column headers are looked up in the options' vocabulary (a profile's "weight": ["占比"]) while this file is read.
        using var columns = Columns.ColumnVocabulary.Reading(options.Vocabulary);
        return ParseTables(lines, source, encoding, findings, emptyWhy, options);
    }

    private static TableReadResult ParseTables(IReadOnlyList<SourceLine> lines, string? source, string? encoding, List<Finding> findings, string emptyWhy, TableReaderOptions options)
    {
        if (lines.All(l => l.IsBlank))
        {
            findings.Add(ImportFindings.Unreadable(emptyWhy));
            return new TableReadResult { Source = source, Encoding = encoding, Findings = findings.ToValueList() };
        }

        // A header label no list names gets a second chance by keywords (项目承办单位 → 实施单位), noted by I15 per table.
        IReadOnlyList<KeywordLabels.Guess> guesses = Array.Empty<KeywordLabels.Guess>();
        var labels = options.LabelsByKeywords ? KeywordLabels.Learn(lines, options.Vocabulary, out guesses) : options.Vocabulary;
        var splitter = new TableSplitter(source, labels, options, findings);
        foreach (var line in lines) splitter.Accept(line);
        var tables = splitter.Finish();
        if (tables.Count == 0)
        {
            findings.Add(ImportFindings.Unreadable("未找到绩效目标表：没有表名行（…绩效目标表）也没有「项目名称」行；全部文字已保留为未归位行"));
            findings.AddRange(guesses.Select(KeywordLabels.Note));
        }

        return new TableReadResult
        {
            Source = source,
            Encoding = encoding,
            Tables = KeywordLabels.Report(InheritLayouts(tables.SelectMany(b => b.Build()).Select(t => ReadLimits.CapIndicators(t, lines, options))).ToList(), guesses).ToValueList(),
            Findings = findings.OrderBy(f => f.Location.Line ?? 0).ToValueList(),
            UnplacedLines = splitter.Unplaced.ToValueList(),
        };
    }

    private static IEnumerable<PerformanceTable> InheritLayouts(IEnumerable<PerformanceTable> tables)
    {
        PerformanceTable? previous = null;
        foreach (var t in tables)
        {
            var table = previous is null ? t : Layouts.LayoutRecognition.InheritFrom(previous, t);
            yield return table;
            previous = table;
        }
    }
}
