using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PerfRules.Checks;
using PerfRules.Findings;
using PerfRules.Import;

namespace PerfRules.Rules.Loading;

/// <summary>
/// Reads a RulesEngine workflow file strictly (docs/rule-contracts.md): every member is
/// known, every rule has an Id, a Severity and a Message, RuleNames are unique within a workflow,
/// reserved ids stay with the catalogue, and every expression parses and stays in the sandbox.
/// Any problem is a <see cref="RuleLoadException"/> naming file, workflow and rule, and saying in Chinese what is
/// wrong and what to do (JSON member names, ids and scope words verbatim; never a .NET type name).
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
                throw new RuleLoadException(source.Name, null, null, "规则文件应是工作流数组或单个工作流对象（含 WorkflowName 和 Rules），实际是" + Describe(root.ValueKind) + "；格式见 docs/rule-contracts.md");
        }

        if (workflows.Count == 0) throw new RuleLoadException(source.Name, null, null, "规则文件中没有工作流；请至少写一个含 WorkflowName 和 Rules 的工作流");
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
                throw new RuleLoadException(source.Name, "#" + (w + 1).ToString(CultureInfo.InvariantCulture), null, InvalidEscape, ex);
            }

            if (!names.Add(workflowName)) throw new RuleLoadException(source.Name, workflowName, null, "WorkflowName 重复：本文件中已有同名工作流；请给每个工作流取不同的名称");
        }

        return rules;
    }

    private const string InvalidEscape = "字符串中有无效的转义（单独的 UTF-16 代理项，如 \\ud800），无法成为文本；请删除它或写出完整的字符";

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
                "文件中有 " + count.ToString("N0", CultureInfo.InvariantCulture) + " 条规则，超过用户规则文件合计还能容纳的 " +
                Math.Max(0, maxRules).ToString("N0", CultureInfo.InvariantCulture) + " 条（上限 MaxRules，按所有用户规则文件合计）；" +
                "请把检查分到几次运行中，或提高上限");
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
            throw new RuleLoadException(sourceName, null, null, "规则文件的 " + SystemErrorText.Json(ex), ex);
        }
        catch (ArgumentException ex)
        {
            // A string source holding a lone UTF-16 surrogate cannot be read as JSON text at all.
            throw new RuleLoadException(sourceName, null, null, "文本不是有效的 Unicode（含单独的 UTF-16 代理项）；请以 UTF-8 重新保存规则文件", ex);
        }
    }

    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    private static string ReadWorkflow(RuleSource source, JsonElement workflow, int position, int firstIndex, List<CatalogueRule> rules, ExpressionBounds bounds)
    {
        var fallbackName = "#" + (position + 1).ToString(CultureInfo.InvariantCulture);
        if (workflow.ValueKind != JsonValueKind.Object)
        {
            throw new RuleLoadException(source.Name, fallbackName, null, "工作流应是 JSON 对象（含 WorkflowName 和 Rules），实际是" + Describe(workflow.ValueKind));
        }

        string? name = null;
        if (workflow.TryGetProperty("WorkflowName", out var nameElement))
        {
            name = nameElement.ValueKind == JsonValueKind.String ? nameElement.GetString() : null;
            if (CheckText.IsBlank(name)) throw new RuleLoadException(source.Name, fallbackName, null, "WorkflowName 应是非空字符串；请为工作流命名");
        }
        else
        {
            throw new RuleLoadException(source.Name, fallbackName, null, "缺少 WorkflowName；请为工作流命名");
        }

        CheckMembers(workflow, WorkflowMembers, UnsupportedWorkflowMembers, m => new RuleLoadException(source.Name, name, null, m));
        CheckExpressionType(workflow, m => new RuleLoadException(source.Name, name, null, m));

        if (!workflow.TryGetProperty("Rules", out var rulesElement) || rulesElement.ValueKind != JsonValueKind.Array)
        {
            throw new RuleLoadException(source.Name, name, null, "缺少 Rules 或 Rules 不是数组；请把规则写在 Rules 数组中");
        }

        if (rulesElement.GetArrayLength() == 0) throw new RuleLoadException(source.Name, name, null, "工作流中没有规则；请在 Rules 中至少写一条规则，或删除该工作流");

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
                throw new RuleLoadException(source.Name, name, label, InvalidEscape, ex);
            }

            if (!ruleNames.Add(rule.RuleName)) throw new RuleLoadException(source.Name, name, rule.RuleName, "RuleName 在工作流中重复；请给每条规则取不同的名称");
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
            throw Error("缺少 Properties（其中 Id、Severity、Message 必填）");
        }

        CheckMembers(properties, PropertyMembers, null, m => Error("Properties 中" + m));
        RuleLoadException PropertyError(string m) => Error("Properties." + m);
        var (id, severity, scope) = ReadIdentity(source, properties, PropertyError, Error);

        var message = OptionalString(properties, "Message", PropertyError) ?? errorMessage;
        if (CheckText.IsBlank(message)) throw Error("缺少 Properties.Message（问题的消息模板）；请写明发现问题时显示的文字");

        var field = OptionalString(properties, "Field", PropertyError);
        if (field is not null && scope != RuleScope.Table) throw Error("只有 Scope 为 table 的规则才能写 Field；请删除 Field 或改 Scope");
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
            throw new RuleLoadException(source.Name, workflow, label, "规则应是 JSON 对象（含 RuleName、Expression、Properties），实际是" + Describe(rule.ValueKind));
        }

        if (rule.TryGetProperty("RuleName", out var nameElement) && nameElement.ValueKind == JsonValueKind.String && !CheckText.IsBlank(nameElement.GetString()))
        {
            return nameElement.GetString()!;
        }

        throw new RuleLoadException(source.Name, workflow, label, "缺少 RuleName 或 RuleName 不是非空字符串；请为规则命名");
    }

    private static bool ReadEnabled(JsonElement rule, Func<string, Exception?, RuleLoadException> error)
    {
        if (!rule.TryGetProperty("Enabled", out var enabledElement)) return true;
        return enabledElement.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw error("Enabled 应是 true 或 false", null),
        };
    }

    /// <summary><c>Properties.Id</c>, <c>Severity</c> and <c>Scope</c>, each checked against the rule-file contract.</summary>
    private static (string Id, Severity Severity, RuleScope Scope) ReadIdentity(
        RuleSource source, JsonElement properties, Func<string, RuleLoadException> propertyError, Func<string, Exception?, RuleLoadException> error)
    {
        var id = RequiredString(properties, "Id", propertyError);
        if (!RuleFileChecks.IsWellFormedId(id))
        {
            throw error("Id「" + id + "」格式不对：应以英文字母开头，后接字母、数字、'-'、'_' 或 '.'，最长 32 个字符", null);
        }

        if (!source.IsBuiltIn && RuleFileChecks.IsReservedId(id))
        {
            throw error("Id「" + id + "」留给内置规则目录（S、V、C、F、E、I 后接数字）；请用自己的前缀，如 X01 或 JS-01", null);
        }

        var severityText = RequiredString(properties, "Severity", propertyError);
        if (!RuleFileChecks.TryParseSeverity(severityText, out var severity))
        {
            throw error("Severity「" + severityText + "」不是 error、warning、info 之一", null);
        }

        var scopeText = OptionalString(properties, "Scope", propertyError) ?? "table";
        var scope = ParseScope(scopeText) ?? throw error("Scope「" + scopeText + "」不是 " + string.Join("、", RuleFileChecks.ScopeNames) + " 之一", null);
        return (id, severity, scope);
    }

    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    private static List<RuleArgument> ReadArguments(RuleSource source, JsonElement properties, RuleScope scope, ExpressionBounds bounds, Func<string, Exception?, RuleLoadException> error)
    {
        var arguments = new List<RuleArgument>();
        if (!properties.TryGetProperty("Arguments", out var argumentsElement)) return arguments;
        if (argumentsElement.ValueKind != JsonValueKind.Object) throw error("Properties.Arguments 应是“参数名 → 表达式”的对象，如 { \"kind\": \"indicator.FullYear.Kind\" }", null);
        foreach (var a in argumentsElement.EnumerateObject())
        {
            if (!Placeholder.IsMatch("{" + a.Name + "}") || a.Name.Length > 32)
            {
                throw error("参数名「" + a.Name + "」应以英文字母开头、后接字母或数字，最长 32 个字符", null);
            }

            if (a.Value.ValueKind != JsonValueKind.String) throw error("参数「" + a.Name + "」应是表达式字符串，实际是" + Describe(a.Value.ValueKind), null);
            var text = a.Value.GetString()!;
            var what = "参数「" + a.Name + "」的表达式";
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
            throw error(What(what) + ex.Message, ex);
        }
    }

    /// <summary>What an expression reason follows: <c>Expression 无法解析…</c>, <c>参数「n」的表达式无法解析…</c>.</summary>
    internal static string What(string what) => what.Length > 0 && what[what.Length - 1] < 128 ? what + " " : what;

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
                    "Message 中的 {" + name + "} 不是 Scope 为 " + ScopeName(scope) + " 的规则能提供的占位符（可用：" +
                    string.Join("、", known) + "）；其他值请在 Properties.Arguments 中声明", null);
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
            if (!seen.Add(p.Name)) throw error("成员「" + p.Name + "」出现了两次；请只保留一个");
            if (unsupported is not null && unsupported.Contains(p.Name))
            {
                throw error("成员「" + p.Name + "」在 PerfRules 规则文件中不受支持（每条规则只是一个沙箱内的表达式）；请删除它");
            }

            if (!known.Contains(p.Name)) throw error("未知成员「" + p.Name + "」（允许：" + string.Join("、", known) + "）；请检查拼写");
        }
    }

    private static void CheckExpressionType(JsonElement element, Func<string, RuleLoadException> error)
    {
        if (element.TryGetProperty("RuleExpressionType", out var t) &&
            !(t.ValueKind == JsonValueKind.String && t.GetString() == "LambdaExpression"))
        {
            throw error("RuleExpressionType 只能是 \"LambdaExpression\"（或省略）");
        }
    }

    private static string RequiredString(JsonElement element, string name, Func<string, Exception?, RuleLoadException> error) =>
        OptionalString(element, name, error) is { } s && !CheckText.IsBlank(s) ? s : throw error(name + " 缺失或为空", null);

    private static string RequiredString(JsonElement element, string name, Func<string, RuleLoadException> error) =>
        RequiredString(element, name, (m, _) => error(m));

    private static string? OptionalString(JsonElement element, string name, Func<string, Exception?, RuleLoadException> error)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw error(name + " 应是字符串，实际是" + Describe(value.ValueKind), null);
    }

    private static string? OptionalString(JsonElement element, string name, Func<string, RuleLoadException> error) =>
        OptionalString(element, name, (m, _) => error(m));

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "数组",
        JsonValueKind.String => "字符串",
        JsonValueKind.Number => "数字",
        JsonValueKind.True or JsonValueKind.False => "布尔值",
        JsonValueKind.Null => " null",
        _ => "空",
    };
}
