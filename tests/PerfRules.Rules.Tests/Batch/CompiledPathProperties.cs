using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfRules.Rules;
using PerfRules.Tables;
using PerfRules.Testing;

namespace PerfRules.Rules.Tests.Batch;

/// <summary>
/// docs/rule-contracts.md "Evaluation": the same rule file evaluated by the RulesEngine path and by the compiled path
/// yields the same findings, byte for byte, in the same order. Each property also classifies its cases
/// so a run shows how many had findings (a property over tables that never fail a rule proves nothing).
/// </summary>
public class CompiledPathProperties
{
    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public Property Compiled_path_equals_RulesEngine_on_any_seed_shaped_table(PerformanceTable table) =>
        Prop.ForAll(Engines.AsOfGen().ToArbitrary(), asOf => Same(Engines.BuiltIn, table, asOf));

    [Property(MaxTest = 200)]
    public Property Compiled_path_equals_RulesEngine_on_writable_tables() =>
        Prop.ForAll(Arbitraries.WritableTable(), Engines.AsOfGen().ToArbitrary(), (table, asOf) => Same(Engines.BuiltIn, table, asOf));

    [Property(MaxTest = 300)]
    public Property Compiled_path_equals_RulesEngine_when_any_value_sits_in_any_cell() =>
        Prop.ForAll(Engines.StressedTableGen().ToArbitrary(), Engines.AsOfGen().ToArbitrary(), (table, asOf) => Same(Engines.BuiltIn, table, asOf));

    [Property(MaxTest = 200)]
    public Property Compiled_path_equals_RulesEngine_on_edited_seeds() =>
        Prop.ForAll(SeedEditGen().ToArbitrary(), Engines.AsOfGen().ToArbitrary(), (table, asOf) => Same(Engines.BuiltIn, table, asOf));

    [Property(MaxTest = 200)]
    public Property Compiled_path_equals_RulesEngine_for_a_user_workflow_and_profile() =>
        Prop.ForAll(Engines.StressedTableGen().ToArbitrary(), Engines.AsOfGen().ToArbitrary(), (table, asOf) => Same(UserWorkflow.Engines, table, asOf));

    /// <summary>The seven seeds, read by the real reader, under both built-in profiles and several as-of dates.</summary>
    [Fact]
    public void Compiled_path_equals_RulesEngine_on_the_seven_seeds()
    {
        var seeds = SeedFindings.Tables();
        Assert.Equal(7, seeds.Count);
        var findings = 0;
        foreach (var seed in seeds)
        {
            foreach (var layout in new[] { seed.Layout, seed.Layout == TableLayouts.National ? TableLayouts.Nanjing2026 : TableLayouts.National })
            {
                foreach (var asOf in new DateTime?[] { null, new DateTime(2026, 6, 30), new DateTime(2026, 12, 31), DateTime.MinValue })
                {
                    var table = seed with { Layout = layout };
                    var (reference, compiled) = Engines.BuiltIn.Both(table, asOf);
                    Assert.Equal(reference, compiled);
                    Assert.Equal(Engines.BuiltIn.Reference.Check(table, asOf), Engines.BuiltIn.Compiled.Check(table, asOf));
                    findings += Engines.BuiltIn.Compiled.Check(table, asOf).Count;
                }
            }
        }

        // The seeds are real tables with real mistakes: the comparison covers failing rules, not only passing ones.
        Assert.True(findings > 7 * 8 * 5, "only " + findings + " findings over the seeds");
    }

    [Fact]
    public void The_seed_snapshot_is_the_same_on_both_paths()
    {
        Assert.Equal(SeedFindings.Snapshot(Engines.BuiltIn.Reference), SeedFindings.Snapshot(Engines.BuiltIn.Compiled));
    }

    [Fact]
    public void Create_defaults_to_the_compiled_path_and_keeps_RulesEngine_as_an_option()
    {
        Assert.Equal(RuleEngineMode.Compiled, RuleEngine.Create().Mode);
        Assert.Equal(RuleEngineMode.RulesEngine, Engines.BuiltIn.Reference.Mode);
        Assert.Same(Engines.BuiltIn.Reference.RuleSet, Engines.BuiltIn.Compiled.RuleSet);
    }

    [Property(MaxTest = 150)]
    public Property A_rule_that_cannot_run_fails_on_both_paths_and_names_the_rule() =>
        Prop.ForAll(Arbitraries.PerformanceTable(), table =>
        {
            var (reference, compiled) = UserWorkflow.Throwing.Both(table, null);
            var throws = table.Indicators.Count <= UserWorkflow.ThrowingRow;
            return (reference == compiled && reference.StartsWith("throws XT01 XT01.第15行", StringComparison.Ordinal) == throws)
                .Label("reference: " + reference + "\ncompiled: " + compiled)
                .Classify(throws, "throws");
        });

    private static Property Same(Engines engines, PerformanceTable table, DateTime? asOf)
    {
        var agree = engines.Agree(table, asOf, out var reference);
        var compiled = engines.Both(table, asOf).Compiled;
        var count = reference.Length == 0 ? 0 : reference.Count(c => c == '\n') + 1;
        return agree.Label("reference:\n" + reference + "\ncompiled:\n" + compiled)
            .Classify(count == 0, "no finding")
            .Classify(count is > 0 and <= 10, "1-10 findings")
            .Classify(count > 10, ">10 findings")
            .Classify(reference.StartsWith("throws", StringComparison.Ordinal), "throws");
    }

    /// <summary>The seeds with rows dropped, duplicated or swapped between tables, under the other layout sometimes.</summary>
    private static Gen<PerformanceTable> SeedEditGen()
    {
        var seeds = SeedFindings.Tables().ToArray();
        return
            from seed in Gen.Elements(seeds)
            from donor in Gen.Elements(seeds)
            from drop in Gen.Choose(0, 50)
            from copy in Gen.Choose(0, 50)
            from national in Gen.Elements(false, false, true)
            select Edit(seed, donor, drop, copy, national);
    }

    private static PerformanceTable Edit(PerformanceTable seed, PerformanceTable donor, int drop, int copy, bool national)
    {
        var rows = seed.Indicators.ToList();
        if (rows.Count > 0) rows.RemoveAt(drop % rows.Count);
        if (donor.Indicators.Count > 0) rows.Add(donor.Indicators[copy % donor.Indicators.Count]);
        return seed with
        {
            Indicators = rows.Select((r, i) => r with { Row = i + 1 }).ToValueList(),
            Funding = copy % 3 == 0 ? donor.Funding : seed.Funding,
            Layout = national ? TableLayouts.National : seed.Layout,
        };
    }
}

/// <summary>A user's rule file (every scope, LINQ lambdas, arguments, a disabled rule) with a user profile on top of the catalogue.</summary>
internal static class UserWorkflow
{
    public const int ThrowingRow = 14;

    public const string Json = """
        [
          {
            "WorkflowName": "jiangsu",
            "Rules": [
              {
                "RuleName": "X01",
                "Expression": "table.Indicators.Count(i => Values.IsQuantitative(i.FullYear)) * 3 >= table.Indicators.Count",
                "Properties": { "Id": "X01", "Severity": "warning", "Message": "量化指标只有 {value} 项，不足三分之一。",
                                "Arguments": { "value": "table.Indicators.Count(i => Values.IsQuantitative(i.FullYear))" } }
              },
              {
                "RuleName": "X02",
                "Expression": "table.AnnualGoal != null && table.AnnualGoal.Contains(\"企业\")",
                "Properties": { "Id": "X02", "Severity": "info", "Field": "年度目标", "Message": "「{field}」没有提到服务企业。" }
              },
              {
                "RuleName": "X03",
                "Expression": "field.IsBlank || field.Text.Length < 60",
                "Properties": { "Id": "X03", "Severity": "info", "Scope": "field", "Message": "「{field}」超过 60 字：{value}", "Arguments": { "length": "field.Text.Length" } }
              },
              {
                "RuleName": "X04",
                "Expression": "indicator.Weight == null || indicator.Weight.Value <= 20",
                "Properties": { "Id": "X04", "Severity": "warning", "Scope": "indicator", "Message": "「{indicator}」权重 {expected} 分超过 20 分。", "Arguments": { "expected": "indicator.Weight" } }
              },
              {
                "RuleName": "X05",
                "Expression": "!(cell.IsHalfYear && Values.IsEmpty(cell.Value) && !Values.IsEmpty(cell.Other))",
                "Properties": { "Id": "X05", "Severity": "error", "Scope": "cell", "Message": "「{indicator}」{field}为空，而全年为「{full}」。" }
              },
              {
                "RuleName": "X06",
                "Expression": "funding.FullYear.Value == null || funding.FullYear.Value < 10000",
                "Properties": { "Id": "X06", "Severity": "warning", "Scope": "funding", "Message": "支出「{expenditure}」全年 {full} 超过 1 亿元（{value}）。",
                                "Arguments": { "value": "table.Funding.Unit", "lines": "table.Funding.Expenditures.Select(e => e.Name)" } }
              },
              {
                "RuleName": "X07",
                "Enabled": false,
                "Expression": "false",
                "Properties": { "Id": "X07", "Severity": "error", "Message": "never" }
              },
              {
                "RuleName": "X08",
                "Expression": "!table.Indicators.Any(i => i.Name == indicator.Name && i.Row < indicator.Row && i.Level2 != indicator.Level2)",
                "Properties": { "Id": "X08", "Severity": "info", "Scope": "indicator", "Message": "「{indicator}」在不同二级指标下重复出现。" }
              }
            ]
          }
        ]
        """;

    public const string Profile = """
        {
          "name": "jiangsu-audit",
          "rules": {
            "X01": { "severity": "error" },
            "X03": { "enabled": false },
            "X07": { "enabled": true },
            "S10": { "enabled": false },
            "V10": { "severity": "warning" },
            "S11.重名": { "severity": "warning" },
            "I01": { "enabled": false },
            "I03": { "severity": "warning" }
          }
        }
        """;

    public static readonly Engines Engines = new(RuleSet.Load(new RuleOptions
    {
        Profile = RuleProfile.Parse(Profile, "jiangsu-audit.json"),
        RuleSources = new[] { RuleSource.FromJson(Json, "jiangsu.json") },
    }));

    /// <summary>A rule that throws (row index out of range) on tables with fewer than 15 rows.</summary>
    public static readonly Engines Throwing = new(RuleSet.Load(new RuleOptions
    {
        IncludeBuiltInRules = false,
        RuleSources = new[]
        {
            RuleSource.FromJson("""
                [ { "WorkflowName": "t", "Rules": [
                    { "RuleName": "XT00", "Expression": "true", "Properties": { "Id": "XT00", "Severity": "info", "Message": "m" } },
                    { "RuleName": "XT01.第15行", "Expression": "table.Indicators[14].Row > 0", "Properties": { "Id": "XT01", "Severity": "error", "Message": "m" } }
                ] } ]
                """, "throwing.json"),
        },
    }));
}

/// <summary>What the differential properties compare: every catalogue rule both holding and failing.</summary>
public class CompiledPathCoverage
{
    [Fact]
    public void Every_catalogue_rule_fails_somewhere_in_a_fixed_sample_and_both_paths_agree_on_it()
    {
        var sample = Gen.Sample(Engines.StressedTableGen(), 300, new Rnd(20260630UL), 30).Concat(SeedFindings.Tables()).ToList();
        var failing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var table in sample)
        {
            var reference = Engines.BuiltIn.Reference.Check(table);
            Assert.Equal(Engines.Text(reference), Engines.Text(Engines.BuiltIn.Compiled.Check(table)));
            foreach (var f in reference) failing.Add(f.RuleId);
        }

        var catalogue = Engines.BuiltIn.Reference.RuleSet.Rules.Select(r => r.Id).Distinct().ToList();
        Assert.Equal(string.Empty, string.Join(" ", catalogue.Where(id => !failing.Contains(id))));
    }

    [Fact]
    public void A_compliant_table_has_no_finding_on_either_path()
    {
        var table = Tables.Compliant();
        Assert.Empty(Engines.BuiltIn.Reference.Check(table));
        Assert.Empty(Engines.BuiltIn.Compiled.Check(table));
    }
}
