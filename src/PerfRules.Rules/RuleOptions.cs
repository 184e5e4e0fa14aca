using System;
using System.Collections.Generic;

namespace PerfRules.Rules;

/// <summary>
/// How to build a <see cref="RuleSet"/>: the built-in catalogue, an optional profile (switches,
/// severities, extra rule files) and extra rule sources.
/// </summary>
public sealed class RuleOptions
{
    /// <summary>The built-in catalogue with the layout-selected built-in profiles.</summary>
    public static RuleOptions Default { get; } = new();

    /// <summary>
    /// The user's profile, or null. Without <see cref="RuleProfile.BasedOn"/> its switches apply on top of
    /// the built-in profile each table's layout selects.
    /// </summary>
    public RuleProfile? Profile { get; init; }

    /// <summary>Extra rule files or strings, loaded after the catalogue and the profile's <c>ruleFiles</c>.</summary>
    public IReadOnlyList<RuleSource> RuleSources { get; init; } = Array.Empty<RuleSource>();

    /// <summary>False to load only the user's rules (the built-in catalogue is left out).</summary>
    public bool IncludeBuiltInRules { get; init; } = true;

    /// <summary>Options with a profile read from <paramref name="path"/>.</summary>
    /// <exception cref="RuleLoadException">The profile cannot be read or is invalid.</exception>
    public static RuleOptions FromProfileFile(string path) => new() { Profile = RuleProfile.Load(path) };
}
