using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PerfRules.Values;

namespace PerfRules.Benchmarks;

/// <summary>
/// Parses every indicator cell of the two seed files (the 半年 and 全年 指标值 columns of each row after a
/// 一级指标 header: 130 rows, 260 cells). Each benchmark handles all cells once; OperationsPerInvoke makes
/// BenchmarkDotNet report time and allocation per cell.
/// </summary>
[MemoryDiagnoser]
public class ValueParseBenchmarks
{
    /// <summary>The number of indicator cells in samples/*.txt (checked in GlobalSetup).</summary>
    public const int CellCount = 260;

    private string[] _cells = Array.Empty<string>();
    private string[] _names = Array.Empty<string>();

    /// <summary>
    /// <c>all</c>: the 260 seed cells as they come (mostly vocabulary words, which allocate nothing);
    /// <c>numeric</c>: only the cells that parse to a number (=10台, ≥80%, 365 …), repeated to 260, the worst case.
    /// </summary>
    [Params("all", "numeric")]
    public string Cells { get; set; } = "all";

    /// <summary>Reads the cells and their 三级 names from the seed files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var cells = new List<string>();
        var names = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var inBlock = false;
            foreach (var line in File.ReadLines(file))
            {
                var columns = line.Split('\t');
                if (columns[0].StartsWith("一级指标", StringComparison.Ordinal))
                {
                    inBlock = true;
                    continue;
                }

                if (columns[0].Contains("绩效目标表", StringComparison.Ordinal)) inBlock = false;
                if (!inBlock || columns.Length < 5) continue;
                cells.Add(columns[3]);
                names.Add(columns[2]);
                cells.Add(columns[4]);
                names.Add(columns[2]);
            }
        }

        if (cells.Count != CellCount) throw new InvalidOperationException("Expected " + CellCount + " seed cells, found " + cells.Count);
        if (Cells == "numeric")
        {
            var numeric = Enumerable.Range(0, cells.Count).Where(i => IndicatorValueParser.Parse(cells[i], names[i]).Value is NumericValue).ToArray();
            var picked = Enumerable.Range(0, CellCount).Select(k => numeric[k % numeric.Length]).ToArray();
            cells = picked.Select(i => cells[i]).ToList();
            names = picked.Select(i => names[i]).ToList();
        }

        _cells = cells.ToArray();
        _names = names.ToArray();
    }

    /// <summary>What any parser pays at least: decimal.TryParse of the same strings (succeeds on bare numbers only).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = CellCount)]
    public int DecimalTryParse()
    {
        var n = 0;
        foreach (var cell in _cells)
        {
            if (decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out _)) n++;
        }

        return n;
    }

    /// <summary>The full parser, cell text only.</summary>
    [Benchmark(OperationsPerInvoke = CellCount)]
    public int Parse()
    {
        var n = 0;
        foreach (var cell in _cells)
        {
            if (IndicatorValueParser.Parse(cell).IsSuccess) n++;
        }

        return n;
    }

    /// <summary>The full parser with the 三级 name (a bare number takes the unit in the name's bracket).</summary>
    [Benchmark(OperationsPerInvoke = CellCount)]
    public int ParseWithIndicatorName()
    {
        var n = 0;
        for (var i = 0; i < _cells.Length; i++)
        {
            if (IndicatorValueParser.Parse(_cells[i], _names[i]).IsSuccess) n++;
        }

        return n;
    }
}
