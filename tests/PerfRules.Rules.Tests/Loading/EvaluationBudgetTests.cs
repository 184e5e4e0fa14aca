using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using PerfRules.Rules.Batch;
using PerfRules.Tables;

namespace PerfRules.Rules.Tests.Loading;

/// <summary>
/// <see cref="RuleOptions.MaxEvaluationSteps"/> and <see cref="RuleOptions.MaxEvaluationCharacters"/>: a user rule that
/// would walk or build without bound stops at a fixed point with an error naming file, workflow, rule and table, and
/// a batch set to go on reports it with the table and checks the rest.
/// </summary>
public class EvaluationBudgetTests
{
    private static RuleEngine Engine(string expression, RuleOptions? limits = null, string scope = "table") => RuleEngine.Create(new RuleOptions
    {
        IncludeBuiltInRules = false,
        RuleSources = new[] { RuleSource.FromJson(File(("R", expression, scope)), "mine.json") },
        MaxEvaluationSteps = (limits ?? RuleOptions.Default).MaxEvaluationSteps,
        MaxEvaluationCharacters = (limits ?? RuleOptions.Default).MaxEvaluationCharacters,
    });

    internal static string File(params (string Name, string Expression, string Scope)[] rules) =>
        JsonSerializer.Serialize(new[]
        {
            new
            {
                WorkflowName = "Mine",
                Rules = rules.Select((r, i) => new { RuleName = r.Name, Expression = r.Expression, Properties = new { Id = "X" + (i + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture), Severity = "error", Message = "m", Scope = r.Scope } }).ToArray(),
            },
        });

    private static string Nested(int depth)
    {
        var e = "table.Indicators.Count() >= 0";
        for (var k = 0; k < depth; k++) e = "table.Indicators.Count(i" + k + " => " + e + ") >= 0";
        return e;
    }

    [Fact]
    public void Defaults_are_ten_million_steps_and_eight_million_characters()
    {
        Assert.Equal((10_000_000L, 8L * 1024 * 1024), (new RuleOptions().MaxEvaluationSteps, new RuleOptions().MaxEvaluationCharacters));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RuleOptions { MaxEvaluationSteps = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new RuleOptions { MaxEvaluationCharacters = -1 });
    }

    [Fact]
    public void A_nested_walk_stops_at_the_step_limit_naming_file_workflow_rule_and_table()
    {
        var table = Tables.Compliant();
        var e = Assert.Throws<RuleEvaluationException>(() => Engine(Nested(10)).Check(table));
        Assert.Equal(("mine.json", "Mine", "R", "X01", table.Name), (e.SourceName, e.Workflow, e.RuleName, e.RuleId, e.Table));
        Assert.StartsWith("mine.json：工作流「Mine」，规则「R」（X01）在表「" + table.Name + "」上运行失败：运行 10,000,000 步后停止（上限 MaxEvaluationSteps）", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_step_count_is_exact_and_the_same_on_every_run()
    {
        // Two nested walks over n indicators cost n (outer) + n·n (inner) steps: the rule holds with exactly enough
        // budget and stops with one step less, at the same point on every run.
        var table = Tables.Compliant();
        var n = table.Indicators.Count;
        var expression = "table.Indicators.Count(a => table.Indicators.Count(b => true) > 0) > 0";
        var needed = (long)n + ((long)n * n);
        Assert.Empty(Engine(expression, new RuleOptions { MaxEvaluationSteps = needed }).Check(table));
        for (var run = 0; run < 3; run++)
        {
            var e = Assert.Throws<RuleEvaluationException>(() => Engine(expression, new RuleOptions { MaxEvaluationSteps = needed - 1 }).Check(table));
            Assert.Contains("运行 " + (needed - 1).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " 步后停止", e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("\"x\".Replace(\"x\", \"xxxxxxxxxx\").Replace(\"x\", \"xxxxxxxxxx\").Length > 0", 110, true)]
    [InlineData("\"x\".Replace(\"x\", \"xxxxxxxxxx\").Replace(\"x\", \"xxxxxxxxxx\").Length > 0", 109, false)]
    [InlineData("string.Join(\",\", table.Indicators.Select(i => \"abcdefghij\")).Length > 0", 1000, true)]
    [InlineData("(\"abcdefghij\" + \"abcdefghij\").Length > 0", 20, true)]
    [InlineData("(\"abcdefghij\" + \"abcdefghij\").Length > 0", 19, false)]
    public void Text_is_charged_before_it_is_built(string expression, long characters, bool holds)
    {
        var engine = Engine(expression, new RuleOptions { MaxEvaluationCharacters = characters });
        if (holds)
        {
            Assert.Empty(engine.Check(Tables.Compliant()));
        }
        else
        {
            var e = Assert.Throws<RuleEvaluationException>(() => engine.Check(Tables.Compliant()));
            Assert.Contains("个字符（上限 MaxEvaluationCharacters；", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Replace_growth_to_gigabytes_stops_before_anything_is_allocated()
    {
        var x1000 = new string('x', 1000);
        var expression = "\"x\".Replace(\"x\", \"" + x1000 + "\").Replace(\"x\", \"" + x1000 + "\").Replace(\"x\", \"" + x1000 + "\").Length > 0";
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var e = Assert.Throws<RuleEvaluationException>(() => Engine(expression).Check(Tables.Compliant()));
        Assert.Contains("最后一步要 1,000,000,000 个", e.Message, StringComparison.Ordinal);
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 200L * 1024 * 1024, "the gigabyte string was built");
    }

    [Fact]
    public void The_built_in_catalogue_is_not_metered()
    {
        // Its findings on the seeds do not depend on the budget, however small.
        var tiny = RuleEngine.Create(new RuleOptions { MaxEvaluationSteps = 1, MaxEvaluationCharacters = 1 });
        var table = Tables.Compliant();
        Assert.Equal(Tables.Engine.Check(table), tiny.Check(table));
    }

    [Fact]
    public void A_batch_set_to_go_on_keeps_the_error_with_its_table_and_the_other_rules_findings()
    {
        var engine = RuleEngine.Create(new RuleOptions
        {
            IncludeBuiltInRules = false,
            RuleSources = new[] { RuleSource.FromJson(File(("Runaway", Nested(10), "table"), ("Plain", "false", "table")), "mine.json") },
        });
        var tables = new[] { Tables.Compliant(), Tables.Compliant() with { Name = "second" } };

        var results = new BatchChecker(engine, new BatchOptions { ContinueAfterRuleErrors = true, MaxDegreeOfParallelism = 2 }).Check(tables).ToList();

        Assert.Equal(2, results.Count);
        foreach (var (result, table) in results.Zip(tables))
        {
            var error = Assert.Single(result.RuleErrors);
            Assert.Equal(("Runaway", table.Name), (error.RuleName, error.Table));
            Assert.Equal("X02", Assert.Single(result.Findings).RuleId);
        }

        // Without the option the first error ends the batch, as before.
        Assert.Throws<RuleEvaluationException>(() => new BatchChecker(engine).Check(tables).ToList());
    }
}
