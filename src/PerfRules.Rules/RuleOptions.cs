using System;
using System.Collections.Generic;

namespace PerfRules.Rules;

/// <summary>
/// How to build a <see cref="RuleSet"/>: the built-in catalogue, an optional profile (switches,
/// severities, extra rule files) and extra rule sources.
/// </summary>
public sealed record RuleOptions
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
        init => _maxExpressionLength = Positive(value, nameof(MaxExpressionLength));
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
        init => _maxExpressionDepth = InRange(value, MaxDepthCeiling, nameof(MaxExpressionDepth));
    }

    /// <summary>
    /// The most <see cref="MaxExpressionDepth"/> and <see cref="MaxExpressionTreeDepth"/> may be set to: 512. Rules are
    /// parsed, vetted and compiled on a thread whose stack holds that depth many times over; past it no stack
    /// size could be promised, so a larger value is refused rather than risking a stack overflow in the host.
    /// </summary>
    public const int MaxDepthCeiling = 512;

    /// <summary>The default <see cref="MaxExpressionTreeDepth"/>: 256 levels.</summary>
    public const int DefaultMaxExpressionTreeDepth = 256;

    private readonly int _maxExpressionTreeDepth = DefaultMaxExpressionTreeDepth;

    /// <summary>
    /// The deepest a user rule expression may be once parsed: nodes on the longest path of its expression tree,
    /// where every operator, call and member access counts, so <c>1+1+…+1</c>, <c>a &amp;&amp; b &amp;&amp; …</c>,
    /// <c>not not …</c> or <c>a ?? b ?? …</c> are as deep as they are long. Measured without recursion before the
    /// tree is vetted or compiled (both recurse on it); a deeper one is a <see cref="RuleLoadException"/>. The
    /// built-in catalogue is not bounded by it. Default 256; at most <see cref="MaxDepthCeiling"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive or above <see cref="MaxDepthCeiling"/>.</exception>
    public int MaxExpressionTreeDepth
    {
        get => _maxExpressionTreeDepth;
        init => _maxExpressionTreeDepth = InRange(value, MaxDepthCeiling, nameof(MaxExpressionTreeDepth));
    }

    /// <summary>The default <see cref="MaxEvaluationSteps"/>: 10,000,000.</summary>
    public const long DefaultMaxEvaluationSteps = 10_000_000;

    private readonly long _maxEvaluationSteps = DefaultMaxEvaluationSteps;

    /// <summary>
    /// The most steps one user rule may take on one table: every element pulled through a sequence the
    /// expression walks (<c>Count</c>, <c>Any</c>, <c>Select</c>, <c>SelectMany</c> …, nested or not) and every item
    /// joined or split is a step. A rule that needs more stops with a <see cref="RuleEvaluationException"/> naming the
    /// file, workflow, rule and table, at the same point on every run (a count, not a clock); the other rules and
    /// tables are still checked. A nested walk over 1,000 indicators costs a million steps. Default 10,000,000
    /// (well under a second). The built-in catalogue is not metered.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxEvaluationSteps
    {
        get => _maxEvaluationSteps;
        init => _maxEvaluationSteps = Positive(value, nameof(MaxEvaluationSteps));
    }

    /// <summary>The default <see cref="MaxEvaluationCharacters"/>: 8,388,608 (16 MB of text).</summary>
    public const long DefaultMaxEvaluationCharacters = 8L * 1024 * 1024;

    private readonly long _maxEvaluationCharacters = DefaultMaxEvaluationCharacters;

    /// <summary>
    /// The most characters of text one user rule may build on one table, summed over every string it makes
    /// (<c>Replace</c>, <c>Join</c>, <c>Concat</c> and <c>+</c> are charged before the text is built, so a rule cannot
    /// grow a string to gigabytes first). Over it, the rule stops with a <see cref="RuleEvaluationException"/> as for
    /// <see cref="MaxEvaluationSteps"/>. Default 8,388,608.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxEvaluationCharacters
    {
        get => _maxEvaluationCharacters;
        init => _maxEvaluationCharacters = Positive(value, nameof(MaxEvaluationCharacters));
    }

    /// <summary>The default <see cref="MaxRules"/>: 2,000.</summary>
    public const int DefaultMaxRules = 2000;

    private readonly int _maxRules = DefaultMaxRules;

    /// <summary>
    /// The most rules all user rule files together may hold (the built-in catalogue is not counted). Each rule is
    /// parsed, vetted and compiled at load, about a millisecond apiece; more is a <see cref="RuleLoadException"/>
    /// naming the file where the count went over. Default 2,000.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxRules
    {
        get => _maxRules;
        init => _maxRules = Positive(value, nameof(MaxRules));
    }

    /// <summary>
    /// The largest rule file or profile read from disk, in bytes: 4 MiB (<see cref="RuleSource.FromFile(string)"/>,
    /// <see cref="RuleProfile.Load(string)"/>). Only regular files are read (not FIFOs, devices or folders), through
    /// a stream that stops at this size; a file of <see cref="DefaultMaxRules"/> rules is well under 1 MiB.
    /// </summary>
    public const long MaxRuleFileBytes = 4L * 1024 * 1024;

    private static T Positive<T>(T value, string name)
        where T : struct, IComparable<T> =>
        value.CompareTo(default) > 0 ? value : throw new ArgumentOutOfRangeException(name, value, name + " must be positive");

    private static int InRange(int value, int ceiling, string name) =>
        value > 0 && value <= ceiling
            ? value
            : throw new ArgumentOutOfRangeException(name, value, name + " must be between 1 and " + ceiling.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (RuleOptions.MaxDepthCeiling)");

    /// <summary>Options with a profile read from <paramref name="path"/>.</summary>
    /// <exception cref="RuleLoadException">The profile cannot be read or is invalid.</exception>
    public static RuleOptions FromProfileFile(string path) => new() { Profile = RuleProfile.Load(path) };
}
