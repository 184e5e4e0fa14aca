using System.Collections.Generic;
using System.Linq;

namespace PerfRules.Import.Columns;

/// <summary>
/// An indicator header printed on two rows: the upper row names the value group and the 自评 columns
/// (<c>绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因…</c>), the lower row the hierarchy and the group's
/// parts (<c>一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位</c>). Merged into one row of header cells.
/// </summary>
internal static class TwoRowHeader
{
    /// <summary>
    /// True when <paramref name="line"/> can be the upper row: every cell is a column word or the block's caption,
    /// it names a value group (年度指标值, 全年指标值) and at least one other column, and no hierarchy column.
    /// </summary>
    public static bool IsUpperRow(SourceLine line)
    {
        var roles = new List<ColumnRole>();
        foreach (var (_, text) in line.NonEmpty())
        {
            if (ColumnVocabulary.TryGet(text, out var role)) roles.Add(role);
            else if (!IndicatorBlock.IsCaption(text)) return false;
        }

        return roles.Count >= 2
            && roles.Any(r => r is ColumnRole.FullYear or ColumnRole.HalfYear)
            && roles.Any(r => r is ColumnRole.Actual or ColumnRole.Weight or ColumnRole.Score or ColumnRole.Reason)
            && !roles.Any(r => r is ColumnRole.Level1 or ColumnRole.Level2 or ColumnRole.Name);
    }

    /// <summary>
    /// The header cells of both rows as one row. A value group of the upper row whose parts the lower row names is
    /// dropped (the parts are the columns). Upper cells that fall on free columns keep their position (a grid that
    /// kept its merged cells); when they collide with lower cells (a copy that collapsed the merged cells to the
    /// left), they follow the lower row's last column in their order.
    /// </summary>
    public static IReadOnlyList<(int Column, string Text)> Merge(SourceLine lower, SourceLine upper)
    {
        var cells = lower.NonEmpty().ToList();
        var lowerRoles = new HashSet<ColumnRole>();
        foreach (var (_, text) in cells)
        {
            if (ColumnVocabulary.TryGet(text, out var r)) lowerRoles.Add(r);
        }

        var lowerHasValue = lowerRoles.Contains(ColumnRole.FullYear) || lowerRoles.Contains(ColumnRole.Operator) || lowerRoles.Contains(ColumnRole.Property) || lowerRoles.Contains(ColumnRole.Unit);
        var extra = new List<(int Column, string Text)>();
        foreach (var (column, text) in upper.NonEmpty())
        {
            if (!ColumnVocabulary.TryGet(text, out var role)) continue; // the caption: structure
            if (role is ColumnRole.FullYear && lowerHasValue) continue; // the group over 指标性质 | 指标值 | 度量单位
            extra.Add((column, text));
        }

        var occupied = new HashSet<int>(cells.Select(c => c.Column));
        var last = cells.Count == 0 ? -1 : cells.Max(c => c.Column);
        var collapsed = extra.Any(e => occupied.Contains(e.Column) || e.Column <= last);
        var next = last + 1;
        foreach (var (column, text) in extra) cells.Add(collapsed ? (next++, text) : (column, text));
        return cells.OrderBy(c => c.Column).ToList();
    }
}
