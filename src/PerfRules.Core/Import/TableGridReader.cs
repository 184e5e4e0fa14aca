using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>
/// Reads tables from rows that arrive already split into cells — a worksheet from any spreadsheet
/// library, a CSV file (<see cref="CsvTableReader"/>), a database export — with exactly the table
/// logic of <see cref="TableTextReader"/>: the same model, the same repairs and the same import
/// findings (a blank 一级/二级 cell under a merged label is filled down with I01, as in a PDF export).
/// </summary>
/// <example>
/// <code>
/// var rows = sheet.Rows.Select(r => new GridRow(r.Number, r.Cells.Select(c => c.Text).ToList()));
/// TableReadResult result = TableGridReader.Read(rows, "台式机.xlsx");
/// </code>
/// </example>
public static class TableGridReader
{
    /// <summary>Reads tables from rows; locations are the rows' numbers (<see cref="FindingLocation.Line"/>).</summary>
    /// <param name="rows">The rows in source order.</param>
    /// <param name="source">Where they came from (stored in <see cref="PerformanceTable.Source"/>), or null.</param>
    public static TableReadResult Read(IEnumerable<GridRow> rows, string? source) => Read(rows, source, TableReaderOptions.Default);

    /// <summary>Reads tables from rows with the given limits (rows count as lines; I11 above a limit).</summary>
    public static TableReadResult Read(IEnumerable<GridRow> rows, string? source, TableReaderOptions options)
    {
        if (rows is null) throw new ArgumentNullException(nameof(rows));
        if (options is null) throw new ArgumentNullException(nameof(options));
        return Read(rows, source, encoding: null, new List<Finding>(), options);
    }

    /// <summary>
    /// Reads tables from the rows of one worksheet: as <see cref="Read(IEnumerable{GridRow}, string?)"/>, and every
    /// import finding also carries an A1 reference (<see cref="FindingLocation.Cell"/>): I01 the merged range it filled
    /// from, I06 the row's used cells, I12 each converted cell, the others the cell <see cref="CellLocator"/> finds.
    /// Each table keeps its <see cref="PerformanceTable.Worksheet"/>, so rule findings name their cells too.
    /// </summary>
    public static TableReadResult ReadWorksheet(IEnumerable<GridRow> rows, string? source, WorksheetInfo sheet) =>
        ReadWorksheet(rows, source, sheet, TableReaderOptions.Default);

    /// <summary>Reads the rows of one worksheet with the given limits (see <see cref="ReadWorksheet(IEnumerable{GridRow}, string?, WorksheetInfo)"/>).</summary>
    public static TableReadResult ReadWorksheet(IEnumerable<GridRow> rows, string? source, WorksheetInfo sheet, TableReaderOptions options)
    {
        if (rows is null) throw new ArgumentNullException(nameof(rows));
        if (sheet is null) throw new ArgumentNullException(nameof(sheet));
        if (options is null) throw new ArgumentNullException(nameof(options));

        var materialised = rows.ToList();
        var lines = new List<SourceLine>();
        var result = Read(materialised, source, encoding: null, new List<Finding>(), options, lines);
        if (result.IsUnreadable) return result;

        var cells = new WorksheetCells(materialised, sheet);
        var byNumber = new Dictionary<int, SourceLine>();
        foreach (var l in lines) byNumber[l.Number] = l;
        var whole = Source(sheet, byNumber, lines.Count == 0 ? 1 : lines[0].Number, lines.Count == 0 ? 1 : lines[lines.Count - 1].Number);
        var tables = LocateTables(result.Tables, sheet, byNumber, whole, cells);
        var fileFindings = result.Findings.Select(f => cells.Annotate(f, null, whole)).ToList();
        AssignConversions(sheet, tables, fileFindings);
        return result with
        {
            Tables = tables.ToValueList(),
            Findings = fileFindings.OrderBy(f => f.Location.Line ?? 0).ToValueList(),
        };
    }

    /// <summary>
    /// Each table spans the rows from its first line to the line before the next table's (the last to the sheet's end),
    /// and its import findings name their cells.
    /// </summary>
    private static List<PerformanceTable> LocateTables(IReadOnlyList<PerformanceTable> read, WorksheetInfo sheet, Dictionary<int, SourceLine> byNumber, WorksheetSource whole, WorksheetCells cells)
    {
        var tables = new List<PerformanceTable>(read.Count);
        for (var i = 0; i < read.Count; i++)
        {
            var t = read[i];
            var first = t.Line ?? whole.FirstRow;
            var last = i + 1 < read.Count && read[i + 1].Line is { } next ? next - 1 : whole.LastRow;
            while (last > first && (!byNumber.TryGetValue(last, out var l) || l.IsBlank)) last--;
            var located = Source(sheet, byNumber, first, Math.Max(first, last));
            t = t with { Worksheet = located };
            tables.Add(t with { ImportFindings = t.ImportFindings.Select(f => cells.Annotate(f, t, located)).ToValueList() });
        }

        return tables;
    }

    /// <summary>Each conversion belongs to the table whose rows hold it (tables start at their Line, in order), else to the file.</summary>
    private static void AssignConversions(WorksheetInfo sheet, List<PerformanceTable> tables, List<Finding> fileFindings)
    {
        foreach (var conversion in sheet.Conversions)
        {
            var finding = GridFindings.Converted(conversion, sheet.ReferenceSheet);
            var owner = -1;
            for (var i = 0; i < tables.Count; i++)
            {
                if ((tables[i].Line ?? 0) <= conversion.Row) owner = i;
            }

            if (owner < 0) fileFindings.Add(finding);
            else tables[owner] = tables[owner] with { ImportFindings = Insert(tables[owner].ImportFindings, finding) };
        }
    }

    internal static TableReadResult Read(IEnumerable<GridRow> rows, string? source, string? encoding, List<Finding> findings, TableReaderOptions options) =>
        Read(rows, source, encoding, findings, options, new List<SourceLine>());

    /// <summary>Reads the rows into <paramref name="lines"/> (kept for the caller: they carry the indicator rows' columns) and parses them.</summary>
    private static TableReadResult Read(IEnumerable<GridRow> rows, string? source, string? encoding, List<Finding> findings, TableReaderOptions options, List<SourceLine> lines)
    {
        foreach (var row in rows)
        {
            if (lines.Count >= options.MaxLines)
            {
                findings.Add(ImportFindings.LimitExceeded(nameof(TableReaderOptions.MaxLines), (long)lines.Count + 1, options.MaxLines, "输入行数",
                    "未读取任何内容；如确需读取，请调大该上限", FindingLocation.Table));
                return new TableReadResult { Source = source, Encoding = encoding, Findings = findings.ToValueList() };
            }

            lines.Add(SourceLine.FromCells(row.Number, row.Cells));
        }

        return TableTextReader.ParseLines(lines, source, encoding, findings, lines.Count == 0 ? "没有任何单元格" : "单元格全为空", options);
    }

    private static WorksheetSource Source(WorksheetInfo sheet, IReadOnlyDictionary<int, SourceLine> lines, int first, int last) =>
        new(sheet.Name, sheet.ReferenceSheet, first, last, lines);

    /// <summary>Inserts by line, after findings of the same line (the reader's order is by line).</summary>
    private static ValueList<Finding> Insert(ValueList<Finding> findings, Finding finding)
    {
        var list = findings.ToList();
        var line = finding.Location.Line ?? 0;
        var at = list.FindLastIndex(f => (f.Location.Line ?? 0) <= line) + 1;
        list.Insert(at, finding);
        return list.ToValueList();
    }
}
