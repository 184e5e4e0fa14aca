using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfRules.Samples.ConsumerTests;

/// <summary>
/// Stands for the host system's own code: a hand-written reader of percentage targets (≥95%, >=95%, 95%) that
/// a budget system might already have. The properties in <see cref="ConsumerProperties"/> check it against
/// PerfRules with PerfRules.Testing's generators.
/// </summary>
public static partial class LegacyPercentTarget
{
    [GeneratedRegex(@"^\s*(?<op>≥|>=|＞＝|=|＝)?\s*(?<n>\d{1,6}(\.\d{1,4})?)\s*[%％]\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();

    /// <summary>Reads a percentage target; false (never an exception) for anything else.</summary>
    public static bool TryRead(string? cell, out decimal percent)
    {
        percent = 0;
        if (cell is null) return false;
        var m = Pattern().Match(cell);
        return m.Success && decimal.TryParse(m.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out percent);
    }

    /// <summary>The host's rule: a 满意度 (satisfaction) target is acceptable from 80% (docs/rules/V08.md).</summary>
    public static bool IsAcceptableSatisfactionTarget(string? cell) => TryRead(cell, out var p) && p >= 80m;
}
