using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using PerfRules.Rules.Batch;
using PerfRules.Checks;
using PerfRules.Rules;
using PerfRules.Rules.Expressions;
using PerfRules.Tables;

namespace PerfRules.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --alloc-probe [compliant|seed38|generated]</c>: bytes and time each compiled rule
/// costs per table (condition only, no finding), measured with <see cref="GC.GetAllocatedBytesForCurrentThread"/>
/// and a stopwatch over repeated evaluations after a warm-up, largest allocation first; then the whole
/// <see cref="RuleEngine.Check"/> per table (conditions and findings). The profile behind the allocation lines of
/// CatalogueBenchmarks.md. Bytes do not depend on the machine's load; the times do.
/// </summary>
internal static class AllocationProbe
{
    public static void Run(string which)
    {
        var rules = RuleSet.Load();
        var tables = which switch
        {
            "seed38" => new[] { SyntheticTables.Seed38() },
            "generated" => SyntheticTables.Pool(200),
            _ => new[] { SyntheticTables.Compliant() },
        };
        var repeat = Math.Max(1, 1000 / tables.Length);
        var rows = rules.Rules.Select(rule =>
        {
            var c = new CompiledRule(rule);
            void Once(PerformanceTable table)
            {
                // Shared facts are worked out before the rule, as a check does; their cost is the "facts" line.
                var fields = TableFacts.Begin(table).Fields;
                var asOf = RuleEngine.DefaultAsOf(table) ?? DateTime.MinValue;
                if (!rules.ProfileFor(table).IsEnabled(rule)) return;
                switch (rule.Scope)
                {
                    case RuleScope.Table: c.Table!(table, asOf); break;
                    case RuleScope.Field: foreach (var f in fields) c.Field!(table, f, asOf); break;
                    case RuleScope.Indicator: foreach (var i in table.Indicators) c.Indicator!(table, i, asOf); break;
                    case RuleScope.Cell:
                        foreach (var i in table.Indicators)
                        {
                            c.Cell!(table, i, IndicatorCell.HalfYearOf(i), asOf);
                            c.Cell!(table, i, IndicatorCell.FullYearOf(i), asOf);
                        }

                        break;
                    default: foreach (var e in table.Funding.Expenditures) c.Funding!(table, e, asOf); break;
                }
            }

            foreach (var t in tables) Once(t);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < repeat; i++)
            {
                foreach (var t in tables) Once(t);
            }

            var n = (double)repeat * tables.Length;
            return (rule.RuleName, rule.Scope, Bytes: (GC.GetAllocatedBytesForCurrentThread() - before) / n, Micros: watch.Elapsed.TotalMilliseconds * 1000 / n);
        }).OrderByDescending(r => r.Micros).ToList();

        var b1 = GC.GetAllocatedBytesForCurrentThread();
        var w1 = Stopwatch.StartNew();
        for (var i = 0; i < repeat; i++)
        {
            foreach (var t in tables) _ = TableFacts.Begin(t).Fields;
        }

        var perTable = (double)repeat * tables.Length;
        rows.Insert(0, ("(shared table facts)", RuleScope.Table, (GC.GetAllocatedBytesForCurrentThread() - b1) / perTable, w1.Elapsed.TotalMilliseconds * 1000 / perTable));
        var engine = RuleEngine.Create(rules, RuleEngineMode.Compiled);
        foreach (var t in tables) engine.Check(t);
        var b0 = GC.GetAllocatedBytesForCurrentThread();
        var w0 = Stopwatch.StartNew();
        for (var i = 0; i < repeat; i++)
        {
            foreach (var t in tables) engine.Check(t);
        }

        var total = (double)repeat * tables.Length;
        Console.WriteLine(which + ": Check per table " + F(w0.Elapsed.TotalMilliseconds * 1000 / total) + " µs, " + F((GC.GetAllocatedBytesForCurrentThread() - b0) / total) + " B");
        Console.WriteLine("conditions only: " + F(rows.Sum(r => r.Micros)) + " µs, " + F(rows.Sum(r => r.Bytes)) + " B over " + rows.Count + " rules");
        foreach (var (name, scope, bytes, micros) in rows)
        {
            Console.WriteLine(F(micros).PadLeft(8) + " µs " + F(bytes).PadLeft(9) + " B  " + name + " [" + scope + "]");
        }
    }

    private static string F(double d) => d.ToString("N1", CultureInfo.InvariantCulture);
}
