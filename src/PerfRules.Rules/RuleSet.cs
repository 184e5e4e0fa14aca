using System;
using System.Collections.Generic;
using System.Globalization;
using PerfRules.Rules.Loading;
using PerfRules.Tables;

namespace PerfRules.Rules;

/// <summary>
/// The validated rules of a run: the built-in catalogue (workflows structure, value, consistency,
/// funding, in that order), then the profile's rule files, then extra sources, each parsed once and
/// vetted by the sandbox; and the profiles resolved against them. Immutable and shared: every
/// evaluation path (RulesEngine, compiled batch) runs the same parsed expressions.
/// </summary>
public sealed class RuleSet
{
    /// <summary>The built-in workflow files, in catalogue order.</summary>
    internal static readonly string[] BuiltInWorkflows = { "structure", "value", "consistency", "funding" };

    // Ids a profile may switch even when no loaded rule carries them yet (E ids arrive with scoring; I ids are the reader's).
    private static readonly string[] KnownCatalogueIds = BuildKnownIds();

    private readonly Dictionary<string, ResolvedProfile> _byBase;

    private RuleSet(IReadOnlyList<CatalogueRule> rules, IReadOnlyList<ResolvedProfile> profiles, RuleProfile? userProfile)
    {
        Rules = rules;
        Profiles = profiles;
        UserProfile = userProfile;
        _byBase = new Dictionary<string, ResolvedProfile>(StringComparer.Ordinal);
        foreach (var p in profiles) _byBase[p.BaseName] = p;
    }

    /// <summary>Every loaded rule in evaluation order (<see cref="CatalogueRule.Index"/> is the position).</summary>
    public IReadOnlyList<CatalogueRule> Rules { get; }

    /// <summary>The resolved profiles: one per built-in base the run can select.</summary>
    public IReadOnlyList<ResolvedProfile> Profiles { get; }

    /// <summary>The user's profile, or null.</summary>
    public RuleProfile? UserProfile { get; }

    /// <summary>The evaluation budget of each user rule on each table (<see cref="RuleOptions.MaxEvaluationSteps"/>, <see cref="RuleOptions.MaxEvaluationCharacters"/>).</summary>
    internal Evaluation.EvaluationLimits Limits { get; private init; } = Evaluation.EvaluationLimits.Default;

    /// <summary>
    /// Loads and validates everything <paramref name="options"/> names. Strict: the first problem is a
    /// <see cref="RuleLoadException"/> naming file, workflow and rule.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    public static RuleSet Load(RuleOptions? options = null)
    {
        options ??= RuleOptions.Default;

        // Parsing and vetting recurse on the expression: run them where the stack is known to hold the deepest one allowed.
        return DeepStack.Run(() => LoadOnThisThread(options));
    }

    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    private static RuleSet LoadOnThisThread(RuleOptions options)
    {
        var sources = new List<RuleSource>();
        if (options.IncludeBuiltInRules)
        {
            foreach (var w in BuiltInWorkflows) sources.Add(RuleSource.BuiltIn("builtin:" + w + ".json", RuleProfile.EmbeddedText("Catalogue." + w + ".json")));
        }

        if (options.Profile is { } profile)
        {
            foreach (var file in profile.RuleFiles) sources.Add(RuleSource.FromFile(file));
        }

        sources.AddRange(options.RuleSources);

        var rules = new List<CatalogueRule>();
        var bounds = new ExpressionBounds(options.MaxExpressionLength, options.MaxExpressionDepth, options.MaxExpressionTreeDepth);
        var userRules = 0;
        var workflowSources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var read = RuleFileReader.Read(source, rules.Count, bounds, options.MaxRules - userRules);
            if (!source.IsBuiltIn) userRules += read.Count;
            foreach (var rule in read)
            {
                if (workflowSources.TryGetValue(rule.WorkflowName, out var first) && !string.Equals(first, source.Name, StringComparison.Ordinal))
                {
                    throw new RuleLoadException(source.Name, rule.WorkflowName, null, "WorkflowName 重复：已从 " + first + " 载入同名工作流；请给工作流改名");
                }

                workflowSources[rule.WorkflowName] = source.Name;
            }

            rules.AddRange(read);
        }

        var user = options.Profile;
        if (user is not null) CheckProfileKeys(user, rules);

        var bases = user?.BasedOn is { } b ? new[] { b } : RuleProfile.BuiltInNames;
        var profiles = new List<ResolvedProfile>();
        foreach (var baseName in bases)
        {
            var builtIn = RuleProfile.BuiltIn(baseName);
            var layers = new List<IReadOnlyDictionary<string, RuleSetting>> { builtIn.Rules };
            if (user is not null) layers.Add(user.Rules);
            var name = user is null ? baseName : user.BasedOn is null ? user.Name + " (" + baseName + ")" : user.Name;
            profiles.Add(new ResolvedProfile(profiles.Count, name, baseName, rules, layers));
        }

        return new RuleSet(rules, profiles, user) { Limits = new Evaluation.EvaluationLimits(options.MaxEvaluationSteps, options.MaxEvaluationCharacters) };
    }

    /// <summary>
    /// The profile for a table: the user's profile when it names a base, else the one built on the
    /// built-in profile the table's <see cref="PerformanceTable.Layout"/> selects.
    /// </summary>
    public ResolvedProfile ProfileFor(PerformanceTable table)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        if (Profiles.Count == 1) return Profiles[0];
        return _byBase.TryGetValue(RuleProfile.ForLayout(table.Layout), out var p) ? p : Profiles[0];
    }

    private static void CheckProfileKeys(RuleProfile profile, List<CatalogueRule> rules)
    {
        var known = new HashSet<string>(KnownCatalogueIds, StringComparer.Ordinal);
        foreach (var r in rules)
        {
            known.Add(r.Id);
            known.Add(r.RuleName);
        }

        foreach (var key in profile.Rules.Keys)
        {
            if (!known.Contains(key))
            {
                throw new RuleLoadException(profile.SourceName, null, key, "配置中的 rules.「" + key + "」不是已载入规则的 Id 或 RuleName，也不是内置规则目录的编号；请检查拼写，或在 ruleFiles 中加入定义它的规则文件");
            }
        }
    }

    private static string[] BuildKnownIds()
    {
        var ids = new List<string>();
        void Add(char prefix, int count)
        {
            for (var i = 1; i <= count; i++) ids.Add(prefix + i.ToString("00", CultureInfo.InvariantCulture));
        }

        Add('S', 11);
        Add('V', 10);
        Add('C', 6);
        Add('F', 6);
        Add('E', 7);
        Add('I', 16);
        return ids.ToArray();
    }
}
