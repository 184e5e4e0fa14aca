using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfRules.Actuals;

// The wire shape of an actuals file. Kept apart from the public model so the model stays immutable
// (ValueList, init-only records) and every field can be validated with a precise message: dates,
// judgements and values are read as text here and checked by ActualsJson.

/// <summary>The root object of an actuals file.</summary>
internal sealed class ActualsFileDto
{
    [JsonPropertyName("asOf")]
    public string? AsOf { get; set; }

    [JsonPropertyName("tables")]
    public List<TableActualsDto?>? Tables { get; set; }
}

/// <summary>One table's actuals.</summary>
internal sealed class TableActualsDto
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("budget")]
    public decimal? Budget { get; set; }

    [JsonPropertyName("executed")]
    public decimal? Executed { get; set; }

    [JsonPropertyName("actuals")]
    public List<IndicatorActualDto?>? Actuals { get; set; }
}

/// <summary>One indicator's actual.</summary>
internal sealed class IndicatorActualDto
{
    [JsonPropertyName("indicator")]
    public string? Indicator { get; set; }

    [JsonPropertyName("value")]
    public string? Value { get; set; }

    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    [JsonPropertyName("judgement")]
    public string? Judgement { get; set; }

    [JsonPropertyName("row")]
    public int? Row { get; set; }
}

/// <summary>Source-generated (reflection-free) metadata for the actuals file; unknown members are errors so a misspelt key is never silently ignored.</summary>
[JsonSourceGenerationOptions(
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(ActualsFileDto))]
internal sealed partial class ActualsJsonContext : JsonSerializerContext
{
}
