using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace PerfRules.Rules.Tests.Fuzz;

/// <summary>A JSON text after mutations, with the list of mutations for the failure report.</summary>
public sealed record MutatedJson(string Json, IReadOnlyList<string> Mutations)
{
    public override string ToString() => "[" + string.Join(", ", Mutations) + "]\n" + Json;
}

/// <summary>
/// Mutates valid JSON files (the rule catalogue, profiles, actuals) the way hand edits and hostile authors do:
/// structural mutations on the parsed tree (wrong types, missing and unknown members, duplicated rules, random
/// expressions, deep nesting, huge strings) and byte-level ones on the text (deletions, insertions, truncation).
/// Positions come from a generated seed, so FsCheck's replay seed reproduces a case.
/// </summary>
public static class JsonMutations
{
    private static readonly string[] ExpressionTokens =
    {
        "table", "indicator", "funding", "asOf", "Values", "Funds", "Structure", "Coherence", "Promise", "Prose", ".", ".", "(", ")", "(", ")",
        "=>", "i", "x", "&&", "||", "!", "==", "!=", "<", ">=", "?", ":", "\"文字\"", "'c'", "1", "0.5", "-", "+", "*", "/", "%", "null", "true", "false",
        "new", "Any", "All", "Count", "Sum", "Select", "Where", "First", "Name", "Indicators", "Funding", "Total", "FullYear", "HalfYear", "Level1",
        "GetType", "typeof", "System", "IO", "File", "Process", "Activator", "Environment", "Type", "Assembly", "Invoke", "Compile", "[", "]", ",",
        "it", "np", "iif", "as", "is", "DateTime", "Math", "Convert", "string", "int", "decimal", "Length", "ToString", "Substring", "@0", "$",
    };

    private static readonly string[] Words = { "error", "warning", "info", "fatal", "", "table", "indicator", "funding", "cell", "field", "S01", "X01", "X-1", "1X", "{value}", "{nope}", "{", "}" };

    /// <summary>
    /// One of <paramref name="bases"/> with 1–4 mutations. <paramref name="shrinkTo"/> trims a base before mutating
    /// (a rule file to a few rules), so one case stays cheap.
    /// </summary>
    public static Gen<MutatedJson> Of(IReadOnlyList<string> bases, Func<JsonNode, Random, JsonNode>? shrinkTo = null) =>
        from index in Gen.Choose(0, bases.Count - 1)
        from count in Gen.Choose(1, 4)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select Mutate(bases[index], count, new Random(seed), shrinkTo);

    private static MutatedJson Mutate(string json, int count, Random random, Func<JsonNode, Random, JsonNode>? shrinkTo)
    {
        var applied = new List<string>();
        var node = JsonNode.Parse(json)!;
        if (shrinkTo is not null) node = shrinkTo(node, random);
        var text = (string?)null;
        for (var k = 0; k < count; k++)
        {
            if (text is null && random.Next(4) > 0)
            {
                applied.Add(MutateTree(node, random));
            }
            else
            {
                text ??= node.ToJsonString();
                (text, var name) = MutateText(text, random);
                applied.Add(name);
            }
        }

        return new MutatedJson(text ?? node.ToJsonString(), applied);
    }

    private static string MutateTree(JsonNode root, Random random)
    {
        var containers = new List<JsonNode>();
        Collect(root, containers);
        var target = containers[random.Next(containers.Count)];
        if (target is JsonObject o)
        {
            var keys = o.Select(p => p.Key).ToList();
            var key = keys.Count > 0 ? keys[random.Next(keys.Count)] : "x";
            switch (random.Next(9))
            {
                case 0:
                    o.Remove(key);
                    return "removed " + key;
                case 1:
                    o[key] = RandomValue(random);
                    return "retyped " + key;
                case 2:
                    o["Unknown" + random.Next(3)] = RandomValue(random);
                    return "unknown member";
                case 3:
                    o[key] = RandomExpression(random);
                    return "random string in " + key;
                case 4:
                    o[key] = Words[random.Next(Words.Length)];
                    return "word in " + key;
                case 5:
                    o[key] = new string('长', random.Next(1, 3) * 4000);
                    return "huge string in " + key;
                case 6:
                    o[key] = Nest(random.Next(1, 60));
                    return "deep nesting in " + key;
                case 7:
                    if (o.ContainsKey("Expression"))
                    {
                        o["Expression"] = RandomExpression(random);
                        return "random expression";
                    }

                    o[key] = null;
                    return "null " + key;
                default:
                    o[key] = new string('(', random.Next(20, 2500)) + "true" + new string(')', random.Next(0, 2500));
                    return "bracket soup in " + key;
            }
        }

        var a = (JsonArray)target;
        switch (random.Next(4))
        {
            case 0 when a.Count > 0:
                a.RemoveAt(random.Next(a.Count));
                return "removed an element";
            case 1 when a.Count > 0:
                a.Add(a[random.Next(a.Count)] is { } element ? JsonNode.Parse(element.ToJsonString()) : null);
                return "duplicated an element";
            case 2:
                a.Add(RandomValue(random));
                return "added an element";
            default:
                a.Clear();
                return "emptied an array";
        }
    }

    // JSON punctuation, an escape, control and non-characters, and a lone surrogate.
    private const string Inserted = "{}[]\",:\\ \n\u0000\uFFFF\uD800";

    private static (string Text, string Name) MutateText(string text, Random random)
    {
        if (text.Length == 0) return ("{", "braced empty text");
        var at = random.Next(text.Length);
        switch (random.Next(6))
        {
            case 0:
                return (text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at)), "deleted a span");
            case 1:
                return (text.Insert(at, Inserted[random.Next(Inserted.Length)].ToString()), "inserted a character");
            case 2:
                return (text.Substring(0, at), "truncated");
            case 3:
                return (text.Insert(at, text.Substring(at, Math.Min(random.Next(1, 60), text.Length - at))), "duplicated a span");
            case 4:
                return (new string('[', random.Next(1, 300)) + text, "unbalanced brackets");
            default:
                return ("\uFEFF" + text.Replace("\"", random.Next(2) == 0 ? "'" : "\"\""), "quotes changed");
        }
    }

    private static void Collect(JsonNode node, List<JsonNode> into)
    {
        switch (node)
        {
            case JsonObject o:
                into.Add(o);
                foreach (var p in o) if (p.Value is not null) Collect(p.Value, into);
                break;
            case JsonArray a:
                into.Add(a);
                foreach (var e in a) if (e is not null) Collect(e, into);
                break;
        }
    }

    private static JsonNode? RandomValue(Random random) => random.Next(7) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(-5, 5)),
        2 => JsonValue.Create(random.Next(2) == 0),
        3 => new JsonArray(JsonValue.Create("x"), JsonValue.Create(1)),
        4 => new JsonObject { ["a"] = 1 },
        5 => JsonValue.Create(1e308),
        _ => JsonValue.Create(Words[random.Next(Words.Length)]),
    };

    private static string RandomExpression(Random random)
    {
        var sb = new StringBuilder();
        for (var n = random.Next(1, 40); n > 0; n--) sb.Append(ExpressionTokens[random.Next(ExpressionTokens.Length)]).Append(random.Next(3) == 0 ? " " : string.Empty);
        return sb.ToString();
    }

    private static JsonNode Nest(int depth)
    {
        JsonNode node = JsonValue.Create(1)!;
        for (var i = 0; i < depth; i++) node = new JsonArray(node);
        return node;
    }

    /// <summary>The catalogue's workflow files with their reserved ids renamed (S01 → XS01), so they load as user files.</summary>
    public static IReadOnlyList<string> CatalogueAsUserFiles()
    {
        var files = new List<string>();
        foreach (var name in RuleSet.BuiltInWorkflows)
        {
            var node = JsonNode.Parse(RuleProfile.EmbeddedText("Catalogue." + name + ".json"))!;
            foreach (var workflow in node.AsArray())
            {
                workflow!["WorkflowName"] = "user-" + name;
                foreach (var rule in workflow["Rules"]!.AsArray())
                {
                    var properties = rule!["Properties"]!.AsObject();
                    properties["Id"] = "X" + properties["Id"]!.GetValue<string>();
                }
            }

            files.Add(node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        return files;
    }

    /// <summary>Keeps one workflow and one to three of its rules: a case costs a few expression parses, not sixty.</summary>
    public static JsonNode FewRules(JsonNode file, Random random)
    {
        var workflow = file.AsArray()[0]!;
        var rules = workflow["Rules"]!.AsArray();
        var keep = Enumerable.Range(0, rules.Count).OrderBy(_ => random.Next()).Take(random.Next(1, 4)).OrderBy(i => i).Select(i => rules[i]!.ToJsonString()).ToList();
        rules.Clear();
        foreach (var r in keep) rules.Add(JsonNode.Parse(r));
        return random.Next(5) == 0 ? workflow.DeepClone() : file;
    }
}
