using System;
using System.Collections.Generic;
using PerfRules.Checks;
using PerfRules.Tables;

namespace PerfRules.Rules.Expressions;

/// <summary>
/// Facts about one table that several rules need, worked out once per table and shared by every rule
/// of the catalogue: the fields in form order, each row's <see cref="RowFacts"/>, where each name first
/// appears (one dictionary pass instead of comparing every pair of rows), the 一级/二级 present, and per
/// prose field its plain text, repeats and identical earlier field.
/// </summary>
/// <remarks>
/// One instance per thread, reused from table to table (its arrays and dictionary are kept), keyed on
/// the table's reference: tables are immutable, so facts of the same reference are still true. The
/// evaluation paths call <see cref="Begin"/> and <see cref="End"/> around each table so that nothing is
/// carried from one check to the next; a helper called on its own (outside a check) gets the facts of
/// its table worked out on first use. A helper that is handed only a row or a field looks it up among
/// the current table's by reference and works its facts out alone when it is not there.
/// </remarks>
internal sealed class TableFacts
{
    [ThreadStatic]
    private static TableFacts? t_current;

    private readonly Dictionary<string, int> _firstRowByName = new(StringComparer.Ordinal);
    private RowFacts[] _rows = new RowFacts[32];
    private int _rowCount;
    private int _hint;
    private PerformanceTable? _table;
    private IReadOnlyList<TableField>? _fields;
    private ProseFacts?[] _prose = new ProseFacts?[16];
    private IndicatorCell[] _cells = new IndicatorCell[64];
    private int[] _cellRows = new int[64];
    private int _cellCount = -1;
    private Flags _flags;

    [Flags]
    private enum Flags
    {
        None = 0,
        Hierarchy = 1,
        Output = 2,
        Effect = 4,
        Satisfaction = 8,
        Cost = 16,
        OutputQuantity = 32,
        OutputQuality = 64,
        OutputTimeliness = 128,
    }

    /// <summary>The table these facts are about.</summary>
    public PerformanceTable Table => _table!;

    /// <summary>The fields in form order (<see cref="TableField.Of"/>), built once per table.</summary>
    public IReadOnlyList<TableField> Fields => _fields ??= TableField.Of(_table!);

    /// <summary>Some row has a 一级 label (not a flat list).</summary>
    public bool HasHierarchy => (_flags & Flags.Hierarchy) != 0;

    /// <summary>Some row is under 产出.</summary>
    public bool HasOutput => (_flags & Flags.Output) != 0;

    /// <summary>Some row is under 效益.</summary>
    public bool HasEffect => (_flags & Flags.Effect) != 0;

    /// <summary>Some row is under 满意度.</summary>
    public bool HasSatisfaction => (_flags & Flags.Satisfaction) != 0;

    /// <summary>Some row is a 成本 indicator (一级 成本 or 产出/成本指标).</summary>
    public bool HasCost => (_flags & Flags.Cost) != 0;

    /// <summary>Some row is under 产出/数量指标.</summary>
    public bool HasOutputQuantity => (_flags & Flags.OutputQuantity) != 0;

    /// <summary>Some row is under 产出/质量指标.</summary>
    public bool HasOutputQuality => (_flags & Flags.OutputQuality) != 0;

    /// <summary>Some row is under 产出/时效指标.</summary>
    public bool HasOutputTimeliness => (_flags & Flags.OutputTimeliness) != 0;

    /// <summary>The rows' facts, in row order.</summary>
    public int RowCount => _rowCount;

    /// <summary>Facts of row <paramref name="index"/> (0-based, in <see cref="PerformanceTable.Indicators"/> order).</summary>
    public RowFacts Row(int index) => _rows[index];

    /// <summary>The number of cells of the rows (半年 and 全年 of each row, then its regions'), worked out on first use.</summary>
    public int CellCount => _cellCount >= 0 ? _cellCount : FillCells();

    /// <summary>Cell <paramref name="index"/> of <see cref="CellCount"/>, in row order (半年, 全年, then each region).</summary>
    public IndicatorCell Cell(int index) => _cells[index];

    /// <summary>The 0-based row of cell <paramref name="index"/>.</summary>
    public int CellRow(int index) => _cellRows[index];

    /// <summary>Starts a check of <paramref name="table"/> on this thread: its facts are worked out afresh.</summary>
    public static TableFacts Begin(PerformanceTable table)
    {
        var facts = t_current ??= new TableFacts();
        facts.Reset(table);
        return facts;
    }

    /// <summary>Ends the check on this thread: the facts let go of the table.</summary>
    public static void End()
    {
        if (t_current is { } facts) facts.Release();
    }

    /// <summary>The facts of <paramref name="table"/>: the current ones when they are its, else worked out now.</summary>
    public static TableFacts For(PerformanceTable table)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        var facts = t_current ??= new TableFacts();
        if (!ReferenceEquals(facts._table, table)) facts.Reset(table);
        return facts;
    }

    /// <summary>The facts of <paramref name="indicator"/>: the current table's row when it is one of them, else its own.</summary>
    public static RowFacts RowOf(Indicator indicator)
    {
        if (indicator is null) throw new ArgumentNullException(nameof(indicator));
        var facts = t_current;
        if (facts is not null && facts._table is not null)
        {
            var index = facts.IndexOf(indicator);
            if (index >= 0) return facts._rows[index];
        }

        return RowFacts.Of(indicator);
    }

    /// <summary>The prose facts of <paramref name="field"/>: shared when it is one of the current table's fields, else its own.</summary>
    public static ProseFacts ProseOf(TableField field)
    {
        if (field is null) throw new ArgumentNullException(nameof(field));
        var facts = t_current;
        if (facts is not null && facts._fields is { } fields)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                if (ReferenceEquals(fields[i], field)) return facts.ProseAt(i);
            }
        }

        return new ProseFacts(field);
    }

    /// <summary>
    /// The facts of <paramref name="indicator"/> as a row of this table; a row that is not one of its rows gets
    /// facts of its own, its <see cref="RowFacts.FirstRowSameName"/> found among this table's rows.
    /// </summary>
    public RowFacts RowFor(Indicator indicator)
    {
        var index = IndexOf(indicator);
        if (index >= 0) return _rows[index];
        var row = RowFacts.Of(indicator);
        if (TryFirstRow(row.Name, out var first)) row.FirstRowSameName = Math.Min(first, indicator.Row);
        return row;
    }

    /// <summary>The prose facts of the field at <paramref name="index"/> of <see cref="Fields"/>.</summary>
    public ProseFacts ProseAt(int index)
    {
        if (index >= _prose.Length) Array.Resize(ref _prose, Math.Max(index + 1, _prose.Length * 2));
        return _prose[index] ??= new ProseFacts(Fields[index]);
    }

    /// <summary>
    /// S11: the label of an earlier prose field of <see cref="Fields"/> whose plain text is the same as that of
    /// field <paramref name="index"/> after normalisation, or null (<see cref="Prose.IdenticalEarlierField"/>).
    /// </summary>
    public string? IdenticalEarlierField(int index)
    {
        var fields = Fields;
        var mine = ProseAt(index);
        if (!mine.HasProse) return null;
        var label = fields[index].Label;
        for (var j = 0; j < fields.Count; j++)
        {
            if (string.Equals(fields[j].Label, label, StringComparison.Ordinal)) return null;
            if (fields[j].IsProse && !fields[j].IsBlank && CheckText.SameName(ProseAt(j).Plain, mine.Plain)) return fields[j].Label;
        }

        return null;
    }

    /// <summary>The index of <paramref name="field"/> among <see cref="Fields"/> by reference, or -1.</summary>
    public int IndexOfField(TableField field)
    {
        var fields = Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (ReferenceEquals(fields[i], field)) return i;
        }

        return -1;
    }

    /// <summary>The row where a name first appears in row order, or false when no row has it (normalised names).</summary>
    public bool TryFirstRow(string normalizedName, out int row) => _firstRowByName.TryGetValue(normalizedName, out row);

    private int IndexOf(Indicator indicator)
    {
        // Rules walk the rows in order, so the row is almost always the last one asked for or the next.
        var rows = _rows;
        var n = _rowCount;
        for (var k = 0; k < n; k++)
        {
            var i = _hint + k;
            if (i >= n) i -= n;
            if (ReferenceEquals(rows[i].Indicator, indicator))
            {
                _hint = i;
                return i;
            }
        }

        return -1;
    }

    private void Reset(PerformanceTable table)
    {
        Release();
        _table = table;
        var indicators = table.Indicators;
        var n = indicators.Count;
        if (_rows.Length < n) Array.Resize(ref _rows, Math.Max(n, _rows.Length * 2));
        var flags = Flags.None;
        for (var i = 0; i < n; i++)
        {
            var indicator = indicators[i];
            var row = _rows[i] ??= new RowFacts();
            row.Set(indicator);

            // Where the normalised name first appears in row order (S05, S11): the first row in list order wins.
            if (_firstRowByName.TryGetValue(row.Name, out var first)) row.FirstRowSameName = Math.Min(first, indicator.Row);
            else _firstRowByName.Add(row.Name, indicator.Row);

            if (!CheckText.IsBlank(indicator.Level1)) flags |= Flags.Hierarchy;
            flags |= row.Level1 switch
            {
                "产出" => Flags.Output | row.Level2 switch
                {
                    "数量指标" => Flags.OutputQuantity,
                    "质量指标" => Flags.OutputQuality,
                    "时效指标" => Flags.OutputTimeliness,
                    "成本指标" => Flags.Cost,
                    _ => Flags.None,
                },
                "效益" => Flags.Effect,
                "满意度" => Flags.Satisfaction,
                "成本" => Flags.Cost,
                _ => Flags.None,
            };
        }

        _rowCount = n;
        _flags = flags;
    }

    private int FillCells()
    {
        var indicators = _table!.Indicators;
        var count = 0;
        for (var i = 0; i < indicators.Count; i++) count += IndicatorCell.CountOf(indicators[i]);
        if (_cells.Length < count)
        {
            _cells = new IndicatorCell[Math.Max(count, _cells.Length * 2)];
            _cellRows = new int[_cells.Length];
        }

        var k = 0;
        for (var i = 0; i < indicators.Count; i++)
        {
            var end = IndicatorCell.Fill(indicators[i], _cells, k);
            while (k < end) _cellRows[k++] = i;
        }

        return _cellCount = count;
    }

    private void Release()
    {
        if (_cellCount > 0) Array.Clear(_cells, 0, _cellCount);
        _cellCount = -1;
        _table = null;
        _fields = null;
        _hint = 0;
        _firstRowByName.Clear();
        for (var i = 0; i < _prose.Length; i++) _prose[i] = null;
        _rowCount = 0;
    }
}
