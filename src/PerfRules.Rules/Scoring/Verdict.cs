namespace PerfRules.Rules.Scoring;

/// <summary>How one indicator was judged, before weights: status, attainment (score per unit of weight) and why.</summary>
internal readonly struct Verdict
{
    private Verdict(ScoreStatus status, decimal attainment, string? explanation, bool actualMissing)
    {
        Status = status;
        Attainment = attainment;
        Explanation = explanation;
        ActualMissing = actualMissing;
    }

    public ScoreStatus Status { get; }

    public decimal Attainment { get; }

    public string? Explanation { get; }

    public bool ActualMissing { get; }

    /// <summary>True when the indicator takes part in its section's weights (judged, missing or not comparable).</summary>
    public bool IsScorable => Status is not (ScoreStatus.NotDue or ScoreStatus.NotScored);

    /// <summary>A judged verdict; status follows the attainment (1 met, 0 not met, between partially met).</summary>
    public static Verdict Judged(decimal attainment, string? explanation = null) =>
        new(attainment >= 1m ? ScoreStatus.Met : attainment <= 0m ? ScoreStatus.NotMet : ScoreStatus.PartiallyMet, attainment < 0m ? 0m : attainment > 1m ? 1m : attainment, explanation, false);

    public static Verdict Missing(string explanation) => new(ScoreStatus.NotMet, 0m, explanation, true);

    public static Verdict NotComparable(string explanation) => new(ScoreStatus.NotComparable, 0m, explanation, false);

    public static Verdict NotDue(string explanation) => new(ScoreStatus.NotDue, 0m, explanation, false);

    public static Verdict NotScored(string explanation) => new(ScoreStatus.NotScored, 0m, explanation, false);
}
