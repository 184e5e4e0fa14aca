using System;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// 评价等级 (grade) of a self-evaluation total: 优 ≥ 90; 良 80–&lt;90; 中 60–&lt;80; 差 &lt; 60 (the four grades
/// of 财预〔2020〕10号 as the library reads them; not checked against the original, see docs/regulations.md).
/// </summary>
public enum Grade
{
    /// <summary>优 (90 and above).</summary>
    Excellent,

    /// <summary>良 (80 to under 90).</summary>
    Good,

    /// <summary>中 (60 to under 80).</summary>
    Fair,

    /// <summary>差 (under 60).</summary>
    Poor,
}

/// <summary>Grade boundaries and names.</summary>
public static class Grades
{
    /// <summary>The grade of an unrounded total: the boundaries are inclusive from below (89.995 is 良, never rounded up to 优).</summary>
    public static Grade FromTotal(decimal total) => total switch
    {
        >= 90m => Grade.Excellent,
        >= 80m => Grade.Good,
        >= 60m => Grade.Fair,
        _ => Grade.Poor,
    };

    /// <summary>The grade as written in the regulation: 优, 良, 中, 差.</summary>
    public static string ToText(this Grade grade) => grade switch
    {
        Grade.Excellent => "优",
        Grade.Good => "良",
        Grade.Fair => "中",
        Grade.Poor => "差",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, null),
    };
}
