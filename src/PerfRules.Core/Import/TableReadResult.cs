using System.Collections.Generic;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>
/// What <see cref="TableTextReader"/> read from one input: the tables in source order, plus what
/// belongs to the input as a whole (encoding, unreadable input, text before the first table).
/// </summary>
/// <remarks>
/// Nothing is dropped: every non-blank input line is represented in a table, in a table's
/// <see cref="PerformanceTable.UnplacedLines"/>, in this result's <see cref="UnplacedLines"/>, or (for
/// <c>#</c> comment lines) in an I07 finding.
/// </remarks>
public sealed record TableReadResult
{
    /// <summary>Where the input came from (file path), or null.</summary>
    public string? Source { get; init; }

    /// <summary>The tables, in source order.</summary>
    public ValueList<PerformanceTable> Tables { get; init; } = ValueList<PerformanceTable>.Empty;

    /// <summary>Findings about the input as a whole (I07, I09, I10, I11, and I06 for lines outside any table), in source order.</summary>
    public ValueList<Finding> Findings { get; init; } = ValueList<Finding>.Empty;

    /// <summary>Non-blank lines outside any table (before the first title), kept verbatim.</summary>
    public ValueList<UnplacedLine> UnplacedLines { get; init; } = ValueList<UnplacedLine>.Empty;

    /// <summary>The encoding the bytes were decoded with (<c>utf-8</c>, <c>gb18030</c>, <c>utf-16</c>), or null for text input.</summary>
    public string? Encoding { get; init; }

    /// <summary>True when the input could not be read at all (an I10 finding, or an I11 input limit, and no table).</summary>
    public bool IsUnreadable => Tables.Count == 0 && Findings.Any(f => f.RuleId is ImportRuleIds.UnreadableInput or ImportRuleIds.LimitExceeded);

    /// <summary>The input-level findings followed by each table's import findings.</summary>
    public IEnumerable<Finding> AllFindings => Findings.Concat(Tables.SelectMany(t => t.ImportFindings));
}
