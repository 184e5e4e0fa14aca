namespace PerfRules.Values;

/// <summary>
/// One of the 11 standard 决策/过程 (decision/process) 三级 indicators of the Nanjing template and its
/// expected value (立项依据充分性 → 充分, 资金到位率 → 100%); rule S05 requires all of them, V03/F06
/// check their values.
/// </summary>
public sealed class StandardIndicator
{
    internal StandardIndicator(string level1, string level2, string name, IndicatorValue expected)
    {
        Level1 = level1;
        Level2 = level2;
        Name = name;
        Expected = expected;
    }

    /// <summary>The canonical 一级 name: 决策 or 过程.</summary>
    public string Level1 { get; }

    /// <summary>The 二级 name (项目立项, 绩效目标, 资金投入, 资金管理, 组织实施).</summary>
    public string Level2 { get; }

    /// <summary>The 三级 name (立项依据充分性 …).</summary>
    public string Name { get; }

    /// <summary>
    /// The expected value: the criterion word (<c>充分</c>) or <c>100%</c> for 资金到位率/预算执行率
    /// (a <see cref="NumericValue"/> with <see cref="Comparison.Unspecified"/>: <c>=100%</c>, <c>≥100%</c>
    /// and <c>100%</c> all state it; compare the number and unit, not the operator).
    /// </summary>
    public IndicatorValue Expected { get; }

    /// <inheritdoc />
    public override string ToString() => Level1 + "/" + Level2 + "/" + Name + " → " + Expected;
}
