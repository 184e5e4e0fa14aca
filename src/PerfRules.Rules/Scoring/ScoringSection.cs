using System;
using PerfRules.Tables;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// The parts of a self-evaluation score (the 项目支出绩效自评表 attached to 财预〔2020〕10号; docs/regulations.md): 预算执行率 and the
/// 一级指标 sections that are scored. 决策 and 过程 indicators are not scored in self-evaluation.
/// </summary>
public enum ScoringSection
{
    /// <summary>预算执行率 (budget execution rate): executed / budget.</summary>
    ExecutionRate,

    /// <summary>产出指标 (outputs).</summary>
    Output,

    /// <summary>效益指标 (effects).</summary>
    Effect,

    /// <summary>满意度指标 (satisfaction).</summary>
    Satisfaction,

    /// <summary>成本指标 (costs; a 一级 in 财预〔2021〕101号 guidance); scored only when the table or profile weights it.</summary>
    Cost,
}

/// <summary>Names of <see cref="ScoringSection"/> and the mapping from 一级指标 labels.</summary>
public static class ScoringSections
{
    /// <summary>All sections in display order (预算执行率, 产出, 效益, 满意度, 成本).</summary>
    public static ScoringSection[] All => new[] { ScoringSection.ExecutionRate, ScoringSection.Output, ScoringSection.Effect, ScoringSection.Satisfaction, ScoringSection.Cost };

    /// <summary>The Chinese name: 预算执行率, 产出, 效益, 满意度, 成本.</summary>
    public static string ToText(this ScoringSection section) => section switch
    {
        ScoringSection.ExecutionRate => "预算执行率",
        ScoringSection.Output => "产出",
        ScoringSection.Effect => "效益",
        ScoringSection.Satisfaction => "满意度",
        ScoringSection.Cost => "成本",
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };

    /// <summary>
    /// The section a 一级指标 label (or a profile key) belongs to: 产出/产出指标 → Output, 效益(指标) → Effect,
    /// 满意度(指标)/服务对象满意度(指标) → Satisfaction, 成本(指标) → Cost, 预算执行率/执行率/预算执行(情况) →
    /// ExecutionRate; null for 决策, 过程 and anything else.
    /// </summary>
    public static ScoringSection? FromLabel(string? label)
    {
        if (label is null) return null;
        var text = label.Trim();
        var bracket = text.IndexOfAny(new[] { '(', '（' });
        if (bracket > 0) text = text.Substring(0, bracket).Trim();
        if (text.EndsWith("指标", StringComparison.Ordinal) && text.Length > 2) text = text.Substring(0, text.Length - 2);
        return text switch
        {
            "产出" => ScoringSection.Output,
            "效益" => ScoringSection.Effect,
            "满意度" or "服务对象满意度" => ScoringSection.Satisfaction,
            "成本" => ScoringSection.Cost,
            "预算执行率" or "执行率" or "预算执行" or "预算执行情况" or "预算资金执行率" or "资金执行率" => ScoringSection.ExecutionRate,

            // Old 一级 names (项目完成指标, 项目效益指标) and labels split by spaces.
            _ => Hierarchy.CanonicalLevel1(label) switch
            {
                Hierarchy.Output => ScoringSection.Output,
                Hierarchy.Effect => ScoringSection.Effect,
                Hierarchy.Satisfaction => ScoringSection.Satisfaction,
                Hierarchy.Cost => ScoringSection.Cost,
                _ => null,
            },
        };
    }
}
