namespace PerfRules.Import;

/// <summary>
/// The part of the 一级 → 二级 hierarchy (docs/domain.md) the reader needs to repair misplaced labels.
/// Kept as a seam so the reader does not depend on how the vocabulary is stored.
/// </summary>
internal interface IIndicatorHierarchy
{
    /// <summary>True when <paramref name="label"/> names an 一级指标 (产出指标, 效益, 满意度指标 …).</summary>
    bool IsLevel1(string label);

    /// <summary>True when <paramref name="label"/> names a 二级指标 (数量指标, 经济效益指标 …).</summary>
    bool IsLevel2(string label);

    /// <summary>The canonical 一级 a 二级 belongs to (经济效益指标 → 效益), or null.</summary>
    string? ParentOf(string level2);

    /// <summary>True when two 一级 labels name the same 一级 (效益 and 效益指标).</summary>
    bool SameLevel1(string a, string b);
}
