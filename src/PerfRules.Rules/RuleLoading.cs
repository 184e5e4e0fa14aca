namespace PerfRules.Rules;

/// <summary>
/// Why loading and running rules is not trimming- or Native-AOT-safe (README, "Target frameworks and trimming"):
/// rules are text. Their expressions are parsed at run time by System.Linq.Dynamic.Core, which finds the members
/// they name (<c>Values.RateValueComplies</c>, <c>table.Funding.Total</c>) by reflection, so a trimmer cannot see
/// them; and they become delegates by compiling expression trees (FastExpressionCompiler, RulesEngine), which
/// needs dynamic code. The reading and model half of the library (PerfRules.Core) has neither.
/// </summary>
internal static class RuleLoading
{
    /// <summary>The [RequiresUnreferencedCode] message of every rule-loading entry point.</summary>
    public const string TrimmingMessage =
        "Rules are parsed from JSON at run time: System.Linq.Dynamic.Core resolves the members their expressions name by reflection, which trimming can remove. Keep PerfRules.Rules untrimmed (TrimmerRootAssembly) or do not trim.";

    /// <summary>The [RequiresDynamicCode] message of every rule-loading entry point.</summary>
    public const string AotMessage =
        "Rules are compiled from expression trees at run time (FastExpressionCompiler, RulesEngine), which needs dynamic code; under Native AOT use PerfRules.Core (reading, values, JSON) without the rule engine.";
}
