using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Findings;

namespace PerfRules.Rules;

/// <summary>
/// A profile applied to a <see cref="RuleSet"/>: for every rule, whether it runs and at what
/// severity; for every import id, the same. Built once at load, shared by every table it applies to.
/// </summary>
public sealed class ResolvedProfile
{
    private readonly bool[] _enabled;
    private readonly Severity[] _severity;
    private readonly IReadOnlyList<CatalogueRule>[] _byScope;
    private readonly Dictionary<string, RuleSetting> _importSettings;

    internal ResolvedProfile(int ordinal, string name, string baseName, IReadOnlyList<CatalogueRule> rules,
        IReadOnlyList<IReadOnlyDictionary<string, RuleSetting>> layers)
    {
        Ordinal = ordinal;
        Name = name;
        BaseName = baseName;
        _enabled = new bool[rules.Count];
        _severity = new Severity[rules.Count];
        var scopes = Enum.GetNames(typeof(RuleScope));
        var byScope = new List<CatalogueRule>[scopes.Length];
        for (var s = 0; s < byScope.Length; s++) byScope[s] = new List<CatalogueRule>();
        foreach (var rule in rules)
        {
            var enabled = rule.Enabled;
            var severity = rule.Severity;
            foreach (var layer in layers)
            {
                // The id first, then the RuleName: the more specific key of a layer wins.
                Apply(layer, rule.Id, ref enabled, ref severity);
                Apply(layer, rule.RuleName, ref enabled, ref severity);
            }

            _enabled[rule.Index] = enabled;
            _severity[rule.Index] = severity;
            if (enabled) byScope[(int)rule.Scope].Add(rule);
        }

        _byScope = byScope.ToArray();
        _importSettings = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            foreach (var kv in layer)
            {
                if (kv.Key.Length > 1 && kv.Key[0] == 'I' && char.IsDigit(kv.Key[1]))
                {
                    _importSettings.TryGetValue(kv.Key, out var before);
                    _importSettings[kv.Key] = new RuleSetting(kv.Value.Enabled ?? before?.Enabled, kv.Value.Severity ?? before?.Severity);
                }
            }
        }
    }

    /// <summary>The profile's display name (<c>nanjing-2026</c>, or the user's profile with the base it was applied to).</summary>
    public string Name { get; }

    /// <summary>The built-in profile the switches were applied on.</summary>
    public string BaseName { get; }

    /// <summary>Position among <see cref="RuleSet.Profiles"/>.</summary>
    internal int Ordinal { get; }

    /// <summary>True when the rule runs under this profile.</summary>
    public bool IsEnabled(CatalogueRule rule) => _enabled[(rule ?? throw new ArgumentNullException(nameof(rule))).Index];

    /// <summary>The rule's severity under this profile.</summary>
    public Severity SeverityOf(CatalogueRule rule) => _severity[(rule ?? throw new ArgumentNullException(nameof(rule))).Index];

    /// <summary>The enabled rules of a scope, in rule order.</summary>
    public IReadOnlyList<CatalogueRule> RulesOf(RuleScope scope) => _byScope[(int)scope];

    /// <summary>Applies the import-id switches to an import finding; null when the profile turns it off.</summary>
    public Finding? Adjust(Finding importFinding)
    {
        if (importFinding is null) throw new ArgumentNullException(nameof(importFinding));
        if (!_importSettings.TryGetValue(importFinding.RuleId, out var setting)) return importFinding;
        if (setting.Enabled == false) return null;
        return setting.Severity is { } s && s != importFinding.Severity ? importFinding with { Severity = s } : importFinding;
    }

    private static void Apply(IReadOnlyDictionary<string, RuleSetting> layer, string key, ref bool enabled, ref Severity severity)
    {
        if (!layer.TryGetValue(key, out var setting)) return;
        if (setting.Enabled is { } e) enabled = e;
        if (setting.Severity is { } s) severity = s;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
