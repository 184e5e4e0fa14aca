using System.Text.Json.Serialization;
using PerfRules.Findings;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Json;

/// <summary>
/// Source-generated System.Text.Json metadata for the PerfRules JSON contract: camelCase names,
/// camelCase enum strings, nulls written (every object has a stable set of properties), nullable
/// annotations and required constructor parameters enforced on read.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = new[]
    {
        typeof(IndicatorValueJsonConverter),
        typeof(ValueListJsonConverterFactory),
        typeof(CamelCaseEnumConverter<Severity>),
        typeof(CamelCaseEnumConverter<ValueKind>),
        typeof(CamelCaseEnumConverter<Comparison>),
        typeof(CamelCaseEnumConverter<UnitSource>),
        typeof(CamelCaseEnumConverter<QualitativeKind>),
        typeof(CamelCaseEnumConverter<Magnitude>),
        typeof(CamelCaseEnumConverter<DateValueKind>),
        typeof(CamelCaseEnumConverter<Attainment>),
        typeof(CamelCaseEnumConverter<TableKind>),
    })]
[JsonSerializable(typeof(TableDocumentJson))]
[JsonSerializable(typeof(TableJson))]
[JsonSerializable(typeof(ExpenditureJson))]
[JsonSerializable(typeof(SourceFindingJson))]
[JsonSerializable(typeof(Indicator))]
[JsonSerializable(typeof(IndicatorValue))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(FindingLocation))]
[JsonSerializable(typeof(FindingArgument))]
[JsonSerializable(typeof(ContactInfo))]
[JsonSerializable(typeof(HeaderField))]
[JsonSerializable(typeof(UnplacedLine))]
[JsonSerializable(typeof(FundingSource))]
[JsonSerializable(typeof(ValueList<FundingSource>))]
[JsonSerializable(typeof(SectionWeight))]
[JsonSerializable(typeof(PublishedEvaluation))]
[JsonSerializable(typeof(PublishedIndicator))]
[JsonSerializable(typeof(ValueList<Indicator>))]
[JsonSerializable(typeof(RegionTarget))]
[JsonSerializable(typeof(ValueList<RegionTarget>))]
[JsonSerializable(typeof(ValueList<Finding>))]
[JsonSerializable(typeof(ValueList<FindingArgument>))]
[JsonSerializable(typeof(ValueList<HeaderField>))]
[JsonSerializable(typeof(ValueList<UnplacedLine>))]
[JsonSerializable(typeof(ValueList<SectionWeight>))]
[JsonSerializable(typeof(ValueList<PublishedIndicator>))]
[JsonSerializable(typeof(ValueList<ExpenditureJson>))]
[JsonSerializable(typeof(ValueList<TableJson>))]
[JsonSerializable(typeof(ValueList<SourceFindingJson>))]
[JsonSerializable(typeof(Severity))]
internal sealed partial class PerfRulesJsonContext : JsonSerializerContext
{
}
