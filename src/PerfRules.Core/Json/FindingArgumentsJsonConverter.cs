using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Json;

/// <summary>
/// Writes a finding's arguments as one JSON object, name → value (<c>{"indicator":"…","value":"完成"}</c>), the
/// shape README and schemas/ show for <c>check</c>, <c>convert</c> and the library alike. A name that repeats keeps
/// its first value (the engine never repeats one). Reads that object back, and <c>null</c> as no arguments; a
/// duplicate name or a value that is not a string is an error naming the argument.
/// </summary>
internal sealed class FindingArgumentsJsonConverter : JsonConverter<ValueList<FindingArgument>>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override ValueList<FindingArgument> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return ValueList<FindingArgument>.Empty;
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("arguments 应为对象（参数名 → 文字）。");
        var items = new List<FindingArgument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            if (!reader.Read()) throw new JsonException("arguments 对象未结束。");
            if (reader.TokenType == JsonTokenType.EndObject) break;
            var name = reader.GetString()!;
            if (!seen.Add(name)) throw new JsonException("arguments 中参数「" + name + "」重复。");
            reader.Read();
            if (reader.TokenType != JsonTokenType.String) throw new JsonException("arguments 中参数「" + name + "」的值应为文字。");
            items.Add(new FindingArgument(name, reader.GetString()!));
        }

        return items.Count == 0 ? ValueList<FindingArgument>.Empty : new ValueList<FindingArgument>(items);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ValueList<FindingArgument> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value is not null)
        {
            // A finding has a handful of arguments: earlier names are looked through, a set only for a long list.
            HashSet<string>? seen = value.Count > 8 ? new HashSet<string>(StringComparer.Ordinal) : null;
            for (var i = 0; i < value.Count; i++)
            {
                var argument = value[i];
                if (seen is not null ? !seen.Add(argument.Name) : NamedBefore(value, i)) continue;
                writer.WriteString(argument.Name, argument.Value);
            }
        }

        writer.WriteEndObject();
    }

    private static bool NamedBefore(ValueList<FindingArgument> arguments, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(arguments[j].Name, arguments[index].Name, StringComparison.Ordinal)) return true;
        }

        return false;
    }
}
