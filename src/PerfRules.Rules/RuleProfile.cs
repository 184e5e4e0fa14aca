using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using PerfRules.Rules.Loading;
using PerfRules.Tables;
using PerfRules.Import;

namespace PerfRules.Rules;

/// <summary>
/// Which rules apply and at what severity (docs/rule-contracts.md "Profiles"): a named set of switches keyed by
/// rule id, RuleName or import id, optionally based on a built-in profile, plus extra rule files.
/// Loaded from JSON (<c>--profile FILE</c>):
/// <code>
/// { "name": "my-city", "basedOn": "nanjing-2026",
///   "rules": { "S08": { "enabled": false }, "V10": { "severity": "warning" } },
///   "ruleFiles": [ "extra.rules.json" ], "scoring": { … } }
/// </code>
/// Without <c>basedOn</c> the switches apply on top of the profile the table's layout selects.
/// </summary>
public sealed class RuleProfile
{
    /// <summary>Creates a profile.</summary>
    public RuleProfile(string name, IReadOnlyDictionary<string, RuleSetting>? rules = null, string? basedOn = null,
        IReadOnlyList<string>? ruleFiles = null, string? description = null, string? scoringJson = null, string? sourceName = null)
    {
        SourceName = sourceName ?? "<profile " + name + ">";
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Rules = rules ?? new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        BasedOn = basedOn;
        RuleFiles = ruleFiles ?? Array.Empty<string>();
        Description = description;
        ScoringJson = scoringJson;
    }

    /// <summary>The built-in profile for the 南京市 2026 template (every rule applies).</summary>
    public const string Nanjing2026 = TableLayouts.Nanjing2026;

    /// <summary>The built-in profile for the 通用绩效目标表 layout without a half-year column (no half-year rules, no S05).</summary>
    public const string National = TableLayouts.National;

    /// <summary>The file the profile was read from (or a descriptive name); load errors name it.</summary>
    public string SourceName { get; }

    /// <summary>The profile's name.</summary>
    public string Name { get; }

    /// <summary>A built-in profile whose switches this one starts from, or null to start from the table layout's.</summary>
    public string? BasedOn { get; }

    /// <summary>Switches by rule id, RuleName or import id.</summary>
    public IReadOnlyDictionary<string, RuleSetting> Rules { get; }

    /// <summary>Extra rule files (absolute, or relative to the profile file when loaded from one).</summary>
    public IReadOnlyList<string> RuleFiles { get; }

    /// <summary>What the profile is for.</summary>
    public string? Description { get; }

    /// <summary>The profile's <c>scoring</c> member as raw JSON (weights for self-evaluation scoring), or null.</summary>
    public string? ScoringJson { get; }

    /// <summary>
    /// Labels the reader should know for this issuer's forms (<c>"labels": { "主管部门": ["主管预算部门"] }</c>): pass
    /// them to the reader with <see cref="ReaderOptions"/>. Empty when the profile names none.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Labels { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Reader options carrying this profile's <see cref="Labels"/> on top of <paramref name="options"/> (default limits when null).</summary>
    public Import.TableReaderOptions ReaderOptions(Import.TableReaderOptions? options = null)
    {
        options ??= Import.TableReaderOptions.Default;
        return Labels.Count == 0 ? options : options with { Labels = Labels };
    }

    /// <summary>The names of the built-in profiles.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = new[] { Nanjing2026, National };

    /// <summary>A built-in profile by name.</summary>
    /// <exception cref="ArgumentException">No built-in profile has that name.</exception>
    public static RuleProfile BuiltIn(string name)
    {
        foreach (var n in BuiltInNames)
        {
            if (string.Equals(n, name, StringComparison.Ordinal)) return ProfileReader.Read(EmbeddedText("Profiles." + n + ".json"), "builtin:" + n + ".json", null);
        }

        throw new ArgumentException("没有名为「" + name + "」的内置规则配置（可用：" + string.Join("、", BuiltInNames) + "）", nameof(name));
    }

    /// <summary>
    /// The built-in profile a layout selects: the profile of the same name, or <see cref="National"/>
    /// for any other layout (no half-year column and no 决策/过程 rows is what most issuers use).
    /// </summary>
    public static string ForLayout(string? layout)
    {
        foreach (var n in BuiltInNames)
        {
            if (string.Equals(n, layout, StringComparison.Ordinal)) return n;
        }

        return National;
    }

    /// <summary>Reads a profile file strictly (unknown members, unknown severities are load errors).</summary>
    /// <exception cref="RuleLoadException">The file cannot be read or is not a valid profile.</exception>
    public static RuleProfile Load(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        string json;
        try
        {
            json = Loading.RegularFile.ReadAllText(path, RuleOptions.MaxRuleFileBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new RuleLoadException(path, null, null, "无法读取配置文件：" + SystemErrorText.Of(ex), ex);
        }

        return ProfileReader.Read(json, path, Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>Reads a profile from JSON text; relative rule files resolve against <paramref name="baseDirectory"/>.</summary>
    public static RuleProfile Parse(string json, string name = "<string>", string? baseDirectory = null) =>
        ProfileReader.Read(json ?? throw new ArgumentNullException(nameof(json)), name, baseDirectory);

    internal static string EmbeddedText(string resource)
    {
        var assembly = typeof(RuleProfile).GetTypeInfo().Assembly;
        using var stream = assembly.GetManifestResourceStream("PerfRules.Rules." + resource)
                           ?? throw new InvalidOperationException("Missing embedded resource " + resource + ".");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
