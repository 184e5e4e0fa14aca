namespace PerfRules.Excel;

/// <summary>
/// Counts a workbook's rows and non-empty cells as its sheets stream, over all sheets, and stops the read with
/// <see cref="WorkbookLimitException"/> at <see cref="WorkbookTableReader.MaxRows"/> or <see cref="WorkbookTableReader.MaxCells"/>:
/// thirty million cells fit in a 1.7 MB file, and each one held costs about a hundred bytes.
/// </summary>
internal sealed class GridBudget
{
    private long _rows;
    private long _cells;

    /// <summary>Counts one <c>&lt;row&gt;</c> element.</summary>
    public void Row()
    {
        if (++_rows > WorkbookTableReader.MaxRows) throw new WorkbookLimitException(nameof(WorkbookTableReader.MaxRows), "工作表行数", WorkbookTableReader.MaxRows);
    }

    /// <summary>Counts one non-empty cell kept.</summary>
    public void Cell()
    {
        if (++_cells > WorkbookTableReader.MaxCells) throw new WorkbookLimitException(nameof(WorkbookTableReader.MaxCells), "工作表单元格数", WorkbookTableReader.MaxCells);
    }
}
