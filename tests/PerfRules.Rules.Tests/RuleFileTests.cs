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
        Case("root is a number", "42", null, null, "规则文件应是工作流数组或单个工作流对象（含 WorkflowName 和 Rules），实际是数字"),
        Case("empty array", "[]", null, null, "规则文件中没有工作流"),
        Case("unknown workflow member", "[{ \"WorkflowName\": \"user\", \"Rulez\": [] }]", "user", null, "未知成员「Rulez」（允许：WorkflowName、Rules、RuleExpressionType）"),
        Case("no WorkflowName", "[{ \"Rules\": [" + Good + "] }]", "#1", null, "缺少 WorkflowName"),
        Case("no Rules", "[{ \"WorkflowName\": \"user\" }]", "user", null, "缺少 Rules 或 Rules 不是数组"),
        Case("empty Rules", Workflow(""), "user", null, "工作流中没有规则"),
        Case("GlobalParams", "[{ \"WorkflowName\": \"user\", \"GlobalParams\": [], \"Rules\": [" + Good + "] }]", "user", null, "成员「GlobalParams」在 PerfRules 规则文件中不受支持"),
        Case("duplicate workflow", "[" + Workflow(Good).Trim('[', ']') + "," + Workflow(Good).Trim('[', ']') + "]", "user", null, "WorkflowName 重复：本文件中已有同名工作流"),
        Case("built-in workflow name", Workflow(Good, "structure"), "structure", null, "WorkflowName 重复：已从 builtin:structure.json 载入同名工作流"),
        Case("no RuleName", Workflow("{ \"Expression\": \"true\", \"Properties\": { \"Id\": \"X01\", \"Severity\": \"info\", \"Message\": \"m\" } }"), "user", "#1", "缺少 RuleName"),
        Case("unknown rule member", Workflow(Rule(extra: ", \"Expresion\": \"true\"")), "user", "R1", "未知成员「Expresion」"),
        Case("duplicate member", Workflow("{ \"RuleName\": \"R1\", \"RuleName\": \"R2\", \"Expression\": \"true\", \"Properties\": { \"Id\": \"X01\", \"Severity\": \"info\", \"Message\": \"m\" } }"), null, null, "规则文件的 JSON 格式错误"),
        Case("LocalParams", Workflow(Rule(extra: ", \"LocalParams\": []")), "user", "R1", "成员「LocalParams」在 PerfRules 规则文件中不受支持"),
        Case("Actions", Workflow(Rule(extra: ", \"Actions\": {}")), "user", "R1", "成员「Actions」在 PerfRules 规则文件中不受支持"),
        Case("RuleExpressionType", Workflow(Rule(extra: ", \"RuleExpressionType\": \"Other\"")), "user", "R1", "RuleExpressionType 只能是 \"LambdaExpression\""),
        Case("Enabled not bool", Workflow(Rule(extra: ", \"Enabled\": \"yes\"")), "user", "R1", "Enabled 应是 true 或 false"),
        Case("RuleName 在工作流中重复", Workflow(Rule() + "," + Rule()), "user", "R1", "RuleName 在工作流中重复"),
        Case("no Properties", Workflow("{ \"RuleName\": \"R1\", \"Expression\": \"true\" }"), "user", "R1", "缺少 Properties（其中 Id、Severity、Message 必填）"),
        Case("unknown property", Workflow(Rule(props: "\"Id\": \"X01\", \"Severty\": \"info\", \"Message\": \"m\"")), "user", "R1", "Properties 中未知成员「Severty」"),
        Case("no Id", Workflow(Rule(props: "\"Severity\": \"info\", \"Message\": \"m\"")), "user", "R1", "Properties.Id 缺失或为空"),
        Case("malformed Id", Workflow(Rule(props: "\"Id\": \"1X\", \"Severity\": \"info\", \"Message\": \"m\"")), "user", "R1", "Id「1X」格式不对"),
        Case("reserved Id", Workflow(Rule(props: "\"Id\": \"S12\", \"Severity\": \"info\", \"Message\": \"m\"")), "user", "R1", "Id「S12」留给内置规则目录"),
        Case("reserved import Id", Workflow(Rule(props: "\"Id\": \"I11\", \"Severity\": \"info\", \"Message\": \"m\"")), "user", "R1", "Id「I11」留给内置规则目录"),
        Case("no Severity", Workflow(Rule(props: "\"Id\": \"X01\", \"Message\": \"m\"")), "user", "R1", "Properties.Severity 缺失或为空"),
        Case("unknown Severity", Workflow(Rule(props: "\"Id\": \"X01\", \"Severity\": \"fatal\", \"Message\": \"m\"")), "user", "R1", "Severity「fatal」不是 error、warning、info 之一"),
        Case("Severity not a string", Workflow(Rule(props: "\"Id\": \"X01\", \"Severity\": 2, \"Message\": \"m\"")), "user", "R1", "Properties.Severity 应是字符串，实际是数字"),
        Case("bad Scope", Workflow(Rule(props: "\"Id\": \"X01\", \"Severity\": \"info\", \"Scope\": \"row\", \"Message\": \"m\"")), "user", "R1", "Scope「row」不是 table、field、indicator、cell、funding 之一"),
        Case("no Message", Workflow(Rule(props: "\"Id\": \"X01\", \"Severity\": \"info\"")), "user", "R1", "缺少 Properties.Message"),
        Case("unknown placeholder", Workflow(Rule(props: "\"Id\": \"X01\", \"Severity\": \"info\", \"Message\": \"{indicator} 错\"")), "user", "R1", "Message 中的 {indicator} 不是 Scope 为 table 的规则能提供的占位符（可用：table、asOf）"),
        Case("Field on an indicator rule", Workflow(Rule("indicator.Row > 0", "\"Id\": \"X01\", \"Severity\": \"info\", \"Scope\": \"indicator\", \"Field\": \"资金总额\", \"Message\": \"m\"")), "user", "R1", "只有 Scope 为 table 的规则才能写 Field"),
        Case("Arguments not an object", Workflow(Rule(props: "\"Id\": \"X01\", \"Severity\": \"info\", \"Message\": \"m\", \"Arguments\": []")), "user", "R1", "Properties.Arguments 应是“参数名 → 表达式”的对象"),
        Case("argument not a string", Workflow(Rule(props: "\"Id\": \"X01\", \"Severity\": \"info\", \"Message\": \"{n}\", \"Arguments\": { \"n\": 3 }")), "user", "R1", "参数「n」应是表达式字符串，实际是数字"),
        Case("argument unknown member", Workflow(Rule(props: "\"Id\": \"X01\", \"Severity\": \"info\", \"Message\": \"{n}\", \"Arguments\": { \"n\": \"table.Nmae\" }")), "user", "R1", "参数「n」的表达式无法解析（第 7 个字符处）：绩效目标表（table）没有名为「Nmae」的属性或字段"),
        Case("empty expression", Workflow(Rule("")), "user", "R1", "Expression 缺失或为空"),
        Case("expression syntax", Workflow(Rule("table.Name ==")), "user", "R1", "Expression 无法解析（第 14 个字符处）：这里应有表达式"),
        Case("unknown member", Workflow(Rule("table.Nmae != null")), "user", "R1", "Expression 无法解析（第 7 个字符处）：绩效目标表（table）没有名为「Nmae」的属性或字段（名称区分大小写）"),
        Case("case matters", Workflow(Rule("table.name != null")), "user", "R1", "绩效目标表（table）没有名为「name」的属性或字段（名称区分大小写）"),
        Case("input of another scope", Workflow(Rule("indicator.Row > 0")), "user", "R1", "未知的名称「indicator」"),
        Case("not a boolean", Workflow(Rule("table.Name")), "user", "R1", "Expression 无法解析（第 1 个字符处）：表达式的结果应是布尔值（true/false）"),
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
        if (workflow is not null) Assert.Contains("：工作流「" + workflow + "」", ex.Message, StringComparison.Ordinal);
        if (rule is not null) Assert.Contains("规则「" + rule + "」：", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ex.Message, "broken.rules.json" + (workflow is null ? string.Empty : "：工作流「" + workflow + "」") +
            (rule is null ? string.Empty : "，规则「" + rule + "」") + "：" + ex.Reason);
    }

    [Fact]
    public void Two_files_with_the_same_workflow_name_fail_naming_the_second()
    {
        var a = RuleSource.FromJson(Workflow(Good), "a.json");
        var b = RuleSource.FromJson(Workflow(Good), "b.json");
        var ex = Assert.Throws<RuleLoadException>(() => RuleSet.Load(new RuleOptions { RuleSources = new[] { a, b } }));
        Assert.Equal("b.json：工作流「user」：WorkflowName 重复：已从 a.json 载入同名工作流；请给工作流改名", ex.Message);
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
        Assert.Equal("x.json：工作流「user」，规则「R1」（X01）在表「测试项目」上运行失败：下标超出范围（列表中没有这一项，如 table.Indicators[99]）；请先检查 Count", ex.Message);
        PerfRules.Tests.UserMessageText.AssertClean(ex.Message);
    }

    [Fact]
    public void An_argument_that_throws_is_an_engine_error_too()
    {
        var json = Workflow(Rule("false", "\"Id\": \"X01\", \"Severity\": \"info\", \"Message\": \"{n}\", \"Arguments\": { \"n\": \"table.Indicators[99].Name\" }"));
        var engine = RuleEngine.Create(new RuleOptions { RuleSources = new[] { RuleSource.FromJson(json, "x.json") } });
        var ex = Assert.Throws<RuleEvaluationException>(() => engine.Check(Compliant()));
        Assert.Equal("x.json：工作流「user」，规则「R1」（X01）在表「测试项目」上运行失败：参数「n」的表达式运行出错：下标超出范围（列表中没有这一项，如 table.Indicators[99]）；请先检查 Count", ex.Message);
        PerfRules.Tests.UserMessageText.AssertClean(ex.Message);
    }
}
