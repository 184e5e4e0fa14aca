using System;
using System.Globalization;
using System.Linq;
using PerfRules.Batch;
using PerfRules.Checks;
using PerfRules.Rules;
using PerfRules.Tables;

namespace PerfRules.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --alloc-probe</c>: bytes each compiled rule allocates on the compliant table
/// (every rule holds), measured with <see cref="GC.GetAllocatedBytesForCurrentThread"/> over 1000 evaluations
/// after a warm-up, largest first. The profile behind the "0 B per passing rule" line of CatalogueBenchmarks.md.
/// </summary>
internal static class AllocationProbe
{
    public static void Run()
    {
        var rules = RuleSet.Load();
        var table = SyntheticTables.Compliant();
        var asOf = RuleEngine.DefaultAsOf(table)!.Value;
        var profile = rules.ProfileFor(table);
        var fields = TableField.Of(table);
        var cells = table.Indicators.SelectMany(i => new[] { IndicatorCell.HalfYearOf(i), IndicatorCell.FullYearOf(i) }).ToArray();
        var rows = rules.Rules.Where(profile.IsEnabled).Select(rule =>
        {
            var c = new CompiledRule(rule);
            Action once = rule.Scope switch
            {
                RuleScope.Table => () => c.Table!(table, asOf),
                RuleScope.Field => () => { foreach (var f in fields) c.Field!(table, f, asOf); },
                RuleScope.Indicator => () => { foreach (var i in table.Indicators) c.Indicator!(table, i, asOf); },
                RuleScope.Cell => () => { for (var k = 0; k < cells.Length; k++) c.Cell!(table, table.Indicators[k >> 1], cells[k], asOf); },
                _ => () => { foreach (var e in table.Funding.Expenditures) c.Funding!(table, e, asOf); },
            };
            for (var i = 0; i < 100; i++) once();
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++) once();
            var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / 1000.0;
            return (rule.RuleName, rule.Scope, Bytes: bytes, Condition: rule.Condition.Body.ToString());
        }).OrderByDescending(r => r.Bytes).ToList();

        Console.WriteLine("total per table: " + rows.Sum(r => r.Bytes).ToString("N0", CultureInfo.InvariantCulture) + " B over " + rows.Count + " rules");
        foreach (var (name, scope, bytes, condition) in rows)
        {
            Console.WriteLine(bytes.ToString("N0", CultureInfo.InvariantCulture).PadLeft(9) + " B  " + name + " [" + scope + "]  " + (condition.Length > 160 ? condition.Substring(0, 160) + "…" : condition));
        }
    }
}
