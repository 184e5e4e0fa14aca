using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfRules.Actuals;
using PerfRules.Findings;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Scoring;

/// <summary>
/// Scores a table's self-evaluation (项目支出绩效自评, 财预〔2020〕10号; docs/scoring.md): per-indicator status
/// and score, section subtotals, the total out of 100, its grade, and findings E01–E07.
/// </summary>
/// <remarks>
/// <para>Scoring is plain C#, not a RulesEngine workflow: a score depends on the whole table at once
/// (which column is due at the as-of date, empty sections whose weight moves to the others, weights
/// stated by the table) and the E findings read that computed state. A workflow yields one pass/fail per
/// row and could not express redistribution without re-implementing it in expressions.</para>
/// <para>The function is pure: the same table, actuals and options always give the same card, and no
/// clock is read unless the caller supplies a <see cref="TimeProvider"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// var card = Scorer.Score(table, actuals, new ScoringOptions { AsOf = new DateTime(2026, 12, 31) });
/// Console.WriteLine(ScoreText.Format(card.Total) + " " + card.Grade.ToText());   // 94.07 优
/// </code>
/// </example>
public static class Scorer
{
    private const decimal FarAboveRatio = 1.2m;

    /// <summary>Scores <paramref name="table"/> with its actuals (null: none reported, every due indicator is E01).</summary>
    /// <param name="table">The table (target table or 自评 table).</param>
    /// <param name="actuals">The table's actuals, e.g. from an actuals file or <see cref="TableActuals.FromPublished"/>.</param>
    /// <param name="options">As-of date and profile; null for <see cref="ScoringOptions.Default"/>.</param>
    public static ScoreCard Score(PerformanceTable table, TableActuals? actuals, ScoringOptions? options) =>
        Score(table, actuals, documentAsOf: null, options ?? ScoringOptions.Default);

    /// <summary>Scores <paramref name="table"/> with its entry in an actuals document (matched by 项目名称); the document's <c>asOf</c> applies unless the options give one.</summary>
    public static ScoreCard Score(PerformanceTable table, ActualsDocument document, ScoringOptions? options)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        if (document is null) throw new ArgumentNullException(nameof(document));
        return Score(table, document.Find(table.Name), document.AsOf, options ?? ScoringOptions.Default);
    }

    private static ScoreCard Score(PerformanceTable table, TableActuals? actuals, DateTime? documentAsOf, ScoringOptions options)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        var notes = new List<string>();
        var findings = new List<Finding>();
        var profile = options.Profile ?? ScoringProfile.National2020;

        // ---- When: as-of date, budget year, judged column, 序时进度 share.
        var asOf = options.AsOf?.Date ?? documentAsOf?.Date ?? options.TimeProvider?.GetLocalNow().Date ?? (table.Year is { } ty && ty is >= 1 and <= 9998 ? new DateTime(ty, 12, 31) : (DateTime?)null);
        var year = table.Year ?? asOf?.Year;
        if (year is < 1 or > 9998) year = null;
        var point = asOf is { } d && year is { } y && d <= new DateTime(y, 6, 30) ? EvaluationPoint.HalfYear : EvaluationPoint.FullYear;
        ProjectPeriod? period = year is { } py ? ProjectPeriod.InYear(table, py) : null;
        decimal? share = period is not null && asOf is { } at ? period.ExpectedShare(at) : null;
        if (asOf is null) notes.Add("评价日期与年度均未知：按全年指标值评价，序时进度无法计算。");
        else if (table.Year is null) notes.Add("表未标明年度：按评价日期 " + Date(asOf.Value) + " 所在的 " + Year(year) + " 年计算。");
        if (period?.Note is { } periodNote) notes.Add(periodNote);
        if (point == EvaluationPoint.HalfYear && table.Indicators.All(i => i.HalfYear is EmptyValue) && table.Indicators.Count > 0)
        {
            notes.Add("评价日期 " + Date(asOf!.Value) + " 在年中，但表没有半年指标值：年中只评预算执行率。");
        }

        // ---- Sections and base weights. Rows are addressed by position: row numbers from a JSON input
        // need not be unique, and a repeated number must not merge two indicators.
        var indicators = table.Indicators;
        var sectionOf = new Dictionary<int, ScoringSection>();
        for (var i = 0; i < indicators.Count; i++)
        {
            if (ScoringSections.FromLabel(indicators[i].Level1) is { } s && s != ScoringSection.ExecutionRate) sectionOf[i] = s;
        }

        var weighting = new SectionWeighting(table, profile, sectionOf);
        var matched = ActualsMatcher.Match(table, actuals, findings);
        var context = new JudgeContext(asOf, year, point, share);

        // ---- Judge every indicator.
        var verdicts = new Verdict[indicators.Count];
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            if (!sectionOf.TryGetValue(i, out var section))
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
                verdicts[i] = IndicatorJudge.Judge(indicator, Target(indicator, point), matched.TryGetValue(i, out var a) ? a : null, context);
            }
        }

        // ---- Redistribution over sections (docs/scoring.md: pro rata over the remaining sections, 预算执行率 included).
        // Scorable positions per section, and their raw weight sums, computed once.
        var scorable = new Dictionary<ScoringSection, List<int>>();
        for (var i = 0; i < indicators.Count; i++)
        {
            if (!sectionOf.TryGetValue(i, out var s) || !verdicts[i].IsScorable) continue;
            if (!scorable.TryGetValue(s, out var list)) scorable[s] = list = new List<int>();
            list.Add(i);
        }

        var rawSums = scorable.ToDictionary(p => p.Key, p => p.Value.Sum(weighting.RawOf));
        var weighted = ScoringSections.All.Where(s => weighting.BaseOf(s) > 0m).ToList();

        // A table that states no money at all (a 部门整体 table, an evaluation notice of indicators only) scored with
        // actuals that report none either: 预算执行率 cannot be judged, so it is treated like a section without
        // indicators rather than as a missing actual (E01).
        var budget = actuals?.Budget ?? (point == EvaluationPoint.FullYear ? FullYearBudget(table) : HalfYearPlan(table, share));
        var executed = actuals?.Executed;
        var noMoney = budget is null && executed is null && !StatesMoney(table);
        var empty = weighted.Where(s => (s != ScoringSection.ExecutionRate && !scorable.ContainsKey(s)) || (s == ScoringSection.ExecutionRate && noMoney)).ToList();
        var totalBase = weighted.Sum(s => weighting.BaseOf(s));
        var nonEmptyBase = totalBase - empty.Sum(s => weighting.BaseOf(s));
        var factor = nonEmptyBase > 0m ? totalBase / nonEmptyBase : 0m;
        decimal Effective(ScoringSection s) => empty.Contains(s) || !weighted.Contains(s) ? 0m : weighting.BaseOf(s) * factor;
        if (empty.Count > 0)
        {
            var others = weighted.Where(s => !empty.Contains(s)).ToList();
            notes.Add(string.Join("、", empty.Select(s => s.ToText())) + "部分没有可评指标，其权重 " + ScoreText.FormatWeight(empty.Sum(s => weighting.BaseOf(s))) +
                (others.Count == 0 ? " 无处分配。" : " 按比例分配给其他部分：" + string.Join("、", others.Select(s => s.ToText() + " " + ScoreText.FormatWeight(Effective(s)))) + "。"));
        }

        if (weighting.AnyFromTable)
        {
            notes.Add("权重取自表内（分值/权重）：" + string.Join("、", weighted.Where(weighting.IsFromTable).Select(s => s.ToText() + " " + ScoreText.FormatWeight(weighting.BaseOf(s)))) +
                (weighted.Any(s => !weighting.IsFromTable(s)) ? "；其余取自评分方案“" + profile.Name + "”。" : "。"));
        }

        // ---- Indicator weights and scores.
        var scores = new List<IndicatorScore>(indicators.Count);
        var emptyTargets = new List<Indicator>();
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var verdict = verdicts[i];
            var hasSection = sectionOf.TryGetValue(i, out var section);
            decimal weight = 0m;
            if (hasSection && verdict.IsScorable)
            {
                var rawSum = rawSums[section];
                weight = rawSum > 0m ? Effective(section) * weighting.RawOf(i) / rawSum : Effective(section) / scorable[section].Count;
            }

            var actual = matched.TryGetValue(i, out var reported) ? reported : null;
            IndicatorValue? actualValue = actual is not null && !actual.IsMissing && actual.Parse(indicator.Name) is { IsSuccess: true } parsed ? parsed.Value : null;
            if (verdict.Status == ScoreStatus.NotScored && verdict.Explanation is { } why && why.StartsWith("指标值为空", StringComparison.Ordinal))
            {
                emptyTargets.Add(indicator);
            }

            scores.Add(new IndicatorScore(indicator, verdict.Status)
            {
                Section = hasSection ? section : null,
                Target = Target(indicator, point),
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

        if (emptyTargets.Count == 1)
        {
            notes.Add("指标“" + emptyTargets[0].Name + "”（第 " + Row(emptyTargets[0].Row) + " 行）指标值为空，不计分，其权重由本部分其他指标分摊。");
        }
        else if (emptyTargets.Count > 1)
        {
            notes.Add(Row(emptyTargets.Count) + " 项指标的指标值为空，不计分，其权重由各自部分的其他指标分摊：第 " + string.Join("、", emptyTargets.Select(i => Row(i.Row))) + " 行。");
        }

        // ---- 预算执行率.
        if (noMoney) notes.Add("表中没有预算金额，实际值中也没有执行数：预算执行率无法评价，按无可评指标处理。");
        decimal? rate = budget is > 0m && executed is { } e ? e / budget.Value : null;
        var executionWeight = Effective(ScoringSection.ExecutionRate);
        var execution = new ExecutionScore
        {
            Budget = budget,
            Executed = executed,
            Rate = rate,
            Weight = executionWeight,
            Score = rate is not null ? ScoreFormula.Execution(executionWeight, executed!.Value, budget!.Value) : 0m,
        };

        // ---- Sections and total. A section's score is formed as weight × Σ(share × attainment) / Σ share
        // rather than by adding rounded-looking thirds, so 40 × (0.9 + 1 + 0.8) / 3 is exactly 36.
        decimal SectionTotal(ScoringSection section)
        {
            if (!scorable.TryGetValue(section, out var positions)) return 0m;
            var rawSum = rawSums[section];
            return rawSum > 0m
                ? Effective(section) * positions.Sum(i => weighting.RawOf(i) * verdicts[i].Attainment) / rawSum
                : Effective(section) * positions.Sum(i => verdicts[i].Attainment) / positions.Count;
        }

        var sections = weighted.Select(s => new SectionScore(
                s,
                Effective(s),
                s == ScoringSection.ExecutionRate ? execution.Score : SectionTotal(s))
            {
                BaseWeight = weighting.BaseOf(s),
                WeightFromTable = weighting.IsFromTable(s),
                IsEmpty = empty.Contains(s),
            }).ToValueList();
        var total = sections.Sum(s => s.Score);

        var card = new ScoreCard(table)
        {
            AsOf = asOf,
            Point = point,
            Period = period,
            ExpectedShare = share,
            Profile = profile,
            Execution = execution,
            Sections = sections,
            Indicators = scores.ToValueList(),
            Total = total,
            Notes = notes.ToValueList(),
        };

        AddIndicatorFindings(card, findings);
        AddExecutionFindings(card, findings);
        PublishedChecks.Check(card, weighting, findings);
        return card with { Findings = EvaluationFindings.Ordered(findings).ToValueList() };
    }

    private static void AddIndicatorFindings(ScoreCard card, List<Finding> findings)
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
                    (card.AsOf is { } d ? "截至 " + Date(d) + " " : string.Empty) + "应有实际完成值，但未提供。",
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

    private static decimal? FarAbove(IndicatorScore line)
    {
        if (line.Target is not NumericValue target || line.Actual is not NumericValue actual) return null;
        if (IndicatorJudge.EffectiveComparison(line.Indicator, target) is not (Comparison.AtLeast or Comparison.GreaterThan or Comparison.Exactly)) return null;
        if (!ValueAlignment.TryAlign(target, actual, out var t, out var a) || t <= 0m) return null;
        var ratio = a / t;
        return ratio >= FarAboveRatio ? ratio : null;
    }

    private static void AddExecutionFindings(ScoreCard card, List<Finding> findings)
    {
        var execution = card.Execution;
        var field = EvaluationFindings.ExecutionField;
        if (execution.Weight <= 0m && (card.SectionOf(ScoringSection.ExecutionRate) is null || card.SectionOf(ScoringSection.ExecutionRate)!.IsEmpty)) return;
        var column = card.Point == EvaluationPoint.HalfYear ? "半年计划执行数" : "全年预算数";
        var unit = card.Table.Funding.Unit;
        string Amount(decimal amount) => Scorer.Amount(amount, unit);
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
    }

    /// <summary>True when the table states any amount of money (资金总额, 支出 or 资金来源 lines, a 自评 budget block).</summary>
    private static bool StatesMoney(PerformanceTable table)
    {
        var f = table.Funding;
        var p = table.Published;
        return f.Total is not null || f.TotalText is not null || f.Expenditures.Count > 0 || f.Sources.Count > 0 ||
               (p is not null && (p.Budget is not null || p.InitialBudget is not null || p.Executed is not null));
    }

    /// <summary>The full-year budget: the 自评 表's 全年预算数, else Σ 支出 全年预算数, else 资金总额.</summary>
    private static decimal? FullYearBudget(PerformanceTable table)
    {
        if (table.Published?.Budget is { } published) return published;
        var lines = table.Funding.Expenditures;
        if (lines.Count > 0 && lines.All(l => l.FullYear.Value is not null)) return lines.Sum(l => l.FullYear.Value!.Value);
        return table.Funding.Total;
    }

    /// <summary>The half-year plan: Σ 半年计划执行数, a 序时进度 line counting its share of the full-year budget.</summary>
    private static decimal? HalfYearPlan(PerformanceTable table, decimal? share)
    {
        var lines = table.Funding.Expenditures;
        if (lines.Count == 0) return share is { } s && table.Funding.Total is { } t ? t * s : null;
        decimal sum = 0m;
        foreach (var line in lines)
        {
            if (line.HalfYear.Value is { } half && !line.HalfYear.OnSchedule)
            {
                sum += half;
            }
            else if (share is { } s2 && (line.HalfYear.OnSchedule ? line.HalfYear.Value ?? line.FullYear.Value : line.FullYear.Value) is { } basis)
            {
                sum += basis * s2;
            }
            else
            {
                return null;
            }
        }

        return sum;
    }

    private static IndicatorValue Target(Indicator indicator, EvaluationPoint point) =>
        point == EvaluationPoint.HalfYear ? indicator.HalfYear : indicator.FullYear;

    private static bool IsDecisionOrProcess(string level1)
    {
        var label = level1.Trim();
        return label.StartsWith("决策", StringComparison.Ordinal) || label.StartsWith("过程", StringComparison.Ordinal);
    }

    internal static string Amount(decimal amount, string unit) => ValueText.FormatNumber(amount) + " " + unit;

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string Row(int row) => row.ToString(CultureInfo.InvariantCulture);
}
