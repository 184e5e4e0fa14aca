using System;
using System.Text.RegularExpressions;

namespace PerfRules.Import.Layouts;

/// <summary>Single cells with a layout meaning: the funding unit (<c>金额单位:元</c>), a table number (<c>表十二</c>), a lone block caption.</summary>
internal static class LayoutCells
{
    private static readonly Regex TableNumberPattern = new(@"^表[一二三四五六七八九十百零〇0-9]+$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Reads a unit cell: <c>金额单位:元</c>, <c>单位:万元</c>, <c>(单位:万元)</c>.</summary>
    public static bool TryUnit(string cell, out string unit)
    {
        unit = string.Empty;
        if (!LabelText.CouldBeLabel(cell)) return false;
        var t = LabelText.Normalize(cell).Trim('(', ')');
        var colon = t.IndexOf(':');
        if (colon < 0) return false;
        var head = t.Substring(0, colon);
        if (head is not ("金额单位" or "单位" or "资金单位" or "计量单位")) return false;
        var u = t.Substring(colon + 1);
        if (u is not ("元" or "万元")) return false;
        unit = u;
        return true;
    }

    /// <summary>True for a table number on its own line (<c>表十二</c>, <c>表3</c>): it precedes a table's title.</summary>
    public static bool IsTableNumber(string cell) => LabelText.CouldBeLabel(cell) && TableNumberPattern.IsMatch(LabelText.Normalize(cell));

    /// <summary>True for a block caption alone on its line (<c>绩效指标</c>): structure, not content.</summary>
    public static bool IsLoneCaption(SourceLine line) =>
        line.NonEmptyCount == 1 && line.First is { } f && LabelText.CouldBeLabel(f) && LabelText.Normalize(f) is "绩效指标" or "年度绩效指标" or "绩效目标" or "年度绩效目标";

    /// <summary>
    /// A label cut short by the source (淮北 <c>年度</c> for 年度目标) that is followed by prose: true with the
    /// label it stands for.
    /// </summary>
    public static bool TryShortenedGoalLabel(SourceLine line, out string value)
    {
        value = string.Empty;
        if (line.First is not { } f || !LabelText.CouldBeLabel(f) || LabelText.Normalize(f) != "年度" || line.NonEmptyCount != 2) return false;
        value = System.Linq.Enumerable.ElementAt(line.NonEmpty(), 1).Text;
        return value.Length >= 10;
    }
}
