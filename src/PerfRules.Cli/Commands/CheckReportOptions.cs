using System;
using PerfRules.Findings;

namespace PerfRules.Cli.Commands;

/// <summary>How <c>perfrules check</c> writes its report, whatever the format.</summary>
internal sealed record CheckReportOptions
{
    /// <summary><c>--indented</c>: indent JSON and SARIF.</summary>
    public bool Indented { get; init; }

    /// <summary>
    /// <c>--min-severity</c>: findings below it are left out of the report (the text report counts them). Default:
    /// warning for text, info (everything) for json and sarif.
    /// </summary>
    public Severity MinSeverity { get; init; } = Severity.Info;

    /// <summary>Colour the text report (stdout is a terminal and <c>NO_COLOR</c> is not set).</summary>
    public bool Colour { get; init; }

    /// <summary>
    /// <c>--docs-url</c>: the absolute URL under which README.md and docs/ are published (ends with <c>/</c>), for
    /// SARIF's <c>informationUri</c> and <c>helpUri</c>; null leaves them out (a relative link is not valid SARIF).
    /// </summary>
    public Uri? DocsBase { get; init; }

    /// <summary>True when a finding of <paramref name="severity"/> is reported.</summary>
    public bool Shows(Severity severity) => severity >= MinSeverity;
}
