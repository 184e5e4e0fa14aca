using System;
using System.Collections.Generic;
using PerfRules.Checks;
using PerfRules.Findings;
using PerfRules.Rules;
using PerfRules.Rules.Evaluation;
using PerfRules.Rules.Expressions;
using PerfRules.Tables;

namespace PerfRules.Rules.Batch;

/// <summary>
/// The compiled evaluation path: every rule of a <see cref="RuleSet"/> compiled once into a typed
/// delegate, and per profile the enabled rules in rule order with their severities. Checking a table
/// calls the delegates directly: a rule that holds costs one delegate call and allocates nothing;
/// only a rule that fails builds its finding, through the same <see cref="FindingFactory"/> as the
/// RulesEngine path, so messages, locations and arguments are the same byte for byte.
/// </summary>
/// <remarks>
/// Findings come out in <see cref="RuleEngine"/>'s documented order without sorting: rules are walked
/// in <see cref="CatalogueRule.Index"/> order and each rule over its scope's items in scope order
/// (header fields in form order; indicator rows in order, 半年 cell before 全年; 支出 lines in order),
/// which is exactly the (rule, item) order <see cref="TableEvaluator"/> sorts into. Immutable and
/// safe to share between threads.
/// </remarks>
internal sealed class CompiledCatalogue
{
    private readonly Entry[][] _byProfile;

    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    public CompiledCatalogue(RuleSet ruleSet)
    {
        if (ruleSet is null) throw new ArgumentNullException(nameof(ruleSet));
        RuleSet = ruleSet;
        var compiled = new CompiledRule[ruleSet.Rules.Count];
        _byProfile = new Entry[ruleSet.Profiles.Count][];
        foreach (var profile in ruleSet.Profiles)
        {
            var entries = new List<Entry>();
            foreach (var rule in ruleSet.Rules)
            {
                if (!profile.IsEnabled(rule)) continue;

                // Compiled once per rule, shared by every profile that enables it.
                var c = compiled[rule.Index] ??= new CompiledRule(rule);
                entries.Add(new Entry(c, profile.SeverityOf(rule)));
            }

            _byProfile[profile.Ordinal] = entries.ToArray();
        }
    }

    /// <summary>The rules this was compiled from.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Checks one table under <paramref name="profile"/> (one of <see cref="RuleSet.Profiles"/>).</summary>
    /// <exception cref="RuleEvaluationException">A rule could not run.</exception>
    public IReadOnlyList<Finding> Check(PerformanceTable table, DateTime asOf, ResolvedProfile profile) => Check(table, asOf, profile, null);

    /// <summary>
    /// Checks one table; with <paramref name="errors"/>, a rule that cannot run (or spends its
    /// <see cref="EvaluationBudget"/>) is added there, its findings on this table are dropped, and the other rules still run.
    /// </summary>
    /// <exception cref="RuleEvaluationException">A rule could not run and <paramref name="errors"/> is null.</exception>
    public IReadOnlyList<Finding> Check(PerformanceTable table, DateTime asOf, ResolvedProfile profile, List<RuleEvaluationException>? errors)
    {
        var limits = RuleSet.Limits;
        var entries = _byProfile[profile.Ordinal];
        List<Finding>? findings = null;
        var imports = table.ImportFindings;
        for (var i = 0; i < imports.Count; i++)
        {
            if (profile.Adjust(imports[i]) is { } adjusted) (findings ??= new List<Finding>(imports.Count + 4)).Add(adjusted);
        }

        // Facts several rules share (normalised names, levels, first rows, prose) are worked out once for this table.
        var facts = TableFacts.Begin(table);
        try
        {
            Run(table, asOf, entries, facts, limits, errors, ref findings);
        }
        finally
        {
            TableFacts.End();
        }

        return findings ?? (IReadOnlyList<Finding>)Array.Empty<Finding>();
    }

    private static void Run(PerformanceTable table, DateTime asOf, Entry[] entries, TableFacts facts, EvaluationLimits limits,
        List<RuleEvaluationException>? errors, ref List<Finding>? findings)
    {
        for (var r = 0; r < entries.Length; r++)
        {
            var entry = entries[r];
            var before = findings?.Count ?? 0;

            // User rules are untrusted: each spends its own budget on this table (the built-in catalogue is not metered).
            var metered = !entry.Rule.Rule.IsBuiltIn;
            var budget = metered ? EvaluationBudget.Enter(limits) : default;
            try
            {
                Evaluate(table, asOf, entry, facts, ref findings);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A rule that cannot run is an engine error naming the rule, never a finding.
                var error = ex as RuleEvaluationException ?? RuleEvaluationException.Of(entry.Rule.Rule, table.Name, (ex.InnerException ?? ex).Message, ex);
                if (errors is null)
                {
                    if (ReferenceEquals(error, ex)) throw;
                    throw error;
                }

                errors.Add(error);
                if (findings is not null && findings.Count > before) findings.RemoveRange(before, findings.Count - before);
            }
            finally
            {
                if (metered) budget.Dispose();
            }
        }
    }

    /// <summary>One rule over its scope's items in scope order; each item where the rule does not hold adds its finding.</summary>
    private static void Evaluate(PerformanceTable table, DateTime asOf, in Entry entry, TableFacts facts, ref List<Finding>? findings)
    {
        var rule = entry.Rule;
        switch (rule.Rule.Scope)
        {
            case RuleScope.Table:
                if (!rule.Table!(table, asOf)) Add(ref findings, entry, new ScopeInputs(RuleScope.Table, table, asOf));
                break;
            case RuleScope.Field:
                var fields = facts.Fields;
                for (var i = 0; i < fields.Count; i++)
                {
                    if (!rule.Field!(table, fields[i], asOf)) Add(ref findings, entry, new ScopeInputs(RuleScope.Field, table, asOf, field: fields[i]));
                }

                break;
            case RuleScope.Indicator:
                var indicators = table.Indicators;
                for (var i = 0; i < indicators.Count; i++)
                {
                    if (!rule.Indicator!(table, indicators[i], asOf)) Add(ref findings, entry, new ScopeInputs(RuleScope.Indicator, table, asOf, indicator: indicators[i]));
                }

                break;
            case RuleScope.Cell:
                for (var i = 0; i < facts.CellCount; i++)
                {
                    var indicator = table.Indicators[facts.CellRow(i)];
                    var cell = facts.Cell(i);
                    if (!rule.Cell!(table, indicator, cell, asOf)) Add(ref findings, entry, new ScopeInputs(RuleScope.Cell, table, asOf, indicator: indicator, cell: cell));
                }

                break;
            case RuleScope.Funding:
                var expenditures = table.Funding.Expenditures;
                for (var i = 0; i < expenditures.Count; i++)
                {
                    if (!rule.Funding!(table, expenditures[i], asOf)) Add(ref findings, entry, new ScopeInputs(RuleScope.Funding, table, asOf, expenditure: expenditures[i]));
                }

                break;
        }
    }

    private static void Add(ref List<Finding>? findings, in Entry entry, in ScopeInputs inputs) =>
        (findings ??= new List<Finding>()).Add(FindingFactory.Create(entry.Rule.Rule, entry.Severity, inputs));

    private readonly struct Entry
    {
        public Entry(CompiledRule rule, Severity severity)
        {
            Rule = rule;
            Severity = severity;
        }

        public CompiledRule Rule { get; }

        public Severity Severity { get; }
    }
}
