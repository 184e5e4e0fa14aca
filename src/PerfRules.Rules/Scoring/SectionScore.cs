namespace PerfRules.Rules.Scoring;

/// <summary>One section's weight and score (预算执行率, 产出, 效益, 满意度, 成本).</summary>
/// <param name="Section">The section.</param>
/// <param name="Weight">The weight used, after any redistribution from empty sections.</param>
/// <param name="Score">The sum of its indicators' scores (or the 预算执行率 score), unrounded.</param>
public sealed record SectionScore(ScoringSection Section, decimal Weight, decimal Score)
{
    /// <summary>The weight before redistribution: the table's own (权重/分值, <c>产出指标(50分)</c>) or the profile's.</summary>
    public decimal BaseWeight { get; init; }

    /// <summary>True when <see cref="BaseWeight"/> came from the table rather than the profile.</summary>
    public bool WeightFromTable { get; init; }

    /// <summary>True when the section had weight but no indicator to score, so its weight went to the other sections.</summary>
    public bool IsEmpty { get; init; }

    /// <summary>The section's name (<see cref="ScoringSections.ToText"/>).</summary>
    public string Name => Section.ToText();
}
