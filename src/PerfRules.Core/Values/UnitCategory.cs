namespace PerfRules.Values;

/// <summary>What a unit measures; decides which rules may add up or compare values (C01, C02, V06).</summary>
public enum UnitCategory
{
    /// <summary>No unit.</summary>
    None,
    /// <summary>A count of things, people or events (家 场 个 台 项 人 人次 …): cumulative over the year.</summary>
    Count,
    /// <summary>Money (元, 千元, 万元, 亿元): cumulative; convertible within the category.</summary>
    Money,
    /// <summary>A physical amount (平方米, 亩, 公里, 吨, P …): cumulative.</summary>
    Quantity,
    /// <summary>A percentage (<c>%</c>, 百分比, <c>‰</c>): a level or rate, not cumulative.</summary>
    Percentage,
    /// <summary>Another level, score or concentration (个百分点, 分, 级, 倍, mg/L …): not cumulative.</summary>
    Level,
    /// <summary>A time unit used for durations (天, 日, 个工作日, 小时, 月, 年): not cumulative.</summary>
    Duration,
    /// <summary>A compound rate (<c>元/人</c>, <c>人/次</c>, <c>次/月</c>): not cumulative.</summary>
    Rate,
    /// <summary>A measure word the library does not know (a short CJK word such as 栋): compatible only with itself, never judged as cumulative.</summary>
    Unknown,
}
