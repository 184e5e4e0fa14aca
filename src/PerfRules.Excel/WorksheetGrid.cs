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
        var references = new List<PendingReference>();
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
                        ReadRow(xml, rowNumber, workbook, cellsByRow, conversions, references, budget);
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

        ResolveReferences(references, cellsByRow, conversions);
        return Build(cellsByRow, merged, conversions);
    }

    /// <summary>
    /// The grid of cells read by row and column: values under a merged range's top-left cell blanked (and reported),
    /// empty rows left out.
    /// </summary>
    internal static WorksheetGrid Build(SortedDictionary<int, SortedDictionary<int, string>> cellsByRow, List<CellRange> merged, List<CellConversion> conversions)
    {
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

    private static void CheckWidth(int rowNumber, int column)
    {
        if (column > WorkbookTableReader.MaxColumns)
        {
            throw new WorkbookLimitException(nameof(WorkbookTableReader.MaxColumns), "第 " + rowNumber.ToString(CultureInfo.InvariantCulture) + " 行的宽度（列数）", WorkbookTableReader.MaxColumns, column);
        }
    }

    private static void ReadRow(XmlReader xml, int rowNumber, WorkbookContext workbook,
        SortedDictionary<int, SortedDictionary<int, string>> cellsByRow, List<CellConversion> conversions, List<PendingReference> references, GridBudget budget)
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
            var (value, inline, formula) = ReadCellContent(xml);
            var text = workbook.CellText(type, style, value, inline, out var conversion);
            if (formula is not null)
            {
                if (string.IsNullOrEmpty(value) && FormulaCell.TryReference(formula, out var toRow, out var toColumn))
                {
                    // A reference still costs a cell of the budget: a sheet of 30 million `=A1` must not slip past the limits.
                    CheckWidth(rowNumber, column);
                    budget.Cell();
                    references.Add(new PendingReference(rowNumber, column, formula, toRow, toColumn));
                    continue;
                }

                var read = FormulaCell.Read(formula, type, value, text);
                text = read.Text;
                conversion = null;
                if (read.Why is not null) conversions.Add(new CellConversion(rowNumber, column, string.IsNullOrEmpty(value) ? "（无计算结果）" : value!, text, read.Why) { Severity = read.Severity });
            }
            else if (type == "e" && text.Length > 0)
            {
                conversions.Add(new CellConversion(rowNumber, column, text, text, "是错误值（Excel 中显示为错误）；请修正该单元格后重新导出") { Severity = PerfRules.Findings.Severity.Warning });
            }

            if (text.Length == 0) continue;
            CheckWidth(rowNumber, column);
            if (!cells.ContainsKey(column)) budget.Cell();
            cells[column] = text;
            if (conversion is not null) conversions.Add(new CellConversion(rowNumber, column, value ?? string.Empty, text, conversion));
        }
    }

    /// <summary>
    /// Formulas without a stored result that are one same-sheet reference (<c>=E13</c>) read as the cell they refer to
    /// (an I12 note); a reference to an empty cell or to another such formula reads as its formula text (an I12 warning).
    /// </summary>
    private static void ResolveReferences(List<PendingReference> references, SortedDictionary<int, SortedDictionary<int, string>> cellsByRow, List<CellConversion> conversions)
    {
        foreach (var r in references)
        {
            var target = cellsByRow.TryGetValue(r.ToRow, out var row) && row.TryGetValue(r.ToColumn, out var t) ? t : null;
            var pending = references.Exists(o => o.Row == r.ToRow && o.Column == r.ToColumn);
            string text;
            CellConversion conversion;
            if (target is { Length: > 0 } && !pending)
            {
                text = target;
                conversion = new CellConversion(r.Row, r.Column, "（无计算结果）", text, "是没有保存计算结果的公式「=" + r.Formula.Trim() + "」（openpyxl 等程序写出的文件如此）；已按其引用的单元格 " + CellReference.Format(r.ToRow, r.ToColumn) + " 的值读取");
            }
            else
            {
                var read = FormulaCell.Read(r.Formula, null, null, string.Empty);
                text = read.Text;
                conversion = new CellConversion(r.Row, r.Column, "（无计算结果）", text, read.Why!) { Severity = read.Severity };
            }

            if (!cellsByRow.TryGetValue(r.Row, out var cells))
            {
                cells = new SortedDictionary<int, string>();
                cellsByRow[r.Row] = cells;
            }

            cells[r.Column] = text;
            conversions.Add(conversion);
        }
    }

    /// <summary>The <c>&lt;v&gt;</c> text, the inline string (<c>&lt;is&gt;</c>) and the formula (<c>&lt;f&gt;</c>, empty for a shared one) of the current <c>&lt;c&gt;</c> element.</summary>
    private static (string? Value, string? Inline, string? Formula) ReadCellContent(XmlReader xml)
    {
        if (xml.IsEmptyElement) return (null, null, null);
        string? value = null;
        string? inline = null;
        string? formula = null;
        var depth = xml.Depth;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            // ReadElementContentAsString leaves the reader on the node after the element (<f> is followed by <v>),
            // so it is not followed by another Read.
            if (xml.NodeType == XmlNodeType.Element && xml.Depth == depth + 1 && xml.LocalName == "v") value = xml.ReadElementContentAsString();
            else if (xml.NodeType == XmlNodeType.Element && xml.Depth == depth + 1 && xml.LocalName == "f") formula = xml.ReadElementContentAsString();
            else if (xml.NodeType == XmlNodeType.Element && xml.Depth == depth + 1 && xml.LocalName == "is")
            {
                inline = SharedStrings.ReadItem(xml); // leaves the reader on </is> (or on an empty <is/>)
                xml.Read();
            }
            else
            {
                xml.Read();
            }
        }

        return (value, inline, formula);
    }

    /// <summary>A formula cell without a stored result that consists of one reference, resolved once the sheet is read.</summary>
    private sealed record PendingReference(int Row, int Column, string Formula, int ToRow, int ToColumn);
}
