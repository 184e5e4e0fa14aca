using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PerfRules.Findings;
using PerfRules.Json;

namespace PerfRules.Cli.Commands;

/// <summary>
/// The JSON report <c>{ "schemaVersion": 1, "tables": [...], "fileFindings": [...] }</c> (schemas/perfrules-check.schema.json;
/// file findings flat, as <c>convert</c> writes them; findings below <c>--min-severity</c> left out), streamed: each table
/// is written as it arrives and the bytes go out every 64 KB. Only the file-level findings (I10 …), which
/// come after the tables in the document, are kept until the end.
/// </summary>
internal sealed class JsonCheckWriter : CheckWriter
{
    private const int FlushBytes = 1 << 16;

    // Resolved once: serialising through the options would look the metadata up for every finding.
    private static readonly JsonTypeInfo<Finding> FindingInfo = (JsonTypeInfo<Finding>)PerfRulesJson.Options.GetTypeInfo(typeof(Finding));
    private readonly TextWriter _output;
    private readonly MemoryStream _buffer = new();
    private readonly Utf8JsonWriter _writer;
    private readonly List<KeyValuePair<string?, Finding>> _fileFindings = new();

    private readonly CheckReportOptions _options;

    public JsonCheckWriter(TextWriter output, CheckReportOptions options)
    {
        _output = output;
        _options = options;
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = options.Indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _writer.WriteStartObject();
        _writer.WriteNumber("schemaVersion", 1);
        _writer.WriteStartArray("tables");
    }

    public override void Add(CheckedFile file)
    {
        var w = _writer;
        foreach (var table in file.Tables)
        {
            w.WriteStartObject();
            w.WriteString("name", table.Table.Name);
            if (table.Table.Year is { } year) w.WriteNumber("year", year);
            else w.WriteNull("year");
            w.WriteString("source", file.Result.Source);
            w.WriteString("layout", table.Table.Layout);
            w.WriteString("profile", table.Profile);
            w.WriteStartArray("findings");
            foreach (var f in table.Findings)
            {
                if (_options.Shows(f.Severity)) JsonSerializer.Serialize(w, f, FindingInfo);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        foreach (var f in file.Result.Findings.Where(f => _options.Shows(f.Severity))) _fileFindings.Add(new KeyValuePair<string?, Finding>(file.Result.Source, f));
        if (w.BytesPending + _buffer.Length >= FlushBytes) Drain();
    }

    public override void Complete()
    {
        var w = _writer;
        w.WriteEndArray();
        w.WriteStartArray("fileFindings");
        foreach (var (source, f) in _fileFindings)
        {
            // Flat, as convert writes it: {"source", "ruleId", "severity", "message", "location", "arguments"}.
            w.WriteStartObject();
            w.WriteString("source", source);
            w.WriteString("ruleId", f.RuleId);
            w.WritePropertyName("severity");
            JsonSerializer.Serialize(w, f.Severity, PerfRulesJson.Options);
            w.WriteString("message", f.Message);
            w.WritePropertyName("location");
            JsonSerializer.Serialize(w, f.Location, PerfRulesJson.Options);
            w.WritePropertyName("arguments");
            JsonSerializer.Serialize(w, f.Arguments, PerfRulesJson.Options);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        Drain();
        _output.WriteLine();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writer.Dispose();
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// Hands the complete tokens written so far to the output (UTF-8 never splits inside a token): as bytes, straight
    /// to the stream under a UTF-8 <see cref="StreamWriter"/> (stdout, <c>-o FILE</c>) after what it holds; decoded
    /// for any other writer.
    /// </summary>
    private void Drain()
    {
        _writer.Flush();
        if (_buffer.Length == 0) return;
        var length = checked((int)_buffer.Length);
        if (_output is StreamWriter { Encoding: UTF8Encoding } text && text.BaseStream is { CanWrite: true } stream)
        {
            text.Flush();
            stream.Write(_buffer.GetBuffer(), 0, length);
        }
        else
        {
            _output.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, length));
        }

        _buffer.SetLength(0);
    }
}
