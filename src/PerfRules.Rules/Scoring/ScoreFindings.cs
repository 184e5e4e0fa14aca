using System.Collections.Generic;
using PerfRules.Findings;
using PerfRules.Values;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// Scoring's findings phase for the computed card: E01–E04 per indicator line and E01/E02/E05 for 预算执行率.
/// (E06/E07, about published numbers, are <see cref="PublishedChecks"/>.)
/// </summary>
internal static class ScoreFindings
{
    private const decimal FarAboveRatio = 1.2m;

    /// <summary>E01 (actual missing), E02 (not comparable), E03 (no deviation reason), E04 (far above target).</summary>
    public static void AddIndicatorFindings(ScoreCard card, List<Finding> findings)
    {
        foreach (var line in card.Indicators)
        {
            if (line.Section is null) continue;
            var indicator = line.Indicator;
            var target = line.Target.ToString();
            if (line.ActualMissing)
            {
                findings.Add(EvaluationFindings.ForIndicator(EvaluationRuleIds.ActualMissing, indicator,
                    "指标“" + indicator.Name + "”的" + (card.Point == EvaluationPoint.HalfYear ? "半年" : "全年") + "指标值为“" + target + "”，" +
                    (card.AsOf is { } d ? "截至 " + ScoreText.Date(d) + " " : string.Empty) + "应有实际完成值，但未提供。",
                    ("expected", target)));
                continue;
            }

            if (line.Status == ScoreStatus.NotComparable)
            {
                findings.Add(EvaluationFindings.ForIndicator(EvaluationRuleIds.NotComparable, indicator, line.Explanation ?? "实际完成值与指标值无法比较。",
                    ("value", line.ActualText), ("expected", target)));
                continue;
            }

            if (line.Status is ScoreStatus.PartiallyMet or ScoreStatus.NotMet && string.IsNullOrWhiteSpace(line.Reason))
            {
                findings.Add(EvaluationFindings.ForIndicator(EvaluationRuleIds.NoDeviationReason, indicator,
                    "指标“" + indicator.Name + "”未" + (line.Status == ScoreStatus.PartiallyMet ? "完全" : string.Empty) + "达成（实际完成值“" + line.ActualText + "”，指标值“" + target +
                    "”，得分 " + ScoreText.Format(line.Score) + " / " + ScoreText.Format(line.Weight) + "），但未说明偏差原因。",
                    ("value", line.ActualText), ("expected", target)));
            }

            if (FarAbove(line) is { } ratio)
            {
                findings.Add(EvaluationFindings.ForIndicator(EvaluationRuleIds.FarAboveTarget, indicator,
                    "指标“" + indicator.Name + "”实际完成值“" + line.ActualText + "”为指标值“" + target + "”的 " + ScoreText.Percent(ratio) + "（≥120%），指标值可能设得偏低。",
                    ("value", line.ActualText), ("expected", target)));
            }
        }
    }

    /// <summary>E01 (执行数 missing), E02 (no budget to divide by), E05 (full-year 执行率 below 100%).</summary>
    public static void AddExecutionFindings(ScoreCard card, List<Finding> findings)
    {
        var execution = card.Execution;
        var field = EvaluationFindings.ExecutionField;
        if (execution.Weight <= 0m && (card.SectionOf(ScoringSection.ExecutionRate) is null || card.SectionOf(ScoringSection.ExecutionRate)!.IsEmpty)) return;
        var column = card.Point == EvaluationPoint.HalfYear ? "半年计划执行数" : "全年预算数";
        var unit = card.Table.Funding.Unit;
        string Amount(decimal amount) => ScoreText.Amount(amount, unit);
        if (execution.Executed is null)
        {
            findings.Add(EvaluationFindings.ForField(EvaluationRuleIds.ActualMissing, field,
                "未提供" + (card.Point == EvaluationPoint.HalfYear ? "半年" : "全年") + "执行数，无法计算预算执行率" + (execution.Budget is { } b ? "（" + column + " " + Amount(b) + "）" : string.Empty) + "。",
                ("expected", execution.Budget is { } bb ? Amount(bb) : null)));
        }

        if (execution.Budget is not > 0m)
        {
            findings.Add(EvaluationFindings.ForField(EvaluationRuleIds.NotComparable, field,
                (execution.Budget is null ? "缺少" + column : column + "为 " + Amount(execution.Budget.Value)) + "，执行数" +
                (execution.Executed is { } ex ? " " + Amount(ex) : string.Empty) + "无法换算为预算执行率。",
                ("value", execution.Executed is { } ev ? Amount(ev) : null)));
        }

        if (card.Point == EvaluationPoint.FullYear && execution.Rate is { } rate && rate < 1m)
        {
            findings.Add(EvaluationFindings.ForField(EvaluationRuleIds.ExecutionBelowFull, field,
                "全年预算执行率 " + ScoreText.Percent(rate) + "（执行数 " + Amount(execution.Executed!.Value) + " / 预算数 " + Amount(execution.Budget!.Value) + "）低于 100%。",
                ("value", ScoreText.Percent(rate)), ("expected", "100%")));
        }
        else if (card.Point == EvaluationPoint.FullYear && execution.Rate is null && card.Table.Published?.ExecutionRate is { } published && published < 100m)
        {
            // The rate cannot be recomputed (预算数 0 or missing), but the table itself publishes one below 100%.
            findings.Add(EvaluationFindings.ForField(EvaluationRuleIds.ExecutionBelowFull, field,
                "表中公布的全年预算执行率 " + ScoreText.Format(published) + "% 低于 100%（无法由执行数/预算数重算核对）。",
                ("value", ScoreText.Format(published) + "%"), ("expected", "100%")));
        }
    }

    private static decimal? FarAbove(IndicatorScore line)
    {
        if (line.Target is not NumericValue target || line.Actual is not NumericValue actual) return null;
        if (IndicatorJudge.EffectiveComparison(line.Indicator, target) is not (Comparison.AtLeast or Comparison.GreaterThan or Comparison.Exactly)) return null;
        if (!ValueAlignment.TryAlign(target, actual, out var t, out var a) || t <= 0m) return null;
        var ratio = a / t;
        return ratio >= FarAboveRatio ? ratio : null;
    }
}
