using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using PerfRules.Analyzers.Json;

namespace PerfRules.Analyzers.TableFiles;

/// <summary>
/// The built-in catalogue and profiles, read from the very JSON files PerfRules.Rules ships (embedded in
/// this assembly at build time), so ids, severities, fields and messages have one source.
/// </summary>
internal static class Catalogue
{
    private const string CataloguePrefix = "PerfRules.Analyzers.Catalogue.";
    private const string ProfilePrefix = "PerfRules.Analyzers.Profiles.";

    private static readonly Lazy<IReadOnlyList<CatalogueRule>> LazyRules = new(LoadRules);
    private static readonly Lazy<Dictionary<string, HashSet<string>>> LazyDisabled = new(LoadProfiles);

    /// <summary>Every rule of the catalogue in file order (files sorted by name).</summary>
    public static IReadOnlyList<CatalogueRule> Rules => LazyRules.Value;

    /// <summary>True when the default profile of <paramref name="layout"/> switches the rule off (national: no half-year rules).</summary>
    public static bool IsDisabled(string? layout, CatalogueRule rule)
    {
        if (layout is null || !LazyDisabled.Value.TryGetValue(layout, out var disabled)) return false;
        return disabled.Contains(rule.Id) || disabled.Contains(rule.ProfileKey);
    }

    private static IReadOnlyList<CatalogueRule> LoadRules()
    {
        var rules = new List<CatalogueRule>();
        var names = new List<string>(typeof(Catalogue).Assembly.GetManifestResourceNames());
        names.Sort(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!name.StartsWith(CataloguePrefix, StringComparison.Ordinal)) continue;
            if (!JsonReader.TryParse(ReadResource(name), out var root, out _) || root is null) continue;
            foreach (var workflow in root.Kind == JsonKind.Array ? root.Items : new[] { root })
            {
                var list = workflow.Find("Rules")?.Value;
                if (list is null) continue;
                foreach (var rule in list.Items) AddRule(rule, rules);
            }
        }

        return rules;
    }

    private static void AddRule(JsonNode rule, List<CatalogueRule> rules)
    {
        var expression = rule.Find("Expression")?.Value.Text;
        var properties = rule.Find("Properties")?.Value;
        if (expression is null || properties is null) return;
        var id = properties.Find("Id")?.Value.Text;
        var severity = properties.Find("Severity")?.Value.Text;
        var message = properties.Find("Message")?.Value.Text;
        if (id is null || severity is null || message is null) return;
        var arguments = new List<KeyValuePair<string, string>>();
        if (properties.Find("Arguments")?.Value is { Kind: JsonKind.Object } args)
        {
            foreach (var a in args.Properties)
            {
                if (a.Value.Kind == JsonKind.String) arguments.Add(new KeyValuePair<string, string>(a.Name, a.Value.Text!));
            }
        }

        var title = properties.Find("Title")?.Value.Text ?? id;
        rules.Add(new CatalogueRule(id, severity, properties.Find("Scope")?.Value.Text ?? "table", properties.Find("Field")?.Value.Text, title, expression, message, arguments));
    }

    private static Dictionary<string, HashSet<string>> LoadProfiles()
    {
        var profiles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var name in typeof(Catalogue).Assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ProfilePrefix, StringComparison.Ordinal)) continue;
            if (!JsonReader.TryParse(ReadResource(name), out var root, out _) || root is null || root.Kind != JsonKind.Object) continue;
            var profileName = root.Find("name")?.Value.Text;
            var switches = root.Find("rules")?.Value;
            if (profileName is null || switches is null) continue;
            var disabled = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rule in switches.Properties)
            {
                if (rule.Value.Find("enabled")?.Value.Kind == JsonKind.False) disabled.Add(rule.Name);
            }

            profiles[profileName] = disabled;
        }

        return profiles;
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(Catalogue).Assembly.GetManifestResourceStream(name);
        if (stream is null) return string.Empty;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
