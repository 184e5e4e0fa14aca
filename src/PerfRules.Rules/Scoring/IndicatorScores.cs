using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfRules.Actuals;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// Scoring's per-indicator phase: each indicator's line on the card — its weight after redistribution, its
/// score (weight × attainment), the actual as reported and parsed — and a note for targets left empty.
/// </summary>
internal static class IndicatorScores
{
    /// <summary>The card lines of <paramref name="table"/>'s indicators, in position order.</summary>
    public static List<IndicatorScore> Build(
        PerformanceTable table, ScoredSections sections, Verdict[] verdicts, SectionRedistribution weights,
        IReadOnlyDictionary<int, IndicatorActual> matched, ScoringMoment moment, List<string> notes)
    {
        var indicators = table.Indicators;
        var scores = new List<IndicatorScore>(indicators.Count);
        var emptyTargets = new List<Indicator>();
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var verdict = verdicts[i];
            var hasSection = sections.TryGet(i, out var section);
            var weight = hasSection && verdict.IsScorable ? weights.IndicatorWeight(section, i) : 0m;
            var actual = matched.TryGetValue(i, out var reported) ? reported : null;
            IndicatorValue? actualValue = actual is not null && !actual.IsMissing && actual.Parse(indicator.Name) is { IsSuccess: true } parsed ? parsed.Value : null;
            if (verdict.Status == ScoreStatus.NotScored && verdict.Explanation is { } why && why.StartsWith("指标值为空", StringComparison.Ordinal))
            {
                emptyTargets.Add(indicator);
            }

            scores.Add(new IndicatorScore(indicator, verdict.Status)
            {
                Section = hasSection ? section : null,
                Target = moment.TargetOf(indicator),
                ActualText = actual?.Value,
                Actual = actualValue,
                Weight = weight,
                Score = weight * verdict.Attainment,
                Attainment = verdict.Attainment,
                Reason = actual?.Reason,
                Judgement = actual?.Judgement,
                Explanation = verdict.Explanation,
                ActualMissing = verdict.ActualMissing,
            });
        }

        AddEmptyTargetNote(emptyTargets, notes);
        return scores;
    }

    private static void AddEmptyTargetNote(List<Indicator> emptyTargets, List<string> notes)
    {
        if (emptyTargets.Count == 1)
        {
            notes.Add("指标“" + emptyTargets[0].Name + "”（第 " + Number(emptyTargets[0].Row) + " 行）指标值为空，不计分，其权重由本部分其他指标分摊。");
        }
        else if (emptyTargets.Count > 1)
        {
            notes.Add(Number(emptyTargets.Count) + " 项指标的指标值为空，不计分，其权重由各自部分的其他指标分摊：第 " + string.Join("、", emptyTargets.Select(i => Number(i.Row))) + " 行。");
        }
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
