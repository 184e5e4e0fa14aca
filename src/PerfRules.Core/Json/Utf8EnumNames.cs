using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace PerfRules.Json;

/// <summary>
/// The camelCase JSON names of an enum's members, as strings for writing and as UTF-8 bytes for reading: a value
/// written as its own camelCase name is read by comparing bytes, with no string and no boxing. Anything else
/// (another case, escapes, a wrong name) goes the general way, <see cref="IndicatorValueJsonConverter.ParseEnum{T}"/>.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal static class Utf8EnumNames<TEnum>
    where TEnum : struct, Enum
{
#if NET
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
#else
    private static readonly TEnum[] Values = (TEnum[])Enum.GetValues(typeof(TEnum));
#endif
    private static readonly string[] Names = Values.Select(v => IndicatorValueJsonConverter.Camel(v.ToString())).ToArray();
    private static readonly byte[][] Utf8 = Names.Select(n => Encoding.UTF8.GetBytes(n)).ToArray();

    /// <summary>The camelCase name of <paramref name="value"/> (its number for a value that is no member).</summary>
    public static string Camel(TEnum value)
    {
        for (var i = 0; i < Values.Length; i++)
        {
            if (EqualityComparer<TEnum>.Default.Equals(Values[i], value)) return Names[i];
        }

        return IndicatorValueJsonConverter.Camel(value.ToString());
    }

    /// <summary>The member whose camelCase name is exactly <paramref name="utf8Name"/>, or null.</summary>
    public static TEnum? Exact(ReadOnlySpan<byte> utf8Name)
    {
        for (var i = 0; i < Utf8.Length; i++)
        {
            if (utf8Name.SequenceEqual(Utf8[i])) return Values[i];
        }

        return null;
    }

    /// <summary>Reads the string (or null) the reader is on as a member; throws <see cref="JsonException"/> naming <paramref name="property"/> for an unknown name.</summary>
    public static TEnum? Read(ref Utf8JsonReader reader, string property)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            if (Exact(reader.ValueSpan) is { } value) return value;
        }

        return IndicatorValueJsonConverter.ParseEnum<TEnum>(IndicatorValueJsonConverter.ReadString(ref reader), property);
    }
}
