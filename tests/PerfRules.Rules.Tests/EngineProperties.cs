using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfRules.Findings;
using PerfRules.Tables;
using PerfRules.Testing;

namespace PerfRules.Rules.Tests;

public class EngineProperties
{
    private static readonly Dictionary<string, int> FirstRuleIndex =
        Tables.Engine.RuleSet.Rules.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.Min(r => r.Index), StringComparer.Ordinal);

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 100)]
    public void Checking_any_table_never_throws_and_is_deterministic(PerformanceTable table)
    {
        var first = Tables.Engine.Check(table);
        var second = Tables.Engine.Check(table);
        Assert.Equal(first, second);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 100)]
    public void Rule_findings_follow_catalogue_order_after_the_import_findings(PerformanceTable table)
    {
        var findings = Tables.Engine.Check(table);
        Assert.Equal(table.ImportFindings, findings.Take(table.ImportFindings.Count));
        var rules = findings.Skip(table.ImportFindings.Count).ToList();
        var order = rules.Select(f => FirstRuleIndex[f.RuleId]).ToList();
        Assert.Equal(order.OrderBy(i => i), order);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 60)]
    public void Every_finding_message_is_filled_and_every_argument_is_quoted_text(PerformanceTable table)
    {
        foreach (var f in Tables.Engine.Check(table).Skip(table.ImportFindings.Count))
        {
            Assert.DoesNotContain("{", f.Message, StringComparison.Ordinal);
            Assert.All(f.Arguments, a => Assert.False(string.IsNullOrEmpty(a.Value)));
        }
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 60)]
    public void A_partial_table_is_never_missing_anything(PerformanceTable table)
    {
        var findings = Tables.Engine.Check(table with { IsPartial = true }).Skip(table.ImportFindings.Count).ToList();
        Assert.DoesNotContain(findings, f => f.RuleId is "S05" or "S06" or "S07" or "S08" or "S10" or "C04" && f.Location.Indicator is null);
        Assert.DoesNotContain(findings, f => f.RuleId == "S01" && f.Location.Field == "绩效指标");
    }

    [Fact]
    public void Findings_within_one_rule_follow_row_order_half_before_full()
    {
        var t = Tables.Compliant()
            .WithIndicator("举办活动场次", i => i with { HalfYear = Tables.Bare(5, "场"), FullYear = Tables.Bare(10, "场") })
            .WithIndicator("参与企业满意度", i => i with { HalfYear = Tables.Bare(85, "%"), FullYear = Tables.Bare(90, "%") });
        var v10 = t.Check().Only("V10");
        Assert.Equal(new[] { ("举办活动场次", true), ("举办活动场次", false), ("参与企业满意度", true), ("参与企业满意度", false) },
            v10.Select(f => (f.Location.Indicator!, f.Location.Field == PerfRules.Checks.CellColumns.HalfYear)));
    }
}

public class EngineConcurrencyTests
{
    [Fact]
    public void One_engine_checks_tables_from_many_threads_with_the_same_findings()
    {
        var tables = SeedFindings.Tables();
        var serial = tables.Select(t => Tables.Engine.Check(t)).ToList();
        var parallel = new IReadOnlyList<Finding>[tables.Count * 4];
        System.Threading.Tasks.Parallel.For(0, parallel.Length, i => parallel[i] = Tables.Engine.Check(tables[i % tables.Count]));
        for (var i = 0; i < parallel.Length; i++) Assert.Equal(serial[i % tables.Count], parallel[i]);
    }

    /// <summary>
    /// Issue #8: one engine instance per evaluation path, 3,000 generated seed-shaped tables, checked from eight
    /// threads at once (more threads than cores, so checks interleave) — every result equals the sequential one.
    /// </summary>
    [Theory]
    [InlineData(RuleEngineMode.Compiled, 3000)]
    [InlineData(RuleEngineMode.RulesEngine, 1500)]
    public void Thousands_of_tables_checked_from_eight_threads_equal_the_sequential_findings(RuleEngineMode mode, int count)
    {
        var engine = RuleEngine.Create(RuleSet.Load(), mode);
        var tables = PerfRules.Rules.Batch.SyntheticTableGenerator.Generate(count, 20261123).ToList();
        var asOf = new DateTime(2026, 6, 30);
        var sequential = tables.Select(t => engine.Check(t, asOf)).ToList();
        Assert.True(sequential.Sum(f => f.Count) > count, "the generated tables should give findings to compare");

        var parallel = new IReadOnlyList<Finding>[tables.Count];
        System.Threading.Tasks.Parallel.For(0, tables.Count, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => parallel[i] = engine.Check(tables[(tables.Count - 1) - i], asOf));
        for (var i = 0; i < tables.Count; i++) Assert.Equal(sequential[(tables.Count - 1) - i], parallel[i]);
    }
}
