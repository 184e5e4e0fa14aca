using System;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Checks;

/// <summary>
/// One value cell of an indicator row (半年 or 全年), with the other column's value beside it.
/// A cell-scoped rule runs once per cell, half-year first, so a finding names the exact column.
/// </summary>
/// <param name="IsHalfYear">True for the 半年(程)指标值 cell, false for the 全年(程)指标值 cell.</param>
/// <param name="Value">The cell's value.</param>
/// <param name="Other">The other column's value in the same row.</param>
public sealed record IndicatorCell(bool IsHalfYear, IndicatorValue Value, IndicatorValue Other)
{
    /// <summary>The column label (<see cref="CellColumns.HalfYear"/> or <see cref="CellColumns.FullYear"/>).</summary>
    public string Column => IsHalfYear ? CellColumns.HalfYear : CellColumns.FullYear;

    /// <summary>The half-year cell of a row.</summary>
    public static IndicatorCell HalfYearOf(Indicator indicator) =>
        indicator is null ? throw new ArgumentNullException(nameof(indicator)) : new(true, indicator.HalfYear, indicator.FullYear);

    /// <summary>The full-year cell of a row.</summary>
    public static IndicatorCell FullYearOf(Indicator indicator) =>
        indicator is null ? throw new ArgumentNullException(nameof(indicator)) : new(false, indicator.FullYear, indicator.HalfYear);

    /// <inheritdoc />
    public override string ToString() => Column + " " + Value;
}
