using System;
using System.Globalization;

namespace PerfRules.Excel;

/// <summary>
/// Excel date serials (days since 1900-01-00, with Lotus's phantom 1900-02-29; or since 1904-01-01 in a
/// workbook saved with the 1904 date system) and the Chinese text a finance officer would write for them.
/// </summary>
internal static class ExcelDate
{
    /// <summary>The date of a serial, or null when it is outside what Excel can show (0–2958465) or not finite.</summary>
    public static DateTime? FromSerial(double serial, bool date1904)
    {
        if (double.IsNaN(serial) || double.IsInfinity(serial) || serial < 0 || serial >= 2958466) return null;
        var days = Math.Floor(serial);
        if (date1904) return new DateTime(1904, 1, 1).AddDays(days);

        // Serial 60 is the 29 February 1900 that never was; serials before it count from 1899-12-31.
        if (days < 1) return null;
        if (days == 60) return new DateTime(1900, 2, 28);
        return days < 60 ? new DateTime(1899, 12, 31).AddDays(days) : new DateTime(1899, 12, 30).AddDays(days);
    }

    /// <summary>
    /// The date as written in 绩效目标表 (<c>2026年6月30日</c>, <c>2026年1月</c>, <c>6月30日</c>), showing the parts
    /// the cell's format shows.
    /// </summary>
    public static string Format(DateTime date, DateParts parts)
    {
        var y = date.Year.ToString(CultureInfo.InvariantCulture) + "年";
        var m = date.Month.ToString(CultureInfo.InvariantCulture) + "月";
        var d = date.Day.ToString(CultureInfo.InvariantCulture) + "日";
        return parts switch
        {
            DateParts.YearMonth => y + m,
            DateParts.MonthDay => m + d,
            DateParts.Year => y,
            _ => y + m + d,
        };
    }
}

/// <summary>Which parts of a date a number format shows.</summary>
internal enum DateParts
{
    /// <summary>Not a date format.</summary>
    None,
    /// <summary>Year, month and day.</summary>
    Full,
    /// <summary>Year and month (<c>yyyy"年"m"月"</c>).</summary>
    YearMonth,
    /// <summary>Month and day (<c>m"月"d"日"</c>, <c>d-mmm</c>).</summary>
    MonthDay,
    /// <summary>Year only.</summary>
    Year,
}
