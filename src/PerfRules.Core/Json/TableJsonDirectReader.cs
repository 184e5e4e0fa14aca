using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Json;

/// <summary>
/// Reads one table straight from UTF-8 JSON (a JSON Lines line) with a <see cref="Utf8JsonReader"/>, without the
/// serializer's metadata-driven path for the table and its indicators — the two objects that make up most of a line.
/// It takes only input the serializer reads the same way: every member known, none twice, no escaped member names,
/// every token of the expected type. On anything else it declines (returns false) and the caller runs the serializer,
/// which then gives the same table or the same error. Rare members (contact, expenditures, lists other than the
/// indicators, published evaluation, regions) are read by the serializer's own metadata from inside this reader.
/// </summary>
internal static class TableJsonDirectReader
{
    private static readonly JsonSerializerOptions Options = PerfRulesJsonContext.Default.Options;
    private static readonly IndicatorValueJsonConverter ValueConverter = new();
    private static readonly Utf8MemberNames TableMembers = new(Enum.GetNames(typeof(TableMember)).Select(IndicatorValueJsonConverter.Camel).ToArray());

    /// <summary>Reads <paramref name="utf8Json"/> as one table; false when the serializer must decide (see the type's remarks).</summary>
    public static bool TryRead(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out PerformanceTable? table)
    {
        table = null;
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            var dto = new TableJson();
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !ReadTable(ref reader, dto)) return false;
            if (reader.Read()) return false;
            table = dto.ToModel();
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            // Malformed JSON or a value the serializer would reject: it reports the error with its own path and position.
            return false;
        }
    }

    private static bool ReadTable(ref Utf8JsonReader reader, TableJson t)
    {
        ulong seen = 0;
        var next = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject) return true;
            var member = TableMembers.Find(ref reader, ref next);
            if (member < 0 || (seen & (1UL << member)) != 0 || !reader.Read()) return false;
            seen |= 1UL << member;
            if (!ReadTableMember(ref reader, t, (TableMember)member)) return false;
        }

        return false;
    }

    // One case per member of TableJson, in its declaration order; long by design (a dispatch table).
    private static bool ReadTableMember(ref Utf8JsonReader r, TableJson t, TableMember member)
    {
        switch (member)
        {
            case TableMember.Name: if (!Text(ref r, out var name)) return false; t.Name = name; break;
            case TableMember.Year: if (!Int(ref r, out var year)) return false; t.Year = year; break;
            case TableMember.Source: if (!NullableText(ref r, out var source)) return false; t.Source = source; break;
            case TableMember.Layout: if (!Text(ref r, out var layout)) return false; t.Layout = layout; break;
            case TableMember.Profile: if (!NullableText(ref r, out var profile)) return false; t.Profile = profile; break;
            case TableMember.Kind: if (!Kind(ref r, out var kind)) return false; t.Kind = kind; break;
            case TableMember.IsPartial: if (!Bool(ref r, out var partial)) return false; t.IsPartial = partial; break;
            case TableMember.HasHeader: if (!Bool(ref r, out var header)) return false; t.HasHeader = header; break;
            case TableMember.Title: if (!NullableText(ref r, out var title)) return false; t.Title = title; break;
            case TableMember.Line: if (!Int(ref r, out var line)) return false; t.Line = line; break;
            case TableMember.Department: if (!NullableText(ref r, out var department)) return false; t.Department = department; break;
            case TableMember.ImplementingUnit: if (!NullableText(ref r, out var unit)) return false; t.ImplementingUnit = unit; break;
            case TableMember.ProjectType: if (!NullableText(ref r, out var type)) return false; t.ProjectType = type; break;
            case TableMember.ProjectLevel: if (!NullableText(ref r, out var level)) return false; t.ProjectLevel = level; break;
            case TableMember.StartTime: if (!NullableText(ref r, out var start)) return false; t.StartTime = start; break;
            case TableMember.EndTime: if (!NullableText(ref r, out var end)) return false; t.EndTime = end; break;
            case TableMember.Contact: if (!Nested(ref r, PerfRulesJsonContext.Default.ContactInfo, out var contact)) return false; t.Contact = contact; break;
            case TableMember.Necessity: if (!NullableText(ref r, out var necessity)) return false; t.Necessity = necessity; break;
            case TableMember.Feasibility: if (!NullableText(ref r, out var feasibility)) return false; t.Feasibility = feasibility; break;
            case TableMember.Content: if (!NullableText(ref r, out var content)) return false; t.Content = content; break;
            case TableMember.LongTermGoal: if (!NullableText(ref r, out var longTerm)) return false; t.LongTermGoal = longTerm; break;
            case TableMember.AnnualGoal: if (!NullableText(ref r, out var annual)) return false; t.AnnualGoal = annual; break;
            case TableMember.OtherFields: if (!List(ref r, PerfRulesJsonContext.Default.ValueListHeaderField, out var fields)) return false; t.OtherFields = fields; break;
            case TableMember.FundingTotal: if (!Decimal(ref r, out var total)) return false; t.FundingTotal = total; break;
            case TableMember.FundingTotalText: if (!NullableText(ref r, out var totalText)) return false; t.FundingTotalText = totalText; break;
            case TableMember.FundingTotalLine: if (!Int(ref r, out var totalLine)) return false; t.FundingTotalLine = totalLine; break;
            case TableMember.FundingUnit: if (!Text(ref r, out var fundingUnit)) return false; t.FundingUnit = fundingUnit; break;
            case TableMember.Expenditures: if (!List(ref r, PerfRulesJsonContext.Default.ValueListExpenditureJson, out var spending)) return false; t.Expenditures = spending; break;
            case TableMember.FundingSources: if (!List(ref r, PerfRulesJsonContext.Default.ValueListFundingSource, out var sources)) return false; t.FundingSources = sources; break;
            case TableMember.Indicators: if (!Indicators(ref r, out var indicators)) return false; t.Indicators = indicators; break;
            case TableMember.SectionWeights: if (!List(ref r, PerfRulesJsonContext.Default.ValueListSectionWeight, out var weights)) return false; t.SectionWeights = weights; break;
            case TableMember.Published: if (!Nested(ref r, PerfRulesJsonContext.Default.PublishedEvaluation, out var published)) return false; t.Published = published; break;
            case TableMember.ImportFindings: if (!List(ref r, PerfRulesJsonContext.Default.ValueListFinding, out var findings)) return false; t.ImportFindings = findings; break;
            case TableMember.UnplacedLines: if (!List(ref r, PerfRulesJsonContext.Default.ValueListUnplacedLine, out var unplaced)) return false; t.UnplacedLines = unplaced; break;
            case TableMember.Placeholders: if (!List(ref r, PerfRulesJsonContext.Default.ValueListUnplacedLine, out var placeholders)) return false; t.Placeholders = placeholders; break;
            default: return false;
        }

        return true;
    }

    private static bool Indicators(ref Utf8JsonReader reader, out ValueList<Indicator> indicators)
    {
        indicators = ValueList<Indicator>.Empty;
        if (reader.TokenType != JsonTokenType.StartArray) return false;
        var items = new System.Collections.Generic.List<Indicator>(32);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                indicators = items.Count == 0 ? ValueList<Indicator>.Empty : new ValueList<Indicator>(items);
                return true;
            }

            if (reader.TokenType != JsonTokenType.StartObject || IndicatorJsonDirectReader.Read(ref reader) is not { } indicator) return false;
            items.Add(indicator);
        }

        return false;
    }

    /// <summary>A string that may not be null (the serializer rejects null for a non-nullable string).</summary>
    internal static bool Text(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? text)
    {
        text = reader.TokenType == JsonTokenType.String ? Utf8StringCache.Read(ref reader) : null;
        return text is not null;
    }

    internal static bool NullableText(ref Utf8JsonReader reader, out string? text)
    {
        text = null;
        if (reader.TokenType == JsonTokenType.Null) return true;
        return Text(ref reader, out text);
    }

    internal static bool Int(ref Utf8JsonReader reader, out int? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null) return true;
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var v)) return false;
        value = v;
        return true;
    }

    internal static bool Decimal(ref Utf8JsonReader reader, out decimal? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null) return true;
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var v)) return false;
        value = v;
        return true;
    }

    private static bool Bool(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False;
    }

    /// <summary>A table kind written as its own camelCase name; any other spelling is the serializer's to judge.</summary>
    private static bool Kind(ref Utf8JsonReader reader, out TableKind kind)
    {
        kind = default;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence) return false;
        if (Utf8EnumNames<TableKind>.Exact(reader.ValueSpan) is not { } k) return false;
        kind = k;
        return true;
    }

    /// <summary>An indicator value object read by <see cref="IndicatorValueJsonConverter"/>, exactly as the serializer calls it.</summary>
    internal static IndicatorValue? Value(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.StartObject ? ValueConverter.Read(ref reader, typeof(IndicatorValue), Options) : null;

    /// <summary>A nullable object read by the serializer's own metadata.</summary>
    internal static bool Nested<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> info, out T? value)
        where T : class
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null) return true;
        if (reader.TokenType != JsonTokenType.StartObject) return false;
        value = JsonSerializer.Deserialize(ref reader, info);
        return value is not null;
    }

    /// <summary>A non-nullable list: an empty array without the serializer, anything else by its metadata.</summary>
    internal static bool List<T>(ref Utf8JsonReader reader, JsonTypeInfo<ValueList<T>> info, out ValueList<T> list)
    {
        list = ValueList<T>.Empty;
        if (reader.TokenType != JsonTokenType.StartArray) return false;
        var probe = reader;
        if (probe.Read() && probe.TokenType == JsonTokenType.EndArray)
        {
            reader = probe;
            return true;
        }

        list = JsonSerializer.Deserialize(ref reader, info)!;
        return list is not null;
    }
}
