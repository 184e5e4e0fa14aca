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
        "运行 " + N(s.Limits.MaxSteps) + " 步后停止（上限 MaxEvaluationSteps）：表达式对一张表遍历的元素太多；" +
        "请简化它（如不要在遍历指标时再嵌套遍历指标），或提高上限");

    private static EvaluationBudgetExceededException Exceeded(State s, long asked) => new(
        "已停止：表达式生成的文本将超过 " + N(s.Limits.MaxCharacters) + " 个字符（上限 MaxEvaluationCharacters；最后一步要 " +
        N(asked) + " 个）；请不要用 Replace、Join 或拼接让文本不断变长，或提高上限");

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
