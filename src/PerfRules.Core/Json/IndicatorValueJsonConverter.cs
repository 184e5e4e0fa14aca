using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfRules.Values;

namespace PerfRules.Json;

/// <summary>
/// Writes an <see cref="IndicatorValue"/> as an object with its <c>kind</c>, canonical <c>text</c> and
/// structured fields, and reads it back as exactly the same case — a <see cref="FreeTextValue"/> stays
/// free text even when its text would parse as something else.
/// </summary>
/// <remarks>
/// Shapes (nulls are written, so every kind has a stable set of properties):
/// <list type="bullet">
/// <item><c>{"kind":"numeric","text":"≥200家","comparison":"atLeast","number":200,"unit":"家","unitSource":"cell","magnitude":"none"}</c></item>
/// <item><c>{"kind":"range","text":"3~5场","low":3,"high":5,"unit":"场"}</c></item>
/// <item><c>{"kind":"qualitative","text":"充分","word":"充分","qualitativeKind":"criterion","rank":0}</c></item>
/// <item><c>{"kind":"onSchedule","text":"序时进度 25227","amount":25227}</c></item>
/// <item><c>{"kind":"date","text":"2026年12月底前","dateKind":"deadline","start":{"year":2026,"month":12,"day":null,"endOfMonth":true},"end":null}</c></item>
/// <item><c>{"kind":"freeText","text":"…"}</c>, <c>{"kind":"empty","text":"","reason":null}</c></item>
/// </list>
/// A hand-written value with only <c>kind</c> and <c>text</c> is parsed from its text and must parse to that kind.
/// </remarks>
public sealed class IndicatorValueJsonConverter : JsonConverter<IndicatorValue>
{
    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IndicatorValue value, JsonSerializerOptions options)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        if (value is null) throw new ArgumentNullException(nameof(value));
        writer.WriteStartObject();
        writer.WriteString("kind", Utf8EnumNames<ValueKind>.Camel(value.Kind));
        writer.WriteString("text", value.ToString());
        switch (value)
        {
            case NumericValue n:
                writer.WriteString("comparison", Utf8EnumNames<Comparison>.Camel(n.Comparison));
                writer.WriteNumber("number", n.Number);
                WriteNullable(writer, "unit", n.Unit);
                writer.WriteString("unitSource", Utf8EnumNames<UnitSource>.Camel(n.UnitSource));
                writer.WriteString("magnitude", Utf8EnumNames<Magnitude>.Camel(n.Magnitude));
                break;
            case RangeValue r:
                writer.WriteNumber("low", r.Low);
                writer.WriteNumber("high", r.High);
                WriteNullable(writer, "unit", r.Unit);
                break;
            case QualitativeValue q:
                writer.WriteString("word", q.Word);
                writer.WriteString("qualitativeKind", Utf8EnumNames<QualitativeKind>.Camel(q.QualitativeKind));
                writer.WriteNumber("rank", q.Rank);
                break;
            case OnScheduleValue o:
                if (o.Amount is { } a) writer.WriteNumber("amount", a);
                else writer.WriteNull("amount");
                break;
            case DateValue d:
                writer.WriteString("dateKind", Utf8EnumNames<DateValueKind>.Camel(d.DateKind));
                writer.WritePropertyName("start");
                WriteDate(writer, d.Start);
                writer.WritePropertyName("end");
                if (d.End is { } end) WriteDate(writer, end);
                else writer.WriteNullValue();
                break;
            case EmptyValue e:
                WriteNullable(writer, "reason", e.Reason);
                break;
        }

        writer.WriteEndObject();
    }

    /// <inheritdoc />
    public override IndicatorValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("指标值应为含 \"kind\" 和 \"text\" 的 JSON 对象。");

        // Property names and enum names are compared as UTF-8 bytes: reading a value allocates only the value and its strings.
        var p = default(Parts);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject) return Build(ref p);
            if (reader.TokenType != JsonTokenType.PropertyName) throw new JsonException("指标值对象中此处应为成员名。");
            var name = ValueProperties.Of(ref reader);
            reader.Read();
            switch (name)
            {
                case ValueProperty.Kind: p.Kind = Utf8EnumNames<ValueKind>.Read(ref reader, "kind"); break;
                case ValueProperty.Text: p.Text = ReadString(ref reader); break;
                case ValueProperty.Comparison: p.Comparison = Utf8EnumNames<Comparison>.Read(ref reader, "comparison"); break;
                case ValueProperty.Number: p.Number = ReadDecimal(ref reader); break;
                case ValueProperty.Unit: p.Unit = ReadString(ref reader); break;
                case ValueProperty.UnitSource: p.UnitSource = Utf8EnumNames<UnitSource>.Read(ref reader, "unitSource"); break;
                case ValueProperty.Magnitude: p.Magnitude = Utf8EnumNames<Magnitude>.Read(ref reader, "magnitude"); break;
                case ValueProperty.Low: p.Low = ReadDecimal(ref reader); break;
                case ValueProperty.High: p.High = ReadDecimal(ref reader); break;
                case ValueProperty.Word: p.Word = ReadString(ref reader); break;
                case ValueProperty.QualitativeKind: p.QualitativeKind = Utf8EnumNames<QualitativeKind>.Read(ref reader, "qualitativeKind"); break;
                case ValueProperty.Rank: p.Rank = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32(); break;
                case ValueProperty.Amount: p.Amount = ReadDecimal(ref reader); p.AmountSeen = true; break;
                case ValueProperty.DateKind: p.DateKind = Utf8EnumNames<DateValueKind>.Read(ref reader, "dateKind"); break;
                case ValueProperty.Start: p.Start = ReadDate(ref reader); break;
                case ValueProperty.End: p.End = ReadDate(ref reader); break;
                case ValueProperty.Reason: p.Reason = ReadString(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        throw new JsonException("指标值对象未结束。");
    }

    private static IndicatorValue Build(ref Parts p)
    {
        if (p.Kind is not { } kind) throw new JsonException("指标值缺少 \"kind\"。");
        switch (kind)
        {
            case ValueKind.FreeText:
                return new FreeTextValue(p.Text ?? throw new JsonException("freeText 指标值缺少 \"text\"。"));
            case ValueKind.Empty:
                return p.Reason is null && p.Text is { Length: > 0 } t ? new EmptyValue(t) : p.Reason is null ? IndicatorValue.Empty : new EmptyValue(p.Reason);
            case ValueKind.Numeric when p.Number is { } number:
                return new NumericValue(p.Comparison ?? Comparison.Unspecified, number, p.Unit, p.UnitSource ?? UnitSource.Cell, p.Magnitude ?? Magnitude.None);
            case ValueKind.Range when p.Low is { } low && p.High is { } high:
                return new RangeValue(low, high, p.Unit);
            case ValueKind.Qualitative when p.Word is { } word && p.QualitativeKind is { } qk:
                return new QualitativeValue(word, qk, p.Rank ?? 0);
            case ValueKind.OnSchedule when p.AmountSeen || p.Text is null:
                return new OnScheduleValue(p.Amount);
            case ValueKind.Date when p.DateKind is { } dk && p.Start is { } start:
                return new DateValue(dk, start, p.End);
        }

        // Only kind and text: parse the text and insist it is the declared kind.
        if (p.Text is null) throw new JsonException(Camel(kind.ToString()) + " 指标值既没有结构化成员，也没有 \"text\"。");
        var parsed = IndicatorValueParser.Parse(p.Text);
        if (parsed.IsSuccess && parsed.Value.Kind == kind) return parsed.Value;
        throw new JsonException("文字「" + p.Text + "」不能读作 " + Camel(kind.ToString()) + " 指标值。");
    }

    private static void WriteDate(Utf8JsonWriter writer, PartialDate date)
    {
        writer.WriteStartObject();
        WriteNullable(writer, "year", date.Year);
        WriteNullable(writer, "month", date.Month);
        WriteNullable(writer, "day", date.Day);
        writer.WriteBoolean("endOfMonth", date.EndOfMonth);
        writer.WriteEndObject();
    }

    private static PartialDate? ReadDate(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("日期应为对象 {year, month, day, endOfMonth}。");
        int? year = null, month = null, day = null;
        var endOfMonth = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = ValueProperties.Of(ref reader);
            reader.Read();
            switch (name)
            {
                case ValueProperty.Year: year = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32(); break;
                case ValueProperty.Month: month = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32(); break;
                case ValueProperty.Day: day = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32(); break;
                case ValueProperty.EndOfMonth: endOfMonth = reader.TokenType == JsonTokenType.True; break;
                default: reader.Skip(); break;
            }
        }

        return new PartialDate(year, month, day, endOfMonth);
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }

    internal static string? ReadString(ref Utf8JsonReader reader) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => Utf8StringCache.Read(ref reader),
            _ => throw new JsonException("此处应为字符串。"),
        };

    private static decimal? ReadDecimal(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetDecimal();

    /// <summary>An enum from its name as written: any case, defined, not a number (the slow path of <see cref="Utf8EnumNames{TEnum}"/>).</summary>
    internal static T? ParseEnum<T>(string? text, string property)
        where T : struct, Enum
    {
        if (text is null) return null;
        return Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(typeof(T), value) && !char.IsDigit(text[0])
            ? value
            : throw new JsonException(property + "「" + text + "」不是可用的取值。");
    }

    internal static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    private struct Parts
    {
        public ValueKind? Kind { get; set; }

        public string? Text { get; set; }

        public Comparison? Comparison { get; set; }

        public decimal? Number { get; set; }

        public string? Unit { get; set; }

        public UnitSource? UnitSource { get; set; }

        public Magnitude? Magnitude { get; set; }

        public decimal? Low { get; set; }

        public decimal? High { get; set; }

        public string? Word { get; set; }

        public QualitativeKind? QualitativeKind { get; set; }

        public int? Rank { get; set; }

        public decimal? Amount { get; set; }

        public DateValueKind? DateKind { get; set; }

        public PartialDate? Start { get; set; }

        public PartialDate? End { get; set; }

        public string? Reason { get; set; }

        public bool AmountSeen { get; set; }
    }
}
