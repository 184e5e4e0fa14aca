using System;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>The reader's view of <see cref="Hierarchy"/> (docs/domain.md, 一级 → 二级).</summary>
internal sealed class HierarchyVocabulary : IIndicatorHierarchy
{
    public static HierarchyVocabulary Instance { get; } = new();

    public bool IsLevel1(string label) => Hierarchy.IsLevel1(label);

    public bool IsLevel2(string label) => Hierarchy.IsLevel2(label);

    public string? ParentOf(string level2) => Hierarchy.ParentOf(level2);

    public bool SameLevel1(string a, string b) =>
        Hierarchy.CanonicalLevel1(a) is { } x && string.Equals(x, Hierarchy.CanonicalLevel1(b), StringComparison.Ordinal);
}
