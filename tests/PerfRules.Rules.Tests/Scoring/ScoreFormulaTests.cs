using PerfRules.Actuals;
using PerfRules.Rules.Scoring;

namespace PerfRules.Rules.Tests.Scoring;

/// <summary>Every branch of the per-indicator formulas of docs/scoring.md, computed by hand with w = 10.</summary>
public class ScoreFormulaTests
{
    [Theory]
    [InlineData(12, 10, 10)]      // above target: full weight, never more
    [InlineData(10, 10, 10)]      // exactly on target
    [InlineData(8, 10, 8)]        // 10 · 8/10
    [InlineData(2.5, 10, 2.5)]    // 10 · 2.5/10
    [InlineData(-1, 10, 0)]       // A/T clamped at 0
    [InlineData(0, 0, 10)]        // T = 0: w if A ≥ 0
    [InlineData(5, 0, 10)]
    [InlineData(-1, 0, 0)]        // T = 0, A < 0
    [InlineData(-5, -10, 10)]     // negative target met
    [InlineData(-12, -10, 8)]     // 1 − 2/|−10|
    public void AtLeast_scores_the_share_of_the_target(decimal actual, decimal target, decimal expected) =>
        Assert.Equal(expected, ScoreFormula.AtLeast(10m, actual, target));

    [Theory]
    [InlineData(3, 5, 10)]        // under the cap
    [InlineData(5, 5, 10)]        // on the cap
    [InlineData(6, 5, 8)]         // 10 · (1 − 1/5)
    [InlineData(7.5, 5, 5)]       // 10 · (1 − 2.5/5)
    [InlineData(10, 5, 0)]        // 10 · max(0, 1 − 5/5)
    [InlineData(11, 5, 0)]        // beyond double: 0, never negative
    [InlineData(0, 0, 10)]        // T = 0: w if A = 0
    [InlineData(0.1, 0, 0)]       // T = 0: else 0
    public void AtMost_scores_the_overshoot(decimal actual, decimal target, decimal expected) =>
        Assert.Equal(expected, ScoreFormula.AtMost(10m, actual, target));

    [Theory]
    [InlineData(85, 80, 90, 10)]  // inside
    [InlineData(80, 80, 90, 10)]  // on the low bound
    [InlineData(90, 80, 90, 10)]  // on the high bound
    [InlineData(72, 80, 90, 9)]   // below: 10 · 72/80
    [InlineData(99, 80, 90, 9)]   // above: 10 · (1 − 9/90)
    [InlineData(72, 90, 80, 9)]   // bounds written the wrong way round
    public void Range_scores_against_the_nearer_bound(decimal actual, decimal low, decimal high, decimal expected) =>
        Assert.Equal(expected, ScoreFormula.Range(10m, actual, low, high));

    [Theory]
    [InlineData(-1, 10)]          // better than the target
    [InlineData(0, 10)]           // met
    [InlineData(1, 8)]            // one rank below: 0.8w
    [InlineData(2, 6)]            // two ranks below: 0.6w
    [InlineData(3, 0)]            // further: 0
    [InlineData(4, 0)]
    public void Qualitative_scores_by_rank_distance(int ranksBelow, decimal expected) =>
        Assert.Equal(expected, ScoreFormula.Qualitative(10m, ranksBelow));

    [Fact]
    public void Qualitative_not_met_word_scores_zero_whatever_the_distance()
    {
        Assert.Equal(0m, ScoreFormula.Qualitative(10m, 0, notMetWord: true));
        Assert.Equal(0m, ScoreFormula.Qualitative(10m, 2, notMetWord: true));
    }

    [Theory]
    [InlineData(Judgement.Met, 10)]
    [InlineData(Judgement.PartiallyMet, 7)]
    [InlineData(Judgement.NotMet, 0)]
    public void Judged_free_text_scores_w_0_7w_or_0(Judgement judgement, decimal expected) =>
        Assert.Equal(expected, ScoreFormula.Judged(10m, judgement));

    [Theory]
    [InlineData(6, 6, 10)]
    [InlineData(7, 6, 10)]        // over-execution is capped at the weight
    [InlineData(3, 6, 5)]
    [InlineData(0, 6, 0)]
    [InlineData(3, 0, 0)]         // no budget: nothing to measure against
    public void Execution_scores_min_1_of_executed_over_budget(decimal executed, decimal budget, decimal expected) =>
        Assert.Equal(expected, ScoreFormula.Execution(10m, executed, budget));

    [Fact]
    public void Execution_of_the_worked_example_is_unrounded()
    {
        Assert.Equal(10m * 5.8m / 6m, ScoreFormula.Execution(10m, 5.8m, 6m));
        Assert.Equal(9.67m, ScoreText.Round(ScoreFormula.Execution(10m, 5.8m, 6m)));
    }

    [Theory]
    [InlineData(10.745, "10.75")]   // half away from zero, not banker's
    [InlineData(10.735, "10.74")]
    [InlineData(-0.005, "-0.01")]
    [InlineData(50, "50.00")]
    public void Scores_are_rounded_half_away_from_zero_only_for_display(decimal value, string shown) =>
        Assert.Equal(shown, ScoreText.Format(value));

    [Theory]
    [InlineData(100, Grade.Excellent)]
    [InlineData(90, Grade.Excellent)]
    [InlineData(89.999, Grade.Good)]     // never rounded up into 优
    [InlineData(89.995, Grade.Good)]
    [InlineData(80, Grade.Good)]
    [InlineData(79.99, Grade.Fair)]
    [InlineData(60, Grade.Fair)]
    [InlineData(59.99, Grade.Poor)]
    [InlineData(0, Grade.Poor)]
    public void Grade_is_taken_from_the_unrounded_total(decimal total, Grade grade) =>
        Assert.Equal(grade, Grades.FromTotal(total));

    [Fact]
    public void Grades_are_written_as_in_the_regulation() =>
        Assert.Equal("优良中差", Grade.Excellent.ToText() + Grade.Good.ToText() + Grade.Fair.ToText() + Grade.Poor.ToText());
}
