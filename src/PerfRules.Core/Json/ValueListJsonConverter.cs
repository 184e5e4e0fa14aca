using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PerfRules.Tables;

namespace PerfRules.Json;

/// <summary>Reads and writes <see cref="ValueList{T}"/> as a JSON array; <c>null</c> reads as the empty list.</summary>
/// <typeparam name="T">The element type; its metadata comes from the options (source-generated in <see cref="PerfRulesJson"/>).</typeparam>
public sealed class ValueListJsonConverter<T> : JsonConverter<ValueList<T>>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return ValueList<T>.Empty;
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("此处应为 JSON 数组。");
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var items = new List<T>();
        while (true)
        {
            if (!reader.Read()) throw new JsonException("数组未结束。");
            if (reader.TokenType == JsonTokenType.EndArray) break;
            items.Add(JsonSerializer.Deserialize(ref reader, info)!);
        }

        return items.Count == 0 ? ValueList<T>.Empty : new ValueList<T>(items);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        if (value is not null)
        {
            foreach (var item in value) JsonSerializer.Serialize(writer, item, info);
        }

        writer.WriteEndArray();
    }
}

/// <summary>Creates <see cref="ValueListJsonConverter{T}"/> for every closed <see cref="ValueList{T}"/>.</summary>
public sealed class ValueListJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert is not null && typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueList<>);

    /// <inheritdoc />
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        if (typeToConvert is null) throw new ArgumentNullException(nameof(typeToConvert));
        var element = typeToConvert.GetGenericArguments()[0];

        // The library's own lists without reflection, so serialising tables stays trimming- and AOT-safe.
        if (element == typeof(Findings.Finding)) return new ValueListJsonConverter<Findings.Finding>();
        if (element == typeof(Findings.FindingArgument)) return new FindingArgumentsJsonConverter();
        if (element == typeof(Indicator)) return new ValueListJsonConverter<Indicator>();
        if (element == typeof(HeaderField)) return new ValueListJsonConverter<HeaderField>();
        if (element == typeof(UnplacedLine)) return new ValueListJsonConverter<UnplacedLine>();
        if (element == typeof(FundingSource)) return new ValueListJsonConverter<FundingSource>();
        if (element == typeof(SectionWeight)) return new ValueListJsonConverter<SectionWeight>();
        if (element == typeof(PublishedIndicator)) return new ValueListJsonConverter<PublishedIndicator>();
        if (element == typeof(ExpenditureJson)) return new ValueListJsonConverter<ExpenditureJson>();
        if (element == typeof(TableJson)) return new ValueListJsonConverter<TableJson>();
        if (element == typeof(SourceFindingJson)) return new ValueListJsonConverter<SourceFindingJson>();
        return CreateForOtherElement(element);
    }

    // A host's own ValueList<T> (not one of the models above).
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Reached only for element types outside the PerfRules models, which the switch above covers. For a reference-type T, Native AOT shares the canonical instantiation; a host serialising ValueList of a value type under Native AOT registers its own ValueListJsonConverter<T>.")]
    private static JsonConverter? CreateForOtherElement(Type element) =>
        (JsonConverter?)Activator.CreateInstance(typeof(ValueListJsonConverter<>).MakeGenericType(element));
}
