using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Actuals;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Tables;

namespace PerfRules.Rules.Scoring;

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

    // The phases in order, each a small type: when (ScoringMoment) → which section (ScoredSections) → base
    // weights (SectionWeighting) → actuals (ActualsMatcher) → verdicts (IndicatorVerdicts) → money (ScoringBudget)
    // → redistribution (SectionRedistribution) → card lines (IndicatorScores) → findings (ScoreFindings,
    // PublishedChecks). Each phase reads only what the earlier ones produced.
    private static ScoreCard Score(PerformanceTable table, TableActuals? actuals, DateTime? documentAsOf, ScoringOptions options)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        var notes = new List<string>();
        var findings = new List<Finding>();
        var profile = options.Profile ?? ScoringProfile.National2020;

        var moment = ScoringMoment.Resolve(table, documentAsOf, options, notes);
        var sections = ScoredSections.Of(table.Indicators);
        var weighting = new SectionWeighting(table, profile, sections.ByPosition);
        var matched = ActualsMatcher.Match(table, actuals, findings);
        var verdicts = IndicatorVerdicts.Judge(table, sections, weighting, profile, matched, moment);
        var budget = ScoringBudget.Of(table, actuals, moment);
        var weights = new SectionRedistribution(sections, weighting, verdicts, executionEmpty: budget.NoMoney);
        weights.AddNotes(notes, profile.Name);
        var scores = IndicatorScores.Build(table, sections, verdicts, weights, matched, moment, notes);
        if (budget.NoMoney) notes.Add("表中没有预算金额，实际值中也没有执行数：预算执行率无法评价，按无可评指标处理。");
        var execution = budget.Score(weights.Effective(ScoringSection.ExecutionRate));

        var sectionScores = weights.Weighted.Select(s => new SectionScore(
                s,
                weights.Effective(s),
                s == ScoringSection.ExecutionRate ? execution.Score : weights.SectionTotal(s))
            {
                BaseWeight = weighting.BaseOf(s),
                WeightFromTable = weighting.IsFromTable(s),
                IsEmpty = weights.Empty.Contains(s),
            }).ToValueList();

        var card = new ScoreCard(table)
        {
            AsOf = moment.AsOf,
            Point = moment.Point,
            Period = moment.Period,
            ExpectedShare = moment.Share,
            Profile = profile,
            Execution = execution,
            Sections = sectionScores,
            Indicators = scores.ToValueList(),
            Total = sectionScores.Sum(s => s.Score),
            Notes = notes.ToValueList(),
        };

        ScoreFindings.AddIndicatorFindings(card, findings);
        ScoreFindings.AddExecutionFindings(card, findings);
        PublishedChecks.Check(card, weighting, findings);
        return card with { Findings = EvaluationFindings.Ordered(findings).Select(f => table.Locate(f)).ToValueList() };
    }
}
