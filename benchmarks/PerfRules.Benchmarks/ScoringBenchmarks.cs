using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PerfRules.Actuals;
using PerfRules.Import;
using PerfRules.Rules.Scoring;
using PerfRules.Tables;

namespace PerfRules.Benchmarks;

/// <summary>
/// Self-evaluation scoring of the seven seed tables with samples/actuals/2026-seed-actuals.json: the actual
/// texts parsed on every call (what <c>perfrules score</c> does), against the same actuals already typed
/// (<see cref="IndicatorActual.TypedValue"/>, the baseline: weights, formulas and findings only).
/// OperationsPerInvoke reports time and allocation per table.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int Tables = 7;
    private PerformanceTable[] _tables = Array.Empty<PerformanceTable>();
    private TableActuals[] _text = Array.Empty<TableActuals>();
    private TableActuals[] _typed = Array.Empty<TableActuals>();
    private readonly ScoringOptions _options = new() { AsOf = new DateTime(2026, 12, 31) };

    /// <summary>Reads the seed tables and the sample actuals.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        _tables = Directory.GetFiles(samples, "*.txt").OrderBy(f => f, StringComparer.Ordinal).SelectMany(f => TableTextReader.ReadFile(f).Tables).ToArray();
        var document = ActualsJson.ReadFile(Path.Combine(samples, "actuals", "2026-seed-actuals.json")).GetDocumentOrThrow();
        _text = _tables.Select(t => document.Find(t.Name)!).ToArray();
        _typed = _tables.Select((t, i) => _text[i] with
        {
            Indicators = _text[i].Indicators.Select(a =>
            {
                var indicator = t.Indicators.First(x => x.Name == a.Indicator);
                return a.Parse(indicator.Name) is { IsSuccess: true } parsed ? a with { TypedValue = parsed.Value } : a;
            }).ToValueList(),
        }).ToArray();
        if (_tables.Length != Tables) throw new InvalidOperationException("Expected 7 seed tables, read " + _tables.Length);
    }

    /// <summary>Scores the seven tables with typed actuals.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Tables)]
    public decimal TypedActuals()
    {
        var sum = 0m;
        for (var i = 0; i < _tables.Length; i++) sum += Scorer.Score(_tables[i], _typed[i], _options).Total;
        return sum;
    }

    /// <summary>Scores the seven tables with actual texts parsed on the way.</summary>
    [Benchmark(OperationsPerInvoke = Tables)]
    public decimal TextActuals()
    {
        var sum = 0m;
        for (var i = 0; i < _tables.Length; i++) sum += Scorer.Score(_tables[i], _text[i], _options).Total;
        return sum;
    }

    /// <summary>Scores and writes the CLI's JSON document.</summary>
    [Benchmark(OperationsPerInvoke = Tables)]
    public int TextActualsToJson() =>
        ScoreCardJson.Serialize(_tables.Select((t, i) => Scorer.Score(t, _text[i], _options)), indented: false).Length;
}
