using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace PerfRules.Cli.Tests.Schemas;

/// <summary>
/// The JSON Schemas the tests validate against, evaluated by JsonSchema.Net (formats asserted): schemas/*.schema.json
/// (draft 2020-12) and the vendored OASIS SARIF 2.1.0 schema (tests/PerfRules.Cli.Tests/Sarif, draft-04; it uses no
/// keyword whose meaning changed after draft-04 — no boolean exclusiveMinimum, only local <c>#/definitions</c> refs — so
/// it is evaluated as draft-07 with its draft-04 <c>$schema</c> and <c>id</c> left out).
/// </summary>
internal static class JsonSchemas
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Cache = new(StringComparer.Ordinal);

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "schemas");

    /// <summary>The project's schema <c>schemas/&lt;name&gt;.schema.json</c>.</summary>
    public static JsonSchema Project(string name) => Cache.GetOrAdd(name, n =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, n + ".schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri("https://perfrules.invalid/schemas/" + n + ".schema.json")));

    /// <summary>The official SARIF 2.1.0 schema (OASIS errata 01), vendored unchanged.</summary>
    public static JsonSchema Sarif => Cache.GetOrAdd("sarif-2.1.0", _ =>
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sarif", "sarif-schema-2.1.0.json")))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-04/schema#", (string?)root["$schema"]);
        root.Remove("$schema");
        root.Remove("id");
        using var doc = JsonDocument.Parse(root.ToJsonString());
        return JsonSchema.Build(doc.RootElement.Clone(), new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft07 }, new Uri("https://perfrules.invalid/sarif-schema-2.1.0.json"));
    });

    /// <summary>"instance-path: keyword: message" for every failure (empty when valid).</summary>
    public static List<string> Errors(JsonSchema schema, string json)
    {
        using var doc = JsonDocument.Parse(json);
        var results = schema.Evaluate(doc.RootElement, Options);
        if (results.IsValid) return new List<string>();
        return Flatten(results)
            .Where(r => !r.IsValid && r.Errors is { Count: > 0 })
            .SelectMany(r => r.Errors!.Select(e => r.InstanceLocation + ": " + e.Key + ": " + e.Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Asserts <paramref name="json"/> is valid, listing the first failures otherwise.</summary>
    public static void AssertValid(JsonSchema schema, string json, string what)
    {
        var errors = Errors(schema, json);
        Assert.True(errors.Count == 0, what + " does not validate:\n" + string.Join("\n", errors.Take(20)));
    }

    private static IEnumerable<EvaluationResults> Flatten(EvaluationResults results)
    {
        yield return results;
        if (results.Details is null) yield break;
        foreach (var d in results.Details)
        {
            foreach (var r in Flatten(d)) yield return r;
        }
    }
}
