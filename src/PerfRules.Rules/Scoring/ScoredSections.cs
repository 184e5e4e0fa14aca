using System.Collections.Generic;
using PerfRules.Tables;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// Which scoring section each indicator belongs to, addressed by position: row numbers from a JSON input need
/// not be unique, and a repeated number must not merge two indicators. 决策/过程 and unknown 一级 have none.
/// </summary>
internal sealed class ScoredSections
{
    private readonly Dictionary<int, ScoringSection> _sectionOf = new();

    private ScoredSections()
    {
    }

    /// <summary>The map keyed by position, as <see cref="SectionWeighting"/> reads it.</summary>
    public IReadOnlyDictionary<int, ScoringSection> ByPosition => _sectionOf;

    /// <summary>The sections of <paramref name="indicators"/>.</summary>
    public static ScoredSections Of(IReadOnlyList<Indicator> indicators)
    {
        var sections = new ScoredSections();
        for (var i = 0; i < indicators.Count; i++)
        {
            if (ScoringSections.FromLabel(indicators[i].Level1) is { } s && s != ScoringSection.ExecutionRate) sections._sectionOf[i] = s;
        }

        return sections;
    }

    /// <summary>The section of the indicator at <paramref name="position"/>, if it is scored at all.</summary>
    public bool TryGet(int position, out ScoringSection section) => _sectionOf.TryGetValue(position, out section);
}
