using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Import.Layouts;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>
/// Stage 4, where each table starts: the line passes of <see cref="Accept"/> either take a line (true) or leave it to
/// the next; a line no pass takes may open a table (a 项目名称, an indicator header with nothing above it) and goes to
/// the table being read, or waits as preamble for the table that follows. <see cref="Finish"/> keeps what no table
/// took and marks the tables a <c># PARTIAL</c> note cuts off.
/// </summary>
internal sealed class TableSplitter
{
    private readonly string? _source;
    private readonly LabelVocabulary _labels;
    private readonly TableReaderOptions _options;
    private readonly List<Finding> _findings;
    private readonly IIndicatorHierarchy _hierarchy = HierarchyVocabulary.Instance;
    private readonly List<UnplacedLine> _unplaced = new();
    private readonly List<TableAssembler> _tables = new();
    private readonly List<SourceLine> _preamble = new();
    private readonly Func<SourceLine, bool>[] _passes;
    private (string Why, int Line)? _partial;
    private TableAssembler? _current;

    /// <summary>A splitter of one file's lines; file-level findings go to <paramref name="findings"/>.</summary>
    public TableSplitter(string? source, LabelVocabulary labels, TableReaderOptions options, List<Finding> findings)
    {
        _source = source;
        _labels = labels;
        _options = options;
        _findings = findings;
        _passes = new Func<SourceLine, bool>[] { OverLongLine, CommentBeforeTables, TableNumber, TitleLine };
    }

    /// <summary>The lines no table took (before the first title, after the last table), in source order.</summary>
    public IReadOnlyList<UnplacedLine> Unplaced => _unplaced;

    /// <summary>Reads one line of the file.</summary>
    public void Accept(SourceLine line)
    {
        if (line.IsBlank) return;
        foreach (var pass in _passes)
        {
            if (pass(line)) return;
        }

        StartAtNameOrIndicatorHeader(line);
        if (_current is null) _preamble.Add(line);
        else _current.Accept(line);
    }

    /// <summary>Keeps the preamble no table followed, marks where the input ends, and returns the tables in order.</summary>
    public IReadOnlyList<TableAssembler> Finish()
    {
        foreach (var line in _preamble)
        {
            KeepUnplaced(line, _tables.Count == 0 ? "位于第一张表之前" : "位于最后一张表之后，且没有表名");
        }

        if (_tables.Count > 0)
        {
            // The input ends inside the last table: that is where a truncated page is cut off.
            _tables[_tables.Count - 1].AtEndOfInput();
            if (_partial is { } note) MarkPartial(note.Why, note.Line);
        }

        return _tables;
    }

    /// <summary>
    /// A line with an over-long cell is not interpreted (the label, value and prose readers would all scan it), but
    /// kept whole, so the limit never loses text.
    /// </summary>
    private bool OverLongLine(SourceLine line)
    {
        if (ReadLimits.CellTooLong(line, _options) is not { } tooLong) return false;
        if (_current is null)
        {
            _unplaced.Add(ReadLimits.Unplaced(line));
            _findings.Add(tooLong);
        }
        else
        {
            _current.KeepUnplaced(line, tooLong);
        }

        return true;
    }

    /// <summary>A <c>#</c> comment outside any table is skipped (noted); a <c># PARTIAL</c> note is remembered.</summary>
    private bool CommentBeforeTables(SourceLine line)
    {
        if (_current is not null || !line.First!.StartsWith("#", StringComparison.Ordinal)) return false;
        _findings.Add(ImportFindings.CommentSkipped(line.Number, line.Text.Trim()));
        if (PartialNote.TryRead(line.Text, out var why)) _partial ??= (why, line.Number);
        return true;
    }

    /// <summary>表十二 repeated before each table of a page: it ends the table above and opens the next.</summary>
    private bool TableNumber(SourceLine line)
    {
        if (line.NonEmptyCount != 1 || !LayoutCells.IsTableNumber(line.First!)) return false;
        _current = null;
        _preamble.Add(line);
        return true;
    }

    /// <summary>A title line (…绩效目标表) starts a table.</summary>
    private bool TitleLine(SourceLine line)
    {
        if (!HeaderLabels.IsTitle(line.First!)) return false;
        _current = Start(TableAssembler.AtTitle(_source, line, _hierarchy, _labels));
        return true;
    }

    /// <summary>
    /// A 项目名称 line starts a table when none is open or the open one has its name; a file with neither title nor
    /// 项目名称 but an indicator block (a published evaluation) starts one at the block. The new table reads the line.
    /// </summary>
    private void StartAtNameOrIndicatorHeader(SourceLine line)
    {
        if (HeaderLabels.TryGet(line.First!, _labels, out var kind) && kind is HeaderFieldKind.Name or HeaderFieldKind.DepartmentName && (_current is null || _current.HasName))
        {
            _current = Start(TableAssembler.AtName(_source, line, _hierarchy, _labels));
        }

        if (_current is null && IndicatorBlock.IsHeader(line))
        {
            _current = Start(TableAssembler.AtIndicatorHeader(_source, line, _hierarchy, _labels));
        }
    }

    /// <summary>
    /// Opens a table: lines before its title (a page title, 表十二, 报表编号:…) belong to it; junk stays unplaced.
    /// </summary>
    private TableAssembler Start(TableAssembler table)
    {
        foreach (var line in _preamble)
        {
            if (TableAssembler.IsPreamble(line, _labels)) table.AcceptPreamble(line);
            else KeepUnplaced(line, "位于表名之前，不是表头字段或标题文字");
        }

        _preamble.Clear();
        _tables.Add(table);
        return table;
    }

    /// <summary>
    /// A <c># PARTIAL</c> note marks the last table; when a page begins inside a table, its first table has no title or
    /// header, only the cut-off tail. When a totals row closes its indicator block, only the head is lost: the rows
    /// are whole and are checked.
    /// </summary>
    private void MarkPartial(string why, int line)
    {
        _tables[_tables.Count - 1].MarkPartial(why, line);
        var first = _tables[0];
        if (_tables.Count <= 1 || !first.StartsWithoutHeader) return;
        if (first.IndicatorBlockClosed) first.MarkHeadLost(why, line);
        else first.MarkPartial(why, line);
    }

    private void KeepUnplaced(SourceLine line, string why)
    {
        var cells = SourceLine.JoinCells(line.NonEmpty().Select(c => c.Text));
        _unplaced.Add(new UnplacedLine(line.Number, cells));
        _findings.Add(ImportFindings.Unplaced(line.Number, cells, null, why));
    }
}
