using System;
using System.Globalization;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// How scores are shown. Scores are kept unrounded; only display rounds, half away from zero to two
/// places (docs/scoring.md), so 10.745 shows as 10.75 and never as the banker's 10.74.
/// </summary>
public static class ScoreText
{
    /// <summary>Rounds for display: half away from zero, two places.</summary>
    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Formats for display with exactly two places (<c>94.07</c>, <c>50.00</c>).</summary>
    public static string Format(decimal value) => Round(value).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Formats a fraction (0.9667) as a percentage with two places (<c>96.67%</c>).</summary>
    public static string Percent(decimal fraction) => Format(fraction * 100m) + "%";

    /// <summary>Formats a weight without trailing zeros (<c>10</c>, <c>11.11</c> after display rounding).</summary>
    public static string FormatWeight(decimal weight) => Values.ValueText.FormatNumber(Round(weight));

    /// <summary>A date as notes and messages show it: <c>2026-06-30</c>.</summary>
    internal static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An amount with its funding unit: <c>5.8 万元</c>.</summary>
    internal static string Amount(decimal amount, string unit) => Values.ValueText.FormatNumber(amount) + " " + unit;
}
