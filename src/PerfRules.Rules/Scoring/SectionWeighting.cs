using System.Collections.Generic;
using System.Linq;
using PerfRules.Tables;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// Base weights before redistribution: a section's weight and each indicator's raw share within it.
/// Weights the table states (Indicator.Weight, Table.SectionWeights, the 自评 表's 执行率 分值) win over the
/// profile's (docs/scoring.md). Where a section's indicator weights and its stated total disagree, the
/// indicator weights win (the published scores were computed with them) and E07 reports the mismatch.
/// </summary>
internal sealed class SectionWeighting
{
    private readonly Dictionary<ScoringSection, decimal> _base = new();
    private readonly Dictionary<ScoringSection, bool> _fromTable = new();
    private readonly Dictionary<int, decimal> _raw = new();

    public SectionWeighting(PerformanceTable table, ScoringProfile profile, IReadOnlyDictionary<int, ScoringSection> sectionOf)
    {
        var executionStated = table.Published?.ExecutionWeight ?? Stated(table, ScoringSection.ExecutionRate);
        _base[ScoringSection.ExecutionRate] = executionStated ?? profile.ExecutionRate;
        _fromTable[ScoringSection.ExecutionRate] = executionStated is not null;

        foreach (var section in ScoringSections.All.Where(s => s != ScoringSection.ExecutionRate))
        {
            var positions = Enumerable.Range(0, table.Indicators.Count).Where(i => sectionOf.TryGetValue(i, out var s) && s == section).ToList();
            var indicators = positions.Select(i => table.Indicators[i]).ToList();
            var stated = Stated(table, section);
            var given = indicators.Where(i => i.Weight is not null).ToList();
            if (given.Count > 0)
            {
                var givenSum = given.Sum(i => i.Weight!.Value);
                var unweighted = indicators.Count - given.Count;
                decimal remainderEach = 0m;
                if (unweighted > 0 && stated is { } total && total > givenSum) remainderEach = (total - givenSum) / unweighted;
                foreach (var i in positions) _raw[i] = table.Indicators[i].Weight ?? remainderEach;
                _base[section] = unweighted > 0 && stated is { } s2 ? s2 : givenSum;
                _fromTable[section] = true;
            }
            else
            {
                foreach (var i in positions) _raw[i] = 1m;
                _base[section] = stated ?? profile.WeightOf(section);
                _fromTable[section] = stated is not null;
            }
        }

        // A table with its own scheme — its weights already make 100, or it weights both 预算执行率 and an
        // indicator section (a 自评 表 with 分值 columns) — is scored by that scheme alone: the profile does
        // not add a section the table left out (that would inflate or dilute the table's weights). E07
        // reports a scheme that does not add up.
        var statedSum = _base.Where(p => _fromTable[p.Key]).Sum(p => p.Value);
        var sectionFromTable = ScoringSections.All.Any(s => s != ScoringSection.ExecutionRate && _fromTable[s]);
        if (statedSum >= 100m - 0.005m || (_fromTable[ScoringSection.ExecutionRate] && sectionFromTable))
        {
            foreach (var section in ScoringSections.All.Where(s => !_fromTable[s]).ToList()) _base[section] = 0m;
            IsTableScheme = true;
        }
    }

    /// <summary>True when the table's own weights form the whole scheme (no profile weight is used).</summary>
    public bool IsTableScheme { get; }

    /// <summary>The section's weight before redistribution.</summary>
    public decimal BaseOf(ScoringSection section) => _base[section];

    /// <summary>True when the section's weight came from the table.</summary>
    public bool IsFromTable(ScoringSection section) => _fromTable[section];

    /// <summary>True when any weight came from the table.</summary>
    public bool AnyFromTable => _fromTable.Values.Any(v => v);

    /// <summary>An indicator's raw share within its section (its stated weight, or 1 for equal shares), by position in the table.</summary>
    public decimal RawOf(int position) => _raw.TryGetValue(position, out var r) ? r : 0m;

    /// <summary>A weight the table states for a section (<c>产出指标(50分)</c>), or null.</summary>
    public static decimal? Stated(PerformanceTable table, ScoringSection section)
    {
        foreach (var weight in table.SectionWeights)
        {
            if (ScoringSections.FromLabel(weight.Section) == section) return weight.Weight;
        }

        return null;
    }
}
