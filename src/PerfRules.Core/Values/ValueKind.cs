namespace PerfRules.Values;

/// <summary>The case of an <see cref="IndicatorValue"/>.</summary>
public enum ValueKind
{
    /// <summary>A blank cell, or <c>/</c> meaning not applicable.</summary>
    Empty,
    /// <summary>A number with an optional comparison and unit: <c>≥180</c>, <c>=10台</c>.</summary>
    Numeric,
    /// <summary>A range: <c>80%—90%</c>, <c>3~5场</c>.</summary>
    Range,
    /// <summary>A word of one of the qualitative vocabularies: <c>充分</c>, <c>较好</c>, <c>完成</c>.</summary>
    Qualitative,
    /// <summary>序时进度 (on-schedule progress), optionally with an amount.</summary>
    OnSchedule,
    /// <summary>A date, period or deadline: <c>2026年12月底前</c>.</summary>
    Date,
    /// <summary>Any other text, kept verbatim.</summary>
    FreeText,
}

/// <summary>The comparison a numeric target states.</summary>
public enum Comparison
{
    /// <summary>A bare number with no operator (<c>100%</c>, <c>8</c>); rule V10 asks which was meant.</summary>
    Unspecified,
    /// <summary><c>≥</c>, 不少于, 不低于, 至少, …以上.</summary>
    AtLeast,
    /// <summary><c>≤</c>, 不超过, 不高于, 至多, …以内, …以下.</summary>
    AtMost,
    /// <summary><c>=</c>.</summary>
    Exactly,
    /// <summary><c>&gt;</c>.</summary>
    GreaterThan,
    /// <summary><c>&lt;</c>.</summary>
    LessThan,
}

/// <summary>Where the unit of a numeric value came from.</summary>
public enum UnitSource
{
    /// <summary>No unit.</summary>
    None,
    /// <summary>Written in the cell (<c>=10台</c>).</summary>
    Cell,
    /// <summary>Taken from the indicator name's bracket (<c>全市智算规模（P）</c> + <c>40000</c>).</summary>
    NameBracket,
    /// <summary>From a separate unit column (度量单位 / 计量单位).</summary>
    UnitColumn,
}

/// <summary>The vocabulary a qualitative word belongs to (docs/values.md).</summary>
public enum QualitativeKind
{
    /// <summary>The word an X性 indicator expects: 充分, 规范, 合理 …; also compliance phrases (符合相关规定).</summary>
    Criterion,
    /// <summary>好 &gt; 较好 &gt; 一般 &gt; 较差 &gt; 差.</summary>
    Grade,
    /// <summary>完成 (met) &gt; 基本完成 (partial) &gt; 未完成 (not met); yes/no answers.</summary>
    Completion,
    /// <summary>显著提升 &gt; 提升 &gt; 保持 &gt; 下降.</summary>
    Trend,
    /// <summary>效果明显 &gt; 有所改善 &gt; 不明显.</summary>
    Effect,
}

/// <summary>The result of judging an actual value against a target.</summary>
public enum Attainment
{
    /// <summary>The target is met.</summary>
    Met,
    /// <summary>The target is not met.</summary>
    NotMet,
    /// <summary>The two values cannot be compared (different cases, kinds or units); never a guess.</summary>
    NotComparable,
}
