using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PerfRules.Findings;

namespace PerfRules.Rules.Reporting;

/// <summary>
/// Writes a <see cref="CheckReport"/> as SARIF 2.1.0 (one run, tool <c>perfrules</c>): rule metadata
/// for every id that occurs or that the rule set defines (short and full description, help text, help
/// URI <c>docs/rules/&lt;id&gt;.md</c>, default level), and one result per finding with the file and
/// line region, the indicator as a logical location, and the finding's arguments as properties.
/// </summary>
public static class CheckReportSarif
{
    /// <summary>The SARIF schema the output conforms to.</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>Serialises the report to a string.</summary>
    public static string Serialize(CheckReport report, RuleSet ruleSet, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(report, ruleSet, stream, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the report as UTF-8 SARIF.</summary>
    public static void Write(CheckReport report, RuleSet ruleSet, Stream stream, bool indented = true)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        if (ruleSet is null) throw new ArgumentNullException(nameof(ruleSet));
        var rules = RuleMetadata(report, ruleSet);
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++) ruleIndex[rules[i].Id] = i;
        var artifacts = report.FileFindings.Select(f => f.Source).Concat(report.Tables.Select(t => t.Source))
            .Where(s => s is not null).Select(s => s!).Distinct(StringComparer.Ordinal).ToList();

        using var w = new Utf8JsonWriter(stream, CheckReportJson.Options(indented));
        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();

        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "perfrules");
        w.WriteString("semanticVersion", typeof(RuleEngine).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        w.WriteStartArray("rules");
        foreach (var rule in rules) WriteRule(w, rule);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartArray("artifacts");
        foreach (var a in artifacts)
        {
            w.WriteStartObject();
            w.WriteStartObject("location");
            w.WriteString("uri", ToUri(a));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("results");
        foreach (var file in report.FileFindings)
        {
            WriteResult(w, null, file.Source, null, file.Finding, ruleIndex[file.Finding.RuleId], file.Source is null ? -1 : artifacts.IndexOf(file.Source));
        }

        foreach (var table in report.Tables)
        {
            foreach (var f in table.Findings) WriteResult(w, table.Name, table.Source, table.Line, f, ruleIndex[f.RuleId], table.Source is null ? -1 : artifacts.IndexOf(table.Source));
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private sealed class Metadata
    {
        public Metadata(string id, string title, string help, Severity severity, string category)
        {
            Id = id;
            Title = title;
            Help = help;
            Severity = severity;
            Category = category;
        }

        public string Id { get; }

        public string Title { get; }

        public string Help { get; }

        public Severity Severity { get; }

        public string Category { get; }
    }

    private static List<Metadata> RuleMetadata(CheckReport report, RuleSet ruleSet)
    {
        var list = new List<Metadata>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in ruleSet.Rules)
        {
            if (!seen.Add(rule.Id)) continue;
            list.Add(new Metadata(rule.Id, rule.Title, CatalogueHelp.For(rule.Id) ?? rule.Title + "：" + rule.Message, rule.Severity, rule.WorkflowName));
        }

        // Import findings (I01…) and any other id that occurs without a loaded rule.
        foreach (var f in report.FileFindings.Select(x => x.Finding).Concat(report.Tables.SelectMany(t => t.Findings)))
        {
            if (!seen.Add(f.RuleId)) continue;
            var help = CatalogueHelp.For(f.RuleId) ?? f.RuleId;
            list.Add(new Metadata(f.RuleId, help, help, f.Severity, f.RuleId.StartsWith("I", StringComparison.Ordinal) ? "import" : "other"));
        }

        return list;
    }

    private static void WriteRule(Utf8JsonWriter w, Metadata rule)
    {
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        w.WriteString("name", rule.Id);
        w.WriteStartObject("shortDescription");
        w.WriteString("text", rule.Title);
        w.WriteEndObject();
        w.WriteStartObject("fullDescription");
        w.WriteString("text", rule.Help);
        w.WriteEndObject();
        w.WriteStartObject("help");
        w.WriteString("text", rule.Help);
        w.WriteEndObject();
        w.WriteString("helpUri", CatalogueHelp.HelpUri(rule.Id));
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", Level(rule.Severity));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("category", rule.Category);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, string? tableName, string? source, int? tableLine, Finding f, int ruleIndex, int artifactIndex)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("level", Level(f.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", f.Message);
        w.WriteEndObject();

        w.WriteStartArray("locations");
        w.WriteStartObject();
        if (source is not null)
        {
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", ToUri(source));
            w.WriteNumber("index", artifactIndex);
            w.WriteEndObject();
            if ((f.Location.Line ?? tableLine) is { } line && line > 0)
            {
                w.WriteStartObject("region");
                w.WriteNumber("startLine", line);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteStartArray("logicalLocations");
        w.WriteStartObject();
        var l = f.Location;
        var where = l.Indicator is not null ? l.Level1 + "/" + l.Level2 + "/" + l.Indicator : l.Field ?? "表";
        w.WriteString("name", l.Indicator ?? l.Field ?? tableName ?? source ?? "表");
        w.WriteString("fullyQualifiedName", (tableName ?? source ?? string.Empty) + "/" + where + (l.Indicator is not null && l.Field is not null ? "/" + l.Field : string.Empty));
        w.WriteString("kind", l.Indicator is not null ? "member" : "module");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();

        w.WriteStartObject("properties");
        CheckReportJson.WriteString(w, "table", tableName);
        CheckReportJson.WriteNumber(w, "row", l.Row);
        CheckReportJson.WriteString(w, "field", l.Field);
        w.WriteStartObject("arguments");
        foreach (var a in f.Arguments) w.WriteString(a.Name, a.Value);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A relative or absolute path as a SARIF URI reference (forward slashes, segments escaped).</summary>
    internal static string ToUri(string path)
    {
        var normalized = path.Replace('\\', '/');
        var rooted = Path.IsPathRooted(path);
        var segments = normalized.Split('/').Select(s => s.Length == 2 && s[1] == ':' ? s : Uri.EscapeDataString(s));
        var joined = string.Join("/", segments);
        return rooted ? "file://" + (joined.StartsWith("/", StringComparison.Ordinal) ? joined : "/" + joined) : joined;
    }
}
