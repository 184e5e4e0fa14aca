using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Core.Tests.Import;

/// <summary>
/// Asserts the reader's promise: every non-empty cell of every non-blank line is represented in the
/// model (as a field, an amount, an indicator cell), is a structural label of the form, or is kept in
/// an unplaced line with the same line number.
/// </summary>
/// <remarks>
/// Indexed by line, so it stays linear on the corpus's 100,000-row table and 2,000-table file. Shared by the
/// import tests, the corpus (Corpus/) and the fuzz properties.
/// </remarks>
internal static class NothingLost
{
    public static void Check(string text, TableReadResult result)
    {
        var lines = SourceLine.Split(text);
        var starts = result.Tables.Select(t => t.Line ?? 0).ToArray();
        var topLevelKept = new HashSet<int>(result.UnplacedLines.Select(u => u.Line)
            .Concat(result.Findings.Where(f => f.RuleId == ImportRuleIds.CommentSkipped && f.Location.Line is not null).Select(f => f.Location.Line!.Value)));
        var indexes = new Dictionary<PerformanceTable, TableIndex>(ReferenceEqualityComparer.Instance);
        var missing = new List<string>();
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            var tableIndex = UpperBound(starts, line.Number) - 1;
            if (tableIndex < 0)
            {
                if (!topLevelKept.Contains(line.Number)) missing.Add(line.ToString());
                continue;
            }

            var table = result.Tables[tableIndex];
            if (!indexes.TryGetValue(table, out var index)) indexes[table] = index = new TableIndex(table);
            foreach (var (_, cell) in line.NonEmpty())
            {
                if (!Accounted(cell, line.Number, table, index)) missing.Add(line.Number + ": 「" + SourceLine.Excerpt(cell, 80) + "」 (table " + table.Name + ")");
                if (missing.Count > 30) break;
            }
        }

        Assert.True(missing.Count == 0, "Lost cells:\n" + string.Join("\n", missing.Take(30)));
    }

    /// <summary>
    /// The promise for any input: either it was refused as a whole — no table, no unplaced line, and an
    /// error finding (I10 unreadable, I11 over a limit) that says why — or nothing in it is lost.
    /// </summary>
    public static void CheckOrRefused(string? text, TableReadResult result)
    {
        if (result.Tables.Count == 0 && result.UnplacedLines.Count == 0)
        {
            var error = Assert.Single(result.Findings, f => f.Severity == Severity.Error);
            Assert.Contains(error.RuleId, new[] { ImportRuleIds.UnreadableInput, ImportRuleIds.LimitExceeded });
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
            Assert.True(result.IsUnreadable);
            return;
        }

        Assert.NotNull(text);
        Check(text!, result);
    }

    private static int UpperBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] <= value) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    private static bool Accounted(string cell, int line, PerformanceTable table, TableIndex index)
    {
        var n = LabelText.Normalize(cell);
        if (index.Unplaced.TryGetValue(line, out var unplaced) && unplaced.Any(u => u.Split('\t').Contains(cell))) return true;
        if (line == table.Line && cell == table.Title) return true;
        if (SourceLine.IsYearOnly(cell, out var y) && table.Year == y) return true;
        if (IsStructural(n)) return true;

        if (index.Indicators.TryGetValue(line, out var indicators))
        {
            foreach (var i in indicators)
            {
                if (n == LabelText.Normalize(i.Level1) || n == LabelText.Normalize(i.Level2) || n == LabelText.Normalize(i.Name)) return true;
                if (SameValue(cell, i.Name, i.HalfYear) || SameValue(cell, i.Name, i.FullYear)) return true;
            }
        }

        var stripped = LabelText.Normalize(HtmlText.Strip(cell, out _));
        if (index.Fields.Contains(stripped)) return true;

        // A header field's value joins the cells after its label with spaces (an unrecognised label among them).
        if (stripped.Length > 0 && index.FieldTokens.Any(tokens => ContainsRun(tokens, stripped))) return true;

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

    /// <summary>True when a contiguous run of <paramref name="tokens"/> concatenates to <paramref name="cell"/>.</summary>
    private static bool ContainsRun(string[] tokens, string cell)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var run = string.Empty;
            for (var j = i; j < tokens.Length && run.Length < cell.Length; j++)
            {
                run += tokens[j];
                if (!cell.StartsWith(run, StringComparison.Ordinal)) break;
                if (run.Length == cell.Length) return true;
            }
        }

        return false;
    }

    private static bool SameValue(string cell, string name, IndicatorValue value) =>
        (value is FreeTextValue f && f.Text == cell) || LabelText.Normalize(value.ToString()) == LabelText.Normalize(cell)
        || (IndicatorValue.TryParse(cell, name, out var parsed) && parsed == value);

    private static bool IsStructural(string n) =>
        n is "收入" or "支出" or "资金总额" or "一级指标" or "二级指标" or "三级指标"
        || n.StartsWith("项目资金", StringComparison.Ordinal)
        || n.EndsWith("指标值", StringComparison.Ordinal)
        || HeaderLabels.TryGet(n, out _)
        || HeaderLabels.IsTitle(n);

    /// <summary>One table's model, indexed by source line and by normalised field text.</summary>
    private sealed class TableIndex
    {
        public TableIndex(PerformanceTable table)
        {
            foreach (var u in table.UnplacedLines)
            {
                if (!Unplaced.TryGetValue(u.Line, out var list)) Unplaced[u.Line] = list = new List<string>();
                list.Add(u.Text);
            }

            foreach (var i in table.Indicators.Where(i => i.Line is not null))
            {
                if (!Indicators.TryGetValue(i.Line!.Value, out var list)) Indicators[i.Line.Value] = list = new List<Indicator>();
                list.Add(i);
            }

            var fields = new[] { table.Name, table.Department, table.ImplementingUnit, table.ProjectType, table.ProjectLevel, table.StartTime, table.EndTime, table.Contact?.Raw, table.Necessity, table.Feasibility, table.Content, table.LongTermGoal, table.AnnualGoal, table.Funding.TotalText }
                .Concat(table.OtherFields.Select(f => f.Value))
                .Concat(table.Funding.Expenditures.Select(e => e.Name));
            foreach (var f in fields)
            {
                if (f is null) continue;
                Fields.Add(LabelText.Normalize(f));
                if (f.IndexOfAny(Separators) >= 0) FieldTokens.Add(f.Split(Separators).Select(LabelText.Normalize).Where(t => t.Length > 0).ToArray());
            }
        }

        public Dictionary<int, List<string>> Unplaced { get; } = new();

        public Dictionary<int, List<Indicator>> Indicators { get; } = new();

        public HashSet<string> Fields { get; } = new(StringComparer.Ordinal);

        public List<string[]> FieldTokens { get; } = new();

        private static readonly char[] Separators = { ' ', '\n' };
    }
}
