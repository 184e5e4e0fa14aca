using System;
using System.Collections.Generic;

namespace PerfRules.Import;

/// <summary>
/// What a workbook reader knows about the worksheet its <see cref="GridRow"/>s came from, beyond the
/// cells' text: its name, merged ranges and converted cells. <see cref="TableGridReader.ReadWorksheet"/>
/// uses it to give import findings A1 cell references and to report conversions (I12).
/// </summary>
public sealed class WorksheetInfo
{
    /// <summary>The sheet's name as shown on its tab.</summary>
    public string Name { get; init; } = "Sheet1";

    /// <summary>True to prefix cell references with the sheet name (a workbook with several non-empty sheets).</summary>
    public bool QualifyReferences { get; init; }

    /// <summary>The merged ranges (the value sits in the top-left cell; the others read as blank, like a PDF export's merged cells).</summary>
    public IReadOnlyList<CellRange> MergedRanges { get; init; } = Array.Empty<CellRange>();

    /// <summary>Cells whose stored value was converted to the text the rows carry (Excel date serials).</summary>
    public IReadOnlyList<CellConversion> Conversions { get; init; } = Array.Empty<CellConversion>();

    /// <summary>The sheet name to put in references, or null when references stay unqualified.</summary>
    internal string? ReferenceSheet => QualifyReferences ? Name : null;
}
