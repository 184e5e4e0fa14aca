using System;
using System.Collections.Generic;
using System.Globalization;
using PerfRules.Analyzers.Json;

namespace PerfRules.Analyzers.RuleFiles;

/// <summary>
/// Checks a <c>*.perfrules.json</c> rule file as far as that is possible without RulesEngine
/// (analyzers.md PR0006, contracts.md "Rule files"): JSON syntax; an array of workflows or one workflow;
/// WorkflowName and Rules; per rule a RuleName (unique in its workflow), an Expression without banned
/// names, and Properties with Id (not a reserved built-in id), Severity (error | warning | info), Message
/// and an optional Scope (table | indicator | funding). Unknown members are left to the loader.
/// </summary>
internal static class RuleFileValidator
{
    private static readonly string[] Severities = { "error", "warning", "info" };
    private static readonly string[] Scopes = { "table", "indicator", "funding" };

    /// <summary>All problems of one file, in source order; empty when the file is fine.</summary>
    public static IReadOnlyList<RuleFileProblem> Validate(string text)
    {
        var problems = new List<RuleFileProblem>();
        if (!JsonReader.TryParse(text, out var root, out var error))
        {
            problems.Add(new RuleFileProblem(error!.Offset, error.Length, "JSON syntax error: " + error.Message));
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
                context.Add(root, "a rule file holds an array of workflows or one workflow object, found " + root.Describe());
                break;
        }

        problems.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return problems;
    }

    private static void ValidateWorkflow(Context context, JsonNode workflow, int number, Dictionary<string, JsonNode> workflowNames)
    {
        var label = "workflow #" + number.ToString(CultureInfo.InvariantCulture);
        if (workflow.Kind != JsonKind.Object)
        {
            context.Add(workflow, label + " must be an object with WorkflowName and Rules, found " + workflow.Describe());
            return;
        }

        var name = RequiredString(context, workflow, "WorkflowName", label);
        if (name is not null)
        {
            label = "workflow '" + name.Text + "'";
            if (workflowNames.TryGetValue(name.Text!, out var first))
            {
                context.Add(name, label + " is defined twice (first at " + context.Position(first) + ")");
            }
            else
            {
                workflowNames.Add(name.Text!, name);
            }
        }

        var rules = workflow.Find("Rules");
        if (rules is null)
        {
            context.AddAt(workflow.Start, 1, label + " has no Rules array");
            return;
        }

        if (rules.Value.Kind != JsonKind.Array)
        {
            context.Add(rules.Value, label + ": Rules must be an array, found " + rules.Value.Describe());
            return;
        }

        var ruleNames = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Value.Items.Count; i++) ValidateRule(context, rules.Value.Items[i], label, i + 1, ruleNames, nested: false);
    }

    private static void ValidateRule(Context context, JsonNode rule, string workflowLabel, int number, Dictionary<string, JsonNode> ruleNames, bool nested)
    {
        var label = workflowLabel + ", rule #" + number.ToString(CultureInfo.InvariantCulture);
        if (rule.Kind != JsonKind.Object)
        {
            context.Add(rule, label + " must be an object, found " + rule.Describe());
            return;
        }

        var name = RequiredString(context, rule, "RuleName", label);
        if (name is not null)
        {
            label = workflowLabel + ", rule '" + name.Text + "'";
            if (ruleNames.TryGetValue(name.Text!, out var first))
            {
                context.Add(name, label + ": duplicate RuleName (first at " + context.Position(first) + ")");
            }
            else
            {
                ruleNames.Add(name.Text!, name);
            }
        }

        // A rule either has an expression or combines nested rules with an Operator (RulesEngine).
        var children = rule.Find("Rules");
        if (children is not null && children.Value.Kind == JsonKind.Array && children.Value.Items.Count > 0)
        {
            for (var i = 0; i < children.Value.Items.Count; i++) ValidateRule(context, children.Value.Items[i], label, i + 1, ruleNames, nested: true);
        }
        else
        {
            var expression = RequiredString(context, rule, "Expression", label);
            if (expression is not null) CheckExpression(context, expression, label);
        }

        if (nested && rule.Find("Properties") is null) return;
        var properties = rule.Find("Properties");
        if (properties is null)
        {
            context.AddAt(rule.Start, 1, label + " has no Properties (Id, Severity and Message are required)");
            return;
        }

        if (properties.Value.Kind != JsonKind.Object)
        {
            context.Add(properties.Value, label + ": Properties must be an object with Id, Severity and Message, found " + properties.Value.Describe());
            return;
        }

        var id = RequiredString(context, properties.Value, "Id", label, "Properties.");
        if (id is not null && IsReserved(id.Text!))
        {
            context.Add(id, label + ": Id '" + id.Text + "' is reserved for the built-in catalogue (S, V, C, F, E, I + number); give your rules their own prefix, e.g. X01 or JS-01");
        }

        var severity = RequiredString(context, properties.Value, "Severity", label, "Properties.");
        if (severity is not null && !IsOneOf(severity.Text!, Severities))
        {
            context.Add(severity, label + ": Severity '" + severity.Text + "' is not one of error, warning, info");
        }

        RequiredString(context, properties.Value, "Message", label, "Properties.");

        var scope = properties.Value.Find("Scope");
        if (scope is not null && (scope.Value.Kind != JsonKind.String || !IsOneOf(scope.Value.Text!, Scopes)))
        {
            var found = scope.Value.Kind == JsonKind.String ? "'" + scope.Value.Text + "'" : scope.Value.Describe();
            context.Add(scope.Value, label + ": Scope " + found + " is not one of table, indicator, funding");
        }
    }

    private static void CheckExpression(Context context, JsonNode expression, string label)
    {
        foreach (var (offset, name, reason) in ExpressionTokens.FindBanned(expression.Text!))
        {
            var start = JsonReader.SourceOffset(context.Text, expression, offset);
            var end = JsonReader.SourceOffset(context.Text, expression, offset + name.Length);
            context.AddAt(start, end - start, label + ": the expression uses '" + name + "' (" + reason + "), which rule expressions may not use; call the registered helper types instead");
        }
    }

    /// <summary>Built-in catalogue ids are one reserved letter and digits (S01, V10, I08); contracts.md reserves them.</summary>
    private static bool IsReserved(string id)
    {
        var text = id.Trim();
        if (text.Length < 2 || "SVCFEIsvcfei".IndexOf(text[0]) < 0) return false;
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] < '0' || text[i] > '9') return false;
        }

        return true;
    }

    // Severity and Scope words are matched ignoring case, like the loader's enum reading.
    private static bool IsOneOf(string value, string[] allowed)
    {
        foreach (var a in allowed)
        {
            if (string.Equals(value.Trim(), a, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static JsonNode? RequiredString(Context context, JsonNode owner, string member, string label, string prefix = "")
    {
        var property = owner.Find(member);
        if (property is null)
        {
            context.AddAt(owner.Start, 1, label + " has no " + prefix + member);
            return null;
        }

        if (property.Value.Kind != JsonKind.String)
        {
            context.Add(property.Value, label + ": " + prefix + member + " must be a string, found " + property.Value.Describe());
            return null;
        }

        if (string.IsNullOrWhiteSpace(property.Value.Text))
        {
            context.Add(property.Value, label + ": " + prefix + member + " is empty");
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

        /// <summary>"line L, column C" (1-based) of a node, for messages that refer to another place.</summary>
        public string Position(JsonNode node)
        {
            _lineStarts ??= LineStarts(Text);
            var line = Array.BinarySearch(_lineStarts, node.Start);
            if (line < 0) line = ~line - 1;
            var column = node.Start - _lineStarts[line];
            return "line " + (line + 1).ToString(CultureInfo.InvariantCulture) + ", column " + (column + 1).ToString(CultureInfo.InvariantCulture);
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
