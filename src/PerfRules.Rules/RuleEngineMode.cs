namespace PerfRules.Rules;

/// <summary>
/// How a <see cref="RuleEngine"/> evaluates the loaded rules. Both modes run the same parsed,
/// sandbox-vetted expressions and produce the same findings in the same order (a property test holds
/// them to that); they differ only in speed.
/// </summary>
public enum RuleEngineMode
{
    /// <summary>
    /// The default: every rule compiled once into a delegate and called directly per table, field,
    /// indicator row, cell and 支出 line. A rule that holds allocates nothing.
    /// </summary>
    Compiled,

    /// <summary>
    /// The reference path: Microsoft RulesEngine executes one workflow per (profile, scope) for every
    /// scope item. Slower; kept to cross-check the compiled path and for hosts that want RulesEngine itself.
    /// </summary>
    RulesEngine,
}
