namespace PerfRules.Import;

/// <summary>A merged cell range of a worksheet (1-based, inclusive); the value sits in its top-left cell.</summary>
/// <param name="FirstRow">Top row.</param>
/// <param name="FirstColumn">Left column.</param>
/// <param name="LastRow">Bottom row.</param>
/// <param name="LastColumn">Right column.</param>
public sealed record CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    /// <summary>True when the range covers the cell.</summary>
    public bool Contains(int row, int column) => row >= FirstRow && row <= LastRow && column >= FirstColumn && column <= LastColumn;

    /// <summary>The A1 reference (<c>A5:A9</c>).</summary>
    public string ToReference(string? sheet = null) => CellReference.FormatRange(FirstRow, FirstColumn, LastRow, LastColumn, sheet);

    /// <summary>Reads <c>A5:A9</c>; null when it is not a range reference.</summary>
    public static CellRange? Parse(string? reference) =>
        CellReference.TryParseRange(reference, out var r1, out var c1, out var r2, out var c2) ? new CellRange(r1, c1, r2, c2) : null;

    /// <inheritdoc />
    public override string ToString() => ToReference();
}
