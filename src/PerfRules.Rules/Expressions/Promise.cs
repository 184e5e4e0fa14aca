using PerfRules.Values;

namespace PerfRules.Rules.Expressions;

/// <summary>
/// A number with a counting unit promised in 年度目标 (<c>不少于30家</c>, <c>150场</c>, <c>100万条</c>), which
/// some indicator's full-year target should carry (rule C04).
/// </summary>
/// <param name="Number">The number as written, before any 万/亿 multiplier.</param>
/// <param name="Magnitude">A 万/亿 multiplier written before the unit.</param>
/// <param name="Unit">The counting unit (家, 场, 万元 …).</param>
/// <param name="Offset">0-based offset of the number in the text it was read from.</param>
public sealed record Promise(decimal Number, Magnitude Magnitude, string Unit, int Offset)
{
    /// <summary>The number times its multiplier.</summary>
    public decimal ScaledNumber => Number * Magnitude.Factor();

    /// <summary>The promise as written without context: <c>30家</c>, <c>100万条</c>.</summary>
    public override string ToString() => ValueText.FormatNumber(Number) + Magnitude.Symbol() + Unit;
}
