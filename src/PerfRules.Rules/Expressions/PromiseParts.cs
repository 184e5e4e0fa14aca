using System.Collections.Generic;

namespace PerfRules.Rules.Expressions;

/// <summary>
/// The groups of one <see cref="Prose.PromiseNumber"/> match — the number, the 万/亿 multiplier and the unit — split
/// off by hand from the match's place in the text, so matches can be enumerated without Match objects. The split is
/// exact because the pattern is deterministic: the number is the whole digit run (with one decimal part), and the
/// multiplier takes part exactly when it is not followed by [千万亿]?元 and a unit follows it, which then runs to the
/// end of the match; otherwise the unit is everything after the number.
/// </summary>
internal readonly struct PromiseParts
{
    private static readonly HashSet<string> Units = new(Prose.PromiseUnits(), System.StringComparer.Ordinal);

    private PromiseParts(string number, char magnitude, string unit)
    {
        Number = number;
        Magnitude = magnitude;
        Unit = unit;
    }

    /// <summary>The digits as written (group <c>n</c>).</summary>
    public string Number { get; }

    /// <summary>万 or 亿 (group <c>m</c>), or '\0' when none takes part.</summary>
    public char Magnitude { get; }

    /// <summary>The unit (group <c>u</c>).</summary>
    public string Unit { get; }

    /// <summary>The parts of the match at <paramref name="index"/> of <paramref name="length"/> characters in <paramref name="text"/>.</summary>
    public static PromiseParts Of(string text, int index, int length)
    {
        var end = index + length;
        var i = index;
        while (i < end && char.IsDigit(text[i])) i++;
        if (i + 1 < end && text[i] == '.' && char.IsDigit(text[i + 1]))
        {
            i++;
            while (i < end && char.IsDigit(text[i])) i++;
        }

        var number = text.Substring(index, i - index);
        if (i + 1 < end && (text[i] == '万' || text[i] == '亿') && !MoneyFollows(text, i + 1))
        {
            var unit = text.Substring(i + 1, end - i - 1);
            if (Units.Contains(unit)) return new PromiseParts(number, text[i], unit);
        }

        return new PromiseParts(number, '\0', text.Substring(i, end - i));
    }

    /// <summary>The pattern's lookahead <c>(?![千万亿]?元)</c> at <paramref name="i"/>.</summary>
    private static bool MoneyFollows(string text, int i) =>
        i < text.Length && (text[i] == '元' || (i + 1 < text.Length && (text[i] == '千' || text[i] == '万' || text[i] == '亿') && text[i + 1] == '元'));
}
