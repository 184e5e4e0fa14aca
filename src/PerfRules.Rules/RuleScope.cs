namespace PerfRules.Rules;

/// <summary>
/// How often a rule runs on a table and which inputs its expression sees (docs/rule-contracts.md "Scopes and inputs").
/// Every scope also sees <c>asOf</c> (a <see cref="System.DateTime"/>; <see cref="System.DateTime.MinValue"/> when unknown).
/// </summary>
public enum RuleScope
{
    /// <summary><c>table</c>: once per table; input <c>table</c>. The finding's location is the rule's <c>Field</c>, if any.</summary>
    Table,

    /// <summary><c>field</c>: once per header or prose field (<see cref="PerfRules.Checks.TableField"/>); inputs <c>table</c>, <c>field</c>.</summary>
    Field,

    /// <summary><c>indicator</c>: once per indicator row; inputs <c>table</c>, <c>indicator</c>.</summary>
    Indicator,

    /// <summary><c>cell</c>: once per indicator value cell, 半年 then 全年 (<see cref="PerfRules.Checks.IndicatorCell"/>); inputs <c>table</c>, <c>indicator</c>, <c>cell</c>.</summary>
    Cell,

    /// <summary><c>funding</c>: once per 支出 line (<see cref="PerfRules.Tables.Expenditure"/>); inputs <c>table</c>, <c>funding</c>.</summary>
    Funding,
}
