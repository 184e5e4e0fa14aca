using System;

namespace PerfRules.Rules.Scoring;

/// <summary>How <see cref="Scorer"/> scores: the as-of date and the weights.</summary>
/// <remarks>
/// The as-of date is, in order: <see cref="AsOf"/>; the actuals file's <c>asOf</c>; today in
/// <see cref="TimeProvider"/>'s local time zone; 31 December of the table's 年度. The system clock is
/// never read unless the caller passes <see cref="System.TimeProvider.System"/> itself.
/// </remarks>
public sealed record ScoringOptions
{
    /// <summary>The defaults: profile <c>national-2020</c>, as-of from the actuals or the end of the table's year.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>The date the evaluation is made at (date part only), or null.</summary>
    public DateTime? AsOf { get; init; }

    /// <summary>Where "today" comes from when no as-of date is given, or null.</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>The section weights; table-stated weights win over them.</summary>
    public ScoringProfile Profile { get; init; } = ScoringProfile.National2020;
}
