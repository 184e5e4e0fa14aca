using PerfRules.Tables;

namespace PerfRules.Rules.Scoring;

/// <summary>The outcome of reading a profile file's <c>scoring</c> section; never an exception for bad content.</summary>
public sealed record ScoringProfileReadResult
{
    /// <summary>The profile, or null when the file has errors or no <c>scoring</c> section.</summary>
    public ScoringProfile? Profile { get; init; }

    /// <summary>What is wrong, in Chinese, each naming the JSON path; empty on success.</summary>
    public ValueList<string> Errors { get; init; } = ValueList<string>.Empty;

    /// <summary>False when the file is a valid profile without a <c>scoring</c> section (rule switches only): the caller keeps its default weights.</summary>
    public bool HasScoringSection { get; init; }

    /// <summary>Where the file came from, or null.</summary>
    public string? Source { get; init; }

    /// <summary>True when there is no error.</summary>
    public bool IsSuccess => Errors.Count == 0;
}
