using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PerfRules.Rules.Batch;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Benchmarks;

/// <summary>The tables the rule benchmarks run on: a seed as read from samples/, a table no rule flags, and a synthetic stream.</summary>
internal static class SyntheticTables
{
    /// <summary>The seed with 38 indicator rows: 南京市工业和信息化发展专项资金 (samples/000_…).</summary>
    public static PerformanceTable Seed38()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var seed = Directory.GetFiles(samples, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(f => TableTextReader.ReadFile(f).Tables)
            .Single(t => t.Name == "南京市工业和信息化发展专项资金");
        if (seed.Indicators.Count != 38) throw new InvalidOperationException("expected 38 rows, read " + seed.Indicators.Count);
        return seed;
    }

    /// <summary>A complete Nanjing 2026 table (the 11 决策/过程 rows and 6 more) on which every rule holds: the tests' own.</summary>
    public static PerformanceTable Compliant() => PerfRules.Testing.CompliantTable.Create();

    /// <summary>
    /// A pool of distinct synthetic tables (what <c>perfrules generate --seed 2026</c> writes), to be streamed
    /// round-robin so a stream of any length costs no generation time and no memory of its own.
    /// </summary>
    public static PerformanceTable[] Pool(int size) => SyntheticTableGenerator.Generate(size, 2026).ToArray();

    /// <summary>The first <paramref name="count"/> tables of the pool as JSON Lines lines (UTF-8 bytes), as <c>perfrules check</c> reads them.</summary>
    public static byte[][] JsonLines(int count) =>
        Pool(count).Select(t => System.Text.Encoding.UTF8.GetBytes(PerfRules.Json.PerfRulesJson.Serialize(t))).ToArray();

    /// <summary><paramref name="count"/> tables from <paramref name="pool"/>, lazily.</summary>
    public static IEnumerable<PerformanceTable> Stream(PerformanceTable[] pool, int count)
    {
        for (var i = 0; i < count; i++) yield return pool[i % pool.Length];
    }
}
