using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using ExcelDataReader;
using PerfRules.Import;

namespace PerfRules.Excel;

/// <summary>
/// Reads an Excel 97–2003 workbook (.xls, BIFF) with ExcelDataReader into the same grids as an .xlsx: each sheet's
/// cells as the officer sees them (numbers with their format's percent scaling and literal text, dates as dates with
/// an I12 note), its merged ranges. Formula cells carry the result the program stored, as .xls always does.
/// </summary>
internal static class LegacyWorkbook
{
    static LegacyWorkbook()
    {
        // .xls strings in the workbook's code page (GBK for Chinese Excel): the code pages .NET Core leaves out.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    /// <summary>True when the bytes start with the OLE compound-file signature (.xls, or an encrypted workbook).</summary>
    public static bool IsCompoundFile(byte[] head, int read) =>
        read >= 8 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0 && head[4] == 0xA1 && head[5] == 0xB1 && head[6] == 0x1A && head[7] == 0xE1;

    /// <summary>Every sheet with at least one cell, in workbook order.</summary>
    public static List<(string Name, WorksheetGrid Grid)> Read(Stream stream)
    {
        var sheets = new List<(string Name, WorksheetGrid Grid)>();
        using var reader = ExcelReaderFactory.CreateBinaryReader(stream, new ExcelReaderConfiguration { LeaveOpen = true });
        do
        {
            var styles = new List<NumberFormat>();
            var styleIds = new Dictionary<string, uint>(StringComparer.Ordinal);
            var context = new WorkbookContext(Array.Empty<string>(), styles, date1904: false);
            var cellsByRow = new SortedDictionary<int, SortedDictionary<int, string>>();
            var conversions = new List<CellConversion>();
            var row = 0;
            while (reader.Read())
            {
                row++;
                SortedDictionary<int, string>? cells = null;
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    var value = reader.GetValue(c);
                    if (value is null) continue;
                    var text = CellText(reader, c, value, context, styles, styleIds, out var conversion);
                    if (text.Length == 0) continue;
                    if (cells is null)
                    {
                        cells = new SortedDictionary<int, string>();
                        cellsByRow[row] = cells;
                    }

                    cells[c + 1] = text;
                    if (conversion is not null) conversions.Add(new CellConversion(row, c + 1, conversion.Value.Stored, text, conversion.Value.Why));
                }
            }

            var merged = new List<PerfRules.Import.CellRange>();
            if (reader.MergeCells is { } merges)
            {
                foreach (var m in merges) merged.Add(new PerfRules.Import.CellRange(m.FromRow + 1, m.FromColumn + 1, m.ToRow + 1, m.ToColumn + 1));
            }

            var grid = WorksheetGrid.Build(cellsByRow, merged, conversions);
            if (!grid.IsEmpty) sheets.Add((reader.Name ?? "Sheet", grid));
        }
        while (reader.NextResult());

        return sheets;
    }

    private static string CellText(IExcelDataReader reader, int column, object value, WorkbookContext context,
        List<NumberFormat> styles, Dictionary<string, uint> styleIds, out (string Stored, string Why)? conversion)
    {
        conversion = null;
        switch (value)
        {
            case string s:
                return s;
            case bool b:
                return b ? "TRUE" : "FALSE";
            case DateTime or double or int or float or decimal:
                var code = reader.GetNumberFormatString(column) ?? "General";
                if (!styleIds.TryGetValue(code, out var style))
                {
                    style = (uint)styles.Count;
                    styles.Add(NumberFormat.Parse(code));
                    styleIds[code] = style;
                }

                var number = value is DateTime date ? date.ToOADate() : Convert.ToDouble(value, CultureInfo.InvariantCulture);
                var stored = number.ToString("R", CultureInfo.InvariantCulture);
                var text = context.CellText(null, style, stored, null, out var why);
                if (why is not null) conversion = (stored, why);
                return text;
            default:
                return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        }
    }
}
