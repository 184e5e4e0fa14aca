using System;
using System.Globalization;
using PerfRules.Values;

namespace PerfRules.Import.Layouts;

/// <summary>
/// Excel date serials exported as numbers (乌海 2021: <c>44,561</c> in both 目标值 and 计量单位 is 2021-12-31).
/// A serial is read as a date only where a date is expected — the 计量单位 cell repeats it, or the indicator
/// is a 时效 one or names a 时间/日期/时限 — and only in the range 1982–2119, so ordinary counts stay numbers.
/// </summary>
internal static class ExcelDates
{
    private const int First = 30000;   // 1982-02-18
    private const int Last = 80000;    // 2119-01-10

    /// <summary>Reads <paramref name="value"/> as an Excel serial when the context says a date is meant.</summary>
    public static bool TryRead(string value, string unitColumn, string level2, string name, out DateTime date)
    {
        date = default;
        var v = LabelText.Normalize(value);
        if (!TrySerial(v, out var serial)) return false;
        var u = LabelText.Normalize(unitColumn);
        var dateExpected = string.Equals(u, v, StringComparison.Ordinal)
            || (u.Length == 0 && (LabelText.RemoveWhitespace(level2).StartsWith("时效", StringComparison.Ordinal)
                || name.IndexOf("时间", StringComparison.Ordinal) >= 0 || name.IndexOf("日期", StringComparison.Ordinal) >= 0 || name.IndexOf("时限", StringComparison.Ordinal) >= 0));
        if (!dateExpected) return false;

        // Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was: from day 61 on, day n is 1899-12-30 + n.
        date = new DateTime(1899, 12, 30).AddDays(serial);
        return true;
    }

    /// <summary>The value for <paramref name="date"/>: a point date (2021年12月31日).</summary>
    public static DateValue ToValue(DateTime date) => new(DateValueKind.Point, new PartialDate(date.Year, date.Month, date.Day));

    /// <summary>The date as written in a message: 2021年12月31日.</summary>
    public static string Format(DateTime date) =>
        date.Year.ToString(CultureInfo.InvariantCulture) + "年" + date.Month.ToString(CultureInfo.InvariantCulture) + "月" + date.Day.ToString(CultureInfo.InvariantCulture) + "日";

    private static bool TrySerial(string v, out int serial)
    {
        serial = 0;
        var digits = v.Replace(",", string.Empty);
        if (digits.Length != 5) return false;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9') return false;
        }

        // A thousands separator, when written, must sit where one belongs (44,561).
        if (v.Length != 5 && !(v.Length == 6 && v[2] == ',')) return false;
        serial = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return serial is >= First and <= Last;
    }
}
