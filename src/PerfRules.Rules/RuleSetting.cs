using PerfRules.Findings;

namespace PerfRules.Rules;

/// <summary>A profile's switch for one rule id (<c>S08</c>), RuleName (<c>S01.项目类型</c>) or import id (<c>I01</c>).</summary>
/// <param name="Enabled">False turns the rule off; null keeps the base profile's choice.</param>
/// <param name="Severity">A new severity; null keeps the rule's own.</param>
public sealed record RuleSetting(bool? Enabled = null, Severity? Severity = null);
