using System;
using System.Collections.Generic;
using PerfRules.Rules.Batch;
using PerfRules.Findings;
using PerfRules.Rules.Evaluation;
using PerfRules.Tables;

namespace PerfRules.Rules;

/// <summary>
/// Checks 预算绩效目标表 against the rule catalogue. Create one engine and reuse it: rules are parsed,
/// vetted and compiled once in <see cref="Create(RuleOptions)"/>; <see cref="Check"/> parses nothing
/// and is safe to call from several threads.
/// </summary>
/// <example>
/// <code>
/// var engine = RuleEngine.Create();
/// IReadOnlyList&lt;Finding&gt; findings = engine.Check(table);
/// </code>
/// </example>
/// <remarks>
/// Findings are ordered: the table's import findings (I01…) as the reader reported them, then rule
/// findings by rule (catalogue workflows structure, value, consistency, funding, then user
/// workflows, each in file order), and within one rule by location (the table; header fields in
/// form order; indicator rows in order with 半年 before 全年; 支出 lines in order).
/// </remarks>
public sealed class RuleEngine
{
    private readonly IVerdictSource? _verdicts;
    private readonly CompiledCatalogue? _compiled;

    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    private RuleEngine(RuleSet ruleSet, RuleEngineMode mode)
    {
        RuleSet = ruleSet;
        Mode = mode;
        switch (mode)
        {
            // Compiling recurses on each expression: on a thread whose stack holds the deepest one the limits allow.
            case RuleEngineMode.Compiled:
                _compiled = Loading.DeepStack.Run(() => new CompiledCatalogue(ruleSet));
                break;
            case RuleEngineMode.RulesEngine:
                _verdicts = Loading.DeepStack.Run(() => new RulesEngineVerdicts(ruleSet));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown evaluation mode");
        }
    }

    /// <summary>The loaded rules and profiles.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>How rules are evaluated (<see cref="RuleEngineMode.Compiled"/> unless the engine was created otherwise).</summary>
    public RuleEngineMode Mode { get; }

    /// <summary>Loads the built-in catalogue with the layout-selected built-in profiles and compiles it.</summary>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    public static RuleEngine Create() => new(RuleSet.Load(RuleOptions.Default), RuleEngineMode.Compiled);

    /// <summary>Loads the catalogue (and what <paramref name="options"/> adds) and compiles it.</summary>
    /// <exception cref="RuleLoadException">A rule file or the profile is invalid.</exception>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    public static RuleEngine Create(RuleOptions options) => Create(options, RuleEngineMode.Compiled);

    /// <summary>Compiles an already loaded rule set.</summary>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    public static RuleEngine Create(RuleSet ruleSet) => Create(ruleSet, RuleEngineMode.Compiled);

    /// <summary>Loads the built-in catalogue and prepares it for <paramref name="mode"/>.</summary>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    public static RuleEngine Create(RuleEngineMode mode) => new(RuleSet.Load(RuleOptions.Default), mode);

    /// <summary>Loads the catalogue (and what <paramref name="options"/> adds) and prepares it for <paramref name="mode"/>.</summary>
    /// <exception cref="RuleLoadException">A rule file or the profile is invalid, or a rule cannot be compiled.</exception>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    public static RuleEngine Create(RuleOptions options, RuleEngineMode mode) =>
        new(RuleSet.Load(options ?? throw new ArgumentNullException(nameof(options))), mode);

    /// <summary>Prepares an already loaded rule set for <paramref name="mode"/>; several engines may share one rule set.</summary>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    public static RuleEngine Create(RuleSet ruleSet, RuleEngineMode mode) => new(ruleSet ?? throw new ArgumentNullException(nameof(ruleSet)), mode);

    /// <summary>
    /// The as-of date used when the caller gives none: 30 June of the table's 年度 (the half-year
    /// checkpoint), never the system clock; null when the table has no 年度.
    /// </summary>
    public static DateTime? DefaultAsOf(PerformanceTable table) =>
        (table ?? throw new ArgumentNullException(nameof(table))).Year is { } y && y >= 1900 && y <= 9998 ? new DateTime(y, 6, 30) : null;

    /// <summary>The resolved profile a table is checked under.</summary>
    public ResolvedProfile ProfileFor(PerformanceTable table) => RuleSet.ProfileFor(table);

    /// <summary>
    /// Checks one table. <paramref name="asOf"/> defaults to <see cref="DefaultAsOf"/>; without either,
    /// date-dependent rules (F04) do not judge.
    /// </summary>
    /// <exception cref="RuleEvaluationException">A rule could not run (an engine error, not a finding).</exception>
    public IReadOnlyList<Finding> Check(PerformanceTable table, DateTime? asOf = null)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        var date = asOf ?? DefaultAsOf(table) ?? DateTime.MinValue;
        var profile = RuleSet.ProfileFor(table);
        return _compiled is not null ? _compiled.Check(table, date, profile) : TableEvaluator.Run(table, date, profile, _verdicts!);
    }

    /// <summary>
    /// <see cref="Check"/>, but a rule that cannot run is added to <paramref name="errors"/> instead of thrown: on the
    /// compiled path the other rules still run on the table; on the RulesEngine path the table has no rule findings.
    /// </summary>
    internal IReadOnlyList<Finding> CheckCollecting(PerformanceTable table, DateTime? asOf, List<RuleEvaluationException> errors)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        var date = asOf ?? DefaultAsOf(table) ?? DateTime.MinValue;
        var profile = RuleSet.ProfileFor(table);
        if (_compiled is not null) return _compiled.Check(table, date, profile, errors);
        try
        {
            return TableEvaluator.Run(table, date, profile, _verdicts!);
        }
        catch (RuleEvaluationException e)
        {
            errors.Add(e);
            return Array.Empty<Finding>();
        }
    }
}
