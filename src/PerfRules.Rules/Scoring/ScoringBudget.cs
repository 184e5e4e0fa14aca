using System.Linq;
using PerfRules.Actuals;
using PerfRules.Tables;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// The money side of scoring: the budget the execution is measured against at the judged column, the amount
/// executed, and whether the table states any money at all.
/// </summary>
internal sealed class ScoringBudget
{
    private ScoringBudget(decimal? budget, decimal? executed, bool noMoney)
    {
        Budget = budget;
        Executed = executed;
        NoMoney = noMoney;
    }

    /// <summary>The denominator of 预算执行率: the actuals' budget, else the full-year budget or the half-year plan.</summary>
    public decimal? Budget { get; }

    /// <summary>The amount executed (执行数), from the actuals.</summary>
    public decimal? Executed { get; }

    /// <summary>
    /// True for a table that states no money at all (a 部门整体 table, an evaluation notice of indicators only) scored
    /// with actuals that report none either: 预算执行率 cannot be judged, so it is treated like a section without
    /// indicators rather than as a missing actual (E01).
    /// </summary>
    public bool NoMoney { get; }

    /// <summary>The budget and execution of <paramref name="table"/> at <paramref name="moment"/>.</summary>
    public static ScoringBudget Of(PerformanceTable table, TableActuals? actuals, ScoringMoment moment)
    {
        var budget = actuals?.Budget ?? (moment.Point == EvaluationPoint.FullYear ? FullYearBudget(table) : HalfYearPlan(table, moment.Share));
        var executed = actuals?.Executed;
        return new ScoringBudget(budget, executed, budget is null && executed is null && !StatesMoney(table));
    }

    /// <summary>The 预算执行率 line of the card, scored with its (redistributed) weight.</summary>
    public ExecutionScore Score(decimal weight)
    {
        decimal? rate = Budget is > 0m && Executed is { } e ? e / Budget.Value : null;
        return new ExecutionScore
        {
            Budget = Budget,
            Executed = Executed,
            Rate = rate,
            Weight = weight,
            Score = rate is not null ? ScoreFormula.Execution(weight, Executed!.Value, Budget!.Value) : 0m,
        };
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
}
