using System.Collections.Generic;
using System.Linq;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Core.Tests.Import;

/// <summary>
/// Asserts the reader's promise: every non-empty cell of every non-blank line is represented in the
/// model (as a field, an amount, an indicator cell), is a structural label of the form, or is kept in
/// an unplaced line with the same line number.
/// </summary>
internal static class NothingLost
{
    public static void Check(string text, TableReadResult result)
    {
        var lines = SourceLine.Split(text);
        var starts = result.Tables.Select(t => t.Line ?? 0).ToArray();
        var missing = new List<string>();
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            var tableIndex = starts.Count(s => s <= line.Number) - 1;
            if (tableIndex < 0)
            {
                var kept = result.UnplacedLines.Any(u => u.Line == line.Number)
                    || result.Findings.Any(f => f.RuleId == ImportRuleIds.CommentSkipped && f.Location.Line == line.Number);
                if (!kept) missing.Add(line.ToString());
                continue;
            }

            var table = result.Tables[tableIndex];
            foreach (var (_, cell) in line.NonEmpty())
            {
                if (!Accounted(cell, line.Number, table)) missing.Add(line.Number + ": 「" + cell + "」 (table " + table.Name + ")");
            }
        }

        Assert.True(missing.Count == 0, "Lost cells:\n" + string.Join("\n", missing.Take(30)));
    }

    private static bool Accounted(string cell, int line, PerformanceTable table)
    {
        var n = LabelText.Normalize(cell);
        if (table.UnplacedLines.Any(u => u.Line == line && u.Text.Split('\t').Contains(cell))) return true;
        if (line == table.Line && cell == table.Title) return true;
        if (SourceLine.IsYearOnly(cell, out var y) && table.Year == y) return true;
        if (IsStructural(n)) return true;

        foreach (var i in table.Indicators.Where(i => i.Line == line))
        {
            if (n == LabelText.Normalize(i.Level1) || n == LabelText.Normalize(i.Level2) || n == LabelText.Normalize(i.Name)) return true;
            if (SameValue(cell, i.Name, i.HalfYear) || SameValue(cell, i.Name, i.FullYear)) return true;
        }

        var fields = new[] { table.Name, table.Department, table.ImplementingUnit, table.ProjectType, table.ProjectLevel, table.StartTime, table.EndTime, table.Contact?.Raw, table.Necessity, table.Feasibility, table.Content, table.LongTermGoal, table.AnnualGoal, table.Funding.TotalText }
            .Concat(table.OtherFields.Select(f => f.Value))
            .Concat(table.Funding.Expenditures.Select(e => e.Name));
        var stripped = LabelText.Normalize(HtmlText.Strip(cell, out _));
        if (fields.Any(f => f is not null && LabelText.Normalize(f) == stripped)) return true;

        if (AmountText.TryParseLabel(cell, out var column, out var rest))
        {
            if (rest.Length == 0) return true;
            return AmountText.TryParse(rest, out var labelled) && table.Funding.Expenditures.Any(e => (column == AmountColumn.HalfYear ? e.HalfYear : e.FullYear) == labelled);
        }

        if (AmountText.TryParse(cell, out var amount))
        {
            return (amount.Value == table.Funding.Total && !amount.OnSchedule)
                || table.Funding.Expenditures.Any(e => e.HalfYear == amount || e.FullYear == amount);
        }

        return false;
    }

    private static bool SameValue(string cell, string name, IndicatorValue value) =>
        (value is FreeTextValue f && f.Text == cell) || LabelText.Normalize(value.ToString()) == LabelText.Normalize(cell)
        || (IndicatorValue.TryParse(cell, name, out var parsed) && parsed == value);

    private static bool IsStructural(string n) =>
        n is "收入" or "支出" or "资金总额" or "一级指标" or "二级指标" or "三级指标"
        || n.StartsWith("项目资金", System.StringComparison.Ordinal)
        || n.EndsWith("指标值", System.StringComparison.Ordinal)
        || HeaderLabels.TryGet(n, out _)
        || HeaderLabels.IsTitle(n);
}
