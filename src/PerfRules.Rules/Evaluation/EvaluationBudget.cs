using System;
using System.Globalization;

namespace PerfRules.Rules.Evaluation;

/// <summary>
/// What one user rule may spend on one table: steps (elements pulled through any sequence the expression
/// walks) and characters (every string the expression builds). User expressions are rewritten at load
/// (<see cref="Loading.BudgetRewriter"/>) to charge this budget, so a rule that would run for hours or build a
/// gigabyte string stops at a deterministic point with <see cref="EvaluationBudgetExceededException"/>,
/// which the engine reports as a <see cref="RuleEvaluationException"/> naming the rule and the table.
/// </summary>
/// <remarks>
/// The budget is per thread: a rule runs synchronously on the thread that checks the table, and
/// <see cref="Enter"/> opens a fresh budget for each (rule, table) pair and restores the previous one after.
/// Outside any <see cref="Enter"/> scope metered code runs unlimited (the built-in catalogue is never metered).
/// </remarks>
internal static class EvaluationBudget
{
    [ThreadStatic]
    private static State? current;

    /// <summary>Opens a budget of <paramref name="limits"/> for one rule on one table; dispose to close it.</summary>
    public static Scope Enter(EvaluationLimits limits)
    {
        var previous = current;
        current = new State(limits);
        return new Scope(previous);
    }

    /// <summary>Charges one step (an element of a sequence).</summary>
    public static void Step()
    {
        var s = current;
        if (s is null) return;
        if (++s.Steps > s.Limits.MaxSteps) throw Exceeded(s);
    }

    /// <summary>Charges <paramref name="steps"/> steps at once (elements about to be made).</summary>
    public static void Spend(long steps)
    {
        var s = current;
        if (s is null) return;
        s.Steps += steps;
        if (s.Steps > s.Limits.MaxSteps) throw Exceeded(s);
    }

    /// <summary>Charges <paramref name="characters"/> characters about to be built; throws before they are, when over.</summary>
    public static void Reserve(long characters)
    {
        var s = current;
        if (s is null) return;
        s.Characters += characters;
        if (s.Characters > s.Limits.MaxCharacters) throw Exceeded(s, characters);
    }

    private static EvaluationBudgetExceededException Exceeded(State s) => new(
        "stopped after " + N(s.Limits.MaxSteps) + " evaluation steps (RuleOptions.MaxEvaluationSteps): the expression walks too many elements for one table; " +
        "simplify it (e.g. avoid nesting a walk over the indicators inside another) or raise the limit");

    private static EvaluationBudgetExceededException Exceeded(State s, long asked) => new(
        "stopped: the strings it builds would exceed " + N(s.Limits.MaxCharacters) + " characters (RuleOptions.MaxEvaluationCharacters; the last step asked for " +
        N(asked) + "); avoid growing text with Replace, Join or concatenation, or raise the limit");

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    internal sealed class State
    {
        public State(EvaluationLimits limits) => Limits = limits;

        public EvaluationLimits Limits { get; }

        public long Steps { get; set; }

        public long Characters { get; set; }
    }

    /// <summary>Restores the enclosing budget.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly State? _previous;

        internal Scope(State? previous) => _previous = previous;

        /// <inheritdoc />
        public void Dispose() => current = _previous;
    }
}

/// <summary>The per-(rule, table) budget of user rules (<see cref="RuleOptions.MaxEvaluationSteps"/>, <see cref="RuleOptions.MaxEvaluationCharacters"/>).</summary>
internal readonly record struct EvaluationLimits(long MaxSteps, long MaxCharacters)
{
    /// <summary>The defaults of <see cref="RuleOptions"/>.</summary>
    public static EvaluationLimits Default => new(RuleOptions.DefaultMaxEvaluationSteps, RuleOptions.DefaultMaxEvaluationCharacters);
}

/// <summary>A user rule spent its <see cref="EvaluationBudget"/> on one table.</summary>
internal sealed class EvaluationBudgetExceededException : Exception
{
    public EvaluationBudgetExceededException(string message)
        : base(message)
    {
    }

    public EvaluationBudgetExceededException()
    {
    }

    public EvaluationBudgetExceededException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
