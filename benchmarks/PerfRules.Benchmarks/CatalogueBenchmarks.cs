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
    private PerformanceTable _table = null!;
    private ResolvedProfile _profile = null!;
    private DateTime _asOf;

    /// <summary>The table: <c>seed38</c> (has findings) or <c>compliant</c> (no finding).</summary>
    [Params("seed38", "compliant")]
    public string Table { get; set; } = "seed38";

    /// <summary>Loads the catalogue once, builds both engines and checks that the three ways agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var rules = RuleSet.Load();
        _reference = RuleEngine.Create(rules, RuleEngineMode.RulesEngine);
        _compiled = RuleEngine.Create(rules, RuleEngineMode.Compiled);
        _handWritten = new HandWrittenCatalogue(rules);
        _table = Table == "seed38" ? SyntheticTables.Seed38() : SyntheticTables.Compliant();
        _profile = rules.ProfileFor(_table);
        _asOf = RuleEngine.DefaultAsOf(_table)!.Value;

        var expected = Text(_reference.Check(_table, _asOf));
        if (Text(_compiled.Check(_table, _asOf)) != expected) throw new InvalidOperationException("the compiled path differs from RulesEngine");
        if (Text(_handWritten.Check(_table, _asOf, _profile)) != expected) throw new InvalidOperationException("the hand-written catalogue differs from RulesEngine");
        var count = _reference.Check(_table, _asOf).Count;
        if ((Table == "compliant") != (count == 0)) throw new InvalidOperationException(Table + " has " + count + " findings");
    }

    /// <summary>RulesEngine 6 executing one workflow per (profile, scope) for every scope item.</summary>
    [Benchmark(Baseline = true)]
    public int RulesEngine() => _reference.Check(_table, _asOf).Count;

    /// <summary>The same parsed expressions compiled into delegates.</summary>
    [Benchmark]
    public int Compiled() => _compiled.Check(_table, _asOf).Count;

    /// <summary>The catalogue written by hand.</summary>
    [Benchmark]
    public int HandWritten() => _handWritten.Check(_table, _asOf, _profile).Count;

    private static string Text(IReadOnlyList<Finding> findings) => string.Join("\n", findings.Select(PerfRulesJson.Serialize));
}
