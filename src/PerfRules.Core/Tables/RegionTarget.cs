using PerfRules.Values;

namespace PerfRules.Tables;

/// <summary>The target one region (a village, a town, a county) is given in a 区域绩效目标表's column of its own.</summary>
/// <param name="Region">The region as its column header names it (<c>西坪镇尧山村</c>).</param>
/// <param name="Value">The region's target, parsed like a 全年指标值 (the row's operator and unit columns apply).</param>
public sealed record RegionTarget(string Region, IndicatorValue Value);
