using System;
using System.Collections.Generic;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>
/// Gives a finding on a table read from a worksheet the cell it is about (<see cref="FindingLocation.Cell"/>), from the
/// table's <see cref="PerformanceTable.Worksheet"/>: an indicator row's 三级 name, 半年, 全年 or region value cell (the
/// columns the reader took them from); a header or funding field's value cell (right of its label; the label's
/// neighbour when the value is blank); a line's used cells; and the table's whole range for a finding about the table.
/// A finding that already names a cell, and every finding on a table without a worksheet, is returned unchanged.
/// </summary>
/// <example>
/// <code>
/// var located = engine.Check(table).Select(f => table.Locate(f));   // RuleEngine.Check already does this
/// </code>
/// </example>
public static class CellLocator
{
    private const string ExpenditurePrefix = "支出:";

    /// <summary>The finding with its cell, when the table came from a worksheet and the finding names none.</summary>
    public static Finding Locate(this PerformanceTable table, Finding finding)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        if (finding is null) throw new ArgumentNullException(nameof(finding));
        if (table.Worksheet is not { } sheet || finding.Location.Cell is not null) return finding;
        return finding with { Location = finding.Location with { Cell = CellOf(table, sheet, finding.Location) } };
    }

    /// <summary>Each finding with its cell (<see cref="Locate(PerformanceTable, Finding)"/>); the same list when the table has no worksheet.</summary>
    public static IReadOnlyList<Finding> Locate(this PerformanceTable table, IReadOnlyList<Finding> findings)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        if (findings is null) throw new ArgumentNullException(nameof(findings));
        if (table.Worksheet is null) return findings;
        var located = new Finding[findings.Count];
        for (var i = 0; i < located.Length; i++) located[i] = Locate(table, findings[i]);
        return located;
    }

    /// <summary>The A1 reference of what <paramref name="location"/> is about, qualified with the sheet's name.</summary>
    internal static string CellOf(PerformanceTable? table, WorksheetSource sheet, FindingLocation location)
    {
        if (location.Row is { } row) return IndicatorCell(table, sheet, location, row);
        if (location.Field is { } field && FieldCell(sheet, field, location.Line) is { } cell) return cell;
        if (location.Line is { } line) return UsedRange(sheet, line);
        return TableRange(sheet);
    }

    private static string IndicatorCell(PerformanceTable? table, WorksheetSource sheet, FindingLocation location, int row)
    {
        var number = location.Line;
        if (number is null && table is not null)
        {
            foreach (var indicator in table.Indicators)
            {
                if (indicator.Row == row) number = indicator.Line;
            }
        }

        if (number is not { } line || sheet.Line(line) is not { } source) return TableRange(sheet);
        var column = source.Columns?.ColumnOf(location.Field) ?? -1;
        if (column < 0 && location.Indicator is { } name) column = Find(source, name, 0);
        return column >= 0 ? Format(sheet, line, column) : UsedRange(sheet, line);
    }

    /// <summary>A header field's value cell, a 支出 line's amount, or null when no label on the field's line (or anywhere in the table) names it.</summary>
    private static string? FieldCell(WorksheetSource sheet, string field, int? line)
    {
        if (field.StartsWith(ExpenditurePrefix, StringComparison.Ordinal))
        {
            if (line is not { } l || sheet.Line(l) is not { } source) return null;
            var name = Find(source, field.Substring(ExpenditurePrefix.Length), 0);
            if (name < 0) return null;
            var amount = NextValue(source, name);
            return Format(sheet, l, amount >= 0 ? amount : name);
        }

        var lines = line is { } only ? Single(sheet.Line(only)) : sheet.Lines();
        foreach (var source in lines)
        {
            for (var c = 0; c < source.Cells.Length; c++)
            {
                if (!IsLabelOf(source.Cells[c], field)) continue;
                var value = NextValue(source, c);
                return Format(sheet, source.Number, value >= 0 ? value : c + 1);
            }
        }

        return null;
    }

    private static IEnumerable<SourceLine> Single(SourceLine? line) => line is null ? Array.Empty<SourceLine>() : new[] { line };

    /// <summary>True when the cell is the label of <paramref name="field"/> (项目名称, 项目负责人/ 联系电话, 资金总额 …).</summary>
    private static bool IsLabelOf(string cell, string field)
    {
        if (cell.Length == 0 || !LabelText.CouldBeLabel(cell)) return false;
        var text = LabelText.RemoveWhitespace(LabelText.Normalize(cell)).TrimEnd(':', '：');
        if (string.Equals(text, field, StringComparison.Ordinal)) return true;
        return HeaderLabels.TryGet(cell, out var kind) && string.Equals(HeaderLabels.FieldName(kind), field, StringComparison.Ordinal);
    }

    /// <summary>The first filled cell right of <paramref name="label"/> that is not itself a label, or -1.</summary>
    private static int NextValue(SourceLine line, int label)
    {
        for (var c = label + 1; c < line.Cells.Length; c++)
        {
            var text = line.Cells[c];
            if (text.Length == 0) continue;
            return LabelText.CouldBeLabel(text) && HeaderLabels.TryGet(text, out _) ? -1 : c;
        }

        return -1;
    }

    /// <summary>The first cell from <paramref name="start"/> whose text is <paramref name="text"/> (spaces ignored), or -1.</summary>
    private static int Find(SourceLine line, string text, int start)
    {
        var wanted = LabelText.RemoveWhitespace(LabelText.Normalize(text));
        for (var c = start; c < line.Cells.Length; c++)
        {
            var cell = line.Cells[c];
            if (cell.Length > 0 && LabelText.CouldBeLabel(cell) && string.Equals(LabelText.RemoveWhitespace(LabelText.Normalize(cell)), wanted, StringComparison.Ordinal)) return c;
        }

        return -1;
    }

    /// <summary>The row's filled cells (<c>A18:E18</c>), or its first cell when it has none.</summary>
    private static string UsedRange(WorksheetSource sheet, int row)
    {
        if (sheet.Line(row) is not { } line || line.IsBlank) return CellReference.Format(row, 1, sheet.Reference);
        var (first, last) = Span(line);
        return CellReference.FormatRange(row, first + 1, row, last + 1, sheet.Reference);
    }

    /// <summary>The table's rows over the columns any of them fills (<c>A1:E32</c>).</summary>
    private static string TableRange(WorksheetSource sheet)
    {
        int first = int.MaxValue, last = 0;
        foreach (var line in sheet.Lines())
        {
            var (f, l) = Span(line);
            first = Math.Min(first, f);
            last = Math.Max(last, l);
        }

        return first == int.MaxValue
            ? CellReference.Format(sheet.FirstRow, 1, sheet.Reference)
            : CellReference.FormatRange(sheet.FirstRow, first + 1, sheet.LastRow, last + 1, sheet.Reference);
    }

    private static (int First, int Last) Span(SourceLine line)
    {
        int first = -1, last = -1;
        for (var c = 0; c < line.Cells.Length; c++)
        {
            if (line.Cells[c].Length == 0) continue;
            if (first < 0) first = c;
            last = c;
        }

        return (Math.Max(first, 0), Math.Max(last, 0));
    }

    private static string Format(WorksheetSource sheet, int row, int column) => CellReference.Format(row, Math.Min(column + 1, CellReference.MaxColumn), sheet.Reference);
}
