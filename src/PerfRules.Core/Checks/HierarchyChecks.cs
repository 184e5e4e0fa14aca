using System.Collections.Generic;

namespace PerfRules.Checks;

/// <summary>
/// 一级/二级 hierarchy checks (S03, S04): the 一级 of 财预〔2020〕10号's 自评表 and 指标体系框架 attachments and the
/// 成本 of 财预〔2021〕101号 (docs/regulations.md).
/// </summary>
internal static class HierarchyChecks
{
    /// <summary>The canonical 一级 names: 决策, 过程, 产出, 效益, 满意度, 成本.</summary>
    public static IReadOnlyList<string> Level1Names => DomainFacts.Level1Names;

    /// <summary>True when <paramref name="level1"/> is one of the six 一级 names, with or without 指标.</summary>
    public static bool IsKnownLevel1(string? level1) => DomainFacts.CanonicalLevel1(level1) is not null;

    /// <summary>The canonical 一级 (<c>产出指标</c> → <c>产出</c>), or null.</summary>
    public static string? CanonicalLevel1(string? level1) => DomainFacts.CanonicalLevel1(level1);

    /// <summary>True when <paramref name="level2"/> is a 二级 of <paramref name="level1"/> (数量指标 under 产出).</summary>
    public static bool Level2Belongs(string? level1, string? level2) => DomainFacts.CanonicalLevel2(level1, level2) is not null;

    /// <summary>The canonical 二级 (<c>社会效益</c> under 效益 → <c>社会效益指标</c>), or null when it does not belong.</summary>
    public static string? CanonicalLevel2(string? level1, string? level2) => DomainFacts.CanonicalLevel2(level1, level2);

    /// <summary>The 二级 names allowed under a 一级 (empty when the 一级 is unknown).</summary>
    public static IReadOnlyList<string> AllowedLevel2(string? level1) =>
        DomainFacts.AllowedLevel2(level1);

    /// <summary>
    /// S03: the row's 一级 is known. A blank 一级 (a flat list with no hierarchy) is not judged.
    /// </summary>
    public static bool Level1Complies(string? level1) => CheckText.IsBlank(level1) || IsKnownLevel1(level1);

    /// <summary>
    /// S04: the row's 二级 belongs to its 一级. Not judged when the 一级 is blank or unknown (that is
    /// S03) or the 二级 is blank.
    /// </summary>
    public static bool Level2Complies(string? level1, string? level2) =>
        !IsKnownLevel1(level1) || CheckText.IsBlank(level2) || Level2Belongs(level1, level2);
}
