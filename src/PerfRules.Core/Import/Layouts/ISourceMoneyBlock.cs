using System.Collections.Generic;
using PerfRules.Tables;

namespace PerfRules.Import.Layouts;

/// <summary>
/// A money block that breaks the year's total down by source (其中:财政拨款, 上年结转 …) rather than by 支出 line: the
/// 自评 预算执行 block (<see cref="BudgetBlock"/>) and the target tables' 项目资金 block (<see cref="SourceFundingBlock"/>).
/// Both become the same <see cref="Funding"/>.
/// </summary>
internal interface ISourceMoneyBlock
{
    /// <summary>资金总额 (the year's total; the adjusted budget of a 自评), or null.</summary>
    decimal? Total { get; }

    /// <summary>Source line of the total.</summary>
    int? TotalLine { get; }

    /// <summary>The unit the block states or its amounts are written in, or null.</summary>
    string? Unit { get; }

    /// <summary>The lines by source, in source order.</summary>
    IReadOnlyList<FundingSource> Sources { get; }
}
