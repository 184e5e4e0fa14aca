using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Tables;

namespace PerfRules.Excel;

/// <summary>
/// Reads 绩效目标表 workbooks (.xlsx as finance systems export them, and Excel 97–2003 .xls) into the table model, with the table
/// logic of <see cref="TableTextReader"/> (through <see cref="TableGridReader"/>): the same model and the same
/// import findings as the PDF-extracted text of the same form. Never throws on content: a file that is not a
/// readable workbook is an I10 finding.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Each worksheet is a grid; <see cref="FindingLocation.Line"/> is the worksheet row and import findings
/// about particular cells carry a sheet-qualified A1 reference in <see cref="FindingLocation.Cell"/>
/// (<c>'绩效目标表'!E25</c>).</item>
/// <item>Merged cells: the value sits in the top-left cell and the covered cells read as blank, so a merged
/// 一级/二级 label is filled down over the rows it spans with an I01 finding whose cell is the merged range.</item>
/// <item>Cells read as Excel shows them: shared and rich strings, numbers with their stored digits (15
/// significant digits) plus the literal text of their format (<c>0"家"</c>), percent formats scaled
/// (0.95 → 95%), and Excel date serials in date-formatted cells converted to <c>2026年6月30日</c> with an I12
/// finding (a value typed as 6-30 that Excel silently turned into a date is worth a look).</item>
/// <item>Sheets that hold no table are kept: their text goes to <see cref="TableReadResult.UnplacedLines"/> with an
/// I06 finding per sheet; only when no sheet holds a table is the workbook unreadable (I10).</item>
/// </list>
/// </remarks>
/// <example>
/// <code>
/// TableReadResult result = WorkbookTableReader.ReadFile("samples/excel/台式机.xlsx");
/// var table = result.Tables[0];
/// </code>
/// </example>
public static class WorkbookTableReader
{
    /// <summary>The most characters a part the Open XML SDK loads whole (the workbook, the styles) may decompress to: 16 Mi, a guard against zip bombs.</summary>
    public const long MaxCharactersInPart = 16L * 1024 * 1024;

    /// <summary>
    /// The most bytes one worksheet or shared-strings part may inflate to: 16 MiB of XML (a sheet of a hundred
    /// thousand cells is a few MB). Counted while the part streams; over it the file is I11 and nothing past it is read.
    /// </summary>
    public const long MaxPartBytes = 16L * 1024 * 1024;

    /// <summary>The most entries (parts) the workbook's ZIP package may list: 10,000 (a workbook of a few sheets has about a dozen).</summary>
    public const int MaxPackageEntries = 10_000;

    /// <summary>The most non-empty cells a workbook may hold, over all sheets: 500,000 (a target table has a few hundred).</summary>
    public const int MaxCells = 500_000;

    /// <summary>The most <c>&lt;row&gt;</c> elements a workbook may hold, over all sheets, empty ones included: 1,048,576 (one full sheet).</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>The rightmost column a cell with text may be in: 1,024 (column AMJ). A row is as wide as its rightmost cell.</summary>
    public const int MaxColumns = 1024;

    /// <summary>The most merged ranges a sheet may declare: 10,000.</summary>
    public const int MaxMergedRanges = 10_000;

    /// <summary>The most cells the merged ranges of a sheet may cover together: 16,777,216 (sixteen full columns).</summary>
    public const long MaxMergedArea = 16L * 1024 * 1024;

    /// <summary>The most shared strings a workbook may declare: 1,000,000.</summary>
    public const int MaxSharedStrings = 1_000_000;

    /// <summary>The most characters the shared strings may hold together: 16,777,216.</summary>
    public const long MaxSharedStringCharacters = 16L * 1024 * 1024;

    /// <summary>Plugs this reader into <see cref="TableFile"/>, so <c>TableFile.Read("x.xlsx")</c> reads workbooks.</summary>
    static WorkbookTableReader() => TableFile.RegisterWorkbookReader(Read);

    /// <summary>Reads a workbook file with the default limits; a missing or unreadable file is an I10 finding, not an exception.</summary>
    public static TableReadResult ReadFile(string path) => ReadFile(path, TableReaderOptions.Default);

    /// <summary>Reads a workbook file with the given limits (<see cref="TableReaderOptions.MaxInputBytes"/> applies to the file, the others to each sheet).</summary>
    public static TableReadResult ReadFile(string path, TableReaderOptions options)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (options is null) throw new ArgumentNullException(nameof(options));
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, path, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return Unreadable(path, "文件无法打开（" + SystemErrorText.Of(e) + "）");
        }
    }

    /// <summary>Reads a workbook from bytes with the default limits.</summary>
    public static TableReadResult Read(byte[] bytes, string? source) => Read(bytes, source, TableReaderOptions.Default);

    /// <summary>Reads a workbook from bytes with the given limits.</summary>
    public static TableReadResult Read(byte[] bytes, string? source, TableReaderOptions options)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        using var stream = new MemoryStream(bytes, writable: false);
        return Read(stream, source, options);
    }

    /// <summary>Reads a workbook from a stream (seekable or not) with the default limits.</summary>
    public static TableReadResult Read(Stream stream, string? source) => Read(stream, source, TableReaderOptions.Default);

    /// <summary>Reads a workbook from a stream (seekable or not) with the given limits.</summary>
    public static TableReadResult Read(Stream stream, string? source, TableReaderOptions options)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        if (options is null) throw new ArgumentNullException(nameof(options));
        Stream seekable = stream;
        MemoryStream? copy = null;
        try
        {
            if (!stream.CanSeek)
            {
                copy = new MemoryStream();
                CopyAtMost(stream, copy, options.MaxInputBytes + 1);
                copy.Position = 0;
                seekable = copy;
            }

            var length = seekable.Length - seekable.Position;
            if (length > options.MaxInputBytes)
            {
                return Refused(source, new Finding(ImportRuleIds.LimitExceeded, Severity.Error,
                    "超出上限：输入大小（字节）" + (copy is null ? length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "超过 " + options.MaxInputBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))
                    + "，超过上限 " + options.MaxInputBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + "（TableReaderOptions.MaxInputBytes）；未读取任何内容；如确需读取，请调大该上限",
                    FindingLocation.Table)
                {
                    Arguments = ValueList.Of(new FindingArgument("limit", nameof(TableReaderOptions.MaxInputBytes)), new FindingArgument("value", length.ToString(System.Globalization.CultureInfo.InvariantCulture)), new FindingArgument("maximum", options.MaxInputBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                });
            }

            if (Signature(seekable) is { } notWorkbook) return Unreadable(source, notWorkbook);
            if (IsLegacy(seekable)) return ReadLegacy(seekable, source, options);
            PackageBounds.Check(seekable);
            using var document = SpreadsheetDocument.Open(seekable, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            return ReadDocument(document, source, options);
        }
        catch (WorkbookLimitException e)
        {
            var count = e.Actual is { } actual ? actual.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "超过 " + e.Limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            return Refused(source, new Finding(ImportRuleIds.LimitExceeded, Severity.Error,
                "超出上限：" + e.Subject + " " + count + "，超过上限 " + e.Limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                + "（WorkbookTableReader." + e.Option + "）；该工作簿未读取；如确需读取，请拆分工作簿",
                FindingLocation.Table)
            {
                Arguments = ValueList.Of(
                    new FindingArgument("limit", e.Option),
                    new FindingArgument("value", (e.Actual ?? e.Limit + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new FindingArgument("maximum", e.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            });
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or ArgumentException
                                      or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FormatException or OverflowException)
        {
            return Unreadable(source, "不是可读取的 .xlsx 工作簿（" + (e is IOException ? SystemErrorText.Of(e) : "压缩包或其中的 XML 已损坏，或不是 Excel、WPS 等保存的工作簿") + "）");
        }
        finally
        {
            copy?.Dispose();
        }
    }

    private static TableReadResult ReadDocument(SpreadsheetDocument document, string? source, TableReaderOptions options)
    {
        var workbookPart = document.WorkbookPart;
        if (workbookPart?.Workbook?.Sheets is not { } sheets) return Unreadable(source, "工作簿中没有工作表");
        var context = Context(workbookPart);

        var grids = new List<(string Name, WorksheetGrid Grid)>();
        var budget = new GridBudget();
        foreach (var sheet in sheets.Elements<Sheet>())
        {
            if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part) continue; // chart sheets hold no cells
            using var xml = new LimitedStream(part.GetStream(FileMode.Open, FileAccess.Read), MaxPartBytes, "工作表 XML ");
            var grid = WorksheetGrid.Read(xml, context, budget);
            if (!grid.IsEmpty) grids.Add((sheet.Name?.Value ?? "Sheet", grid));
        }

        return ReadGrids(grids, source, options);
    }

    /// <summary>An Excel 97–2003 workbook (.xls) through <see cref="LegacyWorkbook"/>; one it cannot read (encrypted, damaged) is I10.</summary>
    private static TableReadResult ReadLegacy(Stream stream, string? source, TableReaderOptions options)
    {
        try
        {
            var result = ReadGrids(LegacyWorkbook.Read(stream), source, options);
            if (result.Tables.Count == 0) return result;

            // ExcelDataReader gives a formula's stored result only and reads an error value (#NAME?, #DIV/0!) as a
            // blank: said once per file, so a blank that the form does not show is explained.
            return result with
            {
                Findings = result.Findings.Prepend(new Finding(ImportRuleIds.CellConverted, Severity.Warning,
                    (source is null ? "该" : "「" + Path.GetFileName(source) + "」是") + " Excel 97-2003 (.xls) 工作簿，只能读到公式保存的结果，公式本身未检查："
                    + "错误值（#NAME?、#DIV/0! 等）读为空白，填写时被当作公式的“=100%”读为 1，这些单元格不会像 .xlsx 那样逐格报告；如需逐格核对，请另存为 .xlsx 后再读取",
                    FindingLocation.Table)
                {
                    Arguments = source is null ? ValueList<FindingArgument>.Empty : ValueList.Of(new FindingArgument("file", Path.GetFileName(source))),
                }).ToValueList(),
            };
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or NotSupportedException or InvalidOperationException or IndexOutOfRangeException or ArgumentException or EndOfStreamException or IOException)
        {
            return Unreadable(source, "是无法读取的 Excel 97-2003 (.xls) 工作簿或加密的工作簿（" + (e is IOException and not EndOfStreamException ? SystemErrorText.Of(e) : "文件已损坏、被截断或已加密") + "）；请在 Excel 或 WPS 中另存为 .xlsx（Excel 工作簿）后再读取");
        }
    }

    private static TableReadResult ReadGrids(List<(string Name, WorksheetGrid Grid)> grids, string? source, TableReaderOptions options)
    {
        if (grids.Count == 0) return Unreadable(source, "工作簿的所有工作表都是空的");

        // Every reference names its sheet ('绩效目标表'!E25), so a finding says where it is whatever the workbook holds.
        const bool qualify = true;
        var results = grids.Select(g => (g.Name, g.Grid, Result: TableGridReader.ReadWorksheet(g.Grid.Rows, source, new WorksheetInfo
        {
            Name = g.Name,
            QualifyReferences = qualify,
            MergedRanges = g.Grid.MergedRanges,
            Conversions = g.Grid.Conversions,
        }, options))).ToList();

        if (results.All(r => r.Result.Tables.Count == 0))
        {
            // Nothing anywhere: the first sheet's reasons (I10 with its text kept) stand for the workbook.
            var first = results[0].Result;
            return first with { Findings = first.Findings.Concat(results.Skip(1).SelectMany(r => r.Result.Findings)).ToValueList() };
        }

        var findings = new List<Finding>();
        var unplaced = new List<UnplacedLine>();
        var tables = new List<PerformanceTable>();
        foreach (var (name, grid, result) in results)
        {
            if (result.Tables.Count == 0)
            {
                // A lookup list or a notes sheet beside the form: kept, and said once.
                unplaced.AddRange(result.UnplacedLines);
                findings.AddRange(grid.Conversions.Select(c => Converted(c, name))); // an error value in a notes sheet still says where it is
                findings.Add(new Finding(ImportRuleIds.LineUnplaced, Severity.Warning,
                    "工作表「" + name + "」中没有绩效目标表，其 " + result.UnplacedLines.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 行文字已原样保留为未归位行",
                    new FindingLocation { Cell = "'" + name.Replace("'", "''") + "'!A1" })
                {
                    Arguments = ValueList.Of(new FindingArgument("sheet", name), new FindingArgument("value", result.UnplacedLines.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                });
                continue;
            }

            tables.AddRange(result.Tables);
            findings.AddRange(result.Findings);
            unplaced.AddRange(result.UnplacedLines);
        }

        return new TableReadResult
        {
            Source = source,
            Tables = tables.ToValueList(),
            Findings = findings.ToValueList(),
            UnplacedLines = unplaced.ToValueList(),
        };
    }

    private static WorkbookContext Context(WorkbookPart workbookPart)
    {
        IReadOnlyList<string> strings = Array.Empty<string>();
        if (workbookPart.SharedStringTablePart is { } sst)
        {
            using var xml = new LimitedStream(sst.GetStream(FileMode.Open, FileAccess.Read), MaxPartBytes, "共享字符串表 XML ");
            strings = SharedStrings.Read(xml);
        }

        var formats = new List<NumberFormat>();
        if (workbookPart.WorkbookStylesPart?.Stylesheet is { } stylesheet)
        {
            var custom = new Dictionary<uint, NumberFormat>();
            if (stylesheet.NumberingFormats is { } numberingFormats)
            {
                foreach (var nf in numberingFormats.Elements<NumberingFormat>())
                {
                    if (nf.NumberFormatId?.Value is { } fid) custom[fid] = NumberFormat.Parse(nf.FormatCode?.Value ?? string.Empty);
                }
            }

            if (stylesheet.CellFormats is { } cellFormats)
            {
                foreach (var xf in cellFormats.Elements<CellFormat>())
                {
                    var fid = xf.NumberFormatId?.Value ?? 0;
                    formats.Add(custom.TryGetValue(fid, out var f) ? f : NumberFormat.BuiltIn(fid));
                }
            }
        }

        var date1904 = workbookPart.Workbook.WorkbookProperties?.Date1904?.Value ?? false;
        return new WorkbookContext(strings, formats, date1904);
    }

    /// <summary>Why the bytes are not an .xlsx package (an old .xls, text, empty), or null when they may be one.</summary>
    private static string? Signature(Stream stream)
    {
        var head = new byte[8];
        var read = 0;
        while (read < head.Length)
        {
            var n = stream.Read(head, read, head.Length - read);
            if (n == 0) break;
            read += n;
        }

        stream.Position = 0;
        if (read == 0) return "文件为空";
        if (read >= 4 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0 && !LegacyWorkbook.IsCompoundFile(head, read))
        {
            return "是损坏的 Excel 97-2003 (.xls) 工作簿；请在 Excel 中另存为 .xlsx（Excel 工作簿）";
        }

        if (LegacyWorkbook.IsCompoundFile(head, read)) return null;
        return read >= 2 && head[0] == (byte)'P' && head[1] == (byte)'K' ? null : "不是 .xlsx 工作簿（.xlsx 是 ZIP 压缩包，此文件不是）";
    }

    /// <summary>True when the stream holds an OLE compound file (an .xls workbook, or an encrypted one).</summary>
    private static bool IsLegacy(Stream stream)
    {
        var head = new byte[8];
        var read = 0;
        while (read < head.Length)
        {
            var n = stream.Read(head, read, head.Length - read);
            if (n == 0) break;
            read += n;
        }

        stream.Position = 0;
        return LegacyWorkbook.IsCompoundFile(head, read);
    }

    private static void CopyAtMost(Stream from, Stream to, long most)
    {
        var buffer = new byte[81920];
        long total = 0;
        int n;
        while (total < most && (n = from.Read(buffer, 0, (int)Math.Min(buffer.Length, most - total))) > 0)
        {
            to.Write(buffer, 0, n);
            total += n;
        }
    }

    /// <summary>The I12 finding of a conversion in a sheet that holds no table (a table's are made by the grid reader).</summary>
    private static Finding Converted(CellConversion conversion, string sheet)
    {
        var cell = CellReference.Format(conversion.Row, conversion.Column, sheet);
        return new Finding(ImportRuleIds.CellConverted, conversion.Severity,
            "单元格 " + cell + " 存的值「" + conversion.Stored + "」" + conversion.Why + "，已按显示转换为「" + conversion.Text + "」",
            new FindingLocation { Line = conversion.Row, Cell = cell })
        {
            Arguments = ValueList.Of(new FindingArgument("cell", cell), new FindingArgument("value", conversion.Stored), new FindingArgument("text", conversion.Text)),
        };
    }

    private static TableReadResult Refused(string? source, Finding finding) => new()
    {
        Source = source,
        Findings = ValueList.Of(finding),
    };

    private static TableReadResult Unreadable(string? source, string why) => new()
    {
        Source = source,
        Findings = ValueList.Of(new Finding(ImportRuleIds.UnreadableInput, Severity.Error, "无法读取：" + why, FindingLocation.Table)),
    };
}
