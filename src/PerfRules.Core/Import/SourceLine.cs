using System;
using System.Collections.Generic;

namespace PerfRules.Import;

/// <summary>One line of PDF-extracted text, split into tab-separated cells.</summary>
internal sealed class SourceLine
{
    private SourceLine(int number, string text)
        : this(number, text, SplitCells(text))
    {
    }

    private SourceLine(int number, string text, string[] cells)
    {
        Number = number;
        Text = text;
        Cells = cells;
        foreach (var c in Cells)
        {
            if (c.Length == 0) continue;
            NonEmptyCount++;
            First ??= c;
        }
    }

    /// <summary>1-based line number in the source.</summary>
    public int Number { get; }

    /// <summary>The line as read (without the line break).</summary>
    public string Text { get; }

    /// <summary>The cells, trimmed; blank cells are empty strings.</summary>
    public string[] Cells { get; }

    /// <summary>The first non-empty cell, or null for a blank line.</summary>
    public string? First { get; }

    /// <summary>How many cells are non-empty.</summary>
    public int NonEmptyCount { get; }

    /// <summary>Which cells an indicator row's parts were read from, set by the indicator block; null for other lines.</summary>
    public IndicatorColumns? Columns { get; set; }

    /// <summary>True when the line holds nothing but whitespace.</summary>
    public bool IsBlank => NonEmptyCount == 0;

    /// <summary>The cell at <paramref name="index"/>, or empty when the line is shorter.</summary>
    public string Cell(int index) => index >= 0 && index < Cells.Length ? Cells[index] : string.Empty;

    /// <summary>The non-empty cells with their column index.</summary>
    public IEnumerable<(int Column, string Text)> NonEmpty()
    {
        for (var i = 0; i < Cells.Length; i++)
        {
            if (Cells[i].Length > 0) yield return (i, Cells[i]);
        }
    }

    /// <summary>Splits on tabs and trims each cell; IndexOf-based, so a 10 MB line costs one vectorised scan.</summary>
    private static string[] SplitCells(string text)
    {
        var count = 1;
        for (var i = text.IndexOf('\t'); i >= 0; i = text.IndexOf('\t', i + 1)) count++;
        var cells = new string[count];
        var start = 0;
        for (var k = 0; k < count; k++)
        {
            var end = k == count - 1 ? text.Length : text.IndexOf('\t', start);
            cells[k] = Trim(text, start, end);
            start = end + 1;
        }

        return cells;
    }

    private static string Trim(string text, int start, int end)
    {
        while (start < end && LabelText.IsSpace(text[start])) start++;
        while (end > start && LabelText.IsSpace(text[end - 1])) end--;
        return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
    }

    /// <summary>
    /// A row of a grid that arrives already split into cells (a CSV record, a worksheet row): the cells
    /// are trimmed as tab-split cells are, so every reader feeds the same table logic. <paramref name="number"/>
    /// is the row's source position (the CSV record's first line, the worksheet row number).
    /// </summary>
    public static SourceLine FromCells(int number, IReadOnlyList<string> cells)
    {
        var trimmed = new string[cells.Count];
        for (var i = 0; i < trimmed.Length; i++) trimmed[i] = Trim(cells[i] ?? string.Empty, 0, (cells[i] ?? string.Empty).Length);
        return new SourceLine(number, JoinCells(cells), trimmed);
    }

    /// <summary>Splits text into lines (LF, CRLF or CR), numbering from 1; a leading BOM is dropped.</summary>
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var number = 1;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r') continue;
            lines.Add(new SourceLine(number++, text.Substring(start, i - start)));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }

        if (start < text.Length) lines.Add(new SourceLine(number, text.Substring(start)));
        return lines;
    }

    /// <inheritdoc />
    public override string ToString() => Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Text;

    /// <summary>Shortens text for a message (the full text is kept elsewhere).</summary>
    public static string Excerpt(string text, int max = 40) =>
        text.Length <= max ? text : text.Substring(0, max) + "…（共" + text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "字）";

    /// <summary>Joins cells for display, tab-separated as in the source.</summary>
    public static string JoinCells(IEnumerable<string> cells) => string.Join("\t", cells);

    internal static bool IsYearOnly(string text, out int year)
    {
        year = 0;
        if (text.Length > 20) return false;

        // 2026年度, (2021年度), (   2023年度), (2021年).
        var t = LabelText.Normalize(text).Trim('(', ')');
        if (t.EndsWith("年度", StringComparison.Ordinal)) t = t.Substring(0, t.Length - 1);
        if (t.Length != 5 || !t.EndsWith("年", StringComparison.Ordinal)) return false;
        return int.TryParse(t.Substring(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year);
    }
}
