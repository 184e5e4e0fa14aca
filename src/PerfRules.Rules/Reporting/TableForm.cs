using System;
using System.Linq;
using System.Collections.Generic;
using System.Globalization;
using PerfRules.Checks;
using PerfRules.Findings;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Reporting;

/// <summary>
/// One table as the report draws it — header fields, money block, goal block, indicator rows with the columns
/// the table has — and which drawn cell each finding belongs to. A finding goes to its indicator row (to the
/// 半年/全年 cell when its field names one), to its header, funding or 支出 field, or, when the form has no such
/// cell (a finding about the table as a whole, or a field the form does not draw), to the table's own list.
/// Every finding is placed exactly once.
/// </summary>
internal sealed class TableForm
{
    /// <summary>The caption cell of the indicator block; findings about the block (I14 placeholders) go there.</summary>
    public const string IndicatorsField = "绩效指标";

    /// <summary>年度, drawn after 项目名称.</summary>
    public const string YearField = "年度";

    /// <summary>The 自评 budget block (预算执行率 row).</summary>
    public const string ExecutionField = "预算执行率";

    /// <summary>The 自评 总分 row.</summary>
    public const string TotalScoreField = "总分";

    /// <summary>The 自评 年度目标完成情况 prose.</summary>
    public const string GoalCompletionField = "年度目标完成情况";

    private static readonly string[] GoalLabels = { TableField.LongTermGoal, TableField.AnnualGoal };

    private readonly Dictionary<string, List<Finding>> _placed = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Indicator> _rows = new();
    private readonly HashSet<string> _fields = new(StringComparer.Ordinal);

    private TableForm(PerformanceTable table)
    {
        Table = table;
        var header = new List<TableField>();
        var prose = new List<TableField>();
        var goals = new List<TableField>();
        foreach (var field in TableField.Of(table))
        {
            if (string.Equals(field.Label, TableField.FundingTotal, StringComparison.Ordinal)) Total = field;
            else if (Array.IndexOf(GoalLabels, field.Label) >= 0) goals.Add(field);
            else if (field.IsProse) prose.Add(field);
            else header.Add(field);
            if (header.Count == 1 && string.Equals(field.Label, TableField.ProjectName, StringComparison.Ordinal))
            {
                header.Add(new TableField(YearField, table.Year?.ToString(CultureInfo.InvariantCulture), null, false));
            }
        }

        if (table.Published?.GoalCompletion is { } completion) goals.Add(new TableField(GoalCompletionField, completion, null, true));
        Header = header;
        Prose = prose;
        Goals = goals;
        foreach (var f in header) _fields.Add(f.Label);
        foreach (var f in prose) _fields.Add(f.Label);
        foreach (var f in goals) _fields.Add(f.Label);
        _fields.Add(TableField.FundingTotal);
        _fields.Add(IndicatorsField);
        if (table.Published is not null)
        {
            _fields.Add(ExecutionField);
            _fields.Add(TotalScoreField);
        }

        foreach (var indicator in table.Indicators)
        {
            if (!_rows.ContainsKey(indicator.Row)) _rows.Add(indicator.Row, indicator);
        }
    }

    /// <summary>The table drawn.</summary>
    public PerformanceTable Table { get; }

    /// <summary>The short header fields in form order (项目名称, 年度, 主管部门 … then other layouts' fields).</summary>
    public IReadOnlyList<TableField> Header { get; }

    /// <summary>The prose fields of the header (立项必要性, 实施可行性, 项目实施内容).</summary>
    public IReadOnlyList<TableField> Prose { get; }

    /// <summary>The goal block (中长期目标, 年度目标, and a 自评 table's 年度目标完成情况).</summary>
    public IReadOnlyList<TableField> Goals { get; }

    /// <summary>资金总额 as a field.</summary>
    public TableField Total { get; } = new(TableField.FundingTotal, null, null, false);

    /// <summary>True when the indicator block has a 半年(程)指标值 column.</summary>
    public bool HasHalfYear { get; private set; }

    /// <summary>True when the indicator rows carry 一级/二级 labels (a flat list has none).</summary>
    public bool HasLevels { get; private set; }

    /// <summary>Findings that have no cell in the form: about the table as a whole, or about a field it does not draw.</summary>
    public IReadOnlyList<Finding> TableFindings { get; private set; } = Array.Empty<Finding>();

    /// <summary>How many findings were placed on a cell or row.</summary>
    public int PlacedCount { get; private set; }

    /// <summary>Builds the form of <paramref name="table"/> and places <paramref name="findings"/> on it.</summary>
    public static TableForm Build(PerformanceTable table, IEnumerable<Finding> findings)
    {
        var form = new TableForm(table);
        var list = findings as IReadOnlyCollection<Finding> ?? new List<Finding>(findings);
        form.HasLevels = false;
        foreach (var indicator in table.Indicators)
        {
            if (indicator.HalfYear.Kind != ValueKind.Empty) form.HasHalfYear = true;
            if (indicator.Level1.Length > 0 || indicator.Level2.Length > 0) form.HasLevels = true;
        }

        if (string.Equals(table.Layout, TableLayouts.Nanjing2026, StringComparison.Ordinal)) form.HasHalfYear = true;
        foreach (var f in list)
        {
            if (string.Equals(f.Location.Field, CellColumns.HalfYear, StringComparison.Ordinal) && f.Location.Row is { } r && form._rows.ContainsKey(r)) form.HasHalfYear = true;
        }

        var rest = new List<Finding>();
        foreach (var f in list)
        {
            if (form.KeyOf(f.Location) is { } key)
            {
                if (!form._placed.TryGetValue(key, out var at)) form._placed.Add(key, at = new List<Finding>());
                at.Add(f);
                form.PlacedCount++;
            }
            else
            {
                rest.Add(f);
            }
        }

        form.TableFindings = rest;
        return form;
    }

    /// <summary>The key of a header, prose, goal or money field.</summary>
    public static string FieldKey(string label) => "f|" + label;

    /// <summary>The key of the <paramref name="index"/>th 支出 line.</summary>
    public static string ExpenditureKey(int index) => "x|" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The key of an indicator row (its 三级 cell).</summary>
    public static string RowKey(int row) => "r|" + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The key of a row's 半年(程)指标值 cell.</summary>
    public static string HalfKey(int row) => RowKey(row) + "|h";

    /// <summary>The key of a row's 全年(程)指标值 cell.</summary>
    public static string FullKey(int row) => RowKey(row) + "|v";

    /// <summary>The findings placed on <paramref name="key"/> (empty when none).</summary>
    public IReadOnlyList<Finding> At(string key) => _placed.TryGetValue(key, out var at) ? at : Array.Empty<Finding>();

    /// <summary>True when any finding is placed on <paramref name="key"/>.</summary>
    public bool Has(string key) => _placed.ContainsKey(key);

    /// <summary>True when any finding is placed on the indicator row or one of its cells.</summary>
    public bool RowHasFindings(int row) => Has(RowKey(row)) || Has(HalfKey(row)) || Has(FullKey(row));

    private string? KeyOf(FindingLocation location)
    {
        var field = location.Field;
        if (RowOf(location) is { } row)
        {
            if (field is null) return RowKey(row);
            if (string.Equals(field, CellColumns.HalfYear, StringComparison.Ordinal)) return HalfKey(row);
            // A region's own target (区域目标: one value column per village or town) is not drawn as a column: its finding goes on the row.
            if (IsRegionColumn(row, field)) return RowKey(row);
            return field.IndexOf("指标值", StringComparison.Ordinal) >= 0 ? FullKey(row) : RowKey(row);
        }

        if (field is null) return null;
        if (field.StartsWith("支出:", StringComparison.Ordinal)) return ExpenditureOf(field.Substring(3), location.Line);
        if (_fields.Contains(field)) return FieldKey(field);
        foreach (var part in field.Split('/'))
        {
            if (part.Length > 0 && _fields.Contains(part)) return FieldKey(part);
        }

        return null;
    }

    private bool IsRegionColumn(int row, string field) =>
        _rows[row].Regions is { } regions && regions.Any(r => string.Equals(r.Region + CellColumns.RegionSuffix, field, StringComparison.Ordinal));

    private int? RowOf(FindingLocation location)
    {
        if (location.Row is { } row) return _rows.ContainsKey(row) ? row : null;
        if (location.Indicator is not { } name) return null;
        foreach (var indicator in Table.Indicators)
        {
            if (string.Equals(indicator.Name, name, StringComparison.Ordinal)) return indicator.Row;
        }

        return null;
    }

    private string? ExpenditureOf(string name, int? line)
    {
        var lines = Table.Funding.Expenditures;
        int? byName = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!string.Equals(lines[i].Name, name, StringComparison.Ordinal)) continue;
            if (line is null || lines[i].Line == line) return ExpenditureKey(i);
            byName ??= i;
        }

        return byName is { } index ? ExpenditureKey(index) : null;
    }
}
