using System;
using System.Collections.Generic;
using System.Globalization;
using PerfRules.Analyzers.Json;
using PerfRules.Rules.Loading;

namespace PerfRules.Analyzers.RuleFiles;

/// <summary>
/// Checks a <c>*.perfrules.json</c> rule file as far as that is possible without RulesEngine
/// (docs/analyzers.md PR0006, docs/rule-contracts.md): JSON syntax; an array of workflows or one workflow;
/// WorkflowName and Rules; per rule a RuleName (unique in its workflow), an Expression without banned
/// names, and Properties with a well-formed Id that is not a reserved built-in id, Severity (error |
/// warning | info), a Message (or the rule's ErrorMessage) and an optional Scope. The id, severity,
/// scope and banned-name rules are the loader's own (PerfRules.Core/Checks/RuleFileChecks), so the
/// compiler and the loader agree; unknown members and placeholders are left to the loader.
/// </summary>
internal static class RuleFileValidator
{
    /// <summary>All problems of one file, in source order; empty when the file is fine.</summary>
    public static IReadOnlyList<RuleFileProblem> Validate(string text)
    {
        var problems = new List<RuleFileProblem>();
        if (!JsonReader.TryParse(text, out var root, out var error))
        {
            problems.Add(new RuleFileProblem(error!.Offset, error.Length, "规则文件的 JSON 格式错误：" + error.Message));
            return problems;
        }

        var context = new Context(text, problems);
        switch (root!.Kind)
        {
            case JsonKind.Array:
                var names = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
                for (var i = 0; i < root.Items.Count; i++) ValidateWorkflow(context, root.Items[i], i + 1, names);
                break;
            case JsonKind.Object:
                ValidateWorkflow(context, root, 1, new Dictionary<string, JsonNode>(StringComparer.Ordinal));
                break;
            default:
                context.Add(root, "规则文件应是工作流数组或单个工作流对象（含 WorkflowName 和 Rules），实际是" + root.Describe());
                break;
        }

        problems.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return problems;
    }

    private static void ValidateWorkflow(Context context, JsonNode workflow, int number, Dictionary<string, JsonNode> workflowNames)
    {
        var label = "工作流 #" + number.ToString(CultureInfo.InvariantCulture);
        if (workflow.Kind != JsonKind.Object)
        {
            context.Add(workflow, label + "：应是含 WorkflowName 和 Rules 的对象，实际是" + workflow.Describe());
            return;
        }

        CheckDuplicateMembers(context, workflow, label, string.Empty);
        var name = RequiredString(context, workflow, "WorkflowName", label);
        if (name is not null)
        {
            label = "工作流「" + name.Text + "」";
            if (workflowNames.TryGetValue(name.Text!, out var first))
            {
                context.Add(name, label + "：WorkflowName 重复（第一次在" + context.Position(first) + "）；请给每个工作流取不同的名称");
            }
            else
            {
                workflowNames.Add(name.Text!, name);
            }
        }

        var rules = workflow.Find("Rules");
        if (rules is null)
        {
            context.AddAt(workflow.Start, 1, label + "：缺少 Rules 数组");
            return;
        }

        if (rules.Value.Kind != JsonKind.Array)
        {
            context.Add(rules.Value, label + "：Rules 应是数组，实际是" + rules.Value.Describe());
            return;
        }

        if (rules.Value.Items.Count == 0)
        {
            context.Add(rules.Value, label + "：工作流中没有规则；请在 Rules 中至少写一条规则，或删除该工作流");
            return;
        }

        var ruleNames = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Value.Items.Count; i++) ValidateRule(context, rules.Value.Items[i], label, i + 1, ruleNames);
    }

    private static void ValidateRule(Context context, JsonNode rule, string workflowLabel, int number, Dictionary<string, JsonNode> ruleNames)
    {
        var label = workflowLabel + "，规则 #" + number.ToString(CultureInfo.InvariantCulture);
        if (rule.Kind != JsonKind.Object)
        {
            context.Add(rule, label + "：规则应是 JSON 对象（含 RuleName、Expression、Properties），实际是" + rule.Describe());
            return;
        }

        label = CheckRuleName(context, rule, workflowLabel, label, ruleNames);
        CheckDuplicateMembers(context, rule, label, string.Empty);
        var expression = RequiredString(context, rule, "Expression", label);
        if (expression is not null) CheckExpression(context, expression, label, "Expression ");

        var properties = rule.Find("Properties");
        if (properties is null)
        {
            context.AddAt(rule.Start, 1, label + "：缺少 Properties（其中 Id、Severity、Message 必填）");
            return;
        }

        if (properties.Value.Kind != JsonKind.Object)
        {
            context.Add(properties.Value, label + "：Properties 应是含 Id、Severity、Message 的对象，实际是" + properties.Value.Describe());
            return;
        }

        var bag = properties.Value;
        CheckDuplicateMembers(context, bag, label, "Properties 中");
        CheckIdentity(context, rule, bag, label);
        var scopeName = CheckScope(context, bag, label);
        if (bag.Find("Field") is { } field && scopeName.Length > 0 && scopeName != "table")
        {
            context.AddAt(field.NameStart, field.NameEnd - field.NameStart, label + "：只有 Scope 为 table 的规则才能写 Field（这里 Scope 是「" + scopeName + "」）；请删除 Field 或改 Scope");
        }

        if (bag.Find("Arguments") is { } arguments) CheckArguments(context, arguments, label);
    }

    /// <summary>Checks <c>RuleName</c> (present, unique in the workflow) and returns the label later messages use.</summary>
    private static string CheckRuleName(Context context, JsonNode rule, string workflowLabel, string label, Dictionary<string, JsonNode> ruleNames)
    {
        var name = RequiredString(context, rule, "RuleName", label);
        if (name is null) return label;
        label = workflowLabel + "，规则「" + name.Text + "」";
        if (ruleNames.TryGetValue(name.Text!, out var first))
        {
            context.Add(name, label + "：RuleName 在工作流中重复（第一次在" + context.Position(first) + "）；请给每条规则取不同的名称");
        }
        else
        {
            ruleNames.Add(name.Text!, name);
        }

        return label;
    }

    /// <summary>Checks <c>Properties.Id</c>, <c>Severity</c> and the message (<c>Properties.Message</c>, else the rule's <c>ErrorMessage</c>, as the loader takes it).</summary>
    private static void CheckIdentity(Context context, JsonNode rule, JsonNode bag, string label)
    {
        var id = RequiredString(context, bag, "Id", label, "Properties.");
        if (id is not null && !RuleFileChecks.IsWellFormedId(id.Text))
        {
            context.Add(id, label + "：Id「" + id.Text + "」格式不对：应以英文字母开头，后接字母、数字、'-'、'_' 或 '.'，最长 32 个字符");
        }
        else if (id is not null && RuleFileChecks.IsReservedId(id.Text))
        {
            context.Add(id, label + "：Id「" + id.Text + "」留给内置规则目录（S、V、C、F、E、I 后接数字）；请用自己的前缀，如 X01 或 JS-01");
        }

        var severity = RequiredString(context, bag, "Severity", label, "Properties.");
        if (severity is not null && !RuleFileChecks.TryParseSeverity(severity.Text, out _))
        {
            context.Add(severity, label + "：Severity「" + severity.Text + "」不是 " + string.Join("、", RuleFileChecks.SeverityNames) + " 之一");
        }

        if (bag.Find("Message") is not null || rule.Find("ErrorMessage") is null)
        {
            RequiredString(context, bag, "Message", label, "Properties.");
        }
        else
        {
            RequiredString(context, rule, "ErrorMessage", label);
        }
    }

    /// <summary>The rule's scope word (<c>table</c> when absent), or empty when it is not a known scope (reported).</summary>
    private static string CheckScope(Context context, JsonNode bag, string label)
    {
        if (bag.Find("Scope") is not { } scope) return "table";
        if (scope.Value.Kind == JsonKind.String && RuleFileChecks.IsKnownScope(scope.Value.Text)) return scope.Value.Text!;
        var names = string.Join("、", RuleFileChecks.ScopeNames);
        context.Add(scope.Value, label + (scope.Value.Kind == JsonKind.String
            ? "：Scope「" + scope.Value.Text + "」不是 " + names + " 之一"
            : "：Scope 应是 " + names + " 之一，实际是" + scope.Value.Describe()));
        return string.Empty;
    }

    private static void CheckArguments(Context context, JsonProperty arguments, string label)
    {
        if (arguments.Value.Kind != JsonKind.Object)
        {
            context.Add(arguments.Value, label + "：Properties.Arguments 应是“参数名 → 表达式”的对象，实际是" + arguments.Value.Describe());
            return;
        }

        foreach (var argument in arguments.Value.Properties)
        {
            if (argument.Value.Kind != JsonKind.String)
            {
                context.Add(argument.Value, label + "：参数「" + argument.Name + "」应是表达式字符串，实际是" + argument.Value.Describe());
            }
            else
            {
                CheckExpression(context, argument.Value, label, "参数「" + argument.Name + "」的表达式");
            }
        }
    }

    private static void CheckDuplicateMembers(Context context, JsonNode owner, string label, string where)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in owner.Properties)
        {
            if (!seen.Add(property.Name))
            {
                context.AddAt(property.NameStart, property.NameEnd - property.NameStart, label + "：" + where + "成员「" + property.Name + "」出现了两次；请只保留一个");
            }
        }
    }

    /// <summary>Every banned name in an expression (the loader stops at the first; the IDE shows them all).</summary>
    private static void CheckExpression(Context context, JsonNode expression, string label, string what)
    {
        var text = expression.Text!;
        var from = 0;
        while (from < text.Length)
        {
            var name = RuleFileChecks.FindBannedIdentifier(text.Substring(from), out var offset);
            if (name is null) return;

            // a verbatim identifier (@File) is matched with its '@', which the reported name drops
            var at = from + offset;
            var length = string.CompareOrdinal(text, at, name, 0, name.Length) == 0 ? name.Length : name.Length + 1;
            var start = JsonReader.SourceOffset(context.Text, expression, at);
            var end = JsonReader.SourceOffset(context.Text, expression, at + length);
            context.AddAt(start, end - start, label + "：" + what + "在第 " + (at + 1).ToString(CultureInfo.InvariantCulture) + " 个字符处用了「" + name + "」，规则表达式不能用它（反射、类型对象、委托、代码生成、进程、文件、环境变量、线程和时钟都在沙箱之外）；请改用已登记的辅助类");
            from = at + length;
        }
    }

    private static JsonNode? RequiredString(Context context, JsonNode owner, string member, string label, string prefix = "")
    {
        var property = owner.Find(member);
        if (property is null)
        {
            context.AddAt(owner.Start, 1, label + "：缺少 " + prefix + member);
            return null;
        }

        if (property.Value.Kind != JsonKind.String)
        {
            context.Add(property.Value, label + "：" + prefix + member + " 应是字符串，实际是" + property.Value.Describe());
            return null;
        }

        if (string.IsNullOrWhiteSpace(property.Value.Text))
        {
            context.Add(property.Value, label + "：" + prefix + member + " 为空");
            return null;
        }

        return property.Value;
    }

    private sealed class Context
    {
        private readonly List<RuleFileProblem> _problems;
        private int[]? _lineStarts;

        public Context(string text, List<RuleFileProblem> problems)
        {
            Text = text;
            _problems = problems;
        }

        public string Text { get; }

        public void Add(JsonNode node, string message) => AddAt(node.Start, node.End - node.Start, message);

        public void AddAt(int offset, int length, string message) => _problems.Add(new RuleFileProblem(offset, length, message));

        /// <summary>"第 L 行第 C 列" (1-based) of a node, for messages that refer to another place.</summary>
        public string Position(JsonNode node)
        {
            _lineStarts ??= LineStarts(Text);
            var line = Array.BinarySearch(_lineStarts, node.Start);
            if (line < 0) line = ~line - 1;
            var column = node.Start - _lineStarts[line];
            return "第 " + (line + 1).ToString(CultureInfo.InvariantCulture) + " 行第 " + (column + 1).ToString(CultureInfo.InvariantCulture) + " 列";
        }

        private static int[] LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n') starts.Add(i + 1);
            }

            return starts.ToArray();
        }
    }
}
