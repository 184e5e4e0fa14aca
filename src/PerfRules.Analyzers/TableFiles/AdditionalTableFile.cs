using System.Collections.Generic;
using PerfRules.Findings;
using PerfRules.Import;

namespace PerfRules.Analyzers.TableFiles;

/// <summary>
/// Reads a <c>*.perftable.txt</c> file (PDF-extracted, tab-separated) with the library's own reader,
/// from the text the compiler already decoded, and keeps the source lines of rows and fields.
/// </summary>
internal static class AdditionalTableFile
{
    public static IReadOnlyList<LocatedTable> Read(string text, string path, List<TableFileProblem> problems)
    {
        var result = TableTextReader.Read(text, path);
        foreach (var finding in result.Findings)
        {
            if (finding.Severity == Severity.Error) problems.Add(new TableFileProblem(finding.RuleId, finding.Message, FilePosition.AtLine(finding.Location.Line)));
        }

        var tables = new List<LocatedTable>(result.Tables.Count);
        foreach (var table in result.Tables)
        {
            foreach (var finding in table.ImportFindings)
            {
                if (finding.Severity == Severity.Error) problems.Add(new TableFileProblem(finding.RuleId, finding.Message, FilePosition.AtLine(finding.Location.Line ?? table.Line)));
            }

            var located = new LocatedTable(table, FilePosition.AtLine(table.Line));
            foreach (var indicator in table.Indicators)
            {
                var line = FilePosition.AtLine(indicator.Line);
                located.Indicators[indicator.Row] = (line, line, line);
            }

            if (table.Funding.TotalLine is { } totalLine) located.Fields["资金总额"] = FilePosition.AtLine(totalLine);
            foreach (var expenditure in table.Funding.Expenditures)
            {
                if (expenditure.Line is { } l) located.Fields["支出:" + expenditure.Name] = FilePosition.AtLine(l);
            }

            foreach (var field in table.OtherFields)
            {
                if (field.Line is { } l) located.Fields[field.Label] = FilePosition.AtLine(l);
            }

            tables.Add(located);
        }

        return tables;
    }
}
