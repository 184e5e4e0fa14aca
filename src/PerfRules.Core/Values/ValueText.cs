using System.Globalization;

namespace PerfRules.Values;

/// <summary>Canonical spellings shared by formatting, rules and the analyzer.</summary>
public static class ValueText
{
    /// <summary>Formats a number invariantly without trailing zeros (<c>1.0</c> → <c>1</c>, <c>54.61</c> → <c>54.61</c>).</summary>
    public static string FormatNumber(decimal number)
    {
        var s = number.ToString("0.############################", CultureInfo.InvariantCulture);
        return s == "-0" ? "0" : s;
    }

    /// <summary>The canonical operator of a comparison (<c>≥</c>, <c>≤</c>, <c>=</c>, <c>&gt;</c>, <c>&lt;</c>, or empty).</summary>
    public static string Symbol(this Comparison comparison) => comparison switch
    {
        Comparison.AtLeast => "≥",
        Comparison.AtMost => "≤",
        Comparison.Exactly => "=",
        Comparison.GreaterThan => ">",
        Comparison.LessThan => "<",
        _ => string.Empty,
    };

    /// <summary>The written multiplier (<c>万</c>, <c>亿</c>, or empty).</summary>
    public static string Symbol(this Magnitude magnitude) => magnitude switch
    {
        Magnitude.TenThousand => "万",
        Magnitude.HundredMillion => "亿",
        _ => string.Empty,
    };

    /// <summary>The factor of a multiplier (1, 10⁴, 10⁸).</summary>
    public static decimal Factor(this Magnitude magnitude) => magnitude switch
    {
        Magnitude.TenThousand => 10_000m,
        Magnitude.HundredMillion => 100_000_000m,
        _ => 1m,
    };
}
