namespace PerfRules.Tables;

/// <summary>项目资金 (万元 unless <see cref="Unit"/> says otherwise): 资金总额 and the 支出 lines.</summary>
public sealed record Funding
{
    /// <summary>No funding block (部门整体 tables).</summary>
    public static Funding None { get; } = new();

    /// <summary>资金总额 (total income), or null when missing or not a number (F01).</summary>
    public decimal? Total { get; init; }

    /// <summary>资金总额 as written when it is not a plain number, else null.</summary>
    public string? TotalText { get; init; }

    /// <summary>1-based source line of 资金总额, or null.</summary>
    public int? TotalLine { get; init; }

    /// <summary>The unit amounts are in: <c>万元</c> (default) or <c>元</c>.</summary>
    public string Unit { get; init; } = "万元";

    /// <summary>The 支出 (expenditure) lines.</summary>
    public ValueList<Expenditure> Expenditures { get; init; } = ValueList<Expenditure>.Empty;

    /// <summary>
    /// The lines under 资金总额 in layouts that break the total down by source instead of by expenditure
    /// (其中: 财政拨款 / 上年结转 / 其他资金, (一)财政拨款小计 …), in source order. Those at depth 0 add up to
    /// 资金总额 (rule F02).
    /// </summary>
    public ValueList<FundingSource> Sources { get; init; } = ValueList<FundingSource>.Empty;
}

/// <summary>One 支出 line with its 半年(程)计划执行数 and 全年(程)预算数.</summary>
/// <param name="Name">The line's name.</param>
/// <param name="HalfYear">半年(程)计划执行数 (half-year plan).</param>
/// <param name="FullYear">全年(程)预算数 (full-year budget).</param>
public sealed record Expenditure(string Name, Amount HalfYear, Amount FullYear)
{
    /// <summary>1-based source line, or null.</summary>
    public int? Line { get; init; }
}

/// <summary>A funding amount: a number, 序时进度 (on schedule, optionally with a number), or missing.</summary>
/// <param name="Value">The number, or null.</param>
/// <param name="OnSchedule">True when written as 序时进度.</param>
public sealed record Amount(decimal? Value, bool OnSchedule = false)
{
    /// <summary>A missing amount.</summary>
    public static Amount Missing { get; } = new((decimal?)null);

    /// <summary>True when neither a number nor 序时进度.</summary>
    public bool IsMissing => Value is null && !OnSchedule;

    /// <inheritdoc />
    public override string ToString() =>
        (OnSchedule ? "序时进度" + (Value is null ? string.Empty : " ") : string.Empty) +
        (Value is { } v ? Values.ValueText.FormatNumber(v) : string.Empty);
}
