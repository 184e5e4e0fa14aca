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
/// <remarks>
/// The rule list, which comes first in the log, names every rule id a finding carries, so the results are kept
/// until <see cref="Complete"/>: only what each result needs (source, table name and line, the finding), never the tables.
/// </remarks>
internal sealed class SarifWriter : CheckWriter
{
    private const string HelpBase = "docs/rules/";
    private readonly TextWriter _output;
    private readonly RuleEngine _engine;
    private readonly bool _indented;
    private readonly List<Result> _findings = new();

    public SarifWriter(TextWriter output, RuleEngine engine, bool indented)
    {
        _output = output;
        _engine = engine;
        _indented = indented;
    }

    /// <summary>Writes the whole log for <paramref name="files"/>.</summary>
    public static void Write(TextWriter output, RuleEngine engine, IReadOnlyList<CheckedFile> files, bool indented)
    {
        using var writer = new SarifWriter(output, engine, indented);
        foreach (var file in files) writer.Add(file);
        writer.Complete();
    }

    public override void Add(CheckedFile file)
    {
        foreach (var f in file.Result.Findings) _findings.Add(new Result(file.Result.Source, null, null, f));
        foreach (var t in file.Tables)
        {
            foreach (var f in t.Findings) _findings.Add(new Result(file.Result.Source, t.Table.Name, t.Table.Line, f));
        }
    }

    public override void Complete() => Write(_output, _engine, _findings, _indented);

    private static void Write(TextWriter output, RuleEngine engine, List<Result> findings, bool indented)
    {

        // Rule metadata: every catalogue id (first rule of each id gives the title) plus ids only findings carry (I…, E…).
        var ruleIds = new List<string>();
        var titles = new Dictionary<string, (string Title, Severity Severity)>();
        foreach (var rule in engine.RuleSet.Rules)
        {
            if (titles.ContainsKey(rule.Id)) continue;
            titles[rule.Id] = (rule.Title, rule.Severity);
            ruleIds.Add(rule.Id);
        }

        foreach (var (_, _, _, f) in findings)
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
            foreach (var (source, table, tableLine, f) in findings)
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
                w.WriteString("uri", (source ?? string.Empty).Replace('\\', '/'));
                w.WriteEndObject();
                var line = f.Location.Line ?? tableLine;
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
                    w.WriteString("fullyQualifiedName", LogicalName(table, f.Location));
                    w.WriteString("kind", f.Location.Indicator is not null ? "member" : "type");
                    w.WriteEndObject();
                    w.WriteEndArray();
                }

                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteStartObject("properties");
                w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
                if (table is not null) w.WriteString("table", table);
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

    /// <summary>One result: the file, the table's name and line (null for a file-level finding), the finding.</summary>
    private sealed record Result(string? Source, string? Table, int? TableLine, Finding Finding);

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
