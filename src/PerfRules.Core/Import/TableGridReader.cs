using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>
/// Reads tables from rows that arrive already split into cells — a worksheet from any spreadsheet
/// library, a CSV file (<see cref="CsvTableReader"/>), a database export — with exactly the table
/// logic of <see cref="TableTextReader"/>: the same model, the same repairs and the same import
/// findings (a blank 一级/二级 cell under a merged label is filled down with I01, as in a PDF export).
/// </summary>
/// <example>
/// <code>
/// var rows = sheet.Rows.Select(r => new GridRow(r.Number, r.Cells.Select(c => c.Text).ToList()));
/// TableReadResult result = TableGridReader.Read(rows, "台式机.xlsx");
/// </code>
/// </example>
public static class TableGridReader
{
    /// <summary>Reads tables from rows; locations are the rows' numbers (<see cref="FindingLocation.Line"/>).</summary>
    /// <param name="rows">The rows in source order.</param>
    /// <param name="source">Where they came from (stored in <see cref="PerformanceTable.Source"/>), or null.</param>
    public static TableReadResult Read(IEnumerable<GridRow> rows, string? source)
    {
        if (rows is null) throw new ArgumentNullException(nameof(rows));
        return Read(rows, source, encoding: null, new List<Finding>());
    }

    /// <summary>
    /// Reads tables from the rows of one worksheet: as <see cref="Read(IEnumerable{GridRow}, string?)"/>, and
    /// import findings about particular cells also carry an A1 reference (<see cref="FindingLocation.Cell"/>):
    /// I01 the merged range it filled from, I06 the row's used cells, I12 each converted cell.
    /// </summary>
    public static TableReadResult ReadWorksheet(IEnumerable<GridRow> rows, string? source, WorksheetInfo sheet)
    {
        if (rows is null) throw new ArgumentNullException(nameof(rows));
        if (sheet is null) throw new ArgumentNullException(nameof(sheet));

        var materialised = rows.ToList();
        var result = Read(materialised, source, encoding: null, new List<Finding>());
        if (result.IsUnreadable) return result;

        var used = new Dictionary<int, (int First, int Last)>();
        var text = new Dictionary<(int Row, int Column), string>();
        foreach (var row in materialised)
        {
            int first = 0, last = 0;
            for (var c = 0; c < row.Cells.Count; c++)
            {
                if (string.IsNullOrWhiteSpace(row.Cells[c])) continue;
                if (first == 0) first = c + 1;
                last = c + 1;
            }

            if (first > 0) used[row.Number] = (first, last);
        }

        // Only the merged ranges' top-left texts are needed to tell which range an I01 came from.
        var byTopLeft = new Dictionary<int, GridRow>();
        foreach (var row in materialised) byTopLeft[row.Number] = row;
        foreach (var range in sheet.MergedRanges)
        {
            if (byTopLeft.TryGetValue(range.FirstRow, out var row) && range.FirstColumn <= row.Cells.Count)
            {
                text[(range.FirstRow, range.FirstColumn)] = LabelText.Normalize(row.Cells[range.FirstColumn - 1]);
            }
        }

        var reference = sheet.ReferenceSheet;
        Finding Annotate(Finding f)
        {
            if (f.Location.Cell is not null || f.Location.Line is not { } line) return f;
            if (f.RuleId == ImportRuleIds.MergedCellFilledDown)
            {
                var value = f.Arguments.FirstOrDefault(a => a.Name == "value")?.Value;
                var range = sheet.MergedRanges.FirstOrDefault(r => r.FirstRow < line && r.LastRow >= line && r.LastRow > r.FirstRow
                    && text.TryGetValue((r.FirstRow, r.FirstColumn), out var t) && value is not null && string.Equals(t, LabelText.Normalize(value), StringComparison.Ordinal));
                return range is null ? f : f with { Location = f.Location with { Cell = range.ToReference(reference) } };
            }

            if (f.RuleId == ImportRuleIds.LineUnplaced && used.TryGetValue(line, out var span))
            {
                return f with { Location = f.Location with { Cell = CellReference.FormatRange(line, span.First, line, span.Last, reference) } };
            }

            return f;
        }

        var tables = result.Tables.Select(t => t with { ImportFindings = t.ImportFindings.Select(Annotate).ToValueList() }).ToList();
        var fileFindings = result.Findings.Select(Annotate).ToList();

        // Each conversion belongs to the table whose rows hold it (tables start at their Line, in order).
        foreach (var conversion in sheet.Conversions)
        {
            var finding = GridFindings.Converted(conversion, reference);
            var owner = -1;
            for (var i = 0; i < tables.Count; i++)
            {
                if ((tables[i].Line ?? 0) <= conversion.Row) owner = i;
            }

            if (owner < 0) fileFindings.Add(finding);
            else tables[owner] = tables[owner] with { ImportFindings = Insert(tables[owner].ImportFindings, finding) };
        }

        return result with
        {
            Tables = tables.ToValueList(),
            Findings = fileFindings.OrderBy(f => f.Location.Line ?? 0).ToValueList(),
        };
    }

    internal static TableReadResult Read(IEnumerable<GridRow> rows, string? source, string? encoding, List<Finding> findings)
    {
        var lines = rows.Select(r => SourceLine.FromCells(r.Number, r.Cells)).ToList();
        return TableTextReader.ParseLines(lines, source, encoding, findings, lines.Count == 0 ? "没有任何单元格" : "单元格全为空");
    }

    /// <summary>Inserts by line, after findings of the same line (the reader's order is by line).</summary>
    private static ValueList<Finding> Insert(ValueList<Finding> findings, Finding finding)
    {
        var list = findings.ToList();
        var line = finding.Location.Line ?? 0;
        var at = list.FindLastIndex(f => (f.Location.Line ?? 0) <= line) + 1;
        list.Insert(at, finding);
        return list.ToValueList();
    }
}
