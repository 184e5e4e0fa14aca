#if !PERFRULES_ANALYZER
using System.Text.Json.Serialization;
#endif
using PerfRules.Values;

namespace PerfRules.Tables;

/// <summary>
/// One indicator row: 一级 / 二级 / 三级 name, the half-year and full-year target values, and every
/// attribute a layout may carry (weight, direction, 定量/定性, explanation, scoring standard).
/// </summary>
/// <param name="Row">1-based row within the table's indicator block.</param>
/// <param name="Level1">一级指标 after repair (决策, 过程, 产出指标 …); empty for a flat list.</param>
/// <param name="Level2">二级指标 after repair (数量指标 …); empty for a flat list.</param>
/// <param name="Name">三级指标 name as written (may carry a unit bracket: 全市智算规模（P）).</param>
/// <param name="HalfYear">半年(程)指标值; <see cref="EmptyValue"/> where the layout has no half-year column.</param>
/// <param name="FullYear">全年(程)指标值 / 年度指标值.</param>
public sealed record Indicator(int Row, string Level1, string Level2, string Name, IndicatorValue HalfYear, IndicatorValue FullYear)
{
    /// <summary>The unit from the name's bracket (<c>台</c> in 设备购置数量（台）), or null.</summary>
    public string? Unit { get; init; }

    /// <summary>1-based source line, or null.</summary>
    public int? Line { get; init; }

    /// <summary>
    /// A separate operator column as written (指标性质 / 指标方向: <c>≥</c>, <c>＝</c>, <c>定性</c>), or null. The
    /// comparison is already in <see cref="FullYear"/>; the text is kept so a conflict with the value stays visible.
    /// </summary>
    public string? OperatorText { get; init; }

    /// <summary>
    /// A separate unit column as written (度量单位 / 计量单位), or null. A bare number takes it as its unit; a
    /// value with its own unit keeps both, so rule V06 can report <c>28.8万元</c> under 计量单位 <c>%</c>.
    /// </summary>
    public string? UnitText { get; init; }

    /// <summary>权重 / 分值 (weight in points), or null.</summary>
    public decimal? Weight { get; init; }

    /// <summary>Declared direction (正向 / 反向 / 指标方向性), or null; wins over the name in V07.</summary>
    public string? Direction { get; init; }

    /// <summary>定量 / 定性 flag as written, or null.</summary>
    public string? ValueType { get; init; }

    /// <summary>指标解释 (explanation), or null.</summary>
    public string? Explanation { get; init; }

    /// <summary>评(扣)分标准 / 绩效标准 (scoring standard), or null.</summary>
    public string? ScoringStandard { get; init; }

    /// <summary>数据来源 / 备注 and other attribute columns, or null.</summary>
    public string? Remark { get; init; }

    /// <summary>
    /// The 实施期 / 长期指标值 printed beside the annual one, or null. Kept, never the target: <see cref="FullYear"/> is
    /// the annual value.
    /// </summary>
#if !PERFRULES_ANALYZER
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
#endif
    public IndicatorValue? LongTerm { get; init; }

    /// <summary>
    /// One target per region where the table has one value column per region (区域绩效目标表: a column per village
    /// or town), in column order; null otherwise. Each region's value is a target of its own, checked as a cell
    /// like <see cref="FullYear"/>, which such a row leaves empty.
    /// </summary>
#if !PERFRULES_ANALYZER
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
#endif
    public ValueList<RegionTarget>? Regions { get; init; }
}
