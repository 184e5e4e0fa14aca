using System.Linq;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>Removes what a table knows about the text it was read from, leaving its content.</summary>
public static class SourceInfoExtensions
{
    /// <summary>
    /// The table without source artefacts: <see cref="PerformanceTable.Source"/>, the <see cref="PerformanceTable.Worksheet"/>, every source line
    /// number (table, 资金总额, 支出, indicators, other header fields), the import findings and the
    /// unplaced lines. Two readings of the same content in different files compare equal after this.
    /// </summary>
    public static PerformanceTable WithoutSourceInfo(this PerformanceTable table)
    {
        if (table is null) throw new System.ArgumentNullException(nameof(table));
        return table with
        {
            Source = null,
            Line = null,
            Worksheet = null,
            OtherFields = table.OtherFields.Select(f => f with { Line = null }).ToValueList(),
            Funding = table.Funding with
            {
                TotalLine = null,
                Expenditures = table.Funding.Expenditures.Select(e => e with { Line = null }).ToValueList(),
            },
            Indicators = table.Indicators.Select(i => i with { Line = null }).ToValueList(),
            ImportFindings = ValueList<Findings.Finding>.Empty,
            UnplacedLines = ValueList<UnplacedLine>.Empty,
        };
    }
}
