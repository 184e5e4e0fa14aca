using System;
using PerfRules.Checks;
using PerfRules.Tables;

namespace PerfRules.Rules.Evaluation;

/// <summary>
/// The inputs of one evaluation of a scope: the table and, by scope, the field, indicator, cell or
/// 支出 line, plus the as-of date. <see cref="Arguments"/> is in the order of the parsed lambdas'
/// parameters (<see cref="Loading.ExpressionTypes.ParametersOf"/>).
/// </summary>
internal readonly struct ScopeInputs
{
    public ScopeInputs(RuleScope scope, PerformanceTable table, DateTime asOf, TableField? field = null, Indicator? indicator = null,
        IndicatorCell? cell = null, Expenditure? expenditure = null)
    {
        Scope = scope;
        Table = table;
        AsOf = asOf;
        Field = field;
        Indicator = indicator;
        Cell = cell;
        Expenditure = expenditure;
    }

    public RuleScope Scope { get; }

    public PerformanceTable Table { get; }

    public DateTime AsOf { get; }

    public TableField? Field { get; }

    public Indicator? Indicator { get; }

    public IndicatorCell? Cell { get; }

    public Expenditure? Expenditure { get; }

    /// <summary>The lambda arguments in parameter order.</summary>
    public object?[] Arguments() => Scope switch
    {
        RuleScope.Table => new object?[] { Table, AsOf },
        RuleScope.Field => new object?[] { Table, Field, AsOf },
        RuleScope.Indicator => new object?[] { Table, Indicator, AsOf },
        RuleScope.Cell => new object?[] { Table, Indicator, Cell, AsOf },
        RuleScope.Funding => new object?[] { Table, Expenditure, AsOf },
        _ => throw new ArgumentOutOfRangeException(nameof(Scope)),
    };

    /// <summary>The input names in parameter order.</summary>
    public static string[] Names(RuleScope scope) => scope switch
    {
        RuleScope.Table => new[] { "table", "asOf" },
        RuleScope.Field => new[] { "table", "field", "asOf" },
        RuleScope.Indicator => new[] { "table", "indicator", "asOf" },
        RuleScope.Cell => new[] { "table", "indicator", "cell", "asOf" },
        RuleScope.Funding => new[] { "table", "funding", "asOf" },
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };
}
