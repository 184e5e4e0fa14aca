using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfRules.Actuals;
using PerfRules.Rules.Scoring;
using PerfRules.Tables;
using PerfRules.Testing;
using PerfRules.Values;

namespace PerfRules.Rules.Tests.Scoring;

/// <summary>A scenario whose table states no weight, so the profile's weights (adding up to 100) apply.</summary>
public sealed record ProfileScenario(ScoringScenario Value)
{
    public override string ToString() => Value.ToString();
}

/// <summary>Extra generators for the scoring properties.</summary>
public static class ScoringPropertyArbitraries
{
    public static Arbitrary<ProfileScenario> ProfileScenarios() => Arbitraries.ScoringScenarioGen(tableWeights: false).Select(s => new ProfileScenario(s)).ToArbitrary();
}

/// <summary>Laws of scoring: bounds, monotonicity, totals, grades, and the actuals file round trip.</summary>
public class ScoringProperties
{
    private const decimal Tolerance = 0.0000000000000000001m;
    private static readonly DateTime[] AsOfDates = { TestTables.MidYear, TestTables.YearEnd, new(2026, 3, 31), new(2027, 2, 1) };

    private static ScoreCard Score(ScoringScenario s, int asOf) =>
        Scorer.Score(s.Table, s.Actuals, new ScoringOptions { AsOf = AsOfDates[Math.Abs(asOf % AsOfDates.Length)] });

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 400)]
    public bool Indicator_score_is_between_0_and_its_weight(ScoringScenario scenario, int asOf) =>
        Score(scenario, asOf).Indicators.All(i => i.Score >= 0m && i.Score <= i.Weight + Tolerance && i.Attainment is >= 0m and <= 1m && i.Weight >= 0m);

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 400)]
    public bool Section_score_is_between_0_and_its_weight_and_the_total_is_their_sum(ScoringScenario scenario, int asOf)
    {
        var card = Score(scenario, asOf);
        return card.Sections.All(s => s.Score >= 0m && s.Score <= s.Weight + Tolerance) && card.Total == card.Sections.Sum(s => s.Score);
    }

    [Property(Arbitrary = new[] { typeof(ScoringPropertyArbitraries) }, MaxTest = 400)]
    public bool With_profile_weights_the_total_is_within_0_and_100_and_weights_add_up_to_100(ProfileScenario scenario, int asOf)
    {
        var card = Score(scenario.Value, asOf);
        return card.Total >= 0m && card.Total <= 100m + Tolerance && Math.Abs(card.Sections.Sum(s => s.Weight) - 100m) < 0.000000000000000001m;
    }

    [Property(Arbitrary = new[] { typeof(ScoringPropertyArbitraries) }, MaxTest = 300)]
    public bool A_better_numeric_actual_never_lowers_the_score(ProfileScenario scenario, PositiveInt step)
    {
        var s = scenario.Value;
        var better = s.Actuals with { Indicators = s.Actuals.Indicators.Select(a => Improve(s.Table, a, step.Get)).ToValueList() };
        var before = Scorer.Score(s.Table, s.Actuals, new ScoringOptions { AsOf = TestTables.YearEnd });
        var after = Scorer.Score(s.Table, better, new ScoringOptions { AsOf = TestTables.YearEnd });
        return after.Total >= before.Total - Tolerance &&
               after.Indicators.Zip(before.Indicators, (x, y) => x.Score >= y.Score - Tolerance).All(ok => ok);
    }

    [Property(Arbitrary = new[] { typeof(ScoringPropertyArbitraries) }, MaxTest = 200)]
    public bool More_budget_executed_never_lowers_the_score(ProfileScenario scenario, PositiveInt extra)
    {
        var s = scenario.Value;
        var more = s.Actuals with { Executed = (s.Actuals.Executed ?? 0m) + extra.Get };
        return Scorer.Score(s.Table, more, ScoringOptions.Default).Total >= Scorer.Score(s.Table, s.Actuals, ScoringOptions.Default).Total - Tolerance;
    }

    [Property(MaxTest = 1000)]
    public bool At_least_is_monotone_and_bounded(int a1, int a2, int t, PositiveInt w)
    {
        var (lo, hi) = a1 <= a2 ? (a1 / 10m, a2 / 10m) : (a2 / 10m, a1 / 10m);
        var weight = w.Get;
        var x = ScoreFormula.AtLeast(weight, lo, t / 10m);
        var y = ScoreFormula.AtLeast(weight, hi, t / 10m);
        return x <= y && x >= 0m && y <= weight;
    }

    [Property(MaxTest = 1000)]
    public bool At_most_is_antitone_and_bounded(int a1, int a2, int t, PositiveInt w)
    {
        var (lo, hi) = a1 <= a2 ? (a1 / 10m, a2 / 10m) : (a2 / 10m, a1 / 10m);
        var weight = w.Get;
        var x = ScoreFormula.AtMost(weight, lo, t / 10m);
        var y = ScoreFormula.AtMost(weight, hi, t / 10m);
        return x >= y && y >= 0m && x <= weight;
    }

    [Property(MaxTest = 1000)]
    public bool Range_rises_towards_the_interval_and_is_full_inside(int low, NonNegativeInt span, int a1, int a2, PositiveInt w)
    {
        decimal l = low, h = low + span.Get, weight = w.Get;
        var (near, far) = Math.Abs(Distance(a1, l, h)) <= Math.Abs(Distance(a2, l, h)) && Math.Sign(Distance(a1, l, h)) * Math.Sign(Distance(a2, l, h)) >= 0 ? (a1, a2) : (a2, a1);
        if (Math.Sign(Distance(near, l, h)) * Math.Sign(Distance(far, l, h)) < 0) return true;   // opposite sides: no order
        var inside = ScoreFormula.Range(weight, (l + h) / 2m, l, h) == weight;
        return inside && ScoreFormula.Range(weight, near, l, h) >= ScoreFormula.Range(weight, far, l, h) && ScoreFormula.Range(weight, far, l, h) >= 0m;
    }

    [Property(MaxTest = 500)]
    public bool Fewer_ranks_below_never_lowers_a_qualitative_score(int r1, int r2, PositiveInt w) =>
        ScoreFormula.Qualitative(w.Get, Math.Min(r1, r2)) >= ScoreFormula.Qualitative(w.Get, Math.Max(r1, r2)) &&
        ScoreFormula.Qualitative(w.Get, Math.Max(r1, r2)) >= 0m && ScoreFormula.Qualitative(w.Get, Math.Min(r1, r2)) <= w.Get;

    [Property(MaxTest = 2000)]
    public bool Grade_follows_the_boundaries_of_the_unrounded_total(NonNegativeInt tenThousandths)
    {
        var total = tenThousandths.Get % 1_000_001 / 10_000m;
        var expected = total >= 90m ? Grade.Excellent : total >= 80m ? Grade.Good : total >= 60m ? Grade.Fair : Grade.Poor;
        return Grades.FromTotal(total) == expected && Grades.FromTotal(total) >= Grades.FromTotal(total + 0.0001m);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool Actuals_documents_round_trip_through_json(ActualsDocument document) =>
        ActualsJson.Read(ActualsJson.Write(document), null).Document == document;

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool Scoring_any_table_with_any_actuals_never_throws_and_stays_bounded(PerformanceTable table, TableActuals actuals, int asOf)
    {
        var card = Scorer.Score(table, actuals with { Name = table.Name }, new ScoringOptions { AsOf = AsOfDates[Math.Abs(asOf % AsOfDates.Length)] });
        return card.Indicators.All(i => i.Score >= 0m && i.Score <= i.Weight + Tolerance) && card.Total >= 0m && card.Findings.All(f => f.RuleId.StartsWith('E'));
    }

    private static decimal Distance(decimal a, decimal low, decimal high) => a < low ? a - low : a > high ? a - high : 0m;

    private static IndicatorActual Improve(PerformanceTable table, IndicatorActual actual, int step)
    {
        var indicator = table.Indicators.Single(i => i.Name == actual.Indicator);
        if (indicator.FullYear is not NumericValue target || actual.TypedValue is not NumericValue value) return actual;
        var atMost = target.Comparison is Comparison.AtMost or Comparison.LessThan;
        return IndicatorActual.Of(actual.Indicator, new NumericValue(value.Comparison, value.Number + (atMost ? -step : step), value.Unit)) with
        {
            Reason = actual.Reason,
            Judgement = actual.Judgement,
        };
    }
}
