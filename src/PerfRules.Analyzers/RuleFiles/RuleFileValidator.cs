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

        CheckDuplicateMembers(context, workflow, label);
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

        if (rules.Value.Items.Count == 0)
        {
            context.Add(rules.Value, label + " has no rules");
            return;
        }

        var ruleNames = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Value.Items.Count; i++) ValidateRule(context, rules.Value.Items[i], label, i + 1, ruleNames);
    }

    private static void ValidateRule(Context context, JsonNode rule, string workflowLabel, int number, Dictionary<string, JsonNode> ruleNames)
    {
        var label = workflowLabel + ", rule #" + number.ToString(CultureInfo.InvariantCulture);
        if (rule.Kind != JsonKind.Object)
        {
            context.Add(rule, label + " must be an object, found " + rule.Describe());
            return;
        }

        label = CheckRuleName(context, rule, workflowLabel, label, ruleNames);
        CheckDuplicateMembers(context, rule, label);
        var expression = RequiredString(context, rule, "Expression", label);
        if (expression is not null) CheckExpression(context, expression, label, "the expression");

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

        var bag = properties.Value;
        CheckDuplicateMembers(context, bag, label + ": Properties");
        CheckIdentity(context, rule, bag, label);
        var scopeName = CheckScope(context, bag, label);
        if (bag.Find("Field") is { } field && scopeName.Length > 0 && scopeName != "table")
        {
            context.AddAt(field.NameStart, field.NameEnd - field.NameStart, label + ": Field is only allowed for table-scoped rules (Scope is '" + scopeName + "')");
        }

        if (bag.Find("Arguments") is { } arguments) CheckArguments(context, arguments, label);
    }

    /// <summary>Checks <c>RuleName</c> (present, unique in the workflow) and returns the label later messages use.</summary>
    private static string CheckRuleName(Context context, JsonNode rule, string workflowLabel, string label, Dictionary<string, JsonNode> ruleNames)
    {
        var name = RequiredString(context, rule, "RuleName", label);
        if (name is null) return label;
        label = workflowLabel + ", rule '" + name.Text + "'";
        if (ruleNames.TryGetValue(name.Text!, out var first))
        {
            context.Add(name, label + ": duplicate RuleName (first at " + context.Position(first) + ")");
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
            context.Add(id, label + ": Id '" + id.Text + "' is not well formed (a letter, then up to 31 letters, digits, '-', '_' or '.')");
        }
        else if (id is not null && RuleFileChecks.IsReservedId(id.Text))
        {
            context.Add(id, label + ": Id '" + id.Text + "' is reserved for the built-in catalogue (S, V, C, F, E, I followed by a digit); give your rules their own prefix, e.g. X01 or JS-01");
        }

        var severity = RequiredString(context, bag, "Severity", label, "Properties.");
        if (severity is not null && !RuleFileChecks.TryParseSeverity(severity.Text, out _))
        {
            context.Add(severity, label + ": Severity '" + severity.Text + "' is not one of " + string.Join(", ", RuleFileChecks.SeverityNames));
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
        var found = scope.Value.Kind == JsonKind.String ? "'" + scope.Value.Text + "'" : scope.Value.Describe();
        context.Add(scope.Value, label + ": Scope " + found + " is not one of " + string.Join(", ", RuleFileChecks.ScopeNames));
        return string.Empty;
    }

    private static void CheckArguments(Context context, JsonProperty arguments, string label)
    {
        if (arguments.Value.Kind != JsonKind.Object)
        {
            context.Add(arguments.Value, label + ": Properties.Arguments must be an object of name → expression, found " + arguments.Value.Describe());
            return;
        }

        foreach (var argument in arguments.Value.Properties)
        {
            if (argument.Value.Kind != JsonKind.String)
            {
                context.Add(argument.Value, label + ": argument '" + argument.Name + "' must be an expression string, found " + argument.Value.Describe());
            }
            else
            {
                CheckExpression(context, argument.Value, label, "argument '" + argument.Name + "'");
            }
        }
    }

    private static void CheckDuplicateMembers(Context context, JsonNode owner, string label)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in owner.Properties)
        {
            if (!seen.Add(property.Name))
            {
                context.AddAt(property.NameStart, property.NameEnd - property.NameStart, label + ": member '" + property.Name + "' appears twice");
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
            context.AddAt(start, end - start, label + ": " + what + " uses '" + name + "', which rule expressions may not use (reflection, type objects, delegates, code generation, processes, files, environment, threads and clocks are outside the sandbox); call the registered helper types instead");
            from = at + length;
        }
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
