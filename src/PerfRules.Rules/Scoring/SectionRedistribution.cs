using System.Collections.Generic;
using System.Linq;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// Scoring's redistribution phase (docs/scoring.md "Weights"): a weighted section with nothing to score gives its
/// weight to the other weighted sections pro rata, 预算执行率 included; within a section, the scorable indicators
/// share its effective weight equally or by the raw weights the table gives them.
/// </summary>
internal sealed class SectionRedistribution
{
    private readonly SectionWeighting _weighting;
    private readonly Verdict[] _verdicts;
    private readonly Dictionary<ScoringSection, List<int>> _scorable = new();
    private readonly Dictionary<ScoringSection, decimal> _rawSums;
    private readonly decimal _factor;

    /// <summary>Redistributes over the sections of the scorable verdicts; <paramref name="executionEmpty"/> when 预算执行率 cannot be judged.</summary>
    public SectionRedistribution(ScoredSections sections, SectionWeighting weighting, Verdict[] verdicts, bool executionEmpty)
    {
        _weighting = weighting;
        _verdicts = verdicts;
        for (var i = 0; i < verdicts.Length; i++)
        {
            if (!sections.TryGet(i, out var s) || !verdicts[i].IsScorable) continue;
            if (!_scorable.TryGetValue(s, out var list)) _scorable[s] = list = new List<int>();
            list.Add(i);
        }

        _rawSums = _scorable.ToDictionary(p => p.Key, p => p.Value.Sum(weighting.RawOf));
        Weighted = ScoringSections.All.Where(s => weighting.BaseOf(s) > 0m).ToList();
        Empty = Weighted.Where(s => (s != ScoringSection.ExecutionRate && !_scorable.ContainsKey(s)) || (s == ScoringSection.ExecutionRate && executionEmpty)).ToList();
        var totalBase = Weighted.Sum(s => weighting.BaseOf(s));
        var nonEmptyBase = totalBase - Empty.Sum(s => weighting.BaseOf(s));
        _factor = nonEmptyBase > 0m ? totalBase / nonEmptyBase : 0m;
    }

    /// <summary>The sections with a base weight, in <see cref="ScoringSections.All"/> order.</summary>
    public IReadOnlyList<ScoringSection> Weighted { get; }

    /// <summary>The weighted sections with nothing to score.</summary>
    public IReadOnlyList<ScoringSection> Empty { get; }

    /// <summary>A section's weight after redistribution (0 for an empty or unweighted section).</summary>
    public decimal Effective(ScoringSection s) => Empty.Contains(s) || !Weighted.Contains(s) ? 0m : _weighting.BaseOf(s) * _factor;

    /// <summary>The weight of the scorable indicator at <paramref name="position"/> in <paramref name="section"/>.</summary>
    public decimal IndicatorWeight(ScoringSection section, int position)
    {
        var rawSum = _rawSums[section];
        return rawSum > 0m ? Effective(section) * _weighting.RawOf(position) / rawSum : Effective(section) / _scorable[section].Count;
    }

    /// <summary>
    /// A section's score, formed as weight × Σ(share × attainment) / Σ share rather than by adding
    /// rounded-looking thirds, so 40 × (0.9 + 1 + 0.8) / 3 is exactly 36.
    /// </summary>
    public decimal SectionTotal(ScoringSection section)
    {
        if (!_scorable.TryGetValue(section, out var positions)) return 0m;
        var rawSum = _rawSums[section];
        return rawSum > 0m
            ? Effective(section) * positions.Sum(i => _weighting.RawOf(i) * _verdicts[i].Attainment) / rawSum
            : Effective(section) * positions.Sum(i => _verdicts[i].Attainment) / positions.Count;
    }

    /// <summary>Notes where weight moved from empty sections, and which weights the table stated.</summary>
    public void AddNotes(List<string> notes, string profileName)
    {
        if (Empty.Count > 0)
        {
            var others = Weighted.Where(s => !Empty.Contains(s)).ToList();
            notes.Add(string.Join("、", Empty.Select(s => s.ToText())) + "部分没有可评指标，其权重 " + ScoreText.FormatWeight(Empty.Sum(s => _weighting.BaseOf(s))) +
                (others.Count == 0 ? " 无处分配。" : " 按比例分配给其他部分：" + string.Join("、", others.Select(s => s.ToText() + " " + ScoreText.FormatWeight(Effective(s)))) + "。"));
        }

        if (_weighting.AnyFromTable)
        {
            notes.Add("权重取自表内（分值/权重）：" + string.Join("、", Weighted.Where(_weighting.IsFromTable).Select(s => s.ToText() + " " + ScoreText.FormatWeight(_weighting.BaseOf(s)))) +
                (Weighted.Any(s => !_weighting.IsFromTable(s)) ? "；其余取自评分方案“" + profileName + "”。" : "。"));
        }
    }
}
