using System.Collections.Generic;

namespace PerfRules.Rules.Reporting;

/// <summary>How <see cref="CheckReportHtml"/> writes a report.</summary>
public sealed class CheckReportHtmlOptions
{
    /// <summary>The default options.</summary>
    public static CheckReportHtmlOptions Default { get; } = new();

    /// <summary>The page title and top heading (default 预算绩效目标表检查报告, budget performance-target check report).</summary>
    public string Title { get; init; } = "预算绩效目标表检查报告";

    /// <summary>
    /// Where the rule pages are: a rule id links to this base + id + <c>.md</c> (default <c>docs/rules/</c>, relative
    /// to the report, as in this repository; an absolute URL such as <c>https://example.org/perfrules/rules/</c>
    /// works too). Only ids of the built-in catalogue and the reader (S, V, C, F, E or I followed by digits) link;
    /// a user rule has no page. Null or empty: no links.
    /// </summary>
    public string? RuleHelpBase { get; init; } = "docs/rules/";

    /// <summary>Rule titles by id, shown in the summary and as the tooltip of a rule link (e.g. from <c>RuleSet.Rules</c>).</summary>
    public IReadOnlyDictionary<string, string>? RuleTitles { get; init; }

    /// <summary>
    /// How many tables are drawn as the whole form (default 500). Later tables of a large batch show only the
    /// rows and fields that carry findings, and a table without findings only its heading, so the size of a
    /// report over thousands of tables grows with its findings, not with the tables' rows.
    /// </summary>
    public int FullFormTables { get; init; } = 500;
}
