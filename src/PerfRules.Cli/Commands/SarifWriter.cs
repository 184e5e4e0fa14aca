using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Rules;

namespace PerfRules.Cli.Commands;

/// <summary>
/// Writes findings as SARIF 2.1.0 (valid against the OASIS schema) so CI systems and code-scanning UIs show them with
/// file and line: one run; the rule metadata (id, title, default level, <c>help</c> text and markdown from the
/// docs/rules page, <c>helpUri</c> only under an absolute <c>--docs-url</c>); one result per finding at or above
/// <c>--min-severity</c>, with a percent-encoded artifact URI (absolute <c>file:</c>, or relative to
/// <c>SRCROOT</c> = the working directory), the line as region and the table and indicator as a logical location.
/// </summary>
/// <remarks>
/// The rule list, which comes first in the log, names every rule id a finding carries, so the results are kept
/// until <see cref="Complete"/>: only what each result needs (source, table name and line, the finding), never the tables.
/// </remarks>
internal sealed class SarifWriter : CheckWriter
{
    /// <summary>The schema a log names (the OASIS 2.1.0 errata schema).</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private readonly TextWriter _output;
    private readonly RuleEngine _engine;
    private readonly CheckReportOptions _options;
    private readonly List<Result> _findings = new();

    public SarifWriter(TextWriter output, RuleEngine engine, CheckReportOptions options)
    {
        _output = output;
        _engine = engine;
        _options = options;
    }

    public override void Add(CheckedFile file)
    {
        foreach (var f in file.Result.Findings.Where(f => _options.Shows(f.Severity))) _findings.Add(new Result(file.Result.Source, null, null, f));
        foreach (var t in file.Tables)
        {
            foreach (var f in t.Findings.Where(f => _options.Shows(f.Severity))) _findings.Add(new Result(file.Result.Source, t.Table.Name, t.Table.Line, f));
        }
    }

    public override void Complete()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = _options.Indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            var index = WriteTool(w);
            if (_findings.Any(r => r.Source is { } s && !Path.IsPathRooted(s))) WriteSourceRoot(w);
            w.WriteStartArray("results");
            foreach (var result in _findings) WriteResult(w, result, index[result.Finding.RuleId]);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        _output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, checked((int)buffer.Length)));
    }

    /// <summary>Writes <c>tool.driver</c> with its rules; returns each rule id's index in the list.</summary>
    private Dictionary<string, int> WriteTool(Utf8JsonWriter w)
    {
        // Every catalogue id (the first rule of each id gives the title) plus ids only findings carry (I…, E…).
        var rules = new List<(string Id, string Title, Severity Severity)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rule in _engine.RuleSet.Rules)
        {
            if (index.TryAdd(rule.Id, rules.Count)) rules.Add((rule.Id, rule.Title, rule.Severity));
        }

        foreach (var f in _findings.Select(r => r.Finding))
        {
            if (index.TryAdd(f.RuleId, rules.Count)) rules.Add((f.RuleId, PageTitle(f.RuleId) ?? f.RuleId, f.Severity));
        }

        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "perfrules");
        if (_options.DocsBase is { } docs) w.WriteString("informationUri", new Uri(docs, "README.md").AbsoluteUri);
        w.WriteString("semanticVersion", typeof(SarifWriter).Assembly.GetName().Version?.ToString(3) ?? "0.1.0");
        w.WriteStartArray("rules");
        foreach (var (id, title, severity) in rules) WriteRule(w, id, title, severity);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        return index;
    }

    private void WriteRule(Utf8JsonWriter w, string id, string title, Severity severity)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("name", id);
        w.WriteStartObject("shortDescription");
        w.WriteString("text", string.IsNullOrWhiteSpace(title) ? id : title);
        w.WriteEndObject();
        if (RuleHelp.For(id) is { } help)
        {
            w.WriteStartObject("help");
            w.WriteString("text", help.Text);
            w.WriteString("markdown", help.Markdown);
            w.WriteEndObject();
            if (_options.DocsBase is { } docs) w.WriteString("helpUri", new Uri(docs, "docs/rules/" + id + ".md").AbsoluteUri);
        }

        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", Level(severity));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary><c>originalUriBaseIds.SRCROOT</c>: the working directory, against which relative inputs were read.</summary>
    private static void WriteSourceRoot(Utf8JsonWriter w)
    {
        w.WriteStartObject("originalUriBaseIds");
        w.WriteStartObject(ArtifactUri.SourceRoot);
        w.WriteString("uri", ArtifactUri.FileUri(Directory.GetCurrentDirectory(), directory: true));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, Result result, int ruleIndex)
    {
        var (source, table, tableLine, f) = result;
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("level", Level(f.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", f.Message);
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        var (uri, baseId) = ArtifactUri.For(source ?? string.Empty);
        w.WriteString("uri", uri);
        if (baseId is not null) w.WriteString("uriBaseId", baseId);
        w.WriteEndObject();
        WriteRegion(w, f.Location, tableLine);
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
        if (f.Location.Cell is { } cell)
        {
            w.WriteString("cell", cell);
            if (CellReference.TryParseQualified(cell, out var sheet, out _, out _, out _, out _) && sheet is not null) w.WriteString("sheet", sheet);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>
    /// The region: on a worksheet the cell or range (<c>'绩效目标表'!E25</c> → startLine 25, startColumn 5, endColumn 6, the
    /// end exclusive as SARIF counts it; a range also endLine), else the source line (the table's for a table finding).
    /// </summary>
    private static void WriteRegion(Utf8JsonWriter w, FindingLocation location, int? tableLine)
    {
        if (location.Cell is { } cell && CellReference.TryParseQualified(cell, out _, out var firstRow, out var firstColumn, out var lastRow, out var lastColumn))
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", firstRow);
            w.WriteNumber("startColumn", firstColumn);
            if (lastRow != firstRow) w.WriteNumber("endLine", lastRow);
            w.WriteNumber("endColumn", lastColumn + 1);
            w.WriteEndObject();
            return;
        }

        var line = location.Line ?? tableLine;
        if (line is not { } l || l <= 0) return;
        w.WriteStartObject("region");
        w.WriteNumber("startLine", l);
        w.WriteEndObject();
    }

    /// <summary>The rule's title from its page's heading (<c># I01 — 合并单元格已向下填充</c>), or null.</summary>
    private static string? PageTitle(string id)
    {
        if (RuleHelp.For(id) is not { } help) return null;
        var first = help.Markdown.Split('\n')[0].TrimStart('#', ' ');
        var dash = first.IndexOf('—', StringComparison.Ordinal);
        return dash >= 0 ? first.Substring(dash + 1).Trim() : first;
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
