using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PerfRules.Checks;
using PerfRules.Findings;

namespace PerfRules.Rules.Reporting;

/// <summary>
/// Writes a <see cref="CheckReport"/> as the stable <c>check</c> JSON (contracts.md "CLI JSON"):
/// <code>
/// {"schemaVersion":1,"tables":[{"name","year","source","layout","profile","findings":[
///   {"ruleId","severity","message","location":{"indicator","row","level1","level2","field","line"},"arguments":{…}}]}],
///  "fileFindings":[{"source", "ruleId", …same finding members}]}
/// </code>
/// Property names camelCase, severities <c>error</c>/<c>warning</c>/<c>info</c>, every property always
/// written (null when absent), Chinese text unescaped.
/// </summary>
public static class CheckReportJson
{
    /// <summary>Serialises the report to a string.</summary>
    public static string Serialize(CheckReport report, bool indented = false)
    {
        using var stream = new MemoryStream();
        Write(report, stream, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the report as UTF-8 JSON.</summary>
    public static void Write(CheckReport report, Stream stream, bool indented = false)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        using var w = new Utf8JsonWriter(stream, Options(indented));
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", CheckReport.SchemaVersion);
        w.WriteStartArray("tables");
        foreach (var table in report.Tables)
        {
            w.WriteStartObject();
            WriteString(w, "name", table.Name);
            WriteNumber(w, "year", table.Year);
            WriteString(w, "source", table.Source);
            WriteString(w, "layout", table.Layout);
            WriteString(w, "profile", table.Profile);
            w.WriteStartArray("findings");
            foreach (var f in table.Findings) WriteFinding(w, f, null, withSource: false);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("fileFindings");
        foreach (var f in report.FileFindings) WriteFinding(w, f.Finding, f.Source, withSource: true);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The encoder every report writer uses: CJK and other text unescaped, still safe for HTML-special characters.</summary>
    internal static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static void WriteFinding(Utf8JsonWriter w, Finding f, string? source, bool withSource)
    {
        w.WriteStartObject();
        if (withSource) WriteString(w, "source", source);
        w.WriteString("ruleId", f.RuleId);
        w.WriteString("severity", RuleFileChecks.SeverityName(f.Severity));
        w.WriteString("message", f.Message);
        w.WriteStartObject("location");
        var l = f.Location;
        WriteString(w, "indicator", l.Indicator);
        WriteNumber(w, "row", l.Row);
        WriteString(w, "level1", l.Level1);
        WriteString(w, "level2", l.Level2);
        WriteString(w, "field", l.Field);
        WriteNumber(w, "line", l.Line);
        w.WriteEndObject();
        w.WriteStartObject("arguments");
        foreach (var a in f.Arguments) w.WriteString(a.Name, a.Value);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    internal static void WriteString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    internal static void WriteNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
