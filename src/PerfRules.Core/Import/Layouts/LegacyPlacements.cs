using System;
using PerfRules.Tables;

namespace PerfRules.Import.Layouts;

/// <summary>
/// 二级 placements of older templates that the current framework (财预〔2020〕10号) moved to another 一级: 满意度 was a
/// 二级 under 效益 (社会公众或服务对象满意度指标). Such a row is read under its current 一级 with an info note; any other
/// 二级 under a foreign 一级 (经济成本指标 under 产出) is a real misplacement, left for rule S04.
/// </summary>
internal static class LegacyPlacements
{
    /// <summary>(一级 as the old template printed it, the 一级 its 二级 belongs to now), canonical names.</summary>
    private static readonly (string Written, string Current)[] Moves =
    {
        (Hierarchy.Effect, Hierarchy.Satisfaction),
    };

    /// <summary>True when <paramref name="level2"/> under <paramref name="level1"/> is an old template's placement; <paramref name="current"/> is its 一级 now.</summary>
    public static bool IsLegacy(IIndicatorHierarchy hierarchy, string level1, string level2, out string current)
    {
        current = string.Empty;
        var parent = hierarchy.ParentOf(level2);
        if (parent is null || !hierarchy.IsLevel1(level1)) return false;
        foreach (var (written, now) in Moves)
        {
            if (string.Equals(parent, now, StringComparison.Ordinal) && hierarchy.SameLevel1(level1, written))
            {
                current = now;
                return true;
            }
        }

        return false;
    }
}
