using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using PerfRules.Findings;
using PerfRules.Json;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>The formats <see cref="TableFile"/> reads.</summary>
public enum TableFileFormat
{
    /// <summary>PDF-extracted or typed text, cells separated by tabs (<c>.txt</c> and anything not listed below).</summary>
    Text,

    /// <summary>Comma-, semicolon- or tab-separated values (<c>.csv</c>).</summary>
    Csv,

    /// <summary>A table, an array of tables or a <c>{ "tables": [...] }</c> document as <c>perfrules convert</c> writes it (<c>.json</c>).</summary>
    Json,

    /// <summary>One table per line (<c>.jsonl</c>).</summary>
    JsonLines,

    /// <summary>An Excel workbook (<c>.xlsx</c>, or Excel 97–2003 <c>.xls</c>); needs the PerfRules.Excel assembly beside this one.</summary>
    Workbook,
}

/// <summary>
/// The one entry for reading table files of any supported format: the format follows the file name, every
/// format goes through the same limits (<see cref="TableReaderOptions"/>, I11), the same encoding detection
/// (UTF-8/UTF-16 with or without BOM, GB18030, I09) and the same I10 for input that cannot be read, and every
/// format ends in the same <see cref="TableReadResult"/>. Nothing a file contains makes it throw.
/// </summary>
/// <example>
/// <code>
/// TableReadResult result = TableFile.Read("tables/台式机.csv");
/// foreach (var table in result.Tables) Console.WriteLine(table.Name);
/// </code>
/// </example>
public static class TableFile
{
    private static Func<Stream, string?, TableReaderOptions, TableReadResult>? _workbookReader;

    /// <summary>The format of <paramref name="path"/>, by its extension (<c>.csv</c>, <c>.json</c>, <c>.jsonl</c>, <c>.xlsx</c>, <c>.xls</c>; anything else is text).</summary>
    public static TableFileFormat FormatOf(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".CSV" => TableFileFormat.Csv,
            ".JSON" => TableFileFormat.Json,
            ".JSONL" => TableFileFormat.JsonLines,
            ".XLSX" or ".XLS" => TableFileFormat.Workbook,
            _ => TableFileFormat.Text,
        };
    }

    /// <summary>Reads a file of any supported format with the default options.</summary>
    public static TableReadResult Read(string path) => Read(path, TableReaderOptions.Default);

    /// <summary>Reads a file of any supported format (<see cref="FormatOf"/>); a missing or unreadable file is an I10 finding, a file over the size limit I11.</summary>
    public static TableReadResult Read(string path, TableReaderOptions options)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (options is null) throw new ArgumentNullException(nameof(options));
        if (Directory.Exists(path)) return InputBytes.NoTable(path, null, new[] { ImportFindings.Unreadable("是文件夹") });
        if (!File.Exists(path)) return InputBytes.NoTable(path, null, new[] { ImportFindings.Unreadable("文件不存在") });
        try
        {
            var info = new FileInfo(path);
            if (ReadLimits.InputTooLarge(info.Length, options) is { } tooLarge) return InputBytes.NoTable(path, null, new[] { tooLarge });
            using var stream = File.OpenRead(path);
            return Read(stream, path, FormatOf(path), options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return InputBytes.NoTable(path, null, new[] { ImportFindings.Unreadable("文件无法打开（" + SystemErrorText.Of(e) + "）") });
        }
    }

    /// <summary>Reads a stream in the given format with the default options.</summary>
    public static TableReadResult Read(Stream stream, string? source, TableFileFormat format) => Read(stream, source, format, TableReaderOptions.Default);

    /// <summary>
    /// Reads a stream in the given format; at most <see cref="TableReaderOptions.MaxInputBytes"/> + 1 bytes are
    /// read from it, whether it can seek or not.
    /// </summary>
    public static TableReadResult Read(Stream stream, string? source, TableFileFormat format, TableReaderOptions options)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        if (options is null) throw new ArgumentNullException(nameof(options));
        if (format == TableFileFormat.Workbook)
        {
            return WorkbookReader() is { } workbook
                ? workbook(stream, source, options)
                : InputBytes.NoTable(source, null, new[] { ImportFindings.Unreadable(".xlsx 工作簿需要 PerfRules.Excel 程序集（PerfRules 包中已包含）") });
        }

        var bytes = InputBytes.ReadStream(stream, options, out var problem);
        if (bytes is null) return InputBytes.NoTable(source, null, new[] { problem! });
        return format switch
        {
            TableFileFormat.Csv => CsvTableReader.Read(bytes, source, options),
            TableFileFormat.Json => ReadJson(bytes, source),
            TableFileFormat.JsonLines => ReadJsonLines(bytes, source),
            _ => TableTextReader.Read(bytes, source, options),
        };
    }

    /// <summary>
    /// Lets the workbook reader of PerfRules.Excel plug in; called by that assembly when it loads. Library users do
    /// not need it: <see cref="Read(string, TableReaderOptions)"/> finds PerfRules.Excel itself when it is deployed.
    /// </summary>
    public static void RegisterWorkbookReader(Func<Stream, string?, TableReaderOptions, TableReadResult> reader) =>
        _workbookReader = reader ?? throw new ArgumentNullException(nameof(reader));

    private static Func<Stream, string?, TableReaderOptions, TableReadResult>? WorkbookReader()
    {
        if (_workbookReader is not null) return _workbookReader;

        // Loading the type runs its static constructor, which registers the reader.
        try
        {
            if (Type.GetType("PerfRules.Excel.WorkbookTableReader, PerfRules.Excel", throwOnError: false) is { } type) RuntimeHelpers.RunClassConstructor(type.TypeHandle);
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or TypeInitializationException)
        {
            return null;
        }

        return _workbookReader;
    }

    private static TableReadResult ReadJson(byte[] bytes, string? source)
    {
        var findings = new List<Finding>();
        var text = InputBytes.Decode(bytes, findings, out var encoding);
        if (text is null) return InputBytes.NoTable(source, encoding, findings);
        // An actuals file (perfrules score --actuals) beside the tables is not a table input.
        if (IsActualsDocument(text)) return InputBytes.NoTable(source, encoding, findings);

        // Strict: an unknown member or a repeated key is an I06 naming its JSON path; what is no table (or no JSON) is I10.
        var read = TableJsonReader.Read(text, source);
        findings.AddRange(read.Findings);
        return Loaded(source, encoding, read.Tables, findings);
    }

    private static bool IsActualsDocument(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 });
            return Actuals.ActualsJson.IsActualsDocument(doc.RootElement);
        }
        catch (JsonException)
        {
            return false; // the table reader says what is wrong with it
        }
    }

    private static TableReadResult ReadJsonLines(byte[] bytes, string? source)
    {
        var findings = new List<Finding>();
        var text = InputBytes.Decode(bytes, findings, out var encoding);
        if (text is null) return InputBytes.NoTable(source, encoding, findings);
        var tables = new List<PerformanceTable>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (line.Trim().Length == 0) continue;
            try
            {
                tables.Add(PerfRulesJson.DeserializeTable(line));
            }
            catch (JsonException e)
            {
                // One bad line is reported with its number; the lines after it are still read.
                findings.Add(ImportFindings.UnreadableJsonLine(number, e));
            }
        }

        return Loaded(source, encoding, tables, findings);
    }

    private static TableReadResult Loaded(string? source, string? encoding, IEnumerable<PerformanceTable> tables, List<Finding> findings) => new()
    {
        Source = source,
        Encoding = encoding,
        Tables = tables.Select(t => t.Source is null && source is not null ? t with { Source = source } : t).ToValueList(),
        Findings = findings.ToValueList(),
    };
}
