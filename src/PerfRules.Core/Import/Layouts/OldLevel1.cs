using System;

namespace PerfRules.Import.Layouts;

/// <summary>
/// 一级 names of older provincial templates, renamed to the current ones: 项目完成指标 → 产出指标,
/// 项目效益指标 → 效益指标. Whitespace inside the label (<c>项目完成 指标</c>) is a line-wrap artefact.
/// </summary>
internal static class OldLevel1
{
    /// <summary>The current name for an old 一级 label, or null when the label is not an old name.</summary>
    public static string? Renamed(string label)
    {
        var t = LabelText.RemoveWhitespace(label);
        return t switch
        {
            "项目完成指标" or "项目完成" => "产出指标",
            "项目效益指标" or "项目效益" => "效益指标",
            _ => null,
        };
    }
}
