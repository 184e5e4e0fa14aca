using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using PerfRules.Checks;
using PerfRules.Findings;
using PerfRules.Rules.Expressions;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Loading;

/// <summary>
/// The types rule expressions may use: our helper types (static methods) and the model types their
/// inputs are made of (instance members). Given to System.Linq.Dynamic.Core (through RulesEngine's
/// custom type provider) and to the sandbox whitelist, so both agree.
/// </summary>
internal static class ExpressionTypes
{
    /// <summary>Helper types whose public static methods expressions may call.</summary>
    public static IReadOnlyList<Type> Helpers { get; } = new[]
    {
        typeof(Structure), typeof(Expressions.Values), typeof(Coherence), typeof(Funds), typeof(Prose),
    };

    /// <summary>Model types whose public instance members expressions may read.</summary>
    public static IReadOnlyList<Type> Models { get; } = new[]
    {
        typeof(PerformanceTable), typeof(Indicator), typeof(Funding), typeof(Expenditure), typeof(Amount), typeof(ContactInfo),
        typeof(HeaderField), typeof(UnplacedLine), typeof(SectionWeight), typeof(PublishedEvaluation), typeof(PublishedIndicator),
        typeof(IndicatorValue), typeof(NumericValue), typeof(RangeValue), typeof(QualitativeValue), typeof(OnScheduleValue),
        typeof(DateValue), typeof(PartialDate), typeof(FreeTextValue), typeof(EmptyValue),
        typeof(Finding), typeof(FindingLocation), typeof(FindingArgument),
        typeof(TableField), typeof(IndicatorCell), typeof(Promise),
        typeof(ValueList<Indicator>), typeof(ValueList<Expenditure>), typeof(ValueList<HeaderField>), typeof(ValueList<UnplacedLine>),
        typeof(ValueList<SectionWeight>), typeof(ValueList<PublishedIndicator>), typeof(ValueList<Finding>), typeof(ValueList<FindingArgument>),
    };

    /// <summary>Enums of the model, usable as constants (<c>ValueKind.Numeric</c>).</summary>
    public static IReadOnlyList<Type> Enums { get; } = new[]
    {
        typeof(ValueKind), typeof(Comparison), typeof(UnitSource), typeof(QualitativeKind), typeof(Attainment), typeof(Magnitude),
        typeof(DateValueKind), typeof(Severity),
    };

    /// <summary>Everything registered with the expression parser.</summary>
    public static Type[] All { get; } = Concat(Helpers, Models, Enums);

    /// <summary>The inputs of a scope, in the order of the parsed lambda's parameters.</summary>
    public static IReadOnlyList<ParameterExpression> ParametersOf(RuleScope scope) => scope switch
    {
        RuleScope.Table => new[] { Table(), AsOf() },
        RuleScope.Field => new[] { Table(), Expression.Parameter(typeof(TableField), "field"), AsOf() },
        RuleScope.Indicator => new[] { Table(), IndicatorParameter(), AsOf() },
        RuleScope.Cell => new[] { Table(), IndicatorParameter(), Expression.Parameter(typeof(IndicatorCell), "cell"), AsOf() },
        RuleScope.Funding => new[] { Table(), Expression.Parameter(typeof(Expenditure), "funding"), AsOf() },
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };

    private static ParameterExpression Table() => Expression.Parameter(typeof(PerformanceTable), "table");

    private static ParameterExpression IndicatorParameter() => Expression.Parameter(typeof(Indicator), "indicator");

    private static ParameterExpression AsOf() => Expression.Parameter(typeof(DateTime), "asOf");

    private static Type[] Concat(params IReadOnlyList<Type>[] lists)
    {
        var all = new List<Type>();
        foreach (var l in lists) all.AddRange(l);
        return all.ToArray();
    }
}
