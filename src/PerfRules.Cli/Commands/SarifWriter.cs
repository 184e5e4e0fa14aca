using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PerfRules.Findings;
using PerfRules.Rules;

namespace PerfRules.Cli.Commands;

/// <summary>
/// Writes findings as SARIF 2.1.0 so CI systems and code-scanning UIs show them with file and line:
/// one run, the rule metadata (id, title, default level, help link to docs/rules/&lt;id&gt;.md), and one
/// result per finding with the table and indicator as a logical location.
/// </summary>
internal static class SarifWriter
{
    private const string HelpBase = "docs/rules/";

    public static void Write(TextWriter output, RuleEngine engine, IReadOnlyList<CheckedFile> files, bool indented)
    {
        var findings = files.SelectMany(f => f.Result.Findings.Select(x => (File: f, Table: (CheckedTable?)null, Finding: x))
            .Concat(f.Tables.SelectMany(t => t.Findings.Select(x => (File: f, Table: (CheckedTable?)t, Finding: x))))).ToList();

        // Rule metadata: every catalogue id (first rule of each id gives the title) plus ids only findings carry (I…, E…).
        var ruleIds = new List<string>();
        var titles = new Dictionary<string, (string Title, Severity Severity)>();
        foreach (var rule in engine.RuleSet.Rules)
        {
            if (titles.ContainsKey(rule.Id)) continue;
            titles[rule.Id] = (rule.Title, rule.Severity);
            ruleIds.Add(rule.Id);
        }

        foreach (var (_, _, f) in findings)
        {
            if (titles.ContainsKey(f.RuleId)) continue;
            titles[f.RuleId] = (f.RuleId, f.Severity);
            ruleIds.Add(f.RuleId);
        }

        var index = ruleIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "perfrules");
            w.WriteString("informationUri", "README.md");
            w.WriteString("semanticVersion", typeof(SarifWriter).Assembly.GetName().Version?.ToString(3) ?? "0.1.0");
            w.WriteStartArray("rules");
            foreach (var id in ruleIds)
            {
                var (title, severity) = titles[id];
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("name", id);
                w.WriteStartObject("shortDescription");
                w.WriteString("text", title);
                w.WriteEndObject();
                w.WriteString("helpUri", HelpBase + id + ".md");
                w.WriteStartObject("defaultConfiguration");
                w.WriteString("level", Level(severity));
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartArray("results");
            foreach (var (file, table, f) in findings)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", f.RuleId);
                w.WriteNumber("ruleIndex", index[f.RuleId]);
                w.WriteString("level", Level(f.Severity));
                w.WriteStartObject("message");
                w.WriteString("text", f.Message);
                w.WriteEndObject();
                w.WriteStartArray("locations");
                w.WriteStartObject();
                w.WriteStartObject("physicalLocation");
                w.WriteStartObject("artifactLocation");
                w.WriteString("uri", (file.Result.Source ?? string.Empty).Replace('\\', '/'));
                w.WriteEndObject();
                var line = f.Location.Line ?? table?.Table.Line;
                if (line is { } l && l > 0)
                {
                    w.WriteStartObject("region");
                    w.WriteNumber("startLine", l);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                if (table is not null)
                {
                    w.WriteStartArray("logicalLocations");
                    w.WriteStartObject();
                    w.WriteString("fullyQualifiedName", LogicalName(table.Table.Name, f.Location));
                    w.WriteString("kind", f.Location.Indicator is not null ? "member" : "type");
                    w.WriteEndObject();
                    w.WriteEndArray();
                }

                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteStartObject("properties");
                w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
                if (table is not null) w.WriteString("table", table.Table.Name);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string LogicalName(string table, FindingLocation location)
    {
        if (location.Indicator is not null) return table + "/" + location.Level1 + "/" + location.Level2 + "/" + location.Indicator;
        return location.Field is not null ? table + "/" + location.Field : table;
    }
}
