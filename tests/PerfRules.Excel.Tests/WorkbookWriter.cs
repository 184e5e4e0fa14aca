using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfRules.Excel.Tests;

/// <summary>A cell to write: text (shared or inline string) or a number with a style.</summary>
internal sealed record TestCell(string? Text, double? Number = null, uint Style = 0, bool Inline = false)
{
    public static TestCell Of(string text) => new(text);

    public static TestCell Num(double value, uint style = 0) => new(null, value, style);
}

/// <summary>One worksheet to write: cells by (row, column), 1-based, and merged ranges (A5:A9).</summary>
internal sealed class TestSheet
{
    public TestSheet(string name) => Name = name;

    public string Name { get; }

    public SortedDictionary<int, SortedDictionary<int, TestCell>> Cells { get; } = new();

    public List<string> Merges { get; } = new();

    public TestSheet Set(int row, int column, TestCell cell)
    {
        if (!Cells.TryGetValue(row, out var r)) Cells[row] = r = new SortedDictionary<int, TestCell>();
        r[column] = cell;
        return this;
    }

    /// <summary>The text of a cell as set (a number in invariant culture), or null when it is empty.</summary>
    public string? TextAt(int row, int column) =>
        Cells.TryGetValue(row, out var r) && r.TryGetValue(column, out var cell)
            ? cell.Text ?? cell.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : null;
}

/// <summary>
/// Writes .xlsx workbooks with DocumentFormat.OpenXml the way finance systems export them: shared strings,
/// numbers as numeric cells, percentages and dates as formatted numbers, merged ranges.
/// Styles: 0 General, 1 0%, 2 yyyy"年"m"月" (custom 164), 3 built-in date 14, 4 0"家" (custom 165), 5 0.00%.
/// </summary>
internal static class WorkbookWriter
{
    public const uint General = 0, Percent = 1, YearMonth = 2, ShortDate = 3, CountOfJia = 4, Percent2 = 5;

    public static byte[] Write(params TestSheet[] sheets) => Write(date1904: false, sheets);

    public static byte[] Write(bool date1904, params TestSheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            if (date1904) workbookPart.Workbook.AppendChild(new WorkbookProperties { Date1904 = true });

            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = new Stylesheet(
                new NumberingFormats(
                    new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy\"年\"m\"月\"" },
                    new NumberingFormat { NumberFormatId = 165, FormatCode = "0\"家\"" }) { Count = 2 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(
                    new CellFormat { NumberFormatId = 0 },
                    new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }) { Count = 6 });

            var strings = new List<string>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var sheetsElement = workbookPart.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var (rowNumber, cells) in sheet.Cells)
                {
                    var row = new Row { RowIndex = (uint)rowNumber };
                    foreach (var (column, cell) in cells)
                    {
                        var reference = PerfRules.Import.CellReference.Format(rowNumber, column);
                        if (cell.Number is { } number)
                        {
                            row.AppendChild(new Cell { CellReference = reference, StyleIndex = cell.Style == 0 ? null : cell.Style, CellValue = new CellValue(number.ToString("R", CultureInfo.InvariantCulture)) });
                        }
                        else if (cell.Inline)
                        {
                            row.AppendChild(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cell.Text!) { Space = SpaceProcessingModeValues.Preserve }) });
                        }
                        else
                        {
                            if (!index.TryGetValue(cell.Text!, out var i))
                            {
                                i = strings.Count;
                                strings.Add(cell.Text!);
                                index[cell.Text!] = i;
                            }

                            row.AppendChild(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)) });
                        }
                    }

                    data.AppendChild(row);
                }

                var worksheet = new Worksheet(data);
                if (sheet.Merges.Count > 0) worksheet.AppendChild(new MergeCells(sheet.Merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)sheet.Merges.Count });
                part.Worksheet = worksheet;
                sheetsElement.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }

            var sst = workbookPart.AddNewPart<SharedStringTablePart>();
            sst.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve }))) { Count = (uint)strings.Count, UniqueCount = (uint)strings.Count };
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A worksheet holding tab-separated seed text: line n is row n, cell k column k+1; plain numbers as numeric
    /// cells and bare percentages as 0% cells (as a finance system writes them); in each indicator block the
    /// blank 一级 (column A) and 二级 (column B) cells under a label are merged with it, as on the printed form.
    /// </summary>
    public static TestSheet FromTabSeparated(string name, string text, int firstLine = 1, int lastLine = int.MaxValue)
    {
        var sheet = new TestSheet(name);
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var inBlock = false;
        int? runA = null, runB = null;
        int lastA = 0, lastB = 0;
        void Close()
        {
            if (runA is { } a && lastA > a) sheet.Merges.Add("A" + a + ":A" + lastA);
            if (runB is { } b && lastB > b) sheet.Merges.Add("B" + b + ":B" + lastB);
            runA = runB = null;
        }

        for (var n = Math.Max(1, firstLine); n <= Math.Min(lines.Length, lastLine); n++)
        {
            var row = n - firstLine + 1;
            var cells = lines[n - 1].Split('\t');
            var blank = cells.All(c => c.Trim().Length == 0);
            for (var c = 0; c < cells.Length; c++)
            {
                var t = cells[c];
                if (t.Trim().Length == 0) continue;
                sheet.Set(row, c + 1, CellFor(t));
            }

            var first = cells.FirstOrDefault(c => c.Trim().Length > 0)?.Trim();
            if (first is "一级指标")
            {
                Close();
                inBlock = true;
                continue;
            }

            if (!inBlock) continue;
            if (blank || (first is not null && first.EndsWith("绩效目标表", StringComparison.Ordinal)))
            {
                Close();
                inBlock = !blank ? false : inBlock;
                continue;
            }

            var a = cells.Length > 0 ? cells[0].Trim() : string.Empty;
            var b = cells.Length > 1 ? cells[1].Trim() : string.Empty;
            if (a.Length > 0)
            {
                if (runA is { } ra && lastA > ra) sheet.Merges.Add("A" + ra + ":A" + lastA);
                runA = row;
                lastA = row;
            }
            else if (runA is not null)
            {
                lastA = row;
            }

            if (b.Length > 0 || a.Length > 0)
            {
                if (runB is { } rb && lastB > rb) sheet.Merges.Add("B" + rb + ":B" + lastB);
                runB = b.Length > 0 ? row : null;
                lastB = row;
            }
            else if (runB is not null)
            {
                lastB = row;
            }
        }

        Close();
        return sheet;
    }

    private static TestCell CellFor(string text)
    {
        // Only cells whose text Excel would store as a number: no leading/trailing spaces, plain digits.
        if (text == text.Trim() && text.Length < 12 && text.All(ch => char.IsAsciiDigit(ch) || ch == '.') && text.Count(ch => ch == '.') <= 1
            && !text.StartsWith('.') && !text.EndsWith('.') && !(text.Length > 1 && text[0] == '0' && text[1] != '.')
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return TestCell.Num(number);
        }

        if (text == text.Trim() && text.EndsWith('%') && text.Length <= 5 && int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var percent))
        {
            return TestCell.Num(percent / 100.0, Percent);
        }

        return TestCell.Of(text);
    }
}
