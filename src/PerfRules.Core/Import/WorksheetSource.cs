using System;
using System.Collections.Generic;

namespace PerfRules.Import;

/// <summary>
/// Where a table read from a worksheet sits: the sheet's name, the rows it spans and the cells of those rows as the
/// reader split them. <see cref="CellLocator"/> uses it to give every finding on the table a sheet-qualified A1
/// reference (<c>'绩效目标表'!E25</c>), whatever produced the finding (the reader, a catalogue rule, a user rule).
/// </summary>
/// <remarks>
/// Set by the workbook readers (through <see cref="TableGridReader.ReadWorksheet(IEnumerable{GridRow}, string?, WorksheetInfo)"/>);
/// null for text, CSV and JSON tables, whose locations stay source lines. Not written to JSON. Two sources are equal
/// when they name the same sheet and rows.
/// </remarks>
public sealed class WorksheetSource : IEquatable<WorksheetSource>
{
    private readonly IReadOnlyDictionary<int, SourceLine> _lines;

    internal WorksheetSource(string sheet, string? reference, int firstRow, int lastRow, IReadOnlyDictionary<int, SourceLine> lines)
    {
        Sheet = sheet;
        Reference = reference;
        FirstRow = firstRow;
        LastRow = lastRow;
        _lines = lines;
    }

    /// <summary>The sheet's name as shown on its tab.</summary>
    public string Sheet { get; }

    /// <summary>The first worksheet row of the table (1-based).</summary>
    public int FirstRow { get; }

    /// <summary>The last worksheet row of the table (1-based, inclusive).</summary>
    public int LastRow { get; }

    /// <summary>The sheet name references are qualified with, or null for bare references.</summary>
    internal string? Reference { get; }

    /// <summary>The row's cells as the reader split them, or null when the row is blank or outside the sheet.</summary>
    internal SourceLine? Line(int row) => _lines.TryGetValue(row, out var line) ? line : null;

    /// <summary>The rows of the table with cells, in order.</summary>
    internal IEnumerable<SourceLine> Lines()
    {
        for (var row = FirstRow; row <= LastRow; row++)
        {
            if (_lines.TryGetValue(row, out var line) && !line.IsBlank) yield return line;
        }
    }

    /// <inheritdoc />
    public bool Equals(WorksheetSource? other) =>
        other is not null && string.Equals(Sheet, other.Sheet, StringComparison.Ordinal) && FirstRow == other.FirstRow && LastRow == other.LastRow;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WorksheetSource);

    /// <inheritdoc />
    public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(Sheet) * 31 + FirstRow) * 31 + LastRow;

    /// <inheritdoc />
    public override string ToString() =>
        "'" + Sheet.Replace("'", "''") + "'!" + FirstRow.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + LastRow.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
