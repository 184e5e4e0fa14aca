using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Xml;
using PerfRules.Import;

namespace PerfRules.Excel;

/// <summary>
/// One worksheet read as rows of cell text (what the officer sees), its merged ranges and the cells
/// whose stored value was converted. Streams the sheet XML, so a large sheet is not held as a DOM.
/// </summary>
internal sealed class WorksheetGrid
{
    private WorksheetGrid(List<GridRow> rows, List<CellRange> merged, List<CellConversion> conversions)
    {
        Rows = rows;
        MergedRanges = merged;
        Conversions = conversions;
    }

    /// <summary>The non-empty rows, in order, each from column A.</summary>
    public IReadOnlyList<GridRow> Rows { get; }

    /// <summary>The merged ranges.</summary>
    public IReadOnlyList<CellRange> MergedRanges { get; }

    /// <summary>Cells whose text differs from their stored value.</summary>
    public IReadOnlyList<CellConversion> Conversions { get; }

    /// <summary>True when no cell holds text.</summary>
    public bool IsEmpty => Rows.Count == 0;

    /// <summary>Reads a worksheet part's XML.</summary>
    public static WorksheetGrid Read(Stream sheetXml, WorkbookContext workbook) => Read(sheetXml, workbook, new GridBudget());

    /// <summary>Reads a worksheet part's XML, counting its rows, cells and merged ranges against <paramref name="budget"/> (shared by the workbook's sheets).</summary>
    /// <exception cref="WorkbookLimitException">A streaming limit of <see cref="WorkbookTableReader"/> was exceeded.</exception>
    public static WorksheetGrid Read(Stream sheetXml, WorkbookContext workbook, GridBudget budget)
    {
        long mergedArea = 0;
        var cellsByRow = new SortedDictionary<int, SortedDictionary<int, string>>();
        var merged = new List<CellRange>();
        var conversions = new List<CellConversion>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = false };
        using (var xml = XmlReader.Create(sheetXml, settings))
        {
            var rowNumber = 0;
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element) continue;
                switch (xml.LocalName)
                {
                    case "row":
                        budget.Row();
                        rowNumber = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : rowNumber + 1;
                        ReadRow(xml, rowNumber, workbook, cellsByRow, conversions, budget);
                        break;
                    case "mergeCell":
                        if (CellRange.Parse(xml.GetAttribute("ref")) is { } range)
                        {
                            if (merged.Count >= WorkbookTableReader.MaxMergedRanges)
                            {
                                throw new WorkbookLimitException(nameof(WorkbookTableReader.MaxMergedRanges), "合并区域个数", WorkbookTableReader.MaxMergedRanges);
                            }

                            mergedArea += ((long)range.LastRow - range.FirstRow + 1) * ((long)range.LastColumn - range.FirstColumn + 1);
                            if (mergedArea > WorkbookTableReader.MaxMergedArea)
                            {
                                throw new WorkbookLimitException(nameof(WorkbookTableReader.MaxMergedArea), "合并区域覆盖的单元格数", WorkbookTableReader.MaxMergedArea, mergedArea);
                            }

                            merged.Add(range);
                        }

                        break;
                }
            }
        }

        // Excel shows a merged range's top-left value only; a value stored in a covered cell is not what the
        // officer sees, so it is blanked (as the PDF export blanks it) and the blanking reported.
        // The walk goes over the cells that exist, never over a range's area (A1:XFD1048576 is 17 billion cells).
        foreach (var range in merged)
        {
            foreach (var row in cellsByRow)
            {
                if (row.Key < range.FirstRow || row.Key > range.LastRow) continue;
                List<int>? covered = null;
                foreach (var cell in row.Value)
                {
                    if (cell.Key < range.FirstColumn || cell.Key > range.LastColumn) continue;
                    if (row.Key == range.FirstRow && cell.Key == range.FirstColumn) continue;
                    if (cell.Value.Trim().Length == 0) continue;
                    (covered ??= new List<int>()).Add(cell.Key);
                }

                if (covered is null) continue;
                foreach (var col in covered)
                {
                    var hidden = row.Value[col];
                    row.Value.Remove(col);
                    conversions.Add(new CellConversion(row.Key, col, hidden, string.Empty,
                        "位于合并区域 " + range.ToReference() + " 内，Excel 只显示其左上角单元格的值"));
                }
            }
        }

        var rows = new List<GridRow>(cellsByRow.Count);
        foreach (var kv in cellsByRow)
        {
            if (kv.Value.Count == 0) continue;
            var width = 0;
            foreach (var col in kv.Value.Keys) width = Math.Max(width, col);
            var cells = new string[width];
            for (var c = 0; c < width; c++) cells[c] = kv.Value.TryGetValue(c + 1, out var t) ? t : string.Empty;
            rows.Add(new GridRow(kv.Key, cells));
        }

        conversions.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column));
        return new WorksheetGrid(rows, merged, conversions);
    }

    private static void ReadRow(XmlReader xml, int rowNumber, WorkbookContext workbook,
        SortedDictionary<int, SortedDictionary<int, string>> cellsByRow, List<CellConversion> conversions, GridBudget budget)
    {
        if (!cellsByRow.TryGetValue(rowNumber, out var cells))
        {
            cells = new SortedDictionary<int, string>();
            cellsByRow[rowNumber] = cells;
        }

        if (xml.IsEmptyElement) return;
        var depth = xml.Depth;
        var column = 0;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c") continue;
            column = CellReference.TryParse(xml.GetAttribute("r"), out _, out var c) ? c : column + 1;
            var type = xml.GetAttribute("t");
            var style = uint.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0u;
            var (value, inline) = ReadCellContent(xml);
            var text = workbook.CellText(type, style, value, inline, out var conversion);
            if (text.Length == 0) continue;
            if (column > WorkbookTableReader.MaxColumns)
            {
                throw new WorkbookLimitException(nameof(WorkbookTableReader.MaxColumns), "第 " + rowNumber.ToString(CultureInfo.InvariantCulture) + " 行的宽度（列数）", WorkbookTableReader.MaxColumns, column);
            }

            if (!cells.ContainsKey(column)) budget.Cell();
            cells[column] = text;
            if (conversion is not null) conversions.Add(new CellConversion(rowNumber, column, value ?? string.Empty, text, conversion));
        }
    }

    /// <summary>The <c>&lt;v&gt;</c> text and the inline string (<c>&lt;is&gt;</c>) of the current <c>&lt;c&gt;</c> element.</summary>
    private static (string? Value, string? Inline) ReadCellContent(XmlReader xml)
    {
        if (xml.IsEmptyElement) return (null, null);
        string? value = null;
        string? inline = null;
        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "v") value = xml.ReadElementContentAsString();
            else if (xml.LocalName == "is") inline = SharedStrings.ReadItem(xml);

            // ReadElementContentAsString and ReadItem leave the reader on the next node: re-check it.
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) break;
        }

        return (value, inline);
    }
}
