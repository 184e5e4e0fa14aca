using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using PerfRules.Findings;
using PerfRules.Json;
using PerfRules.Rules;

namespace PerfRules.Benchmarks;

/// <summary>
/// One generated JSON Lines table through what <c>perfrules check --format json</c> does to it, on one thread with
/// no process start, against the raw <see cref="JsonDocument"/> parse of the same bytes (the baseline): read into
/// the model, read and check, read, check and write the findings as JSON. The per-table figures behind the
/// end-to-end goal (time within 2.5× of the parse, ≤ 20 KB allocated per generated table).
/// </summary>
[MemoryDiagnoser]
public class TablePipelineBenchmarks
{
    private static readonly JsonTypeInfo<Finding> FindingInfo = (JsonTypeInfo<Finding>)PerfRulesJson.Options.GetTypeInfo(typeof(Finding));
    private byte[][] _lines = Array.Empty<byte[]>();
    private RuleEngine _engine = null!;
    private Utf8JsonWriter _writer = null!;
    private int _next;

    /// <summary>64 distinct generated tables (what <c>perfrules generate --seed 2026</c> writes), serialised once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _lines = SyntheticTables.JsonLines(64);
        _engine = RuleEngine.Create();
        _writer = new Utf8JsonWriter(Stream.Null);
    }

    /// <summary>The parse limit: a <see cref="JsonDocument"/> of the line, no model.</summary>
    [Benchmark(Baseline = true)]
    public JsonValueKind RawParse()
    {
        using var doc = JsonDocument.Parse(Next());
        return doc.RootElement.ValueKind;
    }

    /// <summary>The line read into the model.</summary>
    [Benchmark]
    public int Read() => PerfRulesJson.DeserializeTable(Next().Span).Indicators.Count;

    /// <summary>Read and checked by the compiled catalogue.</summary>
    [Benchmark]
    public int ReadCheck() => _engine.Check(PerfRulesJson.DeserializeTable(Next().Span)).Count;

    /// <summary>Read, checked, and the findings written as the JSON report writes them.</summary>
    [Benchmark]
    public long ReadCheckWrite()
    {
        var findings = _engine.Check(PerfRulesJson.DeserializeTable(Next().Span));
        _writer.WriteStartArray();
        foreach (var f in findings) JsonSerializer.Serialize(_writer, f, FindingInfo);
        _writer.WriteEndArray();
        _writer.Flush();
        _writer.Reset(Stream.Null);
        return findings.Count;
    }

    private ReadOnlyMemory<byte> Next() => _lines[_next++ & 63];
}
