using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PerfRules.Checks;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Rules.Evaluation;

/// <summary>
/// Turns a rule that does not hold on some inputs into a <see cref="Finding"/>: location by scope,
/// placeholders filled from the inputs and the rule's argument expressions, arguments listed in the
/// order the message uses them. Shared by every evaluation path.
/// </summary>
internal static class FindingFactory
{
    public static Finding Create(CatalogueRule rule, Severity severity, in ScopeInputs inputs)
    {
        var template = rule.Template;
        var names = template.Names;
        var values = new string?[names.Length];
        object?[]? argumentValues = null;
        if (rule.Arguments.Count > 0)
        {
            // Every argument runs, in rule order, even one the message does not show (it is listed).
            argumentValues = new object?[rule.Arguments.Count];
            var args = inputs.Arguments();
            for (var a = 0; a < argumentValues.Length; a++)
            {
                var argument = rule.Arguments[a];
                try
                {
                    argumentValues[a] = argument.Evaluate(args);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    throw RuleEvaluationException.Of(rule, inputs.Table.Name, "参数「" + argument.Name + "」的表达式运行出错：" + RuntimeErrorText.Of(ex.Message, ex), ex);
                }
            }
        }

        var arguments = new FindingArgument[names.Length];
        for (var n = 0; n < names.Length; n++)
        {
            var a = template.ArgumentOf[n];
            values[n] = a >= 0 ? DisplayText.Of(argumentValues![a]) : TryStandard(names[n], rule, inputs, out var v) ? v : DisplayText.Blank;
            arguments[n] = new FindingArgument(names[n], values[n]!);
        }

        return new Finding(rule.Id, severity, template.Format(values), Location(rule, inputs))
        {
            Arguments = ValueList<FindingArgument>.Adopt(arguments),
        };
    }

    /// <summary>The value of a placeholder the scope itself supplies (<c>{table}</c>, <c>{indicator}</c>, <c>{half}</c> …).</summary>
    private static bool TryStandard(string name, CatalogueRule rule, in ScopeInputs inputs, out string? value)
    {
        switch (name)
        {
            case "table":
                value = inputs.Table.Name;
                return true;
            case "asOf":
                value = inputs.AsOf.Year < 1900 ? DisplayText.Blank : inputs.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return true;
        }

        value = null;
        switch (inputs.Scope)
        {
            case RuleScope.Table:
                if (name != "field" || rule.Field is null) return false;
                value = rule.Field;
                return true;
            case RuleScope.Field:
                if (name == "field") value = inputs.Field!.Label;
                else if (name == "value") value = DisplayText.Of(inputs.Field!.Text);
                else return false;
                return true;
            case RuleScope.Indicator:
                return TryIndicator(name, inputs.Indicator!, out value);
            case RuleScope.Cell:
                if (name == "field") value = inputs.Cell!.Column;
                else if (name == "value") value = DisplayText.Of(inputs.Cell!.Value);
                else return TryIndicator(name, inputs.Indicator!, out value);
                return true;
            case RuleScope.Funding:
                var e = inputs.Expenditure!;
                switch (name)
                {
                    case "field": value = ExpenditureField(e); return true;
                    case "expenditure": value = e.Name; return true;
                    case "half": value = DisplayText.Of(e.HalfYear, inputs.Table.Funding.Unit); return true;
                    case "full": value = DisplayText.Of(e.FullYear, inputs.Table.Funding.Unit); return true;
                    default: return false;
                }

            default:
                return false;
        }
    }

    private static bool TryIndicator(string name, Indicator indicator, out string? value)
    {
        switch (name)
        {
            case "indicator": value = indicator.Name; return true;
            case "row": value = indicator.Row.ToString(CultureInfo.InvariantCulture); return true;
            case "level1": value = DisplayText.Of(indicator.Level1); return true;
            case "level2": value = DisplayText.Of(indicator.Level2); return true;
            case "half": value = DisplayText.Of(indicator.HalfYear); return true;
            case "full": value = DisplayText.Of(indicator.FullYear); return true;
            default: value = null; return false;
        }
    }

    /// <summary>The field name of a 支出 line: <c>支出:平台运营服务费</c>.</summary>
    public static string ExpenditureField(Expenditure expenditure) => "支出:" + expenditure.Name;

    private static FindingLocation Location(CatalogueRule rule, in ScopeInputs inputs) => inputs.Scope switch
    {
        RuleScope.Table => rule.Field is { } field ? FindingLocation.ForField(field, FieldLine(inputs.Table, field)) : FindingLocation.Table,
        RuleScope.Field => FindingLocation.ForField(inputs.Field!.Label, inputs.Field.Line),
        RuleScope.Indicator => FindingLocation.ForIndicator(inputs.Indicator!),
        RuleScope.Cell => FindingLocation.ForIndicator(inputs.Indicator!, inputs.Cell!.Column),
        RuleScope.Funding => FindingLocation.ForField(ExpenditureField(inputs.Expenditure!), inputs.Expenditure!.Line),
        _ => FindingLocation.Table,
    };

    /// <summary>The line of the field <see cref="TableField.Of"/> lists first under <paramref name="field"/>, without building the list.</summary>
    private static int? FieldLine(PerformanceTable table, string field)
    {
        switch (field)
        {
            case TableField.ProjectName: return table.Line;
            case TableField.FundingTotal: return table.Funding.TotalLine;
            case TableField.Department or TableField.ProjectType or TableField.ProjectLevel or TableField.StartTime or TableField.EndTime
                or TableField.ImplementingUnit or TableField.Contact or TableField.Necessity or TableField.Feasibility or TableField.Content
                or TableField.LongTermGoal or TableField.AnnualGoal:
                return null;
        }

        foreach (var other in table.OtherFields)
        {
            if (string.Equals(other.Label, field, StringComparison.Ordinal)) return other.Line;
        }

        return null;
    }
}
