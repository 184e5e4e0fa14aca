using System.Collections.Generic;
using System.Linq;
using System.Text;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>
/// Applies <see cref="TableReaderOptions"/> to an input: the checks run before the expensive step they
/// protect (size before decoding, line count before splitting, cell length before interpreting a line),
/// and whatever is over a limit is refused as a whole or kept verbatim, with an I11 finding.
/// </summary>
internal static class ReadLimits
{
    private const string Refused = "未读取任何内容；如确需读取，请调大该上限";

    /// <summary>An I11 finding when <paramref name="bytes"/> is over the input size limit, else null.</summary>
    public static Finding? InputTooLarge(long bytes, TableReaderOptions options) =>
        bytes > options.MaxInputBytes
            ? ImportFindings.LimitExceeded(nameof(TableReaderOptions.MaxInputBytes), bytes, options.MaxInputBytes, "输入大小（字节）", Refused, FindingLocation.Table)
            : null;

    /// <summary>An I11 finding when text passed as a string is over the input size limit (its UTF-8 length), else null.</summary>
    public static Finding? TextTooLarge(string text, TableReaderOptions options)
    {
        // UTF-8 needs at most three bytes per UTF-16 character: most texts need no count at all.
        if ((long)text.Length * 3 <= options.MaxInputBytes) return null;
        return InputTooLarge(Encoding.UTF8.GetByteCount(text), options);
    }

    /// <summary>An I11 finding when <paramref name="text"/> has more lines than allowed, else null; counts without splitting.</summary>
    public static Finding? TooManyLines(string text, TableReaderOptions options)
    {
        var count = CountLines(text, options.MaxLines);
        return count > options.MaxLines
            ? ImportFindings.LimitExceeded(nameof(TableReaderOptions.MaxLines), count, options.MaxLines, "输入行数", Refused, FindingLocation.Table)
            : null;
    }

    /// <summary>
    /// An I11 finding when <paramref name="text"/> would split into more cells than allowed (fields separated by
    /// <paramref name="separator"/>, plus one per line), else null; counted in one scan, before anything is split.
    /// </summary>
    public static Finding? TooManyCells(string text, char separator, TableReaderOptions options)
    {
        if (text.Length < options.MaxCells) return null; // no more cells than characters + 1
        long cells = 1;
        foreach (var c in text)
        {
            if (c == separator || c == '\n') cells++;
        }

        return cells > options.MaxCells
            ? ImportFindings.LimitExceeded(nameof(TableReaderOptions.MaxCells), cells, options.MaxCells, "输入单元格数", Refused, FindingLocation.Table)
            : null;
    }

    /// <summary>
    /// The number of lines <see cref="SourceLine.Split"/> makes of <paramref name="text"/> (LF, CRLF, CR),
    /// counted in one scan; counting goes on past <paramref name="limit"/> so the message can say how many.
    /// </summary>
    public static long CountLines(string text, int limit)
    {
        if (text.Length <= limit) return text.Length; // no more lines than characters: an upper bound, no scan needed
        long lines = 0;
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var atLineStart = true;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                lines++;
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                atLineStart = true;
            }
            else
            {
                atLineStart = false;
            }
        }

        return atLineStart ? lines : lines + 1;
    }

    /// <summary>An I11 finding when a cell of <paramref name="line"/> is longer than allowed, else null.</summary>
    public static Finding? CellTooLong(SourceLine line, TableReaderOptions options)
    {
        var longest = -1;
        var length = 0;
        for (var i = 0; i < line.Cells.Length; i++)
        {
            if (line.Cells[i].Length <= length) continue;
            length = line.Cells[i].Length;
            longest = i;
        }

        if (length <= options.MaxCellLength) return null;
        return ImportFindings.LimitExceeded(
            nameof(TableReaderOptions.MaxCellLength), length, options.MaxCellLength,
            "第" + Number(line.Number) + "行第" + Number(longest + 1) + "格长度（字符）",
            "该行未解析，已原样保留为未归位行「" + SourceLine.Excerpt(line.Text) + "」",
            new FindingLocation { Line = line.Number });
    }

    /// <summary>The line kept verbatim as an unplaced line: its non-empty cells, tab-separated, as I06 keeps them.</summary>
    public static UnplacedLine Unplaced(SourceLine line) => new(line.Number, SourceLine.JoinCells(line.NonEmpty().Select(c => c.Text)));

    /// <summary>
    /// The table with at most <see cref="TableReaderOptions.MaxIndicatorRows"/> indicators: the source lines of
    /// the rows after the limit become unplaced lines, with one I11 finding, and the findings and published
    /// 自评 values of those rows go with them.
    /// </summary>
    public static PerformanceTable CapIndicators(PerformanceTable table, IReadOnlyList<SourceLine> lines, TableReaderOptions options)
    {
        var max = options.MaxIndicatorRows;
        if (table.Indicators.Count <= max) return table;

        var kept = table.Indicators.Take(max).ToList();
        var cut = table.Indicators.Skip(max).ToList();
        var keptLines = new HashSet<int>(kept.Where(i => i.Line is not null).Select(i => i.Line!.Value));
        var keptRows = new HashSet<int>(kept.Select(i => i.Row));
        var cutLines = cut.Where(i => i.Line is { } l && !keptLines.Contains(l) && l >= 1 && l <= lines.Count)
            .Select(i => i.Line!.Value)
            .Distinct()
            .ToList();
        var first = cutLines.Count > 0 ? cutLines.Min() : (int?)null;
        var last = cutLines.Count > 0 ? cutLines.Max() : (int?)null;

        var finding = ImportFindings.LimitExceeded(
            nameof(TableReaderOptions.MaxIndicatorRows), table.Indicators.Count, max,
            "表「" + table.Name + "」的指标行数",
            "第" + Number(max + 1) + "行起的 " + Number(cut.Count) + " 行指标" +
            (first is { } a ? "（源文件第" + Number(a) + "–" + Number(last!.Value) + "行）" : string.Empty) + "未读入，已原样保留为未归位行",
            new FindingLocation { Field = "绩效指标", Line = first });

        return table with
        {
            Indicators = kept.ToValueList(),
            Published = table.Published is { } p
                ? p with { Indicators = p.Indicators.Where(i => keptRows.Contains(i.Row)).ToValueList() }
                : null,
            ImportFindings = table.ImportFindings
                .Where(f => f.Location.Row is not { } row || keptRows.Contains(row))
                .Append(finding)
                .OrderBy(f => f.Location.Line ?? 0)
                .ToValueList(),
            UnplacedLines = table.UnplacedLines
                .Concat(cutLines.Select(l => Unplaced(lines[l - 1])))
                .OrderBy(u => u.Line)
                .ToValueList(),
        };
    }

    private static string Number(long n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
