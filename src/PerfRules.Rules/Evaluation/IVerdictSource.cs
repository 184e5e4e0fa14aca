using System.Collections.Generic;

namespace PerfRules.Rules.Evaluation;

/// <summary>
/// Decides, for one set of scope inputs, which rules hold. The RulesEngine path and the compiled
/// batch path implement this over the same parsed expressions; everything else (scope items,
/// arguments, messages, order) is shared so both produce the same findings.
/// </summary>
internal interface IVerdictSource
{
    /// <summary>
    /// Evaluates <paramref name="rules"/> (the profile's enabled rules of one scope, in rule order) and
    /// writes <c>true</c> (complies) or <c>false</c> (finding) into <paramref name="verdicts"/> at the same positions.
    /// </summary>
    /// <exception cref="RuleEvaluationException">A rule could not run.</exception>
    void Evaluate(ResolvedProfile profile, IReadOnlyList<CatalogueRule> rules, in ScopeInputs inputs, bool[] verdicts);
}
