using System;
using System.Collections.Generic;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Checks;

/// <summary>
/// One value cell of an indicator row (半年, 全年, or one region's column of a 区域绩效目标表), with the other
/// column's value beside it. A cell-scoped rule runs once per cell, half-year first, then full-year, then the
/// regions in column order, so a finding names the exact column.
/// </summary>
/// <param name="IsHalfYear">True for the 半年(程)指标值 cell, false for the 全年(程)指标值 and region cells.</param>
/// <param name="Value">The cell's value.</param>
/// <param name="Other">The other column's value in the same row.</param>
public sealed record IndicatorCell(bool IsHalfYear, IndicatorValue Value, IndicatorValue Other)
{
    /// <summary>The region whose column this cell is (<see cref="Indicator.Regions"/>), or null for the 半年/全年 cells.</summary>
    public string? Region { get; init; }

    /// <summary>The column label (<see cref="CellColumns.HalfYear"/>, <see cref="CellColumns.FullYear"/>, or the region's name + 指标值).</summary>
    public string Column => Region is { } region ? region + CellColumns.RegionSuffix : IsHalfYear ? CellColumns.HalfYear : CellColumns.FullYear;

    /// <summary>The half-year cell of a row.</summary>
    public static IndicatorCell HalfYearOf(Indicator indicator) =>
        indicator is null ? throw new ArgumentNullException(nameof(indicator)) : new(true, indicator.HalfYear, indicator.FullYear);

    /// <summary>The full-year cell of a row.</summary>
    public static IndicatorCell FullYearOf(Indicator indicator) =>
        indicator is null ? throw new ArgumentNullException(nameof(indicator)) : new(false, indicator.FullYear, indicator.HalfYear);

    /// <summary>The cell of one region's column.</summary>
    public static IndicatorCell RegionOf(Indicator indicator, RegionTarget region)
    {
        if (indicator is null) throw new ArgumentNullException(nameof(indicator));
        if (region is null) throw new ArgumentNullException(nameof(region));
        return new(false, region.Value, indicator.HalfYear) { Region = region.Region };
    }

    /// <summary>Every value cell of a row in check order: 半年, 全年, then each region's.</summary>
    public static IEnumerable<IndicatorCell> AllOf(Indicator indicator)
    {
        if (indicator is null) throw new ArgumentNullException(nameof(indicator));
        var cells = new IndicatorCell[CountOf(indicator)];
        Fill(indicator, cells, 0);
        return cells;
    }

    /// <summary>How many cells <see cref="AllOf"/> gives for <paramref name="indicator"/>.</summary>
    internal static int CountOf(Indicator indicator) => 2 + (indicator.Regions?.Count ?? 0);

    /// <summary>
    /// Writes <see cref="AllOf"/>'s cells of <paramref name="indicator"/> into <paramref name="cells"/> from
    /// <paramref name="at"/> (半年, 全年, then each region in column order); returns the index after the last.
    /// </summary>
    internal static int Fill(Indicator indicator, IndicatorCell[] cells, int at)
    {
        cells[at++] = HalfYearOf(indicator);
        cells[at++] = FullYearOf(indicator);
        if (indicator.Regions is { } regions)
        {
            for (var r = 0; r < regions.Count; r++) cells[at++] = RegionOf(indicator, regions[r]);
        }

        return at;
    }

    /// <inheritdoc />
    public override string ToString() => Column + " " + Value;
}
