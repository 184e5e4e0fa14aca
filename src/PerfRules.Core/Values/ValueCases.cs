using System;
using System.Globalization;

namespace PerfRules.Values;

/// <summary>A number with a comparison and an optional unit: <c>≥180</c>, <c>=10台</c>, <c>100%</c>, <c>6万亩</c>.</summary>
public sealed class NumericValue : IndicatorValue
{
    /// <summary>Creates a numeric value.</summary>
    /// <param name="comparison">The stated comparison (<see cref="Comparison.Unspecified"/> for a bare number).</param>
    /// <param name="number">The number as written, before any 万/亿 multiplier.</param>
    /// <param name="unit">The unit (<c>台</c>, <c>%</c>, <c>万元</c>), or null.</param>
    /// <param name="unitSource">Where the unit came from; ignored by equality.</param>
    /// <param name="magnitude">A 万 or 亿 multiplier written before another unit (<c>6万亩</c>), else <see cref="Magnitude.None"/>.</param>
    public NumericValue(Comparison comparison, decimal number, string? unit = null, UnitSource unitSource = UnitSource.Cell, Magnitude magnitude = Magnitude.None)
    {
        Comparison = comparison;
        Number = number;
        Unit = string.IsNullOrEmpty(unit) ? null : unit;
        UnitSource = Unit is null ? UnitSource.None : unitSource;
        Magnitude = magnitude;
    }

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Numeric;

    /// <summary>The stated comparison.</summary>
    public Comparison Comparison { get; }

    /// <summary>The number as written (before the 万/亿 multiplier).</summary>
    public decimal Number { get; }

    /// <summary>The unit, or null.</summary>
    public string? Unit { get; }

    /// <summary>Where the unit came from.</summary>
    public UnitSource UnitSource { get; }

    /// <summary>A 万/亿 multiplier of the number (not of the unit: 万元 is a unit).</summary>
    public Magnitude Magnitude { get; }

    /// <summary>The number times its magnitude (<c>6万亩</c> → 60000).</summary>
    public decimal ScaledNumber => Number * Magnitude.Factor();

    /// <summary>True when the unit is a percentage (<c>%</c>, <c>百分比</c>).</summary>
    public bool IsPercentage => Unit is "%" or "百分比";

    /// <inheritdoc />
    public override string ToString() =>
        Comparison.Symbol() + ValueText.FormatNumber(Number) + Magnitude.Symbol() + (Unit ?? string.Empty);
}

/// <summary>A 万/亿 multiplier written between a number and its unit.</summary>
public enum Magnitude
{
    /// <summary>No multiplier.</summary>
    None,
    /// <summary>万 (10⁴).</summary>
    TenThousand,
    /// <summary>亿 (10⁸).</summary>
    HundredMillion,
}

/// <summary>A range: <c>80%—90%</c>, <c>3~5场</c>, <c>10至20家</c>.</summary>
public sealed class RangeValue : IndicatorValue
{
    /// <summary>Creates a range; <paramref name="low"/> may exceed <paramref name="high"/> as written (kept, reported by rules).</summary>
    public RangeValue(decimal low, decimal high, string? unit = null)
    {
        Low = low;
        High = high;
        Unit = string.IsNullOrEmpty(unit) ? null : unit;
    }

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Range;

    /// <summary>The lower bound.</summary>
    public decimal Low { get; }

    /// <summary>The upper bound.</summary>
    public decimal High { get; }

    /// <summary>The unit, or null.</summary>
    public string? Unit { get; }

    /// <inheritdoc />
    public override string ToString() =>
        ValueText.FormatNumber(Low) + (Unit ?? string.Empty) + "~" + ValueText.FormatNumber(High) + (Unit ?? string.Empty);
}

/// <summary>A qualitative word with its scale: <c>充分</c> (Criterion), <c>较好</c> (Grade), <c>完成</c> (Completion), <c>提升</c> (Trend).</summary>
public sealed class QualitativeValue : IndicatorValue
{
    /// <summary>Creates a qualitative value; prefer <see cref="Vocabulary.TryLookup(string, out QualitativeValue?)"/>.</summary>
    /// <param name="word">The word as written.</param>
    /// <param name="qualitativeKind">Its vocabulary.</param>
    /// <param name="rank">Its rank on the scale, 0 = best.</param>
    public QualitativeValue(string word, QualitativeKind qualitativeKind, int rank)
    {
        Word = word ?? throw new ArgumentNullException(nameof(word));
        QualitativeKind = qualitativeKind;
        Rank = rank;
    }

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Qualitative;

    /// <summary>The word.</summary>
    public string Word { get; }

    /// <summary>The vocabulary the word belongs to.</summary>
    public QualitativeKind QualitativeKind { get; }

    /// <summary>Rank on its scale, 0 = best.</summary>
    public int Rank { get; }

    /// <inheritdoc />
    public override string ToString() => Word;
}

/// <summary>序时进度 (on-schedule progress: whatever share of the full-year target is due by then), optionally with the full amount.</summary>
public sealed class OnScheduleValue : IndicatorValue
{
    /// <summary>Creates an on-schedule value.</summary>
    public OnScheduleValue(decimal? amount = null) => Amount = amount;

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.OnSchedule;

    /// <summary>The amount the share is of (<c>序时进度 25227</c>), or null.</summary>
    public decimal? Amount { get; }

    /// <inheritdoc />
    public override string ToString() => Amount is { } a ? "序时进度 " + ValueText.FormatNumber(a) : "序时进度";
}

/// <summary>What a <see cref="DateValue"/> states.</summary>
public enum DateValueKind
{
    /// <summary>A point in time: <c>2026年6月30日</c>, <c>2026.07</c>, <c>2025年12月</c>.</summary>
    Point,
    /// <summary>A period: <c>2021年1月-12月</c>, <c>2023.07-2024.01</c>.</summary>
    Period,
    /// <summary>A deadline: <c>12月底前</c>, <c>2026年12月底前</c>.</summary>
    Deadline,
}

/// <summary>A date, a period or a deadline (时效指标): <c>2026年12月底前</c>, <c>2023.07-2024.01</c>.</summary>
public sealed class DateValue : IndicatorValue
{
    /// <summary>Creates a date value.</summary>
    /// <param name="dateKind">Point, period or deadline.</param>
    /// <param name="start">The (first) date; parts may be missing.</param>
    /// <param name="end">The end of a period, else null.</param>
    public DateValue(DateValueKind dateKind, PartialDate start, PartialDate? end = null)
    {
        DateKind = dateKind;
        Start = start;
        End = end;
    }

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Date;

    /// <summary>Point, period or deadline.</summary>
    public DateValueKind DateKind { get; }

    /// <summary>The (first) date.</summary>
    public PartialDate Start { get; }

    /// <summary>The end of a period.</summary>
    public PartialDate? End { get; }

    /// <inheritdoc />
    public override string ToString() => DateKind switch
    {
        DateValueKind.Period => Start + "-" + End,
        DateValueKind.Deadline => Start + "前",
        _ => Start.ToString(),
    };
}

/// <summary>A calendar date with optional parts (年/月/日, or 月底).</summary>
public readonly struct PartialDate : IEquatable<PartialDate>
{
    /// <summary>Creates a partial date.</summary>
    public PartialDate(int? year, int? month, int? day, bool endOfMonth = false)
    {
        Year = year;
        Month = month;
        Day = day;
        EndOfMonth = endOfMonth;
    }

    /// <summary>The year, if written.</summary>
    public int? Year { get; }

    /// <summary>The month, if written.</summary>
    public int? Month { get; }

    /// <summary>The day, if written.</summary>
    public int? Day { get; }

    /// <summary>True for 月底/月末.</summary>
    public bool EndOfMonth { get; }

    /// <inheritdoc />
    public bool Equals(PartialDate other) => Year == other.Year && Month == other.Month && Day == other.Day && EndOfMonth == other.EndOfMonth;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate d && Equals(d);

    /// <inheritdoc />
    public override int GetHashCode() => ((Year ?? 0) * 400) + ((Month ?? 0) * 32) + (Day ?? 0) + (EndOfMonth ? 1 << 20 : 0);

    /// <summary>Equality.</summary>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Canonical text: <c>2026年6月30日</c>, <c>12月底</c>.</summary>
    public override string ToString()
    {
        var s = string.Empty;
        if (Year is { } y) s += y.ToString(CultureInfo.InvariantCulture) + "年";
        if (Month is { } m) s += m.ToString(CultureInfo.InvariantCulture) + "月";
        if (Day is { } d) s += d.ToString(CultureInfo.InvariantCulture) + "日";
        if (EndOfMonth) s += "底";
        return s;
    }
}

/// <summary>Any other text, kept verbatim (rule V01 reports it as info).</summary>
public sealed class FreeTextValue : IndicatorValue
{
    /// <summary>Creates a free-text value.</summary>
    public FreeTextValue(string text) => Text = text ?? throw new ArgumentNullException(nameof(text));

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.FreeText;

    /// <summary>The text exactly as written.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>A blank cell, or <c>/</c> / <c>—</c> meaning not applicable.</summary>
public sealed class EmptyValue : IndicatorValue
{
    /// <summary>Creates an empty value with an optional reason (<c>/</c>).</summary>
    public EmptyValue(string? reason) => Reason = string.IsNullOrEmpty(reason) ? null : reason;

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Empty;

    /// <summary>The not-applicable mark as written (<c>/</c>), or null for a blank cell.</summary>
    public string? Reason { get; }

    /// <inheritdoc />
    public override string ToString() => Reason ?? string.Empty;
}
