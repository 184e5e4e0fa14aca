using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfRules.Json;

/// <summary>
/// Writes an enum as a camelCase string (<c>atLeast</c>, <c>warning</c>, <c>freeText</c>) and reads it
/// back; integers are rejected (schemas/perfrules-table.schema.json: enum values are camelCase strings).
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, System.Enum
{
    /// <summary>Creates the converter.</summary>
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
