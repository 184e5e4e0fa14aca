using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using PerfRules.Checks;
using PerfRules.Rules.Loading;
using PerfRules.Tables;
using PerfRules.Values;
using RulesEngine.Models;

namespace PerfRules.Rules.Evaluation;

/// <summary>
/// The reference evaluation path: one RulesEngine instance holding one workflow per (profile, scope)
/// with that profile's enabled rules, compiled once when the engine is created (a warm-up run on a
/// synthetic table fills RulesEngine's compiled-rule cache) and reused for every table.
/// </summary>
internal sealed class RulesEngineVerdicts : IVerdictSource
{
    private readonly global::RulesEngine.RulesEngine _engine;
    private readonly string?[,] _workflows;
    private readonly Dictionary<string, CatalogueRule> _byEngineName = new(StringComparer.Ordinal);

    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    public RulesEngineVerdicts(RuleSet ruleSet)
    {
        if (ruleSet is null) throw new ArgumentNullException(nameof(ruleSet));
        var settings = new ReSettings
        {
            // The same custom types the sandbox parsed with; nothing registered implicitly.
            CustomTypes = ExpressionTypes.All,
            AutoRegisterInputType = false,
            IsExpressionCaseSensitive = true,
            // Expressions are single sandboxed lambdas: no scoped params, no actions.
            EnableScopedParams = false,
            AutoExecuteActions = false,
            // A rule that throws is an engine error, never a silent IsSuccess = false.
            EnableExceptionAsErrorMessage = false,
            IgnoreException = false,
            EnableFormattedErrorMessage = false,
        };
        _engine = new global::RulesEngine.RulesEngine(settings);

#if NET
        var scopes = Enum.GetValues<RuleScope>();
#else
        var scopes = (RuleScope[])Enum.GetValues(typeof(RuleScope));
#endif
        _workflows = new string?[ruleSet.Profiles.Count, scopes.Length];
        foreach (var rule in ruleSet.Rules) _byEngineName[EngineName(rule)] = rule;
        foreach (var profile in ruleSet.Profiles)
        {
            foreach (var scope in scopes)
            {
                var rules = profile.RulesOf(scope);
                if (rules.Count == 0) continue;
                var name = "p" + profile.Ordinal.ToString(CultureInfo.InvariantCulture) + "." + RuleFileReader.ScopeName(scope);
                _engine.AddWorkflow(new Workflow
                {
                    WorkflowName = name,
                    Rules = rules.Select(r => new Rule
                    {
                        RuleName = EngineName(r),
                        Expression = r.Expression,
                        RuleExpressionType = RuleExpressionType.LambdaExpression,
                    }).ToList(),
                });
                _workflows[profile.Ordinal, (int)scope] = name;
            }
        }

        WarmUp(ruleSet, scopes);
    }

    /// <inheritdoc />
    public void Evaluate(ResolvedProfile profile, IReadOnlyList<CatalogueRule> rules, in ScopeInputs inputs, bool[] verdicts)
    {
        var workflow = _workflows[profile.Ordinal, (int)inputs.Scope];
        if (workflow is null || rules.Count == 0) return;
        var results = Execute(workflow, inputs, rules, inputs.Table.Name);
        if (results.Count != rules.Count)
        {
            throw new RuleEvaluationException(rules[0].Id, rules[0].RuleName, rules[0].SourceName, inputs.Table.Name,
                "RulesEngine 对 " + rules.Count.ToString(CultureInfo.InvariantCulture) + " 条规则返回了 " +
                results.Count.ToString(CultureInfo.InvariantCulture) + " 个结果（内部错误，请报告此问题）");
        }

        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var rule = rules[i];
            if (!string.Equals(result.Rule?.RuleName, EngineName(rule), StringComparison.Ordinal))
            {
                // RulesEngine keeps workflow order today; if that ever changes, map by name.
                rule = Find(result.Rule?.RuleName, inputs.Table.Name);
                var position = IndexOf(rules, rule);
                verdicts[position] = Verdict(result, rule, inputs.Table.Name);
                continue;
            }

            verdicts[i] = Verdict(result, rule, inputs.Table.Name);
        }
    }

    private List<RuleResultTree> Execute(string workflow, in ScopeInputs inputs, IReadOnlyList<CatalogueRule> rules, string? tableName)
    {
        var names = ScopeInputs.Names(inputs.Scope);
        var values = inputs.Arguments();
        var parameters = new RuleParameter[names.Length];
        for (var i = 0; i < names.Length; i++) parameters[i] = new RuleParameter(names[i], values[i]);
        try
        {
            var pending = _engine.ExecuteAllRulesAsync(workflow, parameters);
            return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not RuleEvaluationException)
        {
            var rule = ex.Data.Contains(nameof(Rule.RuleName)) && ex.Data[nameof(Rule.RuleName)] is string n && _byEngineName.TryGetValue(n, out var r)
                ? r
                : rules[0];
            throw RuleEvaluationException.Of(rule, tableName, (ex.InnerException ?? ex).Message, ex);
        }
    }

    private static bool Verdict(RuleResultTree result, CatalogueRule rule, string? tableName)
    {
        if (!string.IsNullOrEmpty(result.ExceptionMessage))
        {
            throw RuleEvaluationException.Of(rule, tableName, result.ExceptionMessage);
        }

        return result.IsSuccess;
    }

    private CatalogueRule Find(string? engineName, string? tableName) =>
        engineName is not null && _byEngineName.TryGetValue(engineName, out var rule)
            ? rule
            : throw new RuleEvaluationException("?", engineName ?? "?", "RulesEngine", tableName, "RulesEngine 返回了未知规则的结果（内部错误，请报告此问题）");

    private static int IndexOf(IReadOnlyList<CatalogueRule> rules, CatalogueRule rule)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (ReferenceEquals(rules[i], rule)) return i;
        }

        throw new RuleEvaluationException(rule.Id, rule.RuleName, rule.SourceName, null, "RulesEngine 运行了配置没有要求的规则（内部错误，请报告此问题）");
    }

    private static string EngineName(CatalogueRule rule) => "r" + rule.Index.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Runs every workflow once on a synthetic one-row table so RulesEngine compiles (and caches) every
    /// rule now, at load. A rule that throws on the synthetic data is not an error here (real tables
    /// decide that); a rule RulesEngine cannot compile is a load error.
    /// </summary>
    private void WarmUp(RuleSet ruleSet, RuleScope[] scopes)
    {
        var indicator = new Indicator(1, string.Empty, string.Empty, string.Empty, IndicatorValue.Empty, IndicatorValue.Empty);
        var expenditure = new Expenditure(string.Empty, Amount.Missing, Amount.Missing);
        var table = new PerformanceTable(string.Empty)
        {
            Indicators = ValueList.Of(indicator),
            Funding = new Funding { Expenditures = ValueList.Of(expenditure) },
        };
        var asOf = new DateTime(2000, 6, 30);
        foreach (var profile in ruleSet.Profiles)
        {
            foreach (var scope in scopes)
            {
                var workflow = _workflows[profile.Ordinal, (int)scope];
                if (workflow is null) continue;
                var inputs = new ScopeInputs(scope, table, asOf, new TableField(string.Empty, null, null, false), indicator,
                    IndicatorCell.FullYearOf(indicator), expenditure);
                try
                {
                    Execute(workflow, inputs, profile.RulesOf(scope), null);
                }
                catch (RuleEvaluationException ex) when (ex.InnerException?.Message.Contains("Error while compiling rule") == true ||
                                                         ex.Message.Contains("Error while compiling rule"))
                {
                    throw new RuleLoadException(ex.SourceName, null, ex.RuleName, "RulesEngine 无法编译 Expression（它已通过加载时的检查，这是 RulesEngine 与本工具编译方式的差异）；请改用默认的编译模式，或报告此问题", ex);
                }
                catch (RuleEvaluationException)
                {
                    // Synthetic data only warms the cache; whether the rule runs on real tables is decided there.
                }
            }
        }
    }
}
