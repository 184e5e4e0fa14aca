using System.Collections.Generic;
using PerfRules.Actuals;
using PerfRules.Tables;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// Scoring's judging phase: a <see cref="Verdict"/> per indicator position. 决策/过程 indicators, other 一级 and
/// sections without weight are not scored; every other indicator is judged against its target in the judged
/// column by <see cref="IndicatorJudge"/>.
/// </summary>
internal static class IndicatorVerdicts
{
    /// <summary>The verdicts of <paramref name="table"/>'s indicators, in position order.</summary>
    public static Verdict[] Judge(
        PerformanceTable table, ScoredSections sections, SectionWeighting weighting, ScoringProfile profile,
        IReadOnlyDictionary<int, IndicatorActual> matched, ScoringMoment moment)
    {
        var indicators = table.Indicators;
        var verdicts = new Verdict[indicators.Count];
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            if (!sections.TryGet(i, out var section))
            {
                verdicts[i] = Verdict.NotScored(IsDecisionOrProcess(indicator.Level1)
                    ? "决策/过程指标不参与自评计分。"
                    : "一级指标“" + indicator.Level1 + "”不属于计分部分（产出、效益、满意度、成本），不计分。");
            }
            else if (weighting.BaseOf(section) <= 0m)
            {
                verdicts[i] = Verdict.NotScored(section.ToText() + "部分没有权重（评分方案“" + profile.Name + "”与表内均未设），不计分。");
            }
            else
            {
                verdicts[i] = IndicatorJudge.Judge(indicator, moment.TargetOf(indicator), matched.TryGetValue(i, out var a) ? a : null, moment);
            }
        }

        return verdicts;
    }

    private static bool IsDecisionOrProcess(string level1)
    {
        var label = level1.Trim();
        return label.StartsWith("决策", System.StringComparison.Ordinal) || label.StartsWith("过程", System.StringComparison.Ordinal);
    }
}
