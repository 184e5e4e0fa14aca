namespace PerfRules.Tables;

/// <summary>
/// What a 自评 (self-evaluation) table publishes: the budget block and, per indicator, the actual
/// value, weight, score and 偏差原因, so the published score can be recomputed (rule E06).
/// </summary>
public sealed record PublishedEvaluation
{
    /// <summary>年初预算数 (initial budget), or null.</summary>
    public decimal? InitialBudget { get; init; }

    /// <summary>全年预算数 / 调整后预算数 (adjusted full-year budget), or null.</summary>
    public decimal? Budget { get; init; }

    /// <summary>全年执行数 (executed), or null.</summary>
    public decimal? Executed { get; init; }

    /// <summary>Published 执行率 (percent, 0–100), or null.</summary>
    public decimal? ExecutionRate { get; init; }

    /// <summary>The weight of 预算执行率 (分值), or null.</summary>
    public decimal? ExecutionWeight { get; init; }

    /// <summary>The published score of 预算执行率 (得分), or null.</summary>
    public decimal? ExecutionScore { get; init; }

    /// <summary>Published total (总分), or null.</summary>
    public decimal? Total { get; init; }

    /// <summary>The stated total of the weights (合计 / 总分 of the 分值 or 权重 column), or null; rule E07 checks it.</summary>
    public decimal? TotalWeight { get; init; }

    /// <summary>The budget block's 原因 / 偏差原因 cell (why 执行率 fell short), as written, or null.</summary>
    public string? ExecutionReason { get; init; }

    /// <summary>年度目标完成情况 / 实际完成情况 (how the annual goal was met), as written, or null.</summary>
    public string? GoalCompletion { get; init; }

    /// <summary>Per-indicator published results, by indicator row.</summary>
    public ValueList<PublishedIndicator> Indicators { get; init; } = ValueList<PublishedIndicator>.Empty;
}

/// <summary>One indicator's published self-evaluation.</summary>
/// <param name="Row">The indicator's <see cref="Indicator.Row"/>.</param>
/// <param name="Actual">实际完成值 as written, or null.</param>
public sealed record PublishedIndicator(int Row, string? Actual)
{
    /// <summary>Published 得分, or null.</summary>
    public decimal? Score { get; init; }

    /// <summary>偏差原因分析及改进措施, or null.</summary>
    public string? Reason { get; init; }
}
