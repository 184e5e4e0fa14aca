using System;
using System.Text;

namespace PerfRules.Excel;

/// <summary>
/// What a cell's number format means for its text: a date (and which parts it shows), a percentage, or a
/// number with literal text around it (<c>0"家"</c> shows 200 as 200家). Built from the format code or
/// from Excel's built-in format ids (including the zh-CN date ids 27–36 and 50–58).
/// </summary>
internal sealed class NumberFormat
{
    public static readonly NumberFormat General = new(DateParts.None, false, string.Empty, string.Empty, "General");

    private NumberFormat(DateParts date, bool percent, string prefix, string suffix, string code)
    {
        Date = date;
        Percent = percent;
        Prefix = prefix;
        Suffix = suffix;
        Code = code;
    }

    /// <summary>The date parts shown, or <see cref="DateParts.None"/>.</summary>
    public DateParts Date { get; }

    /// <summary>True when the format multiplies by 100 and shows <c>%</c>.</summary>
    public bool Percent { get; }

    /// <summary>Literal text before the number.</summary>
    public string Prefix { get; }

    /// <summary>Literal text after the number (the unit a format like <c>0"家"</c> shows).</summary>
    public string Suffix { get; }

    /// <summary>The format code (for messages).</summary>
    public string Code { get; }

    /// <summary>A built-in format by id; null for ids without a fixed meaning here.</summary>
    public static NumberFormat BuiltIn(uint id) => id switch
    {
        9 or 10 => new NumberFormat(DateParts.None, true, string.Empty, string.Empty, id == 9 ? "0%" : "0.00%"),
        14 or 15 or 22 or 30 or 31 or 36 or 50 or 51 or 52 or 53 or 54 or 57 => new NumberFormat(id is 57 ? DateParts.YearMonth : DateParts.Full, false, string.Empty, string.Empty, "内置日期格式 " + id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        16 or 56 or 58 => new NumberFormat(DateParts.MonthDay, false, string.Empty, string.Empty, "内置日期格式 " + id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        17 or 27 or 28 or 29 => new NumberFormat(DateParts.YearMonth, false, string.Empty, string.Empty, "内置日期格式 " + id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        _ => General,
    };

    /// <summary>Reads a custom format code (its first section, the one positive numbers use).</summary>
    // Long by design: a single-pass scanner of an Excel number-format code (sections, quotes, escapes, brackets) over one position.
    public static NumberFormat Parse(string code)
    {
        if (string.IsNullOrEmpty(code) || string.Equals(code, "General", StringComparison.OrdinalIgnoreCase)) return General;

        // Strip quoted literals, escaped characters and [bracketed] colour/locale/condition parts, collecting
        // the literals on each side of the first numeric placeholder.
        var tokens = new StringBuilder();
        var prefix = new StringBuilder();
        var suffix = new StringBuilder();
        var seenPlaceholder = false;
        var percent = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == ';') break;
            if (c == '"')
            {
                var end = code.IndexOf('"', i + 1);
                if (end < 0) end = code.Length;
                (seenPlaceholder ? suffix : prefix).Append(code, i + 1, Math.Max(0, end - i - 1));
                i = end;
                continue;
            }

            if (c == '\\' && i + 1 < code.Length)
            {
                (seenPlaceholder ? suffix : prefix).Append(code[++i]);
                continue;
            }

            if (c == '[')
            {
                var end = code.IndexOf(']', i + 1);
                i = end < 0 ? code.Length : end;
                continue;
            }

            if (c is '_' or '*')
            {
                i++; // _x pads the width of x, *x repeats x: neither is text the officer reads.
                continue;
            }

            if ((c == 'G' || c == 'g') && string.Compare(code, i, "General", 0, 7, StringComparison.OrdinalIgnoreCase) == 0)
            {
                seenPlaceholder = true;
                i += 6;
                continue;
            }

            if (c is '0' or '#' or '?') seenPlaceholder = true;
            if (c == '%') percent = true;
            tokens.Append(char.ToLowerInvariant(c));
        }

        var t = tokens.ToString();
        var hasY = t.IndexOf('y') >= 0 || t.IndexOf('e') >= 0;
        var hasD = t.IndexOf('d') >= 0;
        var hasM = t.IndexOf('m') >= 0 && t.IndexOf('h') < 0 && t.IndexOf('s') < 0;
        if (!seenPlaceholder && (hasY || hasD || hasM))
        {
            var parts = hasY && hasM && hasD ? DateParts.Full
                : hasY && hasM ? DateParts.YearMonth
                : hasM && hasD ? DateParts.MonthDay
                : hasY ? DateParts.Year
                : DateParts.Full;
            return new NumberFormat(parts, false, string.Empty, string.Empty, code);
        }

        return new NumberFormat(DateParts.None, percent, seenPlaceholder ? prefix.ToString() : string.Empty, seenPlaceholder ? suffix.ToString() : prefix.ToString(), code);
    }
}
