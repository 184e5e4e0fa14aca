using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
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
    private static readonly Regex Placeholder = new(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    public static Finding Create(CatalogueRule rule, Severity severity, in ScopeInputs inputs)
    {
        var values = StandardValues(rule, inputs);
        if (rule.Arguments.Count > 0)
        {
            var args = inputs.Arguments();
            foreach (var argument in rule.Arguments)
            {
                object? value;
                try
                {
                    value = argument.Evaluate(args);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    throw RuleEvaluationException.Of(rule, inputs.Table.Name, "argument '" + argument.Name + "' failed: " + ex.Message, ex);
                }

                values[argument.Name] = DisplayText.Of(value);
            }
        }

        var used = new List<string>();
        var message = Placeholder.Replace(rule.Message, m =>
        {
            var name = m.Groups["name"].Value;
            if (!used.Contains(name)) used.Add(name);
            return values.TryGetValue(name, out var v) ? v : DisplayText.Blank;
        });

        foreach (var argument in rule.Arguments)
        {
            if (!used.Contains(argument.Name)) used.Add(argument.Name);
        }

        var arguments = new List<FindingArgument>(used.Count);
        foreach (var name in used) arguments.Add(new FindingArgument(name, values.TryGetValue(name, out var v) ? v : DisplayText.Blank));

        return new Finding(rule.Id, severity, message, Location(rule, inputs)) { Arguments = arguments.ToValueList() };
    }

    private static Dictionary<string, string> StandardValues(CatalogueRule rule, in ScopeInputs inputs)
    {
        var v = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["table"] = inputs.Table.Name,
            ["asOf"] = inputs.AsOf.Year < 1900 ? DisplayText.Blank : inputs.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        switch (inputs.Scope)
        {
            case RuleScope.Table:
                if (rule.Field is not null) v["field"] = rule.Field;
                break;
            case RuleScope.Field:
                v["field"] = inputs.Field!.Label;
                v["value"] = DisplayText.Of(inputs.Field.Text);
                break;
            case RuleScope.Indicator:
                AddIndicator(v, inputs.Indicator!);
                break;
            case RuleScope.Cell:
                AddIndicator(v, inputs.Indicator!);
                v["field"] = inputs.Cell!.Column;
                v["value"] = DisplayText.Of(inputs.Cell.Value);
                break;
            case RuleScope.Funding:
                v["field"] = ExpenditureField(inputs.Expenditure!);
                v["expenditure"] = inputs.Expenditure!.Name;
                v["half"] = DisplayText.Of(inputs.Expenditure.HalfYear, inputs.Table.Funding.Unit);
                v["full"] = DisplayText.Of(inputs.Expenditure.FullYear, inputs.Table.Funding.Unit);
                break;
        }

        return v;
    }

    private static void AddIndicator(Dictionary<string, string> v, Indicator indicator)
    {
        v["indicator"] = indicator.Name;
        v["row"] = indicator.Row.ToString(CultureInfo.InvariantCulture);
        v["level1"] = DisplayText.Of(indicator.Level1);
        v["level2"] = DisplayText.Of(indicator.Level2);
        v["half"] = DisplayText.Of(indicator.HalfYear);
        v["full"] = DisplayText.Of(indicator.FullYear);
    }

    /// <summary>The field name of a 支出 line: <c>支出:平台运营服务费</c>.</summary>
    public static string ExpenditureField(Expenditure expenditure) => "支出:" + expenditure.Name;

    private static FindingLocation Location(CatalogueRule rule, in ScopeInputs inputs) => inputs.Scope switch
    {
        RuleScope.Table => rule.Field is { } field ? FindingLocation.ForField(field, FieldLine(inputs.Table, field)) : FindingLocation.Table,
        RuleScope.Field => FindingLocation.ForField(inputs.Field!.Label, inputs.Field.Line),
        RuleScope.Indicator => FindingLocation.ForIndicator(inputs.Indicator!),
        RuleScope.Cell => FindingLocation.ForIndicator(inputs.Indicator!) with { Field = inputs.Cell!.Column },
        RuleScope.Funding => FindingLocation.ForField(ExpenditureField(inputs.Expenditure!), inputs.Expenditure!.Line),
        _ => FindingLocation.Table,
    };

    private static int? FieldLine(PerformanceTable table, string field)
    {
        foreach (var f in TableField.Of(table))
        {
            if (string.Equals(f.Label, field, StringComparison.Ordinal)) return f.Line;
        }

        return null;
    }
}
