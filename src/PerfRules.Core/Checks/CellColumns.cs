namespace PerfRules.Checks;

/// <summary>
/// The labels of the two indicator value columns, used as the <c>field</c> of a finding about one
/// cell (so a finding says which of 半年 / 全年 is wrong).
/// </summary>
public static class CellColumns
{
    /// <summary>半年(程)指标值 (half-year target, the Nanjing template's 30 June checkpoint).</summary>
    public const string HalfYear = "半年(程)指标值";

    /// <summary>全年(程)指标值 / 年度指标值 (full-year target).</summary>
    public const string FullYear = "全年(程)指标值";

    /// <summary>Appended to a region's name for its column of a 区域绩效目标表 (<c>西坪镇尧山村指标值</c>).</summary>
    public const string RegionSuffix = "指标值";
}
