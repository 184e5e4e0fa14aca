using Microsoft.CodeAnalysis;

namespace PerfRules.Analyzers;

/// <summary>
/// The diagnostics of docs/analyzers.md; ids are stable public API (never renumber, only add). Each help link is the
/// id's section of docs/analyzers.md (<see cref="DocsLinks"/>); table files have one id per catalogue rule
/// (<see cref="TableFileDescriptors"/>).
/// </summary>
internal static class Descriptors
{
    internal const string ValuesCategory = "PerfRules.Values";
    internal const string TablesCategory = "PerfRules.Tables";
    internal const string RuleFilesCategory = "PerfRules.RuleFiles";

    /// <summary>Diagnostic property holding the full replacement text of a literal (PR0002, PR0004 fixes).</summary>
    internal const string ReplacementProperty = "Replacement";

    internal static readonly DiagnosticDescriptor InvalidValue = Create(
        "PR0001",
        "Indicator value text does not parse",
        "'{0}' is not a valid indicator value: {1} (expected {2})",
        ValuesCategory,
        DiagnosticSeverity.Error,
        "Text passed to IndicatorValue.Parse or to a parameter marked [IndicatorValueSyntax] must parse as an indicator value (docs/values.md); the diagnostic covers the characters the parser rejected.");

    internal static readonly DiagnosticDescriptor NonCanonicalOperator = Create(
        "PR0002",
        "Comparison written in a non-canonical spelling",
        "'{0}' spells the comparison as '{1}'; write '{2}' ('{3}')",
        ValuesCategory,
        DiagnosticSeverity.Warning,
        "Comparisons have one canonical spelling: ≥ ≤ = > <. Full-width symbols (＞＝), ASCII digraphs (>=) and words (不少于, 以上) parse to the same value but make tables inconsistent.");

    internal static readonly DiagnosticDescriptor HalfAboveFull = Create(
        "PR0003",
        "Half-year target exceeds the full-year target (C01)",
        "C01 {0}：半年指标值“{1}”超过全年指标值“{2}”",
        TablesCategory,
        DiagnosticSeverity.Error,
        "For counts and amounts the half-year target (半年指标值) is part of the full-year target (全年指标值) and cannot exceed it (catalogue rule C01).");

    internal static readonly DiagnosticDescriptor CriterionWord = Create(
        "PR0004",
        "X性 indicator with a non-matching criterion word (V03)",
        "V03 {0}：指标值“{1}”不是与指标名称相符的评价词“{2}”",
        TablesCategory,
        DiagnosticSeverity.Warning,
        "An X性 indicator (立项依据充分性, 资金使用合规性 …) is valued with its own criterion word (充分, 合规 …), catalogue rule V03.");

    internal static readonly DiagnosticDescriptor Hierarchy = Create(
        "PR0005",
        "一级/二级 indicator hierarchy violated (S03/S04)",
        "{0} {1}",
        TablesCategory,
        DiagnosticSeverity.Error,
        "一级指标 must be one of 决策/过程/产出/效益/满意度/成本 (S03) and each 二级指标 must belong to its 一级 (S04); sources in docs/regulations.md: 财预〔2020〕10号 (its 自评表 and 指标体系框架 attachments) and 财预〔2021〕101号 (成本).");

    internal static readonly DiagnosticDescriptor RuleFile = Create(
        "PR0006",
        "Invalid PerfRules rule file",
        "{0}",
        RuleFilesCategory,
        DiagnosticSeverity.Error,
        "A *.perfrules.json rule file is checked as far as possible without RulesEngine: JSON syntax, required Properties (Id, Severity, Message), Scope values, duplicate RuleNames, reserved ids and banned tokens in expressions (docs/rule-contracts.md).");

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: DocsLinks.For("analyzers.md#" + id.ToLowerInvariant()));
}
