using System;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PerfRules.Json;
using PerfRules.Tables;

namespace PerfRules.Benchmarks;

/// <summary>
/// Reading JSON Lines tables into the model, per table, against the parse limit measured in the same run: the raw
/// <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the same bytes (the baseline), the
/// source-generated serializer (the fallback path), and <see cref="PerfRulesJson.DeserializeTable(ReadOnlySpan{byte})"/>
/// (the direct reader, what <c>perfrules check</c> runs on a .jsonl line).
/// </summary>
[MemoryDiagnoser]
public class JsonReadBenchmarks
{
    private byte[][] _lines = Array.Empty<byte[]>();
    private int _next;

    /// <summary>64 distinct generated tables (what <c>perfrules generate --seed 2026</c> writes), serialised once.</summary>
    [GlobalSetup]
    public void Setup() => _lines = SyntheticTables.JsonLines(64);

    /// <summary>The parse limit: a <see cref="JsonDocument"/> of the line, no model.</summary>
    [Benchmark(Baseline = true)]
    public JsonValueKind RawParse()
    {
        using var doc = JsonDocument.Parse(Next());
        return doc.RootElement.ValueKind;
    }

    /// <summary>The source-generated serializer, as the reader ran before the direct reader (and still runs on unusual input).</summary>
    [Benchmark]
    public PerformanceTable Serializer() => JsonSerializer.Deserialize(Next().Span, PerfRulesJsonContext.Default.TableJson)!.ToModel();

    /// <summary>The library's entry point for a JSON Lines line.</summary>
    [Benchmark]
    public PerformanceTable Direct() => PerfRulesJson.DeserializeTable(Next().Span);

    private ReadOnlyMemory<byte> Next() => _lines[_next++ & 63];
}
