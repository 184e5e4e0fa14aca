using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PerfRules.Checks;
using PerfRules.Findings;

namespace PerfRules.Rules.Loading;

/// <summary>
/// Reads a RulesEngine workflow file strictly (docs/rule-contracts.md): every member is
/// known, every rule has an Id, a Severity and a Message, RuleNames are unique within a workflow,
/// reserved ids stay with the catalogue, and every expression parses and stays in the sandbox.
/// Any problem is a <see cref="RuleLoadException"/> naming file, workflow and rule.
/// </summary>
internal static class RuleFileReader
{
    private static readonly Regex Placeholder = new(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    private static readonly HashSet<string> WorkflowMembers = new(StringComparer.Ordinal) { "WorkflowName", "Rules", "RuleExpressionType" };
    private static readonly HashSet<string> UnsupportedWorkflowMembers = new(StringComparer.Ordinal) { "GlobalParams", "WorkflowsToInject", "WorkflowRulesToInject" };
    private static readonly HashSet<string> RuleMembers = new(StringComparer.Ordinal)
    {
        "RuleName", "Expression", "Properties", "ErrorMessage", "Enabled", "RuleExpressionType", "SuccessEvent",
    };

    private static readonly HashSet<string> UnsupportedRuleMembers = new(StringComparer.Ordinal)
    {
        "LocalParams", "Actions", "Rules", "Operator", "WorkflowsToInject",
    };

    private static readonly HashSet<string> PropertyMembers = new(StringComparer.Ordinal)
    {
        "Id", "Severity", "Message", "Scope", "Field", "Title", "Arguments",
    };

    /// <summary>Reads <paramref name="source"/>; rules are numbered from <paramref name="firstIndex"/>.</summary>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    public static IReadOnlyList<CatalogueRule> Read(RuleSource source, int firstIndex) => Read(source, firstIndex, ExpressionBounds.Default);

    /// <summary>Reads <paramref name="source"/>; user expressions longer or deeper than <paramref name="bounds"/> allow are a load error.</summary>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    public static IReadOnlyList<CatalogueRule> Read(RuleSource source, int firstIndex, ExpressionBounds bounds) => Read(source, firstIndex, bounds, int.MaxValue);

    /// <summary>
    /// Reads <paramref name="source"/>; a user file holding more than <paramref name="maxRules"/> rules is refused
    /// before any expression is parsed (<see cref="RuleOptions.MaxRules"/>).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    public static IReadOnlyList<CatalogueRule> Read(RuleSource source, int firstIndex, ExpressionBounds bounds, int maxRules)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        using var document = ParseDocument(source.Name, source.Json);
        var root = document.RootElement;
        var workflows = new List<JsonElement>();
        switch (root.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var w in root.EnumerateArray()) workflows.Add(w);
                break;
            case JsonValueKind.Object:
                workflows.Add(root);
                break;
            default:
                throw new RuleLoadException(source.Name, null, null, "the file must hold an array of workflows or one workflow object, not " + Describe(root.ValueKind));
        }

        if (workflows.Count == 0) throw new RuleLoadException(source.Name, null, null, "the file holds no workflow");
        if (!source.IsBuiltIn) CheckRuleCount(source, workflows, maxRules);

        var rules = new List<CatalogueRule>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var w = 0; w < workflows.Count; w++)
        {
            string workflowName;
            try
            {
                workflowName = ReadWorkflow(source, workflows[w], w, firstIndex, rules, bounds);
            }
            catch (InvalidOperationException ex)
            {
                // A JSON escape of a lone UTF-16 surrogate ("\ud800") in a workflow's own members cannot become a .NET string.
                throw new RuleLoadException(source.Name, "#" + (w + 1).ToString(CultureInfo.InvariantCulture), null, InvalidEscape + ex.Message, ex);
            }

            if (!names.Add(workflowName)) throw new RuleLoadException(source.Name, workflowName, null, "duplicate WorkflowName");
        }

        return rules;
    }

    private const string InvalidEscape = "a string holds an invalid escape (a lone UTF-16 surrogate such as \\ud800): ";

    private static void CheckRuleCount(RuleSource source, List<JsonElement> workflows, int maxRules)
    {
        long count = 0;
        foreach (var w in workflows)
        {
            if (w.ValueKind == JsonValueKind.Object && w.TryGetProperty("Rules", out var r) && r.ValueKind == JsonValueKind.Array) count += r.GetArrayLength();
        }

        if (count > maxRules)
        {
            throw new RuleLoadException(source.Name, null, null,
                "the file holds " + count.ToString("N0", CultureInfo.InvariantCulture) + " rules, more than the " +
                Math.Max(0, maxRules).ToString("N0", CultureInfo.InvariantCulture) + " the rule files may still hold (RuleOptions.MaxRules, " +
                "counted over all user rule files); split the checks across runs or raise the limit");
        }
    }

    private static JsonDocument ParseDocument(string sourceName, string json)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = false,
                AllowDuplicateProperties = false,
            });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line
                ? " at line " + (line + 1).ToString(CultureInfo.InvariantCulture) +
                  (ex.BytePositionInLine is { } col ? ", byte " + (col + 1).ToString(CultureInfo.InvariantCulture) : string.Empty)
                : string.Empty;
            throw new RuleLoadException(sourceName, null, null, "JSON syntax error" + where + ": " + ex.Message, ex);
        }
        catch (ArgumentException ex)
        {
            // A string source holding a lone UTF-16 surrogate cannot be read as JSON text at all.
            throw new RuleLoadException(sourceName, null, null, "the text is not valid Unicode (a lone surrogate): " + ex.Message, ex);
        }
    }

    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    private static string ReadWorkflow(RuleSource source, JsonElement workflow, int position, int firstIndex, List<CatalogueRule> rules, ExpressionBounds bounds)
    {
        var fallbackName = "#" + (position + 1).ToString(CultureInfo.InvariantCulture);
        if (workflow.ValueKind != JsonValueKind.Object)
        {
            throw new RuleLoadException(source.Name, fallbackName, null, "a workflow must be a JSON object, not " + Describe(workflow.ValueKind));
        }

        string? name = null;
        if (workflow.TryGetProperty("WorkflowName", out var nameElement))
        {
            name = nameElement.ValueKind == JsonValueKind.String ? nameElement.GetString() : null;
            if (CheckText.IsBlank(name)) throw new RuleLoadException(source.Name, fallbackName, null, "WorkflowName must be a non-empty string");
        }
        else
        {
            throw new RuleLoadException(source.Name, fallbackName, null, "WorkflowName is missing");
        }

        CheckMembers(workflow, WorkflowMembers, UnsupportedWorkflowMembers, m => new RuleLoadException(source.Name, name, null, m));
        CheckExpressionType(workflow, m => new RuleLoadException(source.Name, name, null, m));

        if (!workflow.TryGetProperty("Rules", out var rulesElement) || rulesElement.ValueKind != JsonValueKind.Array)
        {
            throw new RuleLoadException(source.Name, name, null, "Rules must be an array of rules");
        }

        if (rulesElement.GetArrayLength() == 0) throw new RuleLoadException(source.Name, name, null, "the workflow has no rules");

        var ruleNames = new HashSet<string>(StringComparer.Ordinal);
        var r = 0;
        foreach (var ruleElement in rulesElement.EnumerateArray())
        {
            r++;
            CatalogueRule rule;
            try
            {
                rule = ReadRule(source, name!, ruleElement, r, firstIndex + rules.Count, bounds);
            }
            catch (InvalidOperationException ex)
            {
                var label = ruleElement.ValueKind == JsonValueKind.Object && ruleElement.TryGetProperty("RuleName", out var n) && n.ValueKind == JsonValueKind.String && TryText(n) is { } t
                    ? t
                    : "#" + r.ToString(CultureInfo.InvariantCulture);
                throw new RuleLoadException(source.Name, name, label, InvalidEscape + ex.Message, ex);
            }

            if (!ruleNames.Add(rule.RuleName)) throw new RuleLoadException(source.Name, name, rule.RuleName, "duplicate RuleName in the workflow");
            rules.Add(rule);
        }

        return name!;
    }

    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    private static CatalogueRule ReadRule(RuleSource source, string workflow, JsonElement rule, int position, int index, ExpressionBounds bounds)
    {
        var label = RuleLabel(source, workflow, rule, position);
        RuleLoadException Error(string reason, Exception? inner = null) => new(source.Name, workflow, label, reason, inner);

        CheckMembers(rule, RuleMembers, UnsupportedRuleMembers, m => Error(m));
        CheckExpressionType(rule, m => Error(m));

        var expression = RequiredString(rule, "Expression", Error);
        ExpressionLimits.Check(source, "Expression", expression, bounds, Error);
        var errorMessage = OptionalString(rule, "ErrorMessage", Error);
        OptionalString(rule, "SuccessEvent", Error);
        var enabled = ReadEnabled(rule, Error);

        if (!rule.TryGetProperty("Properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            throw Error("Properties is missing (Id, Severity and Message are required)");
        }

        CheckMembers(properties, PropertyMembers, null, m => Error("Properties: " + m));
        RuleLoadException PropertyError(string m) => Error("Properties: " + m);
        var (id, severity, scope) = ReadIdentity(source, properties, PropertyError, Error);

        var message = OptionalString(properties, "Message", PropertyError) ?? errorMessage;
        if (CheckText.IsBlank(message)) throw Error("Properties.Message is missing (the finding's message template)");

        var field = OptionalString(properties, "Field", PropertyError);
        if (field is not null && scope != RuleScope.Table) throw Error("Field is only allowed for table-scoped rules");
        var title = OptionalString(properties, "Title", PropertyError) ?? label;

        var arguments = ReadArguments(source, properties, scope, bounds, Error);
        CheckPlaceholders(message!, scope, field, arguments, Error);
        var condition = ParseExpression(source, "Expression", expression, scope, typeof(bool), bounds, Error);

        return new CatalogueRule(index, id, label, workflow, source.Name, source.IsBuiltIn, severity, scope, message!, field, title,
            expression, enabled, arguments, condition);
    }

    /// <summary>The rule's <c>RuleName</c>, which every later error names; a rule that is not an object or has none is refused by position.</summary>
    private static string RuleLabel(RuleSource source, string workflow, JsonElement rule, int position)
    {
        var label = "#" + position.ToString(CultureInfo.InvariantCulture);
        if (rule.ValueKind != JsonValueKind.Object)
        {
            throw new RuleLoadException(source.Name, workflow, label, "a rule must be a JSON object, not " + Describe(rule.ValueKind));
        }

        if (rule.TryGetProperty("RuleName", out var nameElement) && nameElement.ValueKind == JsonValueKind.String && !CheckText.IsBlank(nameElement.GetString()))
        {
            return nameElement.GetString()!;
        }

        throw new RuleLoadException(source.Name, workflow, label, "RuleName is missing or not a non-empty string");
    }

    private static bool ReadEnabled(JsonElement rule, Func<string, Exception?, RuleLoadException> error)
    {
        if (!rule.TryGetProperty("Enabled", out var enabledElement)) return true;
        return enabledElement.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw error("Enabled must be true or false", null),
        };
    }

    /// <summary><c>Properties.Id</c>, <c>Severity</c> and <c>Scope</c>, each checked against the rule-file contract.</summary>
    private static (string Id, Severity Severity, RuleScope Scope) ReadIdentity(
        RuleSource source, JsonElement properties, Func<string, RuleLoadException> propertyError, Func<string, Exception?, RuleLoadException> error)
    {
        var id = RequiredString(properties, "Id", propertyError);
        if (!RuleFileChecks.IsWellFormedId(id))
        {
            throw error("Id '" + id + "' is not well formed (a letter, then letters, digits, '-', '_' or '.')", null);
        }

        if (!source.IsBuiltIn && RuleFileChecks.IsReservedId(id))
        {
            throw error("Id '" + id + "' is reserved for the built-in catalogue (S, V, C, F, E, I followed by a digit); use your own prefix such as X01", null);
        }

        var severityText = RequiredString(properties, "Severity", propertyError);
        if (!RuleFileChecks.TryParseSeverity(severityText, out var severity))
        {
            throw error("Severity '" + severityText + "' is not one of error, warning, info", null);
        }

        var scopeText = OptionalString(properties, "Scope", propertyError) ?? "table";
        var scope = ParseScope(scopeText) ?? throw error("Scope '" + scopeText + "' is not one of " + string.Join(", ", RuleFileChecks.ScopeNames), null);
        return (id, severity, scope);
    }

    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    private static List<RuleArgument> ReadArguments(RuleSource source, JsonElement properties, RuleScope scope, ExpressionBounds bounds, Func<string, Exception?, RuleLoadException> error)
    {
        var arguments = new List<RuleArgument>();
        if (!properties.TryGetProperty("Arguments", out var argumentsElement)) return arguments;
        if (argumentsElement.ValueKind != JsonValueKind.Object) throw error("Properties.Arguments must be an object of name → expression", null);
        foreach (var a in argumentsElement.EnumerateObject())
        {
            if (!Placeholder.IsMatch("{" + a.Name + "}") || a.Name.Length > 32)
            {
                throw error("argument name '" + a.Name + "' must be a letter followed by letters or digits", null);
            }

            if (a.Value.ValueKind != JsonValueKind.String) throw error("argument '" + a.Name + "' must be an expression string", null);
            var text = a.Value.GetString()!;
            var what = "argument '" + a.Name + "' expression";
            ExpressionLimits.Check(source, what, text, bounds, error);
            arguments.Add(new RuleArgument(a.Name, text, ParseExpression(source, what, text, scope, null, bounds, error)));
        }

        return arguments;
    }

    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    private static System.Linq.Expressions.LambdaExpression ParseExpression(
        RuleSource source, string what, string text, RuleScope scope, Type? returnType, ExpressionBounds bounds, Func<string, Exception?, RuleLoadException> error)
    {
        try
        {
            return ExpressionSandbox.Parse(text, scope, returnType, checkTokens: true, bounds, meter: !source.IsBuiltIn);
        }
        catch (SandboxViolationException ex)
        {
            throw error(what + " " + ex.Message, ex);
        }
    }

    private static string? TryText(JsonElement e)
    {
        try
        {
            return e.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Placeholders every rule of a scope can use without declaring them.</summary>
    internal static IReadOnlyCollection<string> StandardPlaceholders(RuleScope scope, bool hasField) => scope switch
    {
        RuleScope.Table => hasField ? new[] { "table", "asOf", "field" } : new[] { "table", "asOf" },
        RuleScope.Field => new[] { "table", "asOf", "field", "value" },
        RuleScope.Indicator => new[] { "table", "asOf", "indicator", "row", "level1", "level2", "half", "full" },
        RuleScope.Cell => new[] { "table", "asOf", "indicator", "row", "level1", "level2", "half", "full", "field", "value" },
        RuleScope.Funding => new[] { "table", "asOf", "field", "expenditure", "half", "full" },
        _ => Array.Empty<string>(),
    };

    private static void CheckPlaceholders(string message, RuleScope scope, string? field, List<RuleArgument> arguments, Func<string, Exception?, RuleLoadException> error)
    {
        var known = new HashSet<string>(StandardPlaceholders(scope, field is not null), StringComparer.Ordinal);
        foreach (var a in arguments) known.Add(a.Name);
        foreach (Match m in Placeholder.Matches(message))
        {
            var name = m.Groups["name"].Value;
            if (!known.Contains(name))
            {
                throw error(
                    "Message uses {" + name + "}, which a " + ScopeName(scope) + "-scoped rule does not provide (available: " +
                    string.Join(", ", known) + "; declare others in Properties.Arguments)", null);
            }
        }
    }

    private static RuleScope? ParseScope(string text) => text switch
    {
        "table" => RuleScope.Table,
        "field" => RuleScope.Field,
        "indicator" => RuleScope.Indicator,
        "cell" => RuleScope.Cell,
        "funding" => RuleScope.Funding,
        _ => null,
    };

    internal static string ScopeName(RuleScope scope) => RuleFileChecks.ScopeNames[(int)scope];

    private static void CheckMembers(JsonElement element, HashSet<string> known, HashSet<string>? unsupported, Func<string, RuleLoadException> error)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in element.EnumerateObject())
        {
            if (!seen.Add(p.Name)) throw error("member '" + p.Name + "' appears twice");
            if (unsupported is not null && unsupported.Contains(p.Name))
            {
                throw error("'" + p.Name + "' is not supported in PerfRules rule files (each rule is one sandboxed expression)");
            }

            if (!known.Contains(p.Name)) throw error("unknown member '" + p.Name + "' (allowed: " + string.Join(", ", known) + ")");
        }
    }

    private static void CheckExpressionType(JsonElement element, Func<string, RuleLoadException> error)
    {
        if (element.TryGetProperty("RuleExpressionType", out var t) &&
            !(t.ValueKind == JsonValueKind.String && t.GetString() == "LambdaExpression"))
        {
            throw error("RuleExpressionType must be \"LambdaExpression\"");
        }
    }

    private static string RequiredString(JsonElement element, string name, Func<string, Exception?, RuleLoadException> error) =>
        OptionalString(element, name, error) is { } s && !CheckText.IsBlank(s) ? s : throw error(name + " is missing or empty", null);

    private static string RequiredString(JsonElement element, string name, Func<string, RuleLoadException> error) =>
        RequiredString(element, name, (m, _) => error(m));

    private static string? OptionalString(JsonElement element, string name, Func<string, Exception?, RuleLoadException> error)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw error(name + " must be a string, not " + Describe(value.ValueKind), null);
    }

    private static string? OptionalString(JsonElement element, string name, Func<string, RuleLoadException> error) =>
        OptionalString(element, name, (m, _) => error(m));

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
