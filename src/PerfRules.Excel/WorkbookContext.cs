using System;
using System.Collections.Generic;
using System.Globalization;

namespace PerfRules.Excel;

/// <summary>What every sheet of a workbook shares: the shared strings, the cell styles' number formats and the date system.</summary>
internal sealed class WorkbookContext
{
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly IReadOnlyList<NumberFormat> _styles;

    public WorkbookContext(IReadOnlyList<string> sharedStrings, IReadOnlyList<NumberFormat> styles, bool date1904)
    {
        _sharedStrings = sharedStrings;
        _styles = styles;
        Date1904 = date1904;
    }

    /// <summary>True for the 1904 date system (workbooks from old Mac Excel).</summary>
    public bool Date1904 { get; }

    /// <summary>
    /// The text the officer sees for a cell: shared and inline strings as stored, booleans as TRUE/FALSE, error
    /// values as written (#N/A), numbers with their format's literal text (<c>0"家"</c>) and percent scaling, and
    /// date serials as dates — the last one reported through <paramref name="conversion"/> (why, in Chinese).
    /// </summary>
    public string CellText(string? type, uint style, string? value, string? inline, out string? conversion)
    {
        conversion = null;
        switch (type)
        {
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < _sharedStrings.Count
                    ? _sharedStrings[index]
                    : value ?? string.Empty;
            case "inlineStr":
                return inline ?? value ?? string.Empty;
            case "str":
            case "e":
                return value ?? string.Empty;
            case "b":
                return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value ?? string.Empty;
            case "d":
                // An ISO 8601 date cell (strict OOXML): shown as a date.
                if (value is not null && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso))
                {
                    var shown = ExcelDate.Format(iso, DateParts.Full);
                    conversion = "是日期单元格（ISO 8601）";
                    return shown;
                }

                return value ?? string.Empty;
        }

        if (value is null) return string.Empty;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return value;
        var format = style < _styles.Count ? _styles[(int)style] : NumberFormat.General;

        if (format.Date != DateParts.None && ExcelDate.FromSerial(number, Date1904) is { } date)
        {
            var shown = ExcelDate.Format(date, format.Date);
            conversion = "是 Excel 日期序列号（单元格格式 " + format.Code + "）；如原意不是日期，请把该单元格设为文本后重填";
            return shown;
        }

        if (format.Percent) return format.Prefix + Number(number * 100, value, scaled: true) + "%" + format.Suffix.Replace("%", string.Empty);
        return format.Prefix + Number(number, value, scaled: false) + format.Suffix;
    }

    /// <summary>
    /// The stored number as the officer would write it: the stored text when it is already plain, else 15
    /// significant digits (Excel's own precision), so 54.609999999999999 reads 54.61.
    /// </summary>
    private static string Number(double number, string stored, bool scaled)
    {
        if (!scaled && stored.IndexOfAny(new[] { 'E', 'e' }) < 0 && stored.Length <= 15) return stored;
        var text = number.ToString("G15", CultureInfo.InvariantCulture);
        if (text.IndexOf('E') < 0) return text;
        return Math.Abs(number) < 1e27 ? ((decimal)number).ToString(CultureInfo.InvariantCulture) : stored;
    }
}
