using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Findings;

namespace PerfRules.Rules.Reporting;

/// <summary>
/// The result of checking a set of inputs: one <see cref="TableReport"/> per table in input order
/// (files sorted by path, tables in file order), and the findings about input files themselves.
/// </summary>
public sealed class CheckReport
{
    /// <summary>The version of the JSON schema <see cref="CheckReportJson"/> writes.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Creates a report.</summary>
    public CheckReport(IReadOnlyList<TableReport> tables, IReadOnlyList<FileFinding>? fileFindings = null)
    {
        Tables = tables ?? throw new ArgumentNullException(nameof(tables));
        FileFindings = fileFindings ?? Array.Empty<FileFinding>();
    }

    /// <summary>The entries in input order.</summary>
    public IReadOnlyList<TableReport> Tables { get; }

    /// <summary>Findings about input files as a whole, in input order.</summary>
    public IReadOnlyList<FileFinding> FileFindings { get; }

    /// <summary>True when some finding has severity error (the CLI then exits 1).</summary>
    public bool HasErrors => Count(Severity.Error) > 0;

    /// <summary>Total findings of a severity, file findings included.</summary>
    public int Count(Severity severity) => Tables.Sum(t => t.Count(severity)) + FileFindings.Count(f => f.Finding.Severity == severity);
}
