using System;
using System.Collections.Generic;

namespace PerfRules.Values;

/// <summary>The messages and expected alternatives of <see cref="ParseError"/>, kept in one place.</summary>
internal static class ParseMessages
{
    internal const string OperatorWithoutNumber = "a comparison operator must be followed by a number";
    internal const string OperatorAtEnd = "the cell ends after a comparison operator";
    internal const string DoubleDecimalPoint = "a number has two decimal points in a row";
    internal const string SecondDecimalPoint = "a number has a second decimal point";
    internal const string DanglingDecimalPoint = "a decimal point must be followed by digits";
    internal const string BadThousandsGroup = "a thousands separator must be followed by exactly three digits";
    internal const string BadFirstGroup = "a number with thousands separators must start with one to three digits";
    internal const string SeparatorInFraction = "a thousands separator cannot follow the decimal point";
    internal const string TooLarge = "the number is too large (more than 28 digits, or beyond ±7.9×10²⁸ after 万/亿)";

    internal static readonly IReadOnlyList<string> ExpectNumber = Array.AsReadOnly(new[] { "a number (≥5家, ≥80%, =10台)" });
    internal static readonly IReadOnlyList<string> ExpectDigit = Array.AsReadOnly(new[] { "a digit" });
    internal static readonly IReadOnlyList<string> ExpectGroup = Array.AsReadOnly(new[] { "three digits after the thousands separator (8,827,620.53)" });
    internal static readonly IReadOnlyList<string> ExpectSmallerNumber = Array.AsReadOnly(new[] { "a number of at most 28 digits" });
}
