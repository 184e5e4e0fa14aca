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

    /// <summary>The default <see cref="MaxExpressionLength"/>: 4,096 characters.</summary>
    public const int DefaultMaxExpressionLength = 4096;

    private readonly int _maxExpressionLength = DefaultMaxExpressionLength;

    /// <summary>
    /// The longest expression (a rule's <c>Expression</c> or one of its <c>Properties.Arguments</c>) a user rule
    /// file may hold, in characters; a longer one is a <see cref="RuleLoadException"/> naming the rule, the
    /// length and this option. Rule files are untrusted input and the expression parser's work grows with the
    /// text; the built-in catalogue (whose longest expression is under 200 characters) is not subject to it.
    /// Default 4,096.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxExpressionLength
    {
        get => _maxExpressionLength;
        init => _maxExpressionLength = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxExpressionLength must be positive");
    }

    /// <summary>The default <see cref="MaxExpressionDepth"/>: 32 levels.</summary>
    public const int DefaultMaxExpressionDepth = 32;

    private readonly int _maxExpressionDepth = DefaultMaxExpressionDepth;

    /// <summary>
    /// The deepest nesting a user rule expression may have: open brackets, plus conditional operators
    /// (<c>? :</c>) open inside them, plus runs of prefix operators (<c>!</c>, <c>-</c>). A deeper one is a
    /// <see cref="RuleLoadException"/>. The expression parser recurses about 4 KB of stack per level, and a
    /// stack overflow ends the process (no catch can stop it): without this bound a 4 KB rule of nested
    /// brackets crashes a thread-pool thread. The built-in catalogue nests at most 6 deep. Default 32.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxExpressionDepth
    {
        get => _maxExpressionDepth;
        init => _maxExpressionDepth = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxExpressionDepth must be positive");
    }

    /// <summary>Options with a profile read from <paramref name="path"/>.</summary>
    /// <exception cref="RuleLoadException">The profile cannot be read or is invalid.</exception>
    public static RuleOptions FromProfileFile(string path) => new() { Profile = RuleProfile.Load(path) };
}
