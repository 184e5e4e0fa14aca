using System.Collections.Generic;
using PerfRules.Checks;
using PerfRules.Import.Columns;

namespace PerfRules.Import;

/// <summary>
/// Which cells of an indicator row the reader took the row's parts from (0-based indices into the row's cells; -1 when
/// the block has no such column): recorded on the row's <see cref="SourceLine"/> so that a finding about the row's
/// 三级 name, its 半年 or 全年 value or one region's value can name the worksheet cell (<see cref="CellLocator"/>).
/// </summary>
internal sealed class IndicatorColumns
{
    private IndicatorColumns(int name, int halfYear, int fullYear, List<KeyValuePair<string, int>> regions)
    {
        Name = name;
        HalfYear = halfYear;
        FullYear = fullYear;
        Regions = regions;
    }

    /// <summary>The 三级指标 cell.</summary>
    public int Name { get; }

    /// <summary>The 半年(程)指标值 cell.</summary>
    public int HalfYear { get; }

    /// <summary>The 全年(程)指标值 / 年度指标值 cell.</summary>
    public int FullYear { get; }

    /// <summary>Each region's value cell, by the finding field of its column (the region's name + 指标值).</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Regions { get; }

    /// <summary>The columns of a block, from its column roles and header words (a region column's header is the region's name).</summary>
    public static IndicatorColumns Of(IReadOnlyDictionary<int, ColumnRole> columns, IReadOnlyDictionary<int, string> headers)
    {
        int name = -1, half = -1, full = -1;
        var regions = new List<KeyValuePair<string, int>>();
        foreach (var p in columns)
        {
            switch (p.Value)
            {
                case ColumnRole.Name: name = p.Key; break;
                case ColumnRole.HalfYear: half = p.Key; break;
                case ColumnRole.FullYear: full = p.Key; break;
                case ColumnRole.Region when headers.TryGetValue(p.Key, out var region):
                    regions.Add(new KeyValuePair<string, int>(region + CellColumns.RegionSuffix, p.Key));
                    break;
            }
        }

        return new IndicatorColumns(name, half, full, regions);
    }

    /// <summary>The cell a finding field names (<see cref="CellColumns"/>; null for the 三级 name), or -1 when the row has none.</summary>
    public int ColumnOf(string? field)
    {
        switch (field)
        {
            case null: return Name;
            case CellColumns.HalfYear: return HalfYear;
            case CellColumns.FullYear: return FullYear;
        }

        foreach (var r in Regions)
        {
            if (string.Equals(r.Key, field, System.StringComparison.Ordinal)) return r.Value;
        }

        return Name;
    }
}
