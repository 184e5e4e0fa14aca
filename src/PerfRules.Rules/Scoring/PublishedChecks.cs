using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// Rules E06 (a published score or 执行率 differs from the recomputed one) and E07 (published weights or
/// scores do not add up to their stated totals), from a 自评 table's <see cref="PublishedEvaluation"/>,
/// its indicators' 分值 and its stated section weights.
/// </summary>
/// <remarks>
/// Per indicator, E06 compares the published 得分 with the recomputed attainment times the indicator's
/// <em>published</em> weight, so a redistribution (an empty target elsewhere) is not mistaken for a
/// scoring error; the total is compared as recomputed. Sums of published scores allow for each part
/// having been rounded to two places.
/// </remarks>
internal static class PublishedChecks
{
    /// <summary>More than this many points between a published and a recomputed score is E06.</summary>
    public const decimal ScoreTolerance = 0.5m;

    /// <summary>More than this many percentage points between a published and a computed 执行率 is E06.</summary>
    public const decimal RateTolerance = 0.1m;

    private const decimal WeightTolerance = 0.005m;
    private const string TotalField = "总分";

    public static void Check(ScoreCard card, SectionWeighting weighting, List<Finding> findings)
    {
        CheckWeights(card, weighting, findings);
        if (card.Table.Published is { } published) CheckPublished(card, published, findings);
    }

    private static void CheckWeights(ScoreCard card, SectionWeighting weighting, List<Finding> findings)
    {
        // A partial table lacks the tail its stated totals count: the sums cannot be judged.
        if (card.Table.IsPartial) return;
        CheckSectionSums(card, findings);
        if (card.Table.Published?.TotalWeight is { } statedTotal) CheckStatedTotal(card.Table, statedTotal, findings);
        CheckPartsSum(weighting, findings);
    }

    /// <summary>Each stated section weight (产出指标 30分, or one for all indicators) against its indicators' 分值.</summary>
    private static void CheckSectionSums(ScoreCard card, List<Finding> findings)
    {
        var bySection = card.Indicators.Where(i => i.Section is not null).GroupBy(i => i.Section!.Value).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var stated in card.Table.SectionWeights)
        {
            var section = ScoringSections.FromLabel(stated.Section);
            List<IndicatorScore> lines;
            if (section is { } s && s != ScoringSection.ExecutionRate && bySection.TryGetValue(s, out var sectionLines)) lines = sectionLines;
            else if (section is null && IsAllIndicators(stated.Section)) lines = bySection.Values.SelectMany(l => l).ToList();
            else continue;

            if (lines.Count == 0 || lines.Any(l => l.Indicator.Weight is null)) continue;
            var sum = lines.Sum(l => l.Indicator.Weight!.Value);
            if (Math.Abs(sum - stated.Weight) > WeightTolerance)
            {
                findings.Add(EvaluationFindings.ForField(EvaluationRuleIds.PublishedTotalsInconsistent, stated.Section,
                    stated.Section + "下各指标分值合计 " + W(sum) + "，与标注的 " + W(stated.Weight) + " 分不符（" + string.Join(" + ", lines.Select(l => W(l.Indicator.Weight!.Value))) + "）。",
                    ("value", W(sum)), ("expected", W(stated.Weight))));
            }
        }
    }

    /// <summary>合计 / 总分 of the 分值 column: every stated weight, indicators and 预算执行率, adds up to it.</summary>
    private static void CheckStatedTotal(PerformanceTable table, decimal statedTotal, List<Finding> findings)
    {
        var indicatorWeights = table.Indicators.Where(i => i.Weight is not null).Select(i => i.Weight!.Value).ToList();
        var execution = table.Published!.ExecutionWeight ?? SectionWeighting.Stated(table, ScoringSection.ExecutionRate);
        if (indicatorWeights.Count == 0 || !table.Indicators.Where(i => ScoringSections.FromLabel(i.Level1) is not null).All(i => i.Weight is not null || i.FullYear is EmptyValue)) return;
        var sum = indicatorWeights.Sum() + (execution ?? 0m);
        if (Math.Abs(sum - statedTotal) > WeightTolerance)
        {
            findings.Add(EvaluationFindings.ForField(EvaluationRuleIds.PublishedTotalsInconsistent, TotalField,
                "各指标分值" + (execution is { } e ? "与预算执行率分值 " + W(e) : string.Empty) + "合计 " + W(sum) + "，与表中合计 " + W(statedTotal) + " 不符。",
                ("value", W(sum)), ("expected", W(statedTotal))));
        }
    }

    /// <summary>The whole: only when every weighted part is stated by the table (a profile weight is not "published").</summary>
    private static void CheckPartsSum(SectionWeighting weighting, List<Finding> findings)
    {
        var weighted = ScoringSections.All.Where(weighting.IsFromTable).ToList();
        if (!weighting.IsTableScheme || weighted.Count <= 1) return;
        var sum = weighted.Sum(weighting.BaseOf);
        if (Math.Abs(sum - 100m) > WeightTolerance)
        {
            findings.Add(EvaluationFindings.ForField(EvaluationRuleIds.PublishedTotalsInconsistent, TotalField,
                "各部分分值合计 " + W(sum) + "（" + string.Join(" + ", weighted.Select(s => s.ToText() + " " + W(weighting.BaseOf(s)))) + "），应为 100。",
                ("value", W(sum)), ("expected", "100")));
        }
    }

    private static void CheckPublished(ScoreCard card, PublishedEvaluation published, List<Finding> findings)
    {
        CheckExecutionRate(published, findings);
        CheckExecutionScore(card, published, findings);
        CheckIndicatorScores(card, published, findings);
        if (published.Total is { } total) CheckTotal(card, published, total, findings);
    }

    /// <summary>执行率 as published vs 执行数 / 预算数.</summary>
    private static void CheckExecutionRate(PublishedEvaluation published, List<Finding> findings)
    {
        const string field = EvaluationFindings.ExecutionField;
        if (published.ExecutionRate is { } publishedRate && published.Executed is { } executed && published.Budget is { } budget && budget > 0m)
        {
            var computed = executed / budget * 100m;
            if (Math.Abs(publishedRate - computed) > RateTolerance)
            {
                findings.Add(EvaluationFindings.ForField(EvaluationRuleIds.PublishedScoreDiffers, field,
                    "已公布的执行率 " + ScoreText.Format(publishedRate) + "% 与执行数/预算数 " + N(executed) + " / " + N(budget) + " = " + ScoreText.Format(computed) +
                    "% 相差 " + ScoreText.Format(Math.Abs(publishedRate - computed)) + " 个百分点（超过 0.1）。",
                    ("value", ScoreText.Format(publishedRate) + "%"), ("expected", ScoreText.Format(computed) + "%")));
            }
        }
    }

    /// <summary>执行率 得分: within its 分值, and as recomputed from the rate.</summary>
    private static void CheckExecutionScore(ScoreCard card, PublishedEvaluation published, List<Finding> findings)
    {
        const string field = EvaluationFindings.ExecutionField;
        var executionWeight = published.ExecutionWeight ?? card.Execution.Weight;
        if (published.ExecutionScore is { } executionScore)
        {
            if (executionScore > executionWeight + WeightTolerance)
            {
                findings.Add(EvaluationFindings.ForField(EvaluationRuleIds.PublishedTotalsInconsistent, field,
                    "预算执行率得分 " + N(executionScore) + " 超过其分值 " + W(executionWeight) + "。", ("value", N(executionScore)), ("expected", W(executionWeight))));
            }
            else if (card.Execution.Rate is { } rate)
            {
                var recomputed = ScoreFormula.Execution(executionWeight, rate, 1m);
                if (Math.Abs(executionScore - recomputed) > ScoreTolerance)
                {
                    findings.Add(EvaluationFindings.ForField(EvaluationRuleIds.PublishedScoreDiffers, field,
                        "预算执行率已公布得分 " + N(executionScore) + " 与重新计算的 " + ScoreText.Format(recomputed) + "（" + W(executionWeight) + " × min(1, " + ScoreText.Percent(rate) +
                        ")）相差 " + ScoreText.Format(Math.Abs(executionScore - recomputed)) + " 分（超过 0.5 分）。",
                        ("value", N(executionScore)), ("expected", ScoreText.Format(recomputed))));
                }
            }
        }
    }

    /// <summary>Each indicator's published 得分: within its 分值, and as recomputed from target and actual.</summary>
    private static void CheckIndicatorScores(ScoreCard card, PublishedEvaluation published, List<Finding> findings)
    {
        var lines = new Dictionary<int, IndicatorScore>();
        foreach (var l in card.Indicators)
        {
            if (!lines.ContainsKey(l.Indicator.Row)) lines[l.Indicator.Row] = l;
        }

        foreach (var row in published.Indicators)
        {
            if (row.Score is { } score && lines.TryGetValue(row.Row, out var line)) CheckIndicatorScore(row, score, line, findings);
        }
    }

    private static void CheckIndicatorScore(PublishedIndicator row, decimal score, IndicatorScore line, List<Finding> findings)
    {
        var weight = line.Indicator.Weight ?? line.Weight;
        if (line.Indicator.Weight is { } stated && score > stated + WeightTolerance)
        {
            findings.Add(EvaluationFindings.ForIndicator(EvaluationRuleIds.PublishedTotalsInconsistent, line.Indicator,
                "指标“" + line.Indicator.Name + "”得分 " + N(score) + " 超过其分值 " + W(stated) + "。", ("value", N(score)), ("expected", W(stated))));
            return;
        }

        // A score published for a row whose 年度指标值 is empty cannot be recomputed: the row scores nothing (its
        // weight goes to the section's other indicators), so the published points are unsupported by the table.
        if (line.Section is not null && line.Status == ScoreStatus.NotScored && line.Target is EmptyValue && score > ScoreTolerance)
        {
            findings.Add(EvaluationFindings.ForIndicator(EvaluationRuleIds.PublishedScoreDiffers, line.Indicator,
                "指标“" + line.Indicator.Name + "”已公布得分 " + N(score) + "，但年度指标值为空" + (row.Actual is null ? "、实际完成值也为空" : "（实际完成值“" + row.Actual + "”）") +
                "，重新计算不得分（0，分值由本部分其他指标分摊），相差 " + N(score) + " 分（超过 0.5 分）。",
                ("value", N(score)), ("expected", "0")));
            return;
        }

        if (line.ActualMissing || line.Status is not (ScoreStatus.Met or ScoreStatus.PartiallyMet or ScoreStatus.NotMet)) return;
        var recomputed = weight * line.Attainment;
        if (Math.Abs(score - recomputed) > ScoreTolerance)
        {
            findings.Add(EvaluationFindings.ForIndicator(EvaluationRuleIds.PublishedScoreDiffers, line.Indicator,
                "指标“" + line.Indicator.Name + "”已公布得分 " + N(score) + " 与重新计算的 " + ScoreText.Format(recomputed) + "（实际“" + line.ActualText + "”对指标值“" + line.Target +
                "”，分值 " + W(weight) + "）相差 " + ScoreText.Format(Math.Abs(score - recomputed)) + " 分（超过 0.5 分）。",
                ("value", N(score)), ("expected", ScoreText.Format(recomputed))));
        }
    }

    /// <summary>The published total against its own parts, then against the recomputed total.</summary>
    private static void CheckTotal(ScoreCard card, PublishedEvaluation published, decimal total, List<Finding> findings)
    {
        var parts = published.Indicators.Where(r => r.Score is not null).Select(r => r.Score!.Value).ToList();
        if (published.ExecutionScore is { } es) parts.Add(es);
        if (parts.Count > 0)
        {
            var sum = parts.Sum();
            if (Math.Abs(sum - total) > WeightTolerance * (parts.Count + 1))
            {
                findings.Add(EvaluationFindings.ForField(EvaluationRuleIds.PublishedTotalsInconsistent, TotalField,
                    "已公布总分 " + N(total) + " 与各项得分之和 " + N(sum) + " 不符。", ("value", N(total)), ("expected", N(sum))));
            }
        }

        if (Math.Abs(total - card.Total) > ScoreTolerance)
        {
            findings.Add(EvaluationFindings.ForField(EvaluationRuleIds.PublishedScoreDiffers, TotalField,
                "已公布总分 " + N(total) + " 与重新计算的 " + ScoreText.Format(card.Total) + "（" + card.Grade.ToText() + "）相差 " + ScoreText.Format(Math.Abs(total - card.Total)) + " 分（超过 0.5 分）。",
                ("value", N(total)), ("expected", ScoreText.Format(card.Total))));
        }
    }

    private static bool IsAllIndicators(string label)
    {
        var text = label.Trim();
        var bracket = text.IndexOfAny(new[] { '(', '（' });
        if (bracket > 0) text = text.Substring(0, bracket).Trim();
        return text is "绩效指标" or "年度绩效指标" or "绩效指标完成情况" or "年度绩效指标完成情况";
    }

    private static string W(decimal weight) => ScoreText.FormatWeight(weight);

    private static string N(decimal number) => Values.ValueText.FormatNumber(number);
}
