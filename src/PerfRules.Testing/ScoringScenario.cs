using PerfRules.Actuals;
using PerfRules.Tables;

namespace PerfRules.Testing;

/// <summary>A table together with actuals reported for it: the input of self-evaluation scoring.</summary>
/// <param name="Table">The table (year 2026, indicators in every scored section and in 决策/过程).</param>
/// <param name="Actuals">Actuals for it: mostly comparable, some missing, some not comparable, some judged.</param>
public sealed record ScoringScenario(PerformanceTable Table, TableActuals Actuals)
{
    /// <inheritdoc />
    public override string ToString() =>
        Table.Name + " [" + string.Join("; ", System.Linq.Enumerable.Select(Table.Indicators, i => i.Row + " " + i.Level1 + "/" + i.Name + " " + i.HalfYear + " | " + i.FullYear + (i.Weight is { } w ? " (" + w + "分)" : string.Empty))) +
        "] executed " + Actuals.Executed + " of " + Table.Funding.Total + " actuals [" + string.Join("; ", System.Linq.Enumerable.Select(Actuals.Indicators, a => a.Indicator + "=" + a.Value + (a.Judgement is { } j ? " (" + j + ")" : string.Empty))) + "]";
}
