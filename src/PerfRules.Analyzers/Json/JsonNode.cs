using System;
using System.Collections.Generic;

namespace PerfRules.Analyzers.Json;

/// <summary>The kind of a <see cref="JsonNode"/>.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A JSON value with its position in the source text, so every diagnostic about a rule or table file
/// can point at the exact line and column. Read-only after <see cref="JsonReader"/> builds it.
/// </summary>
internal sealed class JsonNode
{
    private static readonly List<JsonProperty> NoProperties = new();
    private static readonly List<JsonNode> NoItems = new();

    internal JsonNode(JsonKind kind, int start, int end, string? text = null, List<JsonProperty>? properties = null, List<JsonNode>? items = null)
    {
        Kind = kind;
        Start = start;
        End = end;
        Text = text;
        Properties = properties ?? NoProperties;
        Items = items ?? NoItems;
    }

    public JsonKind Kind { get; }

    /// <summary>Offset of the first character (the opening quote of a string).</summary>
    public int Start { get; }

    /// <summary>Offset after the last character.</summary>
    public int End { get; }

    /// <summary>The decoded value of a string, the literal text of a number; null otherwise.</summary>
    public string? Text { get; }

    /// <summary>The members of an object, in source order (duplicates kept).</summary>
    public IReadOnlyList<JsonProperty> Properties { get; }

    /// <summary>The items of an array.</summary>
    public IReadOnlyList<JsonNode> Items { get; }

    /// <summary>The last member named <paramref name="name"/> (ordinal), or null — last wins, as in the deserializers.</summary>
    public JsonProperty? Find(string name)
    {
        JsonProperty? found = null;
        foreach (var property in Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal)) found = property;
        }

        return found;
    }

    /// <summary>The last member whose name equals <paramref name="name"/> ignoring ASCII case, or null.</summary>
    public JsonProperty? FindIgnoreCase(string name)
    {
        JsonProperty? found = null;
        foreach (var property in Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)) found = property;
        }

        return found;
    }

    /// <summary>A short description for messages (<c>a number</c>, <c>an object</c>).</summary>
    public string Describe() => Kind switch
    {
        JsonKind.Object => "对象",
        JsonKind.Array => "数组",
        JsonKind.String => "字符串",
        JsonKind.Number => "数字",
        JsonKind.Null => " null",
        _ => "布尔值",
    };
}

/// <summary>One member of a JSON object with the position of its name.</summary>
internal sealed class JsonProperty
{
    internal JsonProperty(string name, int nameStart, int nameEnd, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameEnd = nameEnd;
        Value = value;
    }

    public string Name { get; }

    /// <summary>Offset of the name's opening quote.</summary>
    public int NameStart { get; }

    /// <summary>Offset after the name's closing quote.</summary>
    public int NameEnd { get; }

    public JsonNode Value { get; }
}
