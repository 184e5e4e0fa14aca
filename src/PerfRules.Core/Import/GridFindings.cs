using System.Globalization;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>The findings only grid inputs (workbooks, CSV) produce, and their Chinese messages, in one place.</summary>
internal static class GridFindings
{
    public static Finding Converted(CellConversion conversion, string? sheet)
    {
        var cell = CellReference.Format(conversion.Row, conversion.Column, sheet);
        return new Finding(ImportRuleIds.CellConverted, conversion.Severity,
            "单元格 " + cell + " 存的值「" + conversion.Stored + "」" + conversion.Why + "，已按显示转换为「" + conversion.Text + "」",
            new FindingLocation { Line = conversion.Row, Cell = cell })
        {
            Arguments = ValueList.Of(new FindingArgument("cell", cell), new FindingArgument("value", conversion.Stored), new FindingArgument("text", conversion.Text)),
        };
    }

    public static Finding UnterminatedQuote(int line) =>
        new(ImportRuleIds.CellConverted, Severity.Warning,
            "第" + line.ToString(CultureInfo.InvariantCulture) + "行开始的带引号单元格直到文件末尾都没有闭合引号，其后文字已全部归入该单元格；请检查引号是否成对",
            new FindingLocation { Line = line })
        {
            Arguments = ValueList.Of(new FindingArgument("line", line.ToString(CultureInfo.InvariantCulture))),
        };
}
