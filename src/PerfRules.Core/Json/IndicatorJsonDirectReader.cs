using System;
using System.Linq;
using System.Text.Json;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Json;

/// <summary>
/// Reads one indicator object for <see cref="TableJsonDirectReader"/>: the six constructor members required, each
/// member at most once, every token of the type the serializer expects. Returns null where the serializer must decide.
/// </summary>
internal static class IndicatorJsonDirectReader
{
    private const ulong Required = (1UL << 6) - 1;
    private static readonly Utf8MemberNames Members = new(Enum.GetNames(typeof(IndicatorMember)).Select(IndicatorValueJsonConverter.Camel).ToArray());

    /// <summary>Reads the object the reader is on (at its start); on success the reader is on its end.</summary>
    public static Indicator? Read(ref Utf8JsonReader reader)
    {
        var parts = default(Parts);
        ulong seen = 0;
        var next = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject) return (seen & Required) == Required ? parts.Build() : null;
            var member = Members.Find(ref reader, ref next);
            if (member < 0 || (seen & (1UL << member)) != 0 || !reader.Read()) return null;
            seen |= 1UL << member;
            if (!ReadMember(ref reader, ref parts, (IndicatorMember)member)) return null;
        }

        return null;
    }

    // One case per member of Indicator; long by design (a dispatch table).
    private static bool ReadMember(ref Utf8JsonReader r, ref Parts p, IndicatorMember member)
    {
        switch (member)
        {
            case IndicatorMember.Row:
                if (!TableJsonDirectReader.Int(ref r, out var row) || row is not { } n) return false;
                p.Row = n;
                break;
            case IndicatorMember.Level1: return TableJsonDirectReader.Text(ref r, out p.Level1);
            case IndicatorMember.Level2: return TableJsonDirectReader.Text(ref r, out p.Level2);
            case IndicatorMember.Name: return TableJsonDirectReader.Text(ref r, out p.Name);
            case IndicatorMember.HalfYear: return (p.HalfYear = TableJsonDirectReader.Value(ref r)) is not null;
            case IndicatorMember.FullYear: return (p.FullYear = TableJsonDirectReader.Value(ref r)) is not null;
            case IndicatorMember.Unit: return TableJsonDirectReader.NullableText(ref r, out p.Unit);
            case IndicatorMember.Line: return TableJsonDirectReader.Int(ref r, out p.Line);
            case IndicatorMember.OperatorText: return TableJsonDirectReader.NullableText(ref r, out p.OperatorText);
            case IndicatorMember.UnitText: return TableJsonDirectReader.NullableText(ref r, out p.UnitText);
            case IndicatorMember.Weight: return TableJsonDirectReader.Decimal(ref r, out p.Weight);
            case IndicatorMember.Direction: return TableJsonDirectReader.NullableText(ref r, out p.Direction);
            case IndicatorMember.ValueType: return TableJsonDirectReader.NullableText(ref r, out p.ValueType);
            case IndicatorMember.Explanation: return TableJsonDirectReader.NullableText(ref r, out p.Explanation);
            case IndicatorMember.ScoringStandard: return TableJsonDirectReader.NullableText(ref r, out p.ScoringStandard);
            case IndicatorMember.Remark: return TableJsonDirectReader.NullableText(ref r, out p.Remark);
            case IndicatorMember.LongTerm:
                if (r.TokenType == JsonTokenType.Null) return true;
                return (p.LongTerm = TableJsonDirectReader.Value(ref r)) is not null;
            case IndicatorMember.Regions:
                if (r.TokenType == JsonTokenType.Null) return true;
                if (!TableJsonDirectReader.List(ref r, PerfRulesJsonContext.Default.ValueListRegionTarget, out var regions)) return false;
                p.Regions = regions;
                break;
            default:
                return false;
        }

        return true;
    }

    /// <summary>The members read so far (fields, so the readers can fill them in place).</summary>
    private struct Parts
    {
        public int Row;
        public string? Level1;
        public string? Level2;
        public string? Name;
        public IndicatorValue? HalfYear;
        public IndicatorValue? FullYear;
        public string? Unit;
        public int? Line;
        public string? OperatorText;
        public string? UnitText;
        public decimal? Weight;
        public string? Direction;
        public string? ValueType;
        public string? Explanation;
        public string? ScoringStandard;
        public string? Remark;
        public IndicatorValue? LongTerm;
        public ValueList<RegionTarget>? Regions;

        public readonly Indicator Build() => new(Row, Level1!, Level2!, Name!, HalfYear!, FullYear!)
        {
            Unit = Unit,
            Line = Line,
            OperatorText = OperatorText,
            UnitText = UnitText,
            Weight = Weight,
            Direction = Direction,
            ValueType = ValueType,
            Explanation = Explanation,
            ScoringStandard = ScoringStandard,
            Remark = Remark,
            LongTerm = LongTerm,
            Regions = Regions,
        };
    }
}
