using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using PerfRules.Tests;

namespace PerfRules.Rules.Tests.Loading;

/// <summary>
/// Every load error a rule author or profile author can meet reads as a user message: generated from valid files by
/// systematic edits (each member removed, retyped, doubled, an unknown one added; each expression cut short or given a
/// stray character), each error must be Chinese, name the file (and workflow and rule when there is one) and show no
/// .NET vocabulary (<see cref="UserMessageText"/>). The mutation fuzz tests apply the same check to random edits.
/// </summary>
public class LoadMessageTests
{
    private const string RuleFile = """
        [{ "WorkflowName": "W", "RuleExpressionType": "LambdaExpression", "Rules": [
          { "RuleName": "R1", "Expression": "indicator.Row > 0 && indicator.Name != \"x\"", "Enabled": true, "ErrorMessage": "e", "SuccessEvent": "s",
            "RuleExpressionType": "LambdaExpression",
            "Properties": { "Id": "X01", "Severity": "warning", "Scope": "indicator", "Message": "「{indicator}」{n}", "Title": "t", "Arguments": { "n": "indicator.Row" } } },
          { "RuleName": "R2", "Expression": "table.Name != null", "Properties": { "Id": "X02", "Severity": "info", "Field": "项目名称", "Message": "{field}" } } ] }]
        """;

    private const string Profile = """
        { "name": "p", "description": "d", "source": "s", "basedOn": "national",
          "rules": { "S01": { "enabled": false, "severity": "info" }, "R1": { "severity": "error" } },
          "ruleFiles": ["r.json"], "scoring": { "weights": { "产出": 50 } }, "labels": { "主管部门": ["主管预算部门"], "weight": ["占比"] } }
        """;

    private static readonly Func<JsonNode?>[] Values =
    {
        () => null, () => JsonValue.Create(0), () => JsonValue.Create(-1), () => JsonValue.Create(true), () => JsonValue.Create(""), () => JsonValue.Create(" "),
        () => JsonValue.Create("x"), () => JsonValue.Create("fatal"), () => JsonValue.Create("S01"), () => JsonValue.Create("1X"), () => JsonValue.Create("{nope}"),
        () => JsonValue.Create("/etc/passwd"), () => JsonValue.Create("../x.json"), () => new JsonArray(), () => new JsonArray(JsonValue.Create(1)), () => new JsonObject(),
        () => new JsonObject { ["a"] = 1 },
    };

    private static readonly string[] Expressions =
    {
        "indicator.Row > 0 && indicator.Name != \"x\"", "table.Indicators.Count(i => i.Level1 == \"产出指标\") >= 1", "Values.IsQuantitative(indicator.FullYear)",
        "indicator.Name.Substring(1, 2) == \"ab\"", "table.Funding.Total.Value > 0m ? true : false",
    };

    private static readonly string[] BrokenExpressions =
    {
        "indicator.Row + \"a\" > 0", "indicator.Name > 1", "indicator.Row.Foo", "Values.Nope(1)", "indicator.Name.Substring(\"a\")", "table.Indicators.Sum(i => i.Name) > 0",
        "new Foo()", "indicator.Name", "indicator.Row", "1 +", "(", ")", "\"open", "'ab' == 'c'", "ValueKind.Nope == ValueKind.Numeric", "Nope.Call()", "x => x",
        "table.Indicators.Select(i => i.GetType()).Any()", "table.Indicators.OrderBy(i => i.Name).Any()", "indicator.Name.StartsWith(\"a\")", "it.Name != null",
        "table.Name == null ?? true", "iif(true)", "np()", "table.Indicators[\"a\"] != null", "0x", "1.2.3 > 0", "1e > 0", "@0 > 1", "$", "#", "`", "\\u0041",
        "string.Join(\",\", new[] { \"a\" }, 0, 1) != null", "Enumerable.Range(0, 3).Any()", "table.Name.GetHashCode() > 0", "DateTime.Now.Year > 0",
        "table.Indicators.First() as Indicator != null", "table is PerformanceTable", "new DateTime(2026, 1, 1) > asOf", "indicator.Row == 1L", "-indicator.Name == \"a\"",
    };

    private static readonly string Stray = ")(][}{.,'\"!?:=&|+-*/%@$#`\\";

    /// <summary>Each edit of <paramref name="json"/>: a member removed, retyped to every kind of value, an unknown one added; an array emptied or grown.</summary>
    private static IEnumerable<(string Json, string Edit)> Edits(string json)
    {
        var paths = new List<string>();
        Collect(JsonNode.Parse(json)!, "$", paths);
        foreach (var path in paths)
        {
            var root = JsonNode.Parse(json)!;
            var node = Find(root, path);
            if (node is JsonObject o)
            {
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    yield return (With(json, path, x => ((JsonObject)x).Remove(key)), "removed " + path + "." + key);
                    for (var v = 0; v < Values.Length; v++)
                    {
                        var value = v;
                        yield return (With(json, path, x => ((JsonObject)x)[key] = Values[value]()), "retyped " + path + "." + key + " (#" + v + ")");
                    }
                }

                yield return (With(json, path, x => ((JsonObject)x)["Extra"] = 1), "unknown member in " + path);
                yield return (DoubleFirstMember(json, path), "doubled first member of " + path);
            }
            else if (node is JsonArray)
            {
                yield return (With(json, path, x => ((JsonArray)x).Clear()), "emptied " + path);
                yield return (With(json, path, x => ((JsonArray)x).Add(1)), "number added to " + path);
                yield return (With(json, path, x => { var a = (JsonArray)x; if (a.Count > 0) a.Add(JsonNode.Parse(a[0]!.ToJsonString())); }), "first element doubled in " + path);
            }
        }

        foreach (var root in new[] { "42", "\"x\"", "null", "[]", "{}", "[1]", "[[]]", "", "[{", "\uFEFF[", "[\"\\ud800\"]" })
        {
            yield return (root, "root " + root);
        }
    }

    private static IEnumerable<string> ExpressionVariants()
    {
        foreach (var e in Expressions)
        {
            for (var cut = 0; cut < e.Length; cut++) yield return e.Substring(0, cut);
            for (var at = 0; at <= e.Length; at += 2)
            {
                foreach (var c in Stray) yield return e.Insert(at, c.ToString());
            }
        }

        foreach (var e in BrokenExpressions) yield return e;
    }

    [Fact]
    public void Every_edit_of_a_rule_file_loads_or_fails_with_a_clean_Chinese_message_naming_where()
    {
        var reasons = new HashSet<string>(StringComparer.Ordinal);
        var edits = Edits(RuleFile).ToList();
        foreach (var (json, edit) in edits) Check(json, edit, reasons);
        foreach (var expression in ExpressionVariants())
        {
            foreach (var member in new[] { "indicator.Row > 0 && indicator.Name != \\\"x\\\"", "indicator.Row" })
            {
                var json = RuleFile.Replace("\"" + member + "\"", System.Text.Json.JsonSerializer.Serialize(expression), StringComparison.Ordinal);
                Check(json, "expression " + expression, reasons);
            }
        }

        // Not vacuous: the edits reach many different reasons (members, kinds, ids, scopes, placeholders, parser, sandbox).
        Assert.True(edits.Count > 300, edits.Count + " edits");
        Assert.True(reasons.Count >= 150, reasons.Count + " distinct reasons:\n" + string.Join("\n", reasons.Take(50)));
    }

    [Fact]
    public void Every_edit_of_a_profile_loads_or_fails_with_a_clean_Chinese_message_naming_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("perfrules-messages-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "r.json"), RuleFile);
            var reasons = new HashSet<string>(StringComparer.Ordinal);
            var edits = Edits(Profile).ToList();
            foreach (var (json, edit) in edits)
            {
                try
                {
                    RuleSet.Load(new RuleOptions { IncludeBuiltInRules = false, Profile = RuleProfile.Parse(json, "p.json", folder) });
                }
                catch (RuleLoadException e)
                {
                    reasons.Add(e.Reason);
                    Assert.True(e.SourceName is "p.json" || e.SourceName.EndsWith("r.json", StringComparison.Ordinal), edit + ": " + e.SourceName);
                    Assert.StartsWith(e.SourceName + "：", e.Message, StringComparison.Ordinal);
                    UserMessageText.AssertClean(e.Message, edit + "\n" + json);
                }
            }

            Assert.True(edits.Count > 150, edits.Count + " edits");
            Assert.True(reasons.Count >= 40, reasons.Count + " distinct reasons:\n" + string.Join("\n", reasons));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Check(string json, string edit, HashSet<string> reasons)
    {
        try
        {
            RuleSet.Load(new RuleOptions { IncludeBuiltInRules = false, RuleSources = new[] { RuleSource.FromJson(json, "mine.rules.json") } });
        }
        catch (RuleLoadException e)
        {
            reasons.Add(e.Reason);
            Assert.Equal("mine.rules.json", e.SourceName);
            var where = "mine.rules.json" + (e.Workflow is null ? string.Empty : "：工作流「" + e.Workflow + "」") +
                        (e.Rule is null ? string.Empty : (e.Workflow is null ? "：" : "，") + "规则「" + e.Rule + "」");
            Assert.Equal(where + "：" + e.Reason, e.Message);
            UserMessageText.AssertClean(e.Reason, edit + "\n" + json);
        }
    }

    private static void Collect(JsonNode node, string path, List<string> into)
    {
        into.Add(path);
        switch (node)
        {
            case JsonObject o:
                foreach (var p in o) if (p.Value is not null) Collect(p.Value, path + "." + p.Key, into);
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) if (a[i] is { } e) Collect(e, path + "[" + i + "]", into);
                break;
        }
    }

    private static JsonNode? Find(JsonNode root, string path)
    {
        var node = root;
        foreach (var part in path.Substring(1).Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = part.StartsWith('[') ? node![int.Parse(part.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture)] : node![part];
        }

        return node;
    }

    private static string With(string json, string path, Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(json)!;
        edit(Find(root, path)!);
        return root.ToJsonString();
    }

    /// <summary>The object at <paramref name="path"/> with its first member written twice (JsonNode cannot hold a duplicate key, so this is text).</summary>
    private static string DoubleFirstMember(string json, string path)
    {
        var root = JsonNode.Parse(json)!;
        var o = (JsonObject)Find(root, path)!;
        if (o.Count == 0) return root.ToJsonString();
        var first = o.First();
        var member = System.Text.Json.JsonSerializer.Serialize(first.Key) + ":" + (first.Value?.ToJsonString() ?? "null");
        o["__marker__"] = 0;
        return root.ToJsonString().Replace("\"__marker__\":0", member, StringComparison.Ordinal);
    }
}
