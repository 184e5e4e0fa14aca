using System;
using System.Globalization;

namespace PerfRules.Import;

/// <summary>
/// A1-style worksheet references (<c>B12</c>, <c>A5:A9</c>): the location a finance officer finds in
/// Excel's own row and column headers. Rows and columns are 1-based.
/// </summary>
public static class CellReference
{
    /// <summary>The largest column Excel allows (XFD).</summary>
    public const int MaxColumn = 16384;

    /// <summary>The column letters of a 1-based column (<c>1</c> → <c>A</c>, <c>28</c> → <c>AB</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The column is below 1.</exception>
    public static string ColumnName(int column)
    {
        if (column < 1) throw new ArgumentOutOfRangeException(nameof(column), column, "Columns are 1-based.");
        var letters = new char[8];
        var at = letters.Length;
        while (column > 0)
        {
            column--;
            letters[--at] = (char)('A' + (column % 26));
            column /= 26;
        }

        return new string(letters, at, letters.Length - at);
    }

    /// <summary>A cell reference (<c>B12</c>), prefixed by the quoted sheet name when given (<c>'支出'!B12</c>).</summary>
    public static string Format(int row, int column, string? sheet = null) =>
        Prefix(sheet) + ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>A range reference (<c>A5:A9</c>); a single cell when both corners are the same.</summary>
    public static string FormatRange(int firstRow, int firstColumn, int lastRow, int lastColumn, string? sheet = null) =>
        firstRow == lastRow && firstColumn == lastColumn
            ? Format(firstRow, firstColumn, sheet)
            : Prefix(sheet) + ColumnName(firstColumn) + firstRow.ToString(CultureInfo.InvariantCulture) + ":" + ColumnName(lastColumn) + lastRow.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a cell reference without a sheet name (<c>B12</c>, <c>$B$12</c>); false when it is not one.</summary>
    public static bool TryParse(string? text, out int row, out int column)
    {
        row = 0;
        column = 0;
        if (string.IsNullOrEmpty(text)) return false;
        var i = 0;
        if (text![i] == '$') i++;
        var letters = 0;
        while (i < text.Length && IsLetter(text[i]))
        {
            column = (column * 26) + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            if (column > MaxColumn) return false;
            i++;
            letters++;
        }

        if (letters == 0) return false;
        if (i < text.Length && text[i] == '$') i++;
        var digits = 0;
        while (i < text.Length && text[i] >= '0' && text[i] <= '9')
        {
            row = (row * 10) + (text[i] - '0');
            if (row > 1048576) return false;
            i++;
            digits++;
        }

        return digits > 0 && i == text.Length && row > 0;
    }

    /// <summary>Reads a range (<c>A5:A9</c>) or a single cell as a one-cell range; false when it is neither.</summary>
    public static bool TryParseRange(string? text, out int firstRow, out int firstColumn, out int lastRow, out int lastColumn)
    {
        firstRow = firstColumn = lastRow = lastColumn = 0;
        if (string.IsNullOrEmpty(text)) return false;
        var colon = text!.IndexOf(':');
        if (colon < 0)
        {
            if (!TryParse(text, out firstRow, out firstColumn)) return false;
            lastRow = firstRow;
            lastColumn = firstColumn;
            return true;
        }

        if (!TryParse(text.Substring(0, colon), out var r1, out var c1) || !TryParse(text.Substring(colon + 1), out var r2, out var c2)) return false;
        firstRow = Math.Min(r1, r2);
        lastRow = Math.Max(r1, r2);
        firstColumn = Math.Min(c1, c2);
        lastColumn = Math.Max(c1, c2);
        return true;
    }

    /// <summary>
    /// Reads a reference as findings carry it (<c>'绩效目标表'!E25</c>, <c>'支出'!A5:A9</c>, <c>B12</c>): the sheet name
    /// (unquoted; null when the reference has none) and the range's corners; false when it is not such a reference.
    /// </summary>
    public static bool TryParseQualified(string? text, out string? sheet, out int firstRow, out int firstColumn, out int lastRow, out int lastColumn)
    {
        sheet = null;
        var range = text;
        var bang = text?.LastIndexOf('!') ?? -1;
        if (bang >= 0)
        {
            var name = text!.Substring(0, bang);
            if (name.Length >= 2 && name[0] == '\'' && name[name.Length - 1] == '\'') name = name.Substring(1, name.Length - 2).Replace("''", "'");
            sheet = name;
            range = text.Substring(bang + 1);
        }

        return TryParseRange(range, out firstRow, out firstColumn, out lastRow, out lastColumn);
    }

    private static bool IsLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

    private static string Prefix(string? sheet) => string.IsNullOrEmpty(sheet) ? string.Empty : "'" + sheet!.Replace("'", "''") + "'!";
}
