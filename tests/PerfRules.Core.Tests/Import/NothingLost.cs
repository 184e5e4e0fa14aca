using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Core.Tests.Import;

/// <summary>
/// Asserts the reader's promise: every non-empty cell of every non-blank line is represented in the
/// model (as a field, an amount, an indicator cell or attribute, a published result, a placeholder), is a
/// structural label of the form, or is kept in an unplaced line with the same line number.
/// </summary>
internal static class NothingLost
{
    /// <summary>Checks <paramref name="result"/> against <paramref name="text"/>; <paramref name="captions"/> are the form's own captions (项目基本情况) the caller accepts as structure.</summary>
    public static void Check(string text, TableReadResult result, params string[] captions)
    {
        var lines = SourceLine.Split(text);
        var starts = result.Tables.Select(t => t.Line ?? 0).ToArray();
        var missing = new List<string>();
        var structure = new HashSet<string>(captions.Select(c => LabelText.Normalize(c)));
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            if (result.Findings.Any(f => f.RuleId == ImportRuleIds.CommentSkipped && f.Location.Line == line.Number)) continue;
            if (result.UnplacedLines.Any(u => u.Line == line.Number)) continue;

            // Lines before a title (表十二, a page title, 报表编号:…) are kept by the table that follows.
            var owners = result.Tables.Where(t => t.OtherFields.Any(f => f.Line == line.Number) || t.UnplacedLines.Any(u => u.Line == line.Number)).ToList();
            var tableIndex = starts.Count(s => s <= line.Number) - 1;
            if (tableIndex < 0 && owners.Count == 0)
            {
                missing.Add(line.ToString());
                continue;
            }

            // A multi-project grid yields several tables from one block: a cell is kept when any of them keeps it.
            var candidates = owners.Concat(result.Tables.Where(t => (t.Line ?? 0) == (tableIndex >= 0 ? starts[tableIndex] : -1))).Distinct().ToList();
            foreach (var (_, cell) in line.NonEmpty())
            {
                if (!candidates.Any(t => Accounted(cell, line.Number, t, structure)))
                {
                    missing.Add(line.Number + ": 「" + cell + "」 (table " + string.Join("/", candidates.Select(t => t.Name)) + ")");
                }
            }
        }

        Assert.True(missing.Count == 0, "Lost cells:\n" + string.Join("\n", missing.Take(30)));
    }

    private static bool Accounted(string cell, int line, PerformanceTable table, HashSet<string> structure)
    {
        var n = LabelText.Normalize(cell);
        if (table.UnplacedLines.Any(u => u.Line == line && u.Text.Split('\t').Contains(cell))) return true;
        if (table.Placeholders.Any(u => u.Line == line && u.Text.Split('\t').Contains(cell))) return true;
        if (line == table.Line && cell == table.Title) return true;
        if (SourceLine.IsYearOnly(cell, out var y) && table.Year == y) return true;
        if (IsStructural(n) || structure.Contains(n)) return true;

        // Repairs keep the original text in their finding (I02 old 一级 name, I14 Excel serial).
        if (table.ImportFindings.Any(f => f.Location.Line == line && f.Arguments.Any(a => a.Name == "value" && LabelText.Normalize(a.Value) == n))) return true;

        var published = table.Published;
        foreach (var i in table.Indicators.Where(i => i.Line == line))
        {
            if (n == LabelText.Normalize(i.Level1) || n == LabelText.Normalize(i.Level2) || n == LabelText.Normalize(i.Name)) return true;
            if (SameValue(cell, i.Name, i.HalfYear) || SameValue(cell, i.Name, i.FullYear)) return true;
            var attributes = new[] { i.OperatorText, i.UnitText, i.Direction, i.ValueType, i.Explanation, i.ScoringStandard, i.Remark };
            if (attributes.Any(a => a is not null && LabelText.Normalize(a) == n)) return true;
            if (i.Weight is { } w && SameNumber(n, w)) return true;
            if (published?.Indicators.FirstOrDefault(p => p.Row == i.Row) is { } p)
            {
                if (p.Actual is { } actual && LabelText.Normalize(actual) == n) return true;
                if (p.Reason is { } reason && LabelText.Normalize(reason) == n) return true;
                if (p.Score is { } score && SameNumber(n, score)) return true;
            }
        }

        if (published is not null)
        {
            var numbers = new[] { published.InitialBudget, published.Budget, published.Executed, published.ExecutionRate, published.ExecutionWeight, published.ExecutionScore, published.Total, published.TotalWeight };
            if (numbers.Any(x => x is { } v && SameNumber(n, v))) return true;
            if (new[] { published.ExecutionReason, published.GoalCompletion }.Any(x => x is not null && LabelText.Normalize(x) == n)) return true;
        }

        foreach (var s in table.Funding.Sources.Where(s => s.Line == line))
        {
            if (n == LabelText.Normalize(s.Name)) return true;
            if (new[] { s.Amount, s.InitialAmount, s.Executed, s.ExecutionRate }.Any(x => x is { } v && SameNumber(n, v))) return true;
        }

        if (table.SectionWeights.Count > 0 && (n.EndsWith("分", System.StringComparison.Ordinal) || n.EndsWith("分)", System.StringComparison.Ordinal)) && table.SectionWeights.Any(w => n.Contains(Number(w.Weight), System.StringComparison.Ordinal))) return true;

        var fields = new[] { table.Name, table.Department, table.ImplementingUnit, table.ProjectType, table.ProjectLevel, table.StartTime, table.EndTime, table.Contact?.Raw, table.Contact?.Person, table.Contact?.Phone, table.Necessity, table.Feasibility, table.Content, table.LongTermGoal, table.AnnualGoal, table.Funding.TotalText }
            .Concat(table.OtherFields.Select(f => f.Value))
            .Concat(table.OtherFields.Select(f => f.Label))
            .Concat(table.Funding.Expenditures.Select(e => e.Name));
        var stripped = LabelText.Normalize(HtmlText.Strip(cell, out _));
        if (fields.Any(f => f is not null && LabelText.Normalize(f) == stripped)) return true;

        // 报表编号:510000, 预算单位: 奉节县… — a label and its value in one cell.
        if (HeaderLabels.TrySplit(cell, out _, out var value) && (value.Length == 0 || fields.Any(f => f is not null && LabelText.Normalize(f) == LabelText.Normalize(value)))) return true;

        // 建设周期 2023年4月-2024年2月 is kept as 开始时间 and 完成时间.
        if (table.StartTime is { } start && table.EndTime is { } end && n.StartsWith(LabelText.Normalize(start), System.StringComparison.Ordinal) && n.EndsWith(LabelText.Normalize(end), System.StringComparison.Ordinal)) return true;

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

    private static bool SameNumber(string normalized, decimal value)
    {
        var t = normalized.TrimEnd('%', '分').Replace(",", string.Empty);
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d == value;
    }

    private static string Number(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);

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
