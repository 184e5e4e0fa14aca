using PerfRules.Values;

namespace PerfRules.Actuals;

/// <summary>
/// 实际完成值 (the actual value) reported for one indicator, as written (<c>9台</c>, <c>≥85%</c>, <c>完成</c>,
/// <c>基本完成</c>), with the optional 偏差原因 (deviation reason) and judgement.
/// </summary>
/// <remarks>
/// The value is kept as text and parsed by the one value parser (<see cref="IndicatorValueParser"/>)
/// against the indicator it is matched to, so a bracket unit in the indicator name (设备购置数量（台）)
/// applies to a bare actual exactly as it does to the target.
/// </remarks>
/// <param name="Indicator">The 三级 indicator name the actual belongs to, as written in the table.</param>
/// <param name="Value">The actual value as written; empty or null when not reported.</param>
public sealed record IndicatorActual(string Indicator, string? Value)
{
    /// <summary>
    /// The 1-based indicator row (<see cref="Tables.Indicator.Row"/>) where the same 三级 name occurs more
    /// than once in the table; null when the name alone identifies the indicator.
    /// </summary>
    public int? Row { get; init; }

    /// <summary>偏差原因 (why the target was missed, and what will be done), or null.</summary>
    public string? Reason { get; init; }

    /// <summary>The evaluator's judgement for a free-text target, or null.</summary>
    public Judgement? Judgement { get; init; }

    /// <summary>
    /// The actual as an already-typed value, for hosts that hold values rather than text (set by
    /// <see cref="Of"/>); when set it is used instead of parsing <see cref="Value"/>.
    /// </summary>
    public IndicatorValue? TypedValue { get; init; }

    /// <summary>True when no value was reported (null, blank, or an empty typed value).</summary>
    public bool IsMissing => TypedValue is null ? string.IsNullOrWhiteSpace(Value) : TypedValue is EmptyValue;

    /// <summary>An actual given as a typed value; <see cref="Value"/> is its canonical text.</summary>
    /// <param name="indicator">The 三级 indicator name.</param>
    /// <param name="value">The actual value.</param>
    public static IndicatorActual Of(string indicator, IndicatorValue value)
    {
        if (value is null) throw new System.ArgumentNullException(nameof(value));
        return new IndicatorActual(indicator, value.ToString()) { TypedValue = value };
    }

    /// <summary>
    /// The actual as a value: <see cref="TypedValue"/> when set, else <see cref="Value"/> parsed with the value
    /// grammar, taking a bracket unit from <paramref name="indicatorName"/>.
    /// </summary>
    /// <param name="indicatorName">The matched indicator's 三级 name (defaults to <see cref="Indicator"/>).</param>
    public ParseResult Parse(string? indicatorName = null) =>
        TypedValue is not null ? ParseResult.Success(TypedValue) : IndicatorValueParser.Parse(Value, indicatorName ?? Indicator);
}
