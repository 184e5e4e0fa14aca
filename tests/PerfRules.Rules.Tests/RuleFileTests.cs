using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Tables;
using static PerfRules.Rules.Tests.Assertions;
using static PerfRules.Rules.Tests.Tables;

namespace PerfRules.Rules.Tests;

public class RuleFileTests
{
    private const string Good = """{ "RuleName": "R1", "Expression": "table.Indicators.Count > 0", "Properties": { "Id": "X01", "Severity": "warning", "Message": "m" } }""";

    private static string Workflow(string rules, string name = "user") => "[{ \"WorkflowName\": \"" + name + "\", \"Rules\": [" + rules + "] }]";

    private static string Rule(string expression = "table.Indicators.Count > 0", string props = "\"Id\": \"X01\", \"Severity\": \"warning\", \"Message\": \"m\"", string extra = "", string name = "R1") =>
        "{ \"RuleName\": \"" + name + "\", \"Expression\": " + System.Text.Json.JsonSerializer.Serialize(expression) + ", \"Properties\": { " + props + " }" + extra + " }";

    /// <summary>Broken rule files: each must fail at load, naming file, workflow (when there is one) and rule (when there is one).</summary>
    public static IEnumerable<object?[]> Broken() => new[]
    {
        Case("syntax error", "[{ \"WorkflowName\": \"user\", \"Rules\": [ {", null, null, "规则文件的 JSON 格式错误（第 1 行"),
        Case("trailing comma", Workflow(Good + ","), null, null, "规则文件的 JSON 格式错误"),
        Case("root is a number", "42", null, null, "must hold an array of workflows"),
        Case("empty array", "[]", null, null, "holds no workflow"),
        Case("unknown workflow member", "[{ \"WorkflowName\": \"user\", \"Rulez\": [] }]", "user", null, "unknown member 'Rulez'"),
        Case("no WorkflowName", "[{ \"Rules\": [" + Good + "] }]", "#1", null, "WorkflowName is missing"),
        Case("no Rules", "[{ \"WorkflowName\": \"user\" }]", "user", null, "Rules must be an array"),
        Case("empty Rules", Workflow(""), "user", null, "the workflow has no rules"),
        Case("GlobalParams", "[{ \"WorkflowName\": \"user\", \"GlobalParams\": [], \"Rules\": [" + Good + "] }]", "user", null, "'GlobalParams' is not supported"),
        Case("duplicate workflow", "[" + Workflow(Good).Trim('[', ']') + "," + Workflow(Good).Trim('[', ']') + "]", "user", null, "duplicate WorkflowName"),
        Case("built-in workflow name", Workflow(Good, "structure"), "structure", null, "duplicate WorkflowName (already loaded from builtin:structure.json)"),
        Case("no RuleName", Workflow("{ \"Expression\": \"true\", \"Properties\": { \"Id\": \"X01\", \"Severity\": \"info\", \"Message\": \"m\" } }"), "user", "#1", "RuleName is missing"),
        Case("unknown rule member", Workflow(Rule(extra: ", \"Expresion\": \"true\"")), "user", "R1", "unknown member 'Expresion'"),
        Case("duplicate member", Workflow("{ \"RuleName\": \"R1\", \"RuleName\": \"R2\", \"Expression\": \"true\", \"Properties\": { \"Id\": \"X01\", \"Severity\": \"info\", \"Message\": \"m\" } }"), null, null, "规则文件的 JSON 格式错误"),
        Case("LocalParams", Workflow(Rule(extra: ", \"LocalParams\": []")), "user", "R1", "'LocalParams' is not supported"),
        Case("Actions", Workflow(Rule(extra: ", \"Actions\": {}")), "user", "R1", "'Actions' is not supported"),
        Case("RuleExpressionType", Workflow(Rule(extra: ", \"RuleExpressionType\": \"Other\"")), "user", "R1", "RuleExpressionType must be \"LambdaExpression\""),
        Case("Enabled not bool", Workflow(Rule(extra: ", \"Enabled\": \"yes\"")), "user", "R1", "Enabled must be true or false"),
        Case("duplicate RuleName", Workflow(Rule() + "," + Rule()), "user", "R1", "duplicate RuleName"),
        Case("no Properties", Workflow("{ \"RuleName\": \"R1\", \"Expression\": \"true\" }"), "user", "R1", "Properties is missing"),
        Case("unknown property", Workflow(Rule(props: "\"Id\": \"X01\", \"Severty\": \"info\", \"Message\": \"m\"")), "user", "R1", "Properties: unknown member 'Severty'"),
        Case("no Id", Workflow(Rule(props: "\"Severity\": \"info\", \"Message\": \"m\"")), "user", "R1", "Id is missing"),
        Case("malformed Id", Workflow(Rule(props: "\"Id\": \"1X\", \"Severity\": \"info\", \"Message\": \"m\"")), "user", "R1", "Id '1X' is not well formed"),
        Case("reserved Id", Workflow(Rule(props: "\"Id\": \"S12\", \"Severity\": \"info\", \"Message\": \"m\"")), "user", "R1", "Id 'S12' is reserved"),
        Case("reserved import Id", Workflow(Rule(props: "\"Id\": \"I11\", \"Severity\": \"info\", \"Message\": \"m\"")), "user", "R1", "Id 'I11' is reserved"),
        Case("no Severity", Workflow(Rule(props: "\"Id\": \"X01\", \"Message\": \"m\"")), "user", "R1", "Severity is missing"),
        Case("unknown Severity", Workflow(Rule(props: "\"Id\": \"X01\", \"Severity\": \"fatal\", \"Message\": \"m\"")), "user", "R1", "Severity 'fatal' is not one of error, warning, info"),
        Case("Severity not a string", Workflow(Rule(props: "\"Id\": \"X01\", \"Severity\": 2, \"Message\": \"m\"")), "user", "R1", "Severity must be a string"),
        Case("bad Scope", Workflow(Rule(props: "\"Id\": \"X01\", \"Severity\": \"info\", \"Scope\": \"row\", \"Message\": \"m\"")), "user", "R1", "Scope 'row' is not one of table, field, indicator, cell, funding"),
        Case("no Message", Workflow(Rule(props: "\"Id\": \"X01\", \"Severity\": \"info\"")), "user", "R1", "Properties.Message is missing"),
        Case("unknown placeholder", Workflow(Rule(props: "\"Id\": \"X01\", \"Severity\": \"info\", \"Message\": \"{indicator} 错\"")), "user", "R1", "Message uses {indicator}, which a table-scoped rule does not provide"),
        Case("Field on an indicator rule", Workflow(Rule("indicator.Row > 0", "\"Id\": \"X01\", \"Severity\": \"info\", \"Scope\": \"indicator\", \"Field\": \"资金总额\", \"Message\": \"m\"")), "user", "R1", "Field is only allowed for table-scoped rules"),
        Case("Arguments not an object", Workflow(Rule(props: "\"Id\": \"X01\", \"Severity\": \"info\", \"Message\": \"m\", \"Arguments\": []")), "user", "R1", "Arguments must be an object"),
        Case("argument not a string", Workflow(Rule(props: "\"Id\": \"X01\", \"Severity\": \"info\", \"Message\": \"{n}\", \"Arguments\": { \"n\": 3 }")), "user", "R1", "argument 'n' must be an expression string"),
        Case("argument unknown member", Workflow(Rule(props: "\"Id\": \"X01\", \"Severity\": \"info\", \"Message\": \"{n}\", \"Arguments\": { \"n\": \"table.Nmae\" }")), "user", "R1", "argument 'n' expression does not parse"),
        Case("empty expression", Workflow(Rule("")), "user", "R1", "Expression is missing or empty"),
        Case("expression syntax", Workflow(Rule("table.Name ==")), "user", "R1", "Expression does not parse"),
        Case("unknown member", Workflow(Rule("table.Nmae != null")), "user", "R1", "Expression does not parse (position 6): No property or field 'Nmae'"),
        Case("case matters", Workflow(Rule("table.name != null")), "user", "R1", "No property or field 'name'"),
        Case("input of another scope", Workflow(Rule("indicator.Row > 0")), "user", "R1", "Unknown identifier 'indicator'"),
        Case("not a boolean", Workflow(Rule("table.Name")), "user", "R1", "Expression does not parse"),
    };

    private static object?[] Case(string title, string json, string? workflow, string? rule, string reason) => new object?[] { title, json, workflow, rule, reason };

    [Fact]
    public void The_broken_corpus_has_at_least_thirty_files() => Assert.True(Broken().Count() >= 30);

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_rule_file_fails_at_load_naming_file_workflow_and_rule(string title, string json, string? workflow, string? rule, string reason)
    {
        _ = title;
        var ex = Assert.Throws<RuleLoadException>(() => RuleSet.Load(new RuleOptions { RuleSources = new[] { RuleSource.FromJson(json, "broken.rules.json") } }));
        Assert.Equal("broken.rules.json", ex.SourceName);
        Assert.Equal(workflow, ex.Workflow);
        Assert.Equal(rule, ex.Rule);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("broken.rules.json", ex.Message, StringComparison.Ordinal);
        if (workflow is not null) Assert.Contains("workflow '" + workflow + "'", ex.Message, StringComparison.Ordinal);
        if (rule is not null) Assert.Contains("rule '" + rule + "'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_files_with_the_same_workflow_name_fail_naming_the_second()
    {
        var a = RuleSource.FromJson(Workflow(Good), "a.json");
        var b = RuleSource.FromJson(Workflow(Good), "b.json");
        var ex = Assert.Throws<RuleLoadException>(() => RuleSet.Load(new RuleOptions { RuleSources = new[] { a, b } }));
        Assert.Equal("b.json: workflow 'user': duplicate WorkflowName (already loaded from a.json)", ex.Message);
    }

    [Fact]
    public void A_missing_rule_file_is_a_load_error()
    {
        var ex = Assert.Throws<RuleLoadException>(() => RuleSource.FromFile(Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N") + ".json")));
        Assert.Contains("无法读取规则文件：文件不存在", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_rule_runs_after_the_catalogue_with_its_own_id_message_and_arguments()
    {
        var json = Workflow(Rule("Values.IsQuantitative(indicator.FullYear) || indicator.Level1 != \"产出指标\"",
            "\"Id\": \"JS-01\", \"Severity\": \"error\", \"Scope\": \"indicator\", \"Message\": \"产出指标「{indicator}」全年指标值「{full}」须量化（{kind}）\", \"Arguments\": { \"kind\": \"indicator.FullYear.Kind\" }"));
        var engine = RuleEngine.Create(new RuleOptions { RuleSources = new[] { RuleSource.FromJson(json, "js.rules.json") } });
        var t = Compliant().Plus("产出指标", "质量指标", "平台功能完善度", Word("较好", PerfRules.Values.QualitativeKind.Grade, 1), Word("较好", PerfRules.Values.QualitativeKind.Grade, 1));
        var findings = engine.Check(t);
        var f = Single(findings, "JS-01", indicator: "平台功能完善度", fragment: "产出指标「平台功能完善度」全年指标值「较好」须量化（Qualitative）");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(new[] { "indicator", "full", "kind" }, f.Arguments.Select(a => a.Name));
        Assert.Same(f, findings[^1]);
    }

    [Fact]
    public void A_disabled_user_rule_is_loaded_and_checked_but_never_runs()
    {
        var json = Workflow(Rule("false", extra: ", \"Enabled\": false"));
        var engine = RuleEngine.Create(new RuleOptions { RuleSources = new[] { RuleSource.FromJson(json, "x.json") } });
        None(engine.Check(Compliant()), "X01");
    }

    [Fact]
    public void A_rule_that_throws_is_an_engine_error_not_a_finding()
    {
        var json = Workflow(Rule("table.Indicators[99].Row > 0"));
        var engine = RuleEngine.Create(new RuleOptions { RuleSources = new[] { RuleSource.FromJson(json, "x.json") } });
        var ex = Assert.Throws<RuleEvaluationException>(() => engine.Check(Compliant()));
        Assert.Equal("X01", ex.RuleId);
        Assert.Equal("R1", ex.RuleName);
        Assert.Equal("x.json", ex.SourceName);
        Assert.Equal("测试项目", ex.Table);
    }

    [Fact]
    public void An_argument_that_throws_is_an_engine_error_too()
    {
        var json = Workflow(Rule("false", "\"Id\": \"X01\", \"Severity\": \"info\", \"Message\": \"{n}\", \"Arguments\": { \"n\": \"table.Indicators[99].Name\" }"));
        var engine = RuleEngine.Create(new RuleOptions { RuleSources = new[] { RuleSource.FromJson(json, "x.json") } });
        var ex = Assert.Throws<RuleEvaluationException>(() => engine.Check(Compliant()));
        Assert.Contains("argument 'n' failed", ex.Message, StringComparison.Ordinal);
    }
}
