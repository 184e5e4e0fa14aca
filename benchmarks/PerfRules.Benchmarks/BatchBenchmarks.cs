using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using PerfRules.Rules.Batch;
using PerfRules.Rules;
using PerfRules.Tables;

namespace PerfRules.Benchmarks;

/// <summary>
/// Streams 10k and 100k synthetic tables (a pool of 1000 distinct <c>perfrules generate --seed 2026</c>
/// tables, 16–38 rows, about half with the seeds' mistakes, handed out round-robin and lazily) through
/// the compiled catalogue: a plain loop over <see cref="RuleEngine.Check"/> (baseline) against
/// <see cref="BatchChecker"/> with 1 and 2 workers. Rows/s is indicator rows per second from the mean.
/// Allocation per table is the same at 10k and 100k (every table's findings are new objects, nothing is
/// per batch); nothing outlives its window, which keeps memory flat. With one worker Gen2 stays at 0; with
/// two, results waiting their turn in the window are sometimes promoted (a few Gen2 per 10k tables).
/// </summary>
/// <remarks>
/// Not the default job: one operation at 100k tables takes tens of seconds, so the default job's 15–100
/// iterations per case would run for hours on the shared 2-core machine. One launch, one warm-up and three
/// measured iterations of a multi-second operation (Monitoring: no pilot stage, no overhead subtraction,
/// which are meant for nanosecond methods) give a mean whose error is a few percent of it.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[Config(typeof(RowsPerSecond))]
public class BatchBenchmarks
{
    /// <summary>Distinct tables in the pool.</summary>
    public const int PoolSize = 1000;

    private static readonly Lazy<double> AverageRowsValue = new(() => SyntheticTables.Pool(PoolSize).Average(t => t.Indicators.Count));

    private PerformanceTable[] _pool = Array.Empty<PerformanceTable>();
    private RuleEngine _engine = null!;
    private BatchChecker _batch = null!;

    /// <summary>Tables streamed per operation.</summary>
    [Params(10_000, 100_000)]
    public int Count { get; set; }

    /// <summary>Workers of the batch (the machine has 2 cores).</summary>
    [Params(1, 2)]
    public int Degree { get; set; }

    /// <summary>Indicator rows per table in the pool, on average.</summary>
    public static double AverageRows => AverageRowsValue.Value;

    /// <summary>Generates the pool and compiles the catalogue.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _pool = SyntheticTables.Pool(PoolSize);
        _engine = RuleEngine.Create(RuleEngineMode.Compiled);
        _batch = new BatchChecker(_engine, new BatchOptions { MaxDegreeOfParallelism = Degree });
    }

    /// <summary>One table after another on the calling thread, no batch API.</summary>
    [Benchmark(Baseline = true)]
    public long Loop()
    {
        long findings = 0;
        foreach (var table in SyntheticTables.Stream(_pool, Count)) findings += _engine.Check(table).Count;
        return findings;
    }

    /// <summary>The batch API: ordered, bounded, <see cref="Degree"/> workers.</summary>
    [Benchmark]
    public long Batch()
    {
        long findings = 0;
        foreach (var result in _batch.Check(SyntheticTables.Stream(_pool, Count))) findings += result.Findings.Count;
        return findings;
    }

    /// <summary>Adds the Rows/s column.</summary>
    private sealed class RowsPerSecond : ManualConfig
    {
        public RowsPerSecond() => AddColumn(new RowsPerSecondColumn());
    }

    /// <summary>Indicator rows per second: Count × average rows per table ÷ mean time.</summary>
    private sealed class RowsPerSecondColumn : IColumn
    {
        public string Id => nameof(RowsPerSecondColumn);

        public string ColumnName => "Rows/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Indicator rows checked per second (Count × " + AverageRows.ToString("0.0", CultureInfo.InvariantCulture) + " rows ÷ Mean)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (mean is not { } ns || ns <= 0) return "?";
            var count = Convert.ToDouble(benchmarkCase.Parameters["Count"], CultureInfo.InvariantCulture);
            return (count * AverageRows / (ns / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
