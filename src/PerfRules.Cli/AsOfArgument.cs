using System;
using System.Globalization;

namespace PerfRules.Cli;

/// <summary>What <c>--as-of</c> takes: a date written <c>yyyy-MM-dd</c>, never the clock.</summary>
internal static class AsOfArgument
{
    /// <summary>
    /// Reads <paramref name="text"/> (null: no date given, <paramref name="asOf"/> stays null). A text that is not a date
    /// is reported on <paramref name="context"/> with <paramref name="example"/> and returns false (a usage error).
    /// </summary>
    public static bool TryRead(CliContext context, string? text, string example, out DateTime? asOf)
    {
        asOf = null;
        if (text is null) return true;
        if (!DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            context.Error("--as-of “" + text + "” 不是 yyyy-MM-dd 格式的日期（如 " + example + "）");
            return false;
        }

        asOf = parsed.Date;
        return true;
    }
}
