using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PerfRules.Cli.Tests.Schemas;

/// <summary>
/// A JSON Schema draft 2020-12 evaluator for exactly the keywords schemas/ uses. JsonSchema.Net (the intended
/// validator) cannot be restored here: its dependency JsonPointer.Net is missing from the package mirror. A schema
/// that uses any other keyword is rejected, so nothing in schemas/ is silently unchecked; the same files validate
/// with any 2020-12 validator (checked with Python's jsonschema while writing them).
/// </summary>
internal sealed class SchemaValidator
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal) { "$schema", "$id", "title", "description", "$defs", "$comment" };

    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal)
    {
        "type", "properties", "required", "additionalProperties", "items", "enum", "const", "pattern", "minimum", "maximum",
        "minLength", "minItems", "minProperties", "oneOf", "allOf", "if", "then", "$ref", "propertyNames",
    };

    private readonly JsonElement _root;

    public SchemaValidator(JsonElement root)
    {
        _root = root;
        CheckKeywords(root, "#");
    }

    /// <summary>"instance-path: keyword: message" for every failure (empty: valid).</summary>
    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Evaluate(_root, instance, string.Empty, errors);
        return errors;
    }

    private static void CheckKeywords(JsonElement schema, string where)
    {
        if (schema.ValueKind == JsonValueKind.True || schema.ValueKind == JsonValueKind.False) return;
        if (schema.ValueKind != JsonValueKind.Object) throw new InvalidOperationException(where + " is not a schema");
        foreach (var p in schema.EnumerateObject())
        {
            if (!Supported.Contains(p.Name) && !Annotations.Contains(p.Name)) throw new NotSupportedException(where + ": keyword '" + p.Name + "' is not evaluated by this validator");
            switch (p.Name)
            {
                case "properties" or "$defs":
                    foreach (var s in p.Value.EnumerateObject()) CheckKeywords(s.Value, where + "/" + p.Name + "/" + s.Name);
                    break;
                case "items" or "additionalProperties" or "if" or "then" or "propertyNames":
                    CheckKeywords(p.Value, where + "/" + p.Name);
                    break;
                case "oneOf" or "allOf":
                    var i = 0;
                    foreach (var s in p.Value.EnumerateArray()) CheckKeywords(s, where + "/" + p.Name + "/" + (i++).ToString(CultureInfo.InvariantCulture));
                    break;
            }
        }
    }

    private void Evaluate(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True) return;
        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add(path + ": false: no value is allowed here");
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference)) Evaluate(Resolve(reference.GetString()!), value, path, errors);
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            errors.Add(path + ": type: " + Kind(value) + " is not " + type.GetRawText());
            return;
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value)) errors.Add(path + ": const: expected " + constant.GetRawText() + ", not " + value.GetRawText());
        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
        {
            errors.Add(path + ": enum: " + value.GetRawText() + " is not one of " + options.GetRawText());
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (schema.TryGetProperty("minLength", out var min) && StringInfo.ParseCombiningCharacters(text).Length < min.GetInt32()) errors.Add(path + ": minLength: shorter than " + min.GetInt32().ToString(CultureInfo.InvariantCulture));
            if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1))) errors.Add(path + ": pattern: \"" + text + "\" does not match " + pattern.GetString());
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            var n = value.GetDecimal();
            if (schema.TryGetProperty("minimum", out var min) && n < min.GetDecimal()) errors.Add(path + ": minimum: " + value.GetRawText() + " < " + min.GetRawText());
            if (schema.TryGetProperty("maximum", out var max) && n > max.GetDecimal()) errors.Add(path + ": maximum: " + value.GetRawText() + " > " + max.GetRawText());
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            if (schema.TryGetProperty("minItems", out var min) && value.GetArrayLength() < min.GetInt32()) errors.Add(path + ": minItems: fewer than " + min.GetRawText());
            if (schema.TryGetProperty("items", out var items))
            {
                var i = 0;
                foreach (var item in value.EnumerateArray()) Evaluate(items, item, path + "/" + (i++).ToString(CultureInfo.InvariantCulture), errors);
            }
        }

        if (value.ValueKind == JsonValueKind.Object) EvaluateObject(schema, value, path, errors);

        if (schema.TryGetProperty("allOf", out var all))
        {
            foreach (var s in all.EnumerateArray()) Evaluate(s, value, path, errors);
        }

        if (schema.TryGetProperty("oneOf", out var one))
        {
            var branches = one.EnumerateArray().Select(s =>
            {
                var e = new List<string>();
                Evaluate(s, value, path, e);
                return e;
            }).ToList();
            var passing = branches.Count(b => b.Count == 0);
            if (passing != 1)
            {
                errors.Add(path + ": oneOf: " + passing.ToString(CultureInfo.InvariantCulture) + " of " + branches.Count.ToString(CultureInfo.InvariantCulture) + " subschemas match");
                if (passing == 0) errors.AddRange(branches.SelectMany(b => b));
            }
        }

        if (schema.TryGetProperty("if", out var condition))
        {
            var e = new List<string>();
            Evaluate(condition, value, path, e);
            if (e.Count == 0 && schema.TryGetProperty("then", out var then)) Evaluate(then, value, path, errors);
        }
    }

    private void EvaluateObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _)) errors.Add(path + ": required: \"" + name + "\" is missing");
            }
        }

        if (schema.TryGetProperty("minProperties", out var min) && value.EnumerateObject().Count() < min.GetInt32()) errors.Add(path + ": minProperties: fewer than " + min.GetRawText());
        schema.TryGetProperty("properties", out var properties);
        foreach (var p in value.EnumerateObject())
        {
            var child = path + "/" + p.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
            if (schema.TryGetProperty("propertyNames", out var names))
            {
                using var nameDoc = JsonDocument.Parse(JsonSerializer.Serialize(p.Name));
                Evaluate(names, nameDoc.RootElement.Clone(), child, errors);
            }

            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(p.Name, out var s)) Evaluate(s, p.Value, child, errors);
            else if (schema.TryGetProperty("additionalProperties", out var extra))
            {
                if (extra.ValueKind == JsonValueKind.False) errors.Add(path + ": additionalProperties: \"" + p.Name + "\" is not allowed");
                else Evaluate(extra, p.Value, child, errors);
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal)) throw new NotSupportedException("only local $ref: " + reference);
        var e = _root;
        foreach (var part in reference.Substring(2).Split('/')) e = e.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        return e;
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => Is(t.GetString()!, value)) : Is(type.GetString()!, value);

    private static bool Is(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && d == decimal.Truncate(d),
        _ => throw new NotSupportedException("type " + type),
    };

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };
}
