using System.Globalization;
using System.IO;
using PerfRules.Tables;

namespace PerfRules.Cli.Commands;

/// <summary>
/// How a report names a table: its 项目名称, or for a table without one (a page that begins inside a table, a notice
/// with no name) <c>(未命名表 2，02-daying.txt 第4行)</c> — its place in the file, the file and the line it starts at, so a
/// reader can find it — never a blank that leaves a bare count behind.
/// </summary>
internal static class TableCaption
{
    /// <summary>The caption of <paramref name="table"/>, the <paramref name="ordinal"/>-th (1-based) table read from <paramref name="source"/>.</summary>
    public static string Of(PerformanceTable table, int ordinal, string? source)
    {
        if (!string.IsNullOrWhiteSpace(table.Name)) return table.Name;
        var where = string.IsNullOrEmpty(source) ? string.Empty : "，" + Path.GetFileName(source);
        if (table.Line is { } line) where += (where.Length == 0 ? "，" : " ") + "第" + line.ToString(CultureInfo.InvariantCulture) + "行";
        return "(未命名表 " + ordinal.ToString(CultureInfo.InvariantCulture) + where + ")";
    }
}
