using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PerfRules.Findings;
using PerfRules.Json;
using PerfRules.Rules;
using PerfRules.Tables;

namespace PerfRules.Benchmarks;

/// <summary>
/// The whole built-in catalogue (46 rules of S/V/C/F) on one table, three ways: RulesEngine executing
/// the workflows (the reference path, baseline), the same expressions compiled into delegates
/// (<see cref="RuleEngineMode.Compiled"/>), and the rules written by hand in C# (<see cref="HandWrittenCatalogue"/>).
/// Tables: the 38-row seed 南京市工业和信息化发展专项资金 (which has findings) and a 17-row table on which
/// every rule holds, where the allocation is what passing rules cost.
/// </summary>
[MemoryDiagnoser]
public class CatalogueBenchmarks
{
    private RuleEngine _reference = null!;
    private RuleEngine _compiled = null!;
    private HandWrittenCatalogue _handWritten = null!;
    private PerformanceTable[] _tables = null!;
    private ResolvedProfile[] _profiles = null!;
    private DateTime[] _asOf = null!;

    /// <summary>
    /// The tables of one operation: <c>seed38</c> (has findings), <c>compliant</c> (no finding), or <c>generated</c>:
    /// 100 tables of <c>perfrules generate --seed 2026</c> (16–38 rows, about half with the seeds' mistakes), so one
    /// operation checks 100 tables.
    /// </summary>
    [Params("compliant", "generated", "seed38")]
    public string Table { get; set; } = "seed38";

    /// <summary>Loads the catalogue once, builds both engines and checks that the three ways agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var rules = RuleSet.Load();
        _reference = RuleEngine.Create(rules, RuleEngineMode.RulesEngine);
        _compiled = RuleEngine.Create(rules, RuleEngineMode.Compiled);
        _handWritten = new HandWrittenCatalogue(rules);
        _tables = Table switch
        {
            "seed38" => new[] { SyntheticTables.Seed38() },
            "generated" => SyntheticTables.Pool(100),
            _ => new[] { SyntheticTables.Compliant() },
        };
        _profiles = _tables.Select(rules.ProfileFor).ToArray();
        _asOf = _tables.Select(t => RuleEngine.DefaultAsOf(t) ?? DateTime.MinValue).ToArray();

        for (var i = 0; i < _tables.Length; i++)
        {
            var expected = Text(_reference.Check(_tables[i], _asOf[i]));
            if (Text(_compiled.Check(_tables[i], _asOf[i])) != expected) throw new InvalidOperationException("the compiled path differs from RulesEngine on table " + i);
            if (Text(_handWritten.Check(_tables[i], _asOf[i], _profiles[i])) != expected) throw new InvalidOperationException("the hand-written catalogue differs from RulesEngine on table " + i);
        }

        var count = _reference.Check(_tables[0], _asOf[0]).Count;
        if ((Table == "compliant") != (count == 0) && Table != "generated") throw new InvalidOperationException(Table + " has " + count + " findings");
    }

    /// <summary>RulesEngine 6 executing one workflow per (profile, scope) for every scope item.</summary>
    [Benchmark(Baseline = true)]
    public int RulesEngine()
    {
        var n = 0;
        for (var i = 0; i < _tables.Length; i++) n += _reference.Check(_tables[i], _asOf[i]).Count;
        return n;
    }

    /// <summary>The same parsed expressions compiled into delegates.</summary>
    [Benchmark]
    public int Compiled()
    {
        var n = 0;
        for (var i = 0; i < _tables.Length; i++) n += _compiled.Check(_tables[i], _asOf[i]).Count;
        return n;
    }

    /// <summary>The catalogue written by hand.</summary>
    [Benchmark]
    public int HandWritten()
    {
        var n = 0;
        for (var i = 0; i < _tables.Length; i++) n += _handWritten.Check(_tables[i], _asOf[i], _profiles[i]).Count;
        return n;
    }

    private static string Text(IReadOnlyList<Finding> findings) => string.Join("\n", findings.Select(PerfRulesJson.Serialize));
}
