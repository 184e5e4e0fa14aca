using System;
using System.Text;
using System.Text.Json;

namespace PerfRules.Json;

/// <summary>The properties of an indicator value object and of its dates, as <see cref="IndicatorValueJsonConverter"/> reads them.</summary>
internal enum ValueProperty
{
    Other,
    Kind,
    Text,
    Comparison,
    Number,
    Unit,
    UnitSource,
    Magnitude,
    Low,
    High,
    Word,
    QualitativeKind,
    Rank,
    Amount,
    DateKind,
    Start,
    End,
    Reason,
    Year,
    Month,
    Day,
    EndOfMonth,
}

/// <summary>Names a property from its UTF-8 bytes (no string allocated unless the name is written with escapes).</summary>
internal static class ValueProperties
{
    /// <summary>The property whose name the reader is on (<see cref="JsonTokenType.PropertyName"/>); <see cref="ValueProperty.Other"/> for any other name.</summary>
    public static ValueProperty Of(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> name = reader.HasValueSequence || reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;
        if (name.SequenceEqual("kind"u8)) return ValueProperty.Kind;
        if (name.SequenceEqual("text"u8)) return ValueProperty.Text;
        if (name.SequenceEqual("comparison"u8)) return ValueProperty.Comparison;
        if (name.SequenceEqual("number"u8)) return ValueProperty.Number;
        if (name.SequenceEqual("unit"u8)) return ValueProperty.Unit;
        if (name.SequenceEqual("unitSource"u8)) return ValueProperty.UnitSource;
        if (name.SequenceEqual("magnitude"u8)) return ValueProperty.Magnitude;
        if (name.SequenceEqual("word"u8)) return ValueProperty.Word;
        if (name.SequenceEqual("qualitativeKind"u8)) return ValueProperty.QualitativeKind;
        if (name.SequenceEqual("rank"u8)) return ValueProperty.Rank;
        if (name.SequenceEqual("low"u8)) return ValueProperty.Low;
        if (name.SequenceEqual("high"u8)) return ValueProperty.High;
        if (name.SequenceEqual("amount"u8)) return ValueProperty.Amount;
        if (name.SequenceEqual("dateKind"u8)) return ValueProperty.DateKind;
        if (name.SequenceEqual("start"u8)) return ValueProperty.Start;
        if (name.SequenceEqual("end"u8)) return ValueProperty.End;
        if (name.SequenceEqual("reason"u8)) return ValueProperty.Reason;
        if (name.SequenceEqual("year"u8)) return ValueProperty.Year;
        if (name.SequenceEqual("month"u8)) return ValueProperty.Month;
        if (name.SequenceEqual("day"u8)) return ValueProperty.Day;
        return name.SequenceEqual("endOfMonth"u8) ? ValueProperty.EndOfMonth : ValueProperty.Other;
    }
}
