using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PerfRules.Rules.Evaluation;

/// <summary>
/// What a user rule expression calls instead of the members that walk or build without bound: every
/// sequence handed to a LINQ method is walked through <see cref="Walk{T}"/>, every string the expression
/// builds is charged by <see cref="Built"/> or, for the members that can grow text many times over
/// (<c>Replace</c>, <c>Join</c>, <c>Concat</c>, <c>Split</c>), before it is built. Formatting is invariant,
/// so a rule reads the same under every host culture. Wired in by <see cref="Loading.BudgetRewriter"/>.
/// </summary>
internal static class Metered
{
    /// <summary><paramref name="source"/>, charging one step per element pulled.</summary>
    public static IEnumerable<T> Walk<T>(IEnumerable<T> source) => source is null ? null! : WalkEach(source);

    /// <summary>A string the expression built, charged after the fact (members whose result is at most a few times their input).</summary>
    public static string Built(string value)
    {
        if (value is not null) EvaluationBudget.Reserve(value.Length);
        return value!;
    }

    /// <summary><c>text.Replace(oldValue, newValue)</c>, ordinal as string.Replace is, charged before the result is built.</summary>
    public static string Replace(string text, string oldValue, string? newValue)
    {
        if (text is null) throw new NullReferenceException("Replace on a null string");
        if (string.IsNullOrEmpty(oldValue)) return text.Replace(oldValue, newValue); // the BCL's own argument error
        long count = 0;
        for (var i = text.IndexOf(oldValue, StringComparison.Ordinal); i >= 0; i = text.IndexOf(oldValue, i + oldValue.Length, StringComparison.Ordinal))
        {
            count++;
        }

        if (count == 0) return text;
        EvaluationBudget.Reserve(Math.Max(0, text.Length + (count * ((newValue?.Length ?? 0) - oldValue.Length))));
        return text.Replace(oldValue, newValue);
    }

    /// <summary><c>string.Join</c> (and <c>Concat</c> with an empty separator) over any items, formatted invariantly and charged as each is added.</summary>
    public static string Join(string? separator, IEnumerable? items)
    {
        if (items is null) throw new ArgumentNullException(nameof(items));
        var parts = new List<string>();
        foreach (var item in items)
        {
            EvaluationBudget.Step();
            var text = Format(item);
            var added = text.Length + (parts.Count > 0 ? separator?.Length ?? 0 : 0);
            EvaluationBudget.Reserve(added);
            parts.Add(text);
        }

        return string.Join(separator, parts);
    }

    /// <summary><c>string.Concat</c> of a few values (also the <c>+</c> of strings), formatted invariantly.</summary>
    public static string Concat(object?[] parts) => Join(string.Empty, parts);

    /// <summary>The text of one value as rule expressions see it: invariant culture for numbers and dates, empty for null.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary><c>value.ToString(format)</c> on a number or date, in the invariant culture.</summary>
    public static string FormatWith(IFormattable value, string? format)
    {
        if (value is null) throw new NullReferenceException("ToString on a null value");
        return Built(value.ToString(format, CultureInfo.InvariantCulture));
    }

    /// <summary>Charges the parts <c>text.Split(separators)</c> will make before it makes them; returns <paramref name="text"/>.</summary>
    public static string BeforeSplit(string text, char[]? separators)
    {
        if (text is null) throw new NullReferenceException("Split on a null string");
        long parts = 1;
        foreach (var c in text)
        {
            if (separators is null || separators.Length == 0 ? char.IsWhiteSpace(c) : Array.IndexOf(separators, c) >= 0) parts++;
        }

        EvaluationBudget.Spend(parts);
        EvaluationBudget.Reserve(text.Length);
        return text;
    }

    private static IEnumerable<T> WalkEach<T>(IEnumerable<T> source)
    {
        foreach (var item in source)
        {
            EvaluationBudget.Step();
            yield return item;
        }
    }
}
