namespace PerfRules.Tables;

/// <summary>
/// One line of a funding breakdown by source (资金来源): <c>其中:财政拨款 5.00</c>, <c>(一)财政拨款小计 6.30</c>,
/// <c>1、一般公共预算 6.30</c>. A 自评 table gives each line its 年初预算数, 全年预算数 and 全年执行数.
/// </summary>
/// <param name="Name">The line's label as written (其中:财政资金, 上年结转资金).</param>
/// <param name="Amount">全年预算数 / 调整后预算数 / 金额 in the table's funding unit, or null when blank or <c>-</c>.</param>
public sealed record FundingSource(string Name, decimal? Amount)
{
    /// <summary>1-based source line, or null.</summary>
    public int? Line { get; init; }

    /// <summary>
    /// 0 for a line that is a part of 资金总额 (其中:…, (一)…小计); 1 for a line that breaks down the depth-0
    /// line above it (<c>1、一般公共预算</c> under <c>(一)财政拨款小计</c>).
    /// </summary>
    public int Depth { get; init; }

    /// <summary>年初预算数 (initial budget), or null.</summary>
    public decimal? InitialAmount { get; init; }

    /// <summary>全年执行数 / 预算执行数 (executed), or null.</summary>
    public decimal? Executed { get; init; }

    /// <summary>The published 执行率 of the line in percent (100.00% → 100), or null.</summary>
    public decimal? ExecutionRate { get; init; }
}
