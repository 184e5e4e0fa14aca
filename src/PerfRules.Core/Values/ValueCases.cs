using System;
using System.Globalization;
using System.Text;

namespace PerfRules.Values;

/// <summary>A number with a comparison and an optional unit: <c>≥180</c>, <c>=10台</c>, <c>100%</c>, <c>6万亩</c>.</summary>
/// <remarks>Canonical text: operator symbol, number without trailing zeros, 万/亿, unit (<c>≥200家</c>, <c>6万亩</c>, <c>-5</c>).</remarks>
public sealed class NumericValue : IndicatorValue
{
    /// <summary>Creates a numeric value.</summary>
    /// <param name="comparison">The stated comparison (<see cref="Comparison.Unspecified"/> for a bare number).</param>
    /// <param name="number">The number as written, before any 万/亿 multiplier.</param>
    /// <param name="unit">The unit (<c>台</c>, <c>%</c>, <c>万元</c>), or null.</param>
    /// <param name="unitSource">Where the unit came from; ignored by equality.</param>
    /// <param name="magnitude">A 万 or 亿 multiplier written before another unit (<c>6万亩</c>), else <see cref="Magnitude.None"/>.
    /// A multiplier that forms a known unit with <paramref name="unit"/> (万 + 元) is folded into the unit (万元).</param>
    public NumericValue(Comparison comparison, decimal number, string? unit = null, UnitSource unitSource = UnitSource.Cell, Magnitude magnitude = Magnitude.None)
    {
        Comparison = comparison;
        Number = number;
        Unit = string.IsNullOrEmpty(unit) ? null : unit;
        if (magnitude != Magnitude.None && Unit is not null && Units.IsKnown(magnitude.Symbol() + Unit))
        {
            Unit = magnitude.Symbol() + Unit;
            magnitude = Magnitude.None;
        }

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

    /// <summary>The number times its magnitude (<c>6万亩</c> → 60000). Never overflows for parsed values; may throw <see cref="OverflowException"/> for a hand-built one beyond decimal range.</summary>
    public decimal ScaledNumber => Magnitude == Magnitude.None ? Number : Number * Magnitude.Factor();

    /// <summary>True when the unit is a percentage (<c>%</c>, <c>百分比</c>, <c>‰</c>).</summary>
    public bool IsPercentage => Units.IsPercentage(Unit);

    /// <inheritdoc />
    private protected override string Format() =>
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
/// <remarks>Canonical text: <c>low~high</c> followed by the unit once (<c>3~5场</c>, <c>80~90%</c>, <c>-5~-3</c>).
/// A 万/亿 written in the cell is applied to the bounds (<c>1~2万亩</c> is 10000~20000 亩).</remarks>
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

    /// <summary>True when the unit is a percentage.</summary>
    public bool IsPercentage => Units.IsPercentage(Unit);

    /// <inheritdoc />
    private protected override string Format() =>
        ValueText.FormatNumber(Low) + "~" + ValueText.FormatNumber(High) + (Unit ?? string.Empty);
}

/// <summary>A qualitative word with its scale: <c>充分</c> (Criterion), <c>较好</c> (Grade), <c>完成</c> (Completion), <c>提升</c> (Trend).</summary>
/// <remarks>Canonical text: the word. Equality compares word, kind and rank.</remarks>
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
    private protected override string Format() => Word;

    /// <inheritdoc />
    private protected override bool EqualsCore(IndicatorValue other) =>
        other is QualitativeValue q && q.QualitativeKind == QualitativeKind && q.Rank == Rank && string.Equals(q.Word, Word, StringComparison.Ordinal);

    /// <inheritdoc />
    private protected override int HashCore() => StringComparer.Ordinal.GetHashCode(Word);
}

/// <summary>序时进度 (on-schedule progress: whatever share of the full-year target is due by then), optionally with the full amount.</summary>
/// <remarks>Canonical text: <c>序时进度</c> or <c>序时进度 25227</c>.</remarks>
public sealed class OnScheduleValue : IndicatorValue
{
    /// <summary>Creates an on-schedule value.</summary>
    public OnScheduleValue(decimal? amount = null) => Amount = amount;

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.OnSchedule;

    /// <summary>The amount the share is of (<c>序时进度 25227</c>), or null.</summary>
    public decimal? Amount { get; }

    /// <inheritdoc />
    private protected override string Format() => Amount is { } a ? "序时进度 " + ValueText.FormatNumber(a) : "序时进度";

    /// <inheritdoc />
    private protected override bool EqualsCore(IndicatorValue other) => other is OnScheduleValue o && o.Amount == Amount;

    /// <inheritdoc />
    private protected override int HashCore() => Amount?.GetHashCode() ?? 0;
}

/// <summary>What a <see cref="DateValue"/> states.</summary>
public enum DateValueKind
{
    /// <summary>A point in time: <c>2026年6月30日</c>, <c>2026.07</c>, <c>2025年12月</c>, <c>2018年10月底</c>.</summary>
    Point,
    /// <summary>A period: <c>2021年1月-12月</c>, <c>2023.07-2024.01</c>.</summary>
    Period,
    /// <summary>A deadline: <c>12月底前</c>, <c>2026年12月底前</c>, <c>12月底到位</c>, <c>年内</c>.</summary>
    Deadline,
}

/// <summary>A date, a period or a deadline (时效指标): <c>2026年12月底前</c>, <c>2023.07-2024.01</c>.</summary>
/// <remarks>Canonical text: <c>2026年6月30日</c>, <c>2021年1月-2021年12月</c> (a period end written without
/// a year takes the start's year), <c>12月底前</c> (a completion verb after the date is not kept:
/// <c>12月底到位</c> prints as <c>12月底前</c>).</remarks>
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

    /// <summary>The last date the value allows: the period's end, else the start (a deadline or a point).</summary>
    public PartialDate Latest => DateKind == DateValueKind.Period && End is { } end ? end : Start;

    /// <inheritdoc />
    private protected override string Format() => DateKind switch
    {
        DateValueKind.Period => Start + "-" + (End?.ToString() ?? string.Empty),
        DateValueKind.Deadline => Start + "前",
        _ => Start.ToString(),
    };

    /// <inheritdoc />
    private protected override bool EqualsCore(IndicatorValue other) =>
        other is DateValue d && d.DateKind == DateKind && d.Start == Start && Nullable.Equals(d.End, End);

    /// <inheritdoc />
    private protected override int HashCore() => (Start.GetHashCode() * 31) + (End?.GetHashCode() ?? 0) + (int)DateKind;
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

    /// <summary>Canonical text: <c>2026年6月30日</c>, <c>12月底</c>, <c>2026年</c>.</summary>
    public override string ToString()
    {
        var s = new StringBuilder(12);
        if (Year is { } y) s.Append(y.ToString(CultureInfo.InvariantCulture)).Append('年');
        if (Month is { } m) s.Append(m.ToString(CultureInfo.InvariantCulture)).Append('月');
        if (Day is { } d) s.Append(d.ToString(CultureInfo.InvariantCulture)).Append('日');
        if (EndOfMonth) s.Append('底');
        return s.ToString();
    }
}

/// <summary>Any other text, kept verbatim (rule V01 reports it as info).</summary>
/// <remarks>
/// The parser makes FreeText of the trimmed cell exactly as written (no folding), and only of text it
/// cannot read as any other case, so a parsed FreeText always prints and re-parses to itself. A
/// FreeText built by hand from text that reads as another case (<c>100</c>) is allowed — the reader
/// keeps an invalid cell that way — but is not canonical (<see cref="IndicatorValue.IsCanonical"/>).
/// </remarks>
public sealed class FreeTextValue : IndicatorValue
{
    /// <summary>Creates a free-text value.</summary>
    public FreeTextValue(string text) => Text = text ?? throw new ArgumentNullException(nameof(text));

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.FreeText;

    /// <summary>The text exactly as written (the parser trims surrounding whitespace).</summary>
    public string Text { get; }

    /// <inheritdoc />
    private protected override string Format() => Text;

    /// <inheritdoc />
    private protected override bool EqualsCore(IndicatorValue other) => other is FreeTextValue f && string.Equals(f.Text, Text, StringComparison.Ordinal);

    /// <inheritdoc />
    private protected override int HashCore() => StringComparer.Ordinal.GetHashCode(Text);
}

/// <summary>A blank cell, or <c>/</c> / <c>—</c> meaning not applicable.</summary>
/// <remarks>Canonical text: empty, or the mark after folding (<c>／</c> → <c>/</c>).</remarks>
public sealed class EmptyValue : IndicatorValue
{
    /// <summary>Creates an empty value with an optional reason (<c>/</c>).</summary>
    public EmptyValue(string? reason) => Reason = string.IsNullOrEmpty(reason) ? null : reason;

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Empty;

    /// <summary>The not-applicable mark as written (<c>/</c>), or null for a blank cell.</summary>
    public string? Reason { get; }

    /// <inheritdoc />
    private protected override string Format() => Reason ?? string.Empty;

    /// <inheritdoc />
    private protected override bool EqualsCore(IndicatorValue other) => other is EmptyValue v && string.Equals(v.Reason, Reason, StringComparison.Ordinal);

    /// <inheritdoc />
    private protected override int HashCore() => Reason is null ? 0 : StringComparer.Ordinal.GetHashCode(Reason);
}
