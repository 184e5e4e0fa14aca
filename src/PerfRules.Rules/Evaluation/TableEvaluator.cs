using System;
using System.Collections.Generic;
using PerfRules.Checks;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Rules.Evaluation;

/// <summary>
/// Runs a profile's rules over one table with a given <see cref="IVerdictSource"/> and returns the
/// findings in the documented order: import findings (as the reader reported them), then rule
/// findings by rule order (<see cref="CatalogueRule.Index"/>: catalogue workflows structure, value,
/// consistency, funding, then user workflows, each in file order), and within one rule by location
/// in scope order (table; fields in form order; indicator rows in order, 半年 cell before 全年; 支出
/// lines in order).
/// </summary>
internal static class TableEvaluator
{
    public static IReadOnlyList<Finding> Run(PerformanceTable table, DateTime asOf, ResolvedProfile profile, IVerdictSource verdicts)
    {
        // The same shared per-table facts as the compiled path, worked out afresh for this check.
        var facts = Expressions.TableFacts.Begin(table);
        try
        {
            return Run(table, asOf, profile, verdicts, facts);
        }
        finally
        {
            Expressions.TableFacts.End();
        }
    }

    private static IReadOnlyList<Finding> Run(PerformanceTable table, DateTime asOf, ResolvedProfile profile, IVerdictSource verdicts, Expressions.TableFacts facts)
    {
        var collected = new List<(int Rule, int Item, Finding Finding)>();
        var item = 0;

        void Evaluate(in ScopeInputs inputs)
        {
            var rules = profile.RulesOf(inputs.Scope);
            if (rules.Count == 0) return;
            var results = new bool[rules.Count];
            for (var i = 0; i < results.Length; i++) results[i] = true;
            verdicts.Evaluate(profile, rules, inputs, results);
            for (var i = 0; i < results.Length; i++)
            {
                if (!results[i]) collected.Add((rules[i].Index, item, FindingFactory.Create(rules[i], profile.SeverityOf(rules[i]), inputs)));
            }

            item++;
        }

        Evaluate(new ScopeInputs(RuleScope.Table, table, asOf));
        if (profile.RulesOf(RuleScope.Field).Count > 0)
        {
            foreach (var field in facts.Fields) Evaluate(new ScopeInputs(RuleScope.Field, table, asOf, field: field));
        }

        foreach (var indicator in table.Indicators)
        {
            Evaluate(new ScopeInputs(RuleScope.Indicator, table, asOf, indicator: indicator));
            foreach (var cell in IndicatorCell.AllOf(indicator)) Evaluate(new ScopeInputs(RuleScope.Cell, table, asOf, indicator: indicator, cell: cell));
        }

        foreach (var expenditure in table.Funding.Expenditures)
        {
            Evaluate(new ScopeInputs(RuleScope.Funding, table, asOf, expenditure: expenditure));
        }

        collected.Sort((a, b) => a.Rule != b.Rule ? a.Rule.CompareTo(b.Rule) : a.Item.CompareTo(b.Item));

        var findings = new List<Finding>(table.ImportFindings.Count + collected.Count);
        foreach (var f in table.ImportFindings)
        {
            if (profile.Adjust(f) is { } adjusted) findings.Add(adjusted);
        }

        foreach (var c in collected) findings.Add(c.Finding);
        return findings;
    }
}
