using System;
using System.Collections.Generic;

namespace PerfRules.Import;

/// <summary>
/// One row of a table that arrives already split into cells (a worksheet row, a CSV record), with its
/// source position. Cells are in column order starting at the first column (column A); blank cells are
/// empty strings, exactly where a merged or empty cell sits.
/// </summary>
public sealed class GridRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="number">1-based source position: the worksheet row number, or the CSV record's first line.</param>
    /// <param name="cells">The cells' text as the officer sees it, from the first column on.</param>
    public GridRow(int number, IReadOnlyList<string> cells)
    {
        if (number < 1) throw new ArgumentOutOfRangeException(nameof(number), number, "Row numbers are 1-based.");
        Number = number;
        Cells = cells ?? throw new ArgumentNullException(nameof(cells));
    }

    /// <summary>1-based source position (worksheet row or source line).</summary>
    public int Number { get; }

    /// <summary>The cells, from the first column on.</summary>
    public IReadOnlyList<string> Cells { get; }
}
