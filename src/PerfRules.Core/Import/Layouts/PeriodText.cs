using System;

namespace PerfRules.Import.Layouts;

/// <summary>A period written in one cell (建设周期 <c>2023年4月-2024年2月</c>, <c>2023.07-2024.01</c>, <c>2023年1月至12月</c>).</summary>
internal static class PeriodText
{
    /// <summary>Splits a period into its start and end as written; false when the cell is not two dates joined by - — ~ 至.</summary>
    public static bool TrySplit(string text, out string start, out string end)
    {
        start = end = string.Empty;
        var t = text.Trim();
        if (t.Length is < 5 or > 40) return false;
        foreach (var separator in new[] { "至", "--", "—", "－", "-", "~", "～" })
        {
            var i = t.IndexOf(separator, StringComparison.Ordinal);
            if (i <= 0) continue;
            var a = t.Substring(0, i).Trim();
            var b = t.Substring(i + separator.Length).Trim();
            if (!LooksLikeDate(a) || !LooksLikeDate(b)) continue;

            // 2023年1月-12月: the end borrows the start's year.
            if (b.IndexOf('年') < 0 && b.IndexOf('.') < 0 && a.IndexOf('年') == 4) b = a.Substring(0, 5) + b;
            start = a;
            end = b;
            return true;
        }

        return false;
    }

    private static bool LooksLikeDate(string s)
    {
        if (s.Length == 0 || s[0] is < '0' or > '9') return false;
        foreach (var c in s)
        {
            if (c is not ((>= '0' and <= '9') or '年' or '月' or '日' or '.' or '底' or '初')) return false;
        }

        return true;
    }
}
