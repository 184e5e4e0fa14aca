using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Json;

/// <summary>
/// Reads and writes the table model as JSON (schemas/perfrules-table.schema.json), source-generated with
/// System.Text.Json: one table, a document <c>{"schemaVersion":1,"tables":[…]}</c>, or JSON Lines
/// (one table per line) for batches. Round trips are exact: reading what was written yields a table
/// equal (record equality) to the original.
/// </summary>
/// <remarks>
/// A table is written as: <c>name, year, source, layout, profile (the layout's default rule profile; ignored on read), title, line, department, implementingUnit,
/// projectType, projectLevel, startTime, endTime, contact{raw,person,phone}, necessity, feasibility,
/// content, longTermGoal, annualGoal, otherFields[], fundingTotal, fundingTotalText, fundingTotalLine,
/// fundingUnit, expenditures[{name, halfYear, fullYear, halfYearOnSchedule, fullYearOnSchedule, line}],
/// indicators[{row, level1, level2, name, halfYear{kind,text,…}, fullYear{…}, unit, line, weight, …}],
/// sectionWeights[], published, importFindings[{ruleId, severity, message, location{indicator, row,
/// level1, level2, field, line}, arguments{name: value}}], unplacedLines[{line, text}]</c>. Amounts are plain
/// numbers (万元 unless <c>fundingUnit</c> says otherwise); nulls are written.
/// </remarks>
public static class PerfRulesJson
{
    /// <summary>The version of the document shape written by <see cref="WriteDocument(Stream, IEnumerable{PerformanceTable}, bool)"/>.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>
    /// Options carrying the source-generated metadata and converters, for serialising model parts
    /// (<see cref="Finding"/>, <see cref="Indicator"/>, <see cref="IndicatorValue"/>) in your own documents.
    /// </summary>
    public static JsonSerializerOptions Options => PerfRulesJsonContext.Default.Options;

    /// <summary>Serialises one table (compact, Chinese text unescaped).</summary>
    public static string Serialize(PerformanceTable table) => Serialize(table, indented: false);

    /// <summary>Serialises one table.</summary>
    public static string Serialize(PerformanceTable table, bool indented)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        return Write(w => WriteTable(w, table), indented);
    }

    /// <summary>Reads one table; throws <see cref="JsonException"/> (with path and position) on malformed JSON.</summary>
    public static PerformanceTable DeserializeTable(string json)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        var dto = JsonSerializer.Deserialize(json, PerfRulesJsonContext.Default.TableJson) ?? throw new JsonException("应为一张表（JSON 对象），实际为 null。");
        return dto.ToModel();
    }

    /// <summary>
    /// Reads one table from UTF-8 JSON (a JSON Lines line as read, with no decoding to text); throws
    /// <see cref="JsonException"/> (with path and position) on malformed JSON or bytes that are not UTF-8.
    /// </summary>
    public static PerformanceTable DeserializeTable(ReadOnlySpan<byte> utf8Json)
    {
        // The direct reader takes what the serializer would read the same way; anything else is the serializer's.
        if (TableJsonDirectReader.TryRead(utf8Json, out var table)) return table;
        var dto = JsonSerializer.Deserialize(utf8Json, PerfRulesJsonContext.Default.TableJson) ?? throw new JsonException("应为一张表（JSON 对象），实际为 null。");
        return dto.ToModel();
    }

    /// <summary>Writes one table as a JSON object at the writer's current position.</summary>
    public static void WriteTable(Utf8JsonWriter writer, PerformanceTable table)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        if (table is null) throw new ArgumentNullException(nameof(table));
        JsonSerializer.Serialize(writer, TableJson.From(table), PerfRulesJsonContext.Default.TableJson);
    }

    /// <summary>Serialises an indicator value (<c>{"kind":"numeric","text":"≥200家",…}</c>).</summary>
    public static string Serialize(IndicatorValue value)
    {
        if (value is null) throw new ArgumentNullException(nameof(value));
        return Write(w => JsonSerializer.Serialize(w, value, PerfRulesJsonContext.Default.IndicatorValue), indented: false);
    }

    /// <summary>Reads an indicator value written by <see cref="Serialize(IndicatorValue)"/>; the case is kept exactly.</summary>
    public static IndicatorValue DeserializeValue(string json)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        return JsonSerializer.Deserialize(json, PerfRulesJsonContext.Default.IndicatorValue) ?? throw new JsonException("应为指标值（JSON 对象），实际为 null。");
    }

    /// <summary>Serialises a finding (<c>{"ruleId":"I03","severity":"info","message":…,"location":{…}}</c>).</summary>
    public static string Serialize(Finding finding)
    {
        if (finding is null) throw new ArgumentNullException(nameof(finding));
        return Write(w => JsonSerializer.Serialize(w, finding, PerfRulesJsonContext.Default.Finding), indented: false);
    }

    /// <summary>Writes <c>{"schemaVersion":1,"tables":[…],"fileFindings":[]}</c>, streaming table by table.</summary>
    public static void WriteDocument(Stream stream, IEnumerable<PerformanceTable> tables, bool indented)
    {
        if (tables is null) throw new ArgumentNullException(nameof(tables));
        WriteDocument(stream, new[] { new TableReadResult { Tables = tables.ToValueList() } }, indented);
    }

    /// <summary>
    /// Writes the document for read results: their tables in order, and their input-level findings
    /// (I09 encoding, I10 unreadable input) under <c>fileFindings</c> with the <c>source</c> they are about.
    /// </summary>
    public static void WriteDocument(Stream stream, IEnumerable<TableReadResult> results, bool indented)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        if (results is null) throw new ArgumentNullException(nameof(results));
        using var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact);
        var fileFindings = new List<SourceFindingJson>();
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", SchemaVersion);
        writer.WriteStartArray("tables");
        foreach (var result in results)
        {
            foreach (var table in result.Tables)
            {
                WriteTable(writer, table);
                if (writer.BytesPending > 1 << 16) writer.Flush();
            }

            fileFindings.AddRange(result.Findings.Select(f => new SourceFindingJson
            {
                Source = result.Source,
                RuleId = f.RuleId,
                Severity = f.Severity,
                Message = f.Message,
                Location = f.Location,
                Arguments = f.Arguments,
            }));
        }

        writer.WriteEndArray();
        writer.WritePropertyName("fileFindings");
        JsonSerializer.Serialize(writer, fileFindings.ToValueList(), PerfRulesJsonContext.Default.ValueListSourceFindingJson);
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes the document for read results to a text writer (see <see cref="WriteDocument(Stream, IEnumerable{TableReadResult}, bool)"/>).</summary>
    public static void WriteDocument(TextWriter writer, IEnumerable<TableReadResult> results, bool indented)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        using var stream = new TextWriterStream(writer);
        WriteDocument(stream, results, indented);
        writer.Flush();
    }

    /// <summary>Writes tables as JSON Lines to a text writer (one compact table per line).</summary>
    public static void WriteLines(TextWriter writer, IEnumerable<PerformanceTable> tables)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        using var stream = new TextWriterStream(writer);
        WriteLines(stream, tables);
        writer.Flush();
    }

    /// <summary>Serialises tables as a document string.</summary>
    public static string SerializeDocument(IEnumerable<PerformanceTable> tables, bool indented)
    {
        using var buffer = new MemoryStream();
        WriteDocument(buffer, tables, indented);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads the tables of a document written by <see cref="WriteDocument(Stream, IEnumerable{PerformanceTable}, bool)"/>.</summary>
    public static IReadOnlyList<PerformanceTable> DeserializeDocument(string json)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        var doc = JsonSerializer.Deserialize(json, PerfRulesJsonContext.Default.TableDocumentJson) ?? throw new JsonException("应为文档（JSON 对象），实际为 null。");
        if (doc.SchemaVersion != SchemaVersion) throw new JsonException("schemaVersion " + doc.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 不受支持（应为 1）。");
        return (doc.Tables ?? ValueList<TableJson>.Empty).Select(t => t.ToModel()).ToList();
    }

    /// <summary>Writes tables as JSON Lines (UTF-8, one compact table per line, <c>\n</c> after each).</summary>
    public static void WriteLines(Stream stream, IEnumerable<PerformanceTable> tables)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        if (tables is null) throw new ArgumentNullException(nameof(tables));
        using var writer = new Utf8JsonWriter(stream, Compact);
        foreach (var table in tables)
        {
            WriteTable(writer, table);
            writer.Flush();
            writer.Reset();
            stream.WriteByte((byte)'\n');
        }
    }

    /// <summary>Writes tables as JSON Lines asynchronously.</summary>
    public static async Task WriteLinesAsync(Stream stream, IAsyncEnumerable<PerformanceTable> tables, CancellationToken cancellationToken)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        if (tables is null) throw new ArgumentNullException(nameof(tables));
        var newline = new[] { (byte)'\n' };
        using var writer = new Utf8JsonWriter(stream, Compact);
        await foreach (var table in tables.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            WriteTable(writer, table);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            writer.Reset();
            await stream.WriteAsync(newline, 0, 1, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads JSON Lines lazily, one table per non-blank line. A malformed line throws
    /// <see cref="JsonException"/> whose message starts with its 1-based line number; tables before it have been yielded.
    /// </summary>
    public static IEnumerable<PerformanceTable> ReadLines(Stream stream)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        return ReadLines(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true));
    }

    /// <summary>Reads JSON Lines lazily from a text reader (see <see cref="ReadLines(Stream)"/>).</summary>
    public static IEnumerable<PerformanceTable> ReadLines(TextReader reader)
    {
        if (reader is null) throw new ArgumentNullException(nameof(reader));
        return Iterate(reader);

        static IEnumerable<PerformanceTable> Iterate(TextReader reader)
        {
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                if (line.Trim().Length == 0) continue;
                yield return ParseLine(line, number);
            }
        }
    }

    /// <summary>Reads JSON Lines asynchronously, one table per non-blank line.</summary>
    public static async IAsyncEnumerable<PerformanceTable> ReadLinesAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var number = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
#if NET
            var line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
#else
            var line = await reader.ReadLineAsync().ConfigureAwait(false);
#endif
            if (line is null) yield break;
            number++;
            if (line.Trim().Length == 0) continue;
            yield return ParseLine(line, number);
        }
    }

    private static PerformanceTable ParseLine(string line, int number)
    {
        try
        {
            return DeserializeTable(line);
        }
        catch (JsonException e)
        {
            throw new JsonException("JSON Lines 第 " + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 行：" + Import.SystemErrorText.JsonDetail(e), e.Path, number, e.BytePositionInLine, e);
        }
    }

    private static string Write(Action<Utf8JsonWriter> write, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
