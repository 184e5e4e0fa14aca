using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>
/// The A1 references of one worksheet's import findings: I01 the merged range it filled from, I06 the row's used
/// cells, the others the cell <see cref="CellLocator"/> finds. A finding that already names a cell keeps it.
/// </summary>
internal sealed class WorksheetCells
{
    private readonly WorksheetInfo _sheet;
    private readonly Dictionary<int, (int First, int Last)> _used = new();
    private readonly Dictionary<(int Row, int Column), string> _topLeft = new();

    /// <summary>The cells of <paramref name="rows"/>, the worksheet <paramref name="sheet"/> describes.</summary>
    public WorksheetCells(IReadOnlyList<GridRow> rows, WorksheetInfo sheet)
    {
        _sheet = sheet;
        foreach (var row in rows)
        {
            if (UsedSpan(row) is { } span) _used[row.Number] = span;
        }

        // Only the merged ranges' top-left texts are needed to tell which range an I01 came from.
        var byNumber = new Dictionary<int, GridRow>();
        foreach (var row in rows) byNumber[row.Number] = row;
        foreach (var range in sheet.MergedRanges)
        {
            if (byNumber.TryGetValue(range.FirstRow, out var row) && range.FirstColumn <= row.Cells.Count)
            {
                _topLeft[(range.FirstRow, range.FirstColumn)] = LabelText.Normalize(row.Cells[range.FirstColumn - 1]);
            }
        }
    }

    /// <summary>The finding with its cell; <paramref name="table"/> is null for a file-level finding.</summary>
    public Finding Annotate(Finding f, PerformanceTable? table, WorksheetSource located)
    {
        if (f.Location.Cell is not null) return f;
        if (f.Location.Line is { } line && (MergedRangeOf(f, line) ?? UsedCellsOf(f, line)) is { } cell) return WithCell(f, cell);
        return WithCell(f, CellLocator.CellOf(table, located, f.Location));
    }

    private static Finding WithCell(Finding f, string? cell) => f with { Location = f.Location with { Cell = cell } };

    /// <summary>The first and last used column of a row (1-based), or null for an empty row.</summary>
    private static (int First, int Last)? UsedSpan(GridRow row)
    {
        int first = 0, last = 0;
        for (var c = 0; c < row.Cells.Count; c++)
        {
            if (string.IsNullOrWhiteSpace(row.Cells[c])) continue;
            if (first == 0) first = c + 1;
            last = c + 1;
        }

        return first > 0 ? (first, last) : null;
    }

    /// <summary>I01: the merged range above the line whose top-left text is the value filled down.</summary>
    private string? MergedRangeOf(Finding f, int line)
    {
        if (f.RuleId != ImportRuleIds.MergedCellFilledDown) return null;
        var value = f.Arguments.FirstOrDefault(a => a.Name == "value")?.Value;
        var range = _sheet.MergedRanges.FirstOrDefault(r => r.FirstRow < line && r.LastRow >= line && r.LastRow > r.FirstRow
            && _topLeft.TryGetValue((r.FirstRow, r.FirstColumn), out var t) && value is not null && string.Equals(t, LabelText.Normalize(value), StringComparison.Ordinal));
        return range?.ToReference(_sheet.ReferenceSheet);
    }

    /// <summary>I06: the used cells of the row.</summary>
    private string? UsedCellsOf(Finding f, int line) =>
        f.RuleId == ImportRuleIds.LineUnplaced && _used.TryGetValue(line, out var span)
            ? CellReference.FormatRange(line, span.First, line, span.Last, _sheet.ReferenceSheet)
            : null;
}
