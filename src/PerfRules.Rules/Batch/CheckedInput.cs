using System;
using System.Collections.Generic;
using PerfRules.Findings;
using PerfRules.Import;

namespace PerfRules.Rules.Batch;

/// <summary>One input of a batch (a file, a JSON Lines line): what reading it gave, and each of its tables checked.</summary>
public sealed class CheckedInput
{
    /// <summary>Creates the result.</summary>
    public CheckedInput(TableReadResult read, IReadOnlyList<CheckedTable> tables)
    {
        Read = read ?? throw new ArgumentNullException(nameof(read));
        Tables = tables ?? throw new ArgumentNullException(nameof(tables));
        for (var i = 0; i < read.Findings.Count; i++)
        {
            if (read.Findings[i].Severity == Severity.Error) ErrorCount++;
        }

        for (var i = 0; i < tables.Count; i++) ErrorCount += tables[i].ErrorCount;
    }

    /// <summary>The read result: source, tables, and findings about the input as a whole (I09, I10 …).</summary>
    public TableReadResult Read { get; }

    /// <summary>The input's tables with their findings, in source order.</summary>
    public IReadOnlyList<CheckedTable> Tables { get; }

    /// <summary>Error findings of the input and of its tables.</summary>
    public int ErrorCount { get; }

    /// <inheritdoc />
    public override string ToString() => (Read.Source ?? "<input>") + ": " + Tables.Count + " tables";
}
