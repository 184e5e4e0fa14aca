using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Import.Layouts;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Core.Tests.Import;

/// <summary>
/// Asserts the reader's promise: every non-empty cell of every non-blank line is represented in the
/// model (as a field, an amount, an indicator cell or attribute, a published result, a funding source, a
/// placeholder), is a structural label of the form, or is kept in an unplaced line with the same line number.
/// </summary>
/// <remarks>
/// Indexed by line, so it stays linear on the corpus's 100,000-row table and 2,000-table file. Shared by the
/// import tests, the corpus (Corpus/), the fuzz properties and the real tables of other issuers.
/// </remarks>
internal static class NothingLost
{
    /// <summary>Checks <paramref name="result"/> against <paramref name="text"/>; <paramref name="captions"/> are the form's own captions (项目基本情况) the caller accepts as structure.</summary>
    public static void Check(string text, TableReadResult result, params string[] captions)
    {
        var lines = SourceLine.Split(text);
        var starts = result.Tables.Select(t => t.Line ?? 0).ToArray();
        var topLevelKept = new HashSet<int>(result.UnplacedLines.Select(u => u.Line)
            .Concat(result.Findings.Where(f => f.RuleId == ImportRuleIds.CommentSkipped && f.Location.Line is not null).Select(f => f.Location.Line!.Value)));
        var structure = new HashSet<string>(captions.Select(c => LabelText.Normalize(c)), StringComparer.Ordinal);
        var indexes = new Dictionary<PerformanceTable, TableIndex>(ReferenceEqualityComparer.Instance);
        TableIndex Index(PerformanceTable t)
        {
            if (!indexes.TryGetValue(t, out var index)) indexes[t] = index = new TableIndex(t);
            return index;
        }

        // Lines a table keeps outside its own span: the preamble before its title (表十二, 报表编号:…, a page title).
        var keptBefore = new Dictionary<int, List<PerformanceTable>>();
        foreach (var t in result.Tables)
        {
            foreach (var line in t.OtherFields.Where(f => f.Line is { } l && l < (t.Line ?? 0)).Select(f => f.Line!.Value).Distinct())
            {
                if (!keptBefore.TryGetValue(line, out var list)) keptBefore[line] = list = new List<PerformanceTable>();
                list.Add(t);
            }
        }

        var missing = new List<string>();
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            if (topLevelKept.Contains(line.Number)) continue;
            var tableIndex = UpperBound(starts, line.Number) - 1;
            var candidates = new List<PerformanceTable>();
            if (keptBefore.TryGetValue(line.Number, out var owners)) candidates.AddRange(owners);
            if (tableIndex >= 0)
            {
                // A multi-project grid yields several tables from one block, all starting at the same line.
                var start = starts[tableIndex];
                for (var k = tableIndex; k >= 0 && starts[k] == start; k--) candidates.Add(result.Tables[k]);
            }

            // A line before a table's title is its preamble (a page title, a bare label): the next table may keep it.
            if (candidates.Count == 0 && tableIndex + 1 < starts.Length) candidates.Add(result.Tables[tableIndex + 1]);

            if (candidates.Count == 0)
            {
                missing.Add(line.ToString());
                continue;
            }

            foreach (var (_, cell) in line.NonEmpty())
            {
                if (!candidates.Any(t => Accounted(cell, line.Number, t, Index(t), structure)))
                {
                    missing.Add(line.Number + ": 「" + SourceLine.Excerpt(cell, 80) + "」 (table " + string.Join("/", candidates.Select(t => t.Name)) + ")");
                }

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
            var errors = result.Findings.Where(f => f.Severity == Severity.Error).ToList();
            Assert.NotEmpty(errors);
            Assert.All(errors, e =>
            {
                Assert.Contains(e.RuleId, new[] { ImportRuleIds.UnreadableInput, ImportRuleIds.LimitExceeded });
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
            });
            Assert.True(result.IsUnreadable);

            // Refused whole (binary, undecodable, empty, over a limit), or every line was a comment (I07).
            var refusedWhole = errors.Any(e => e.Location.Line is null && !e.Message.Contains("未找到绩效目标表", StringComparison.Ordinal));
            if (refusedWhole) return;
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

    private static bool Accounted(string cell, int line, PerformanceTable table, TableIndex index, HashSet<string> structure)
    {
        var n = LabelText.Normalize(cell);
        if (index.Unplaced.TryGetValue(line, out var unplaced) && unplaced.Any(u => u.Split('\t').Contains(cell))) return true;
        if (line == table.Line && cell == table.Title) return true;
        if (SourceLine.IsYearOnly(cell, out var y) && table.Year == y) return true;
        if (IsStructural(n) || IsStructural(cell) || structure.Contains(n)) return true;

        // Repairs keep the original text in their finding (I02 old 一级 name, I12 Excel serial).
        if (index.FindingValues.TryGetValue(line, out var quoted) && quoted.Contains(n)) return true;

        if (index.Indicators.TryGetValue(line, out var indicators))
        {
            foreach (var i in indicators)
            {
                if (n == LabelText.Normalize(i.Level1) || n == LabelText.Normalize(i.Level2) || n == LabelText.Normalize(i.Name)) return true;
                if (SameValue(cell, i.Name, i.HalfYear) || SameValue(cell, i.Name, i.FullYear)) return true;
                if (i.LongTerm is { } longTerm && SameValue(cell, i.Name, longTerm)) return true;
                if (i.Regions is { } regions && regions.Any(r => SameValue(cell, i.Name, r.Value) || (r.Value is NumericValue rn && SameNumber(n, rn.Number)))) return true;

                // A value column next to separate operator / unit columns (≥ | 95 | %) holds only the number.
                if ((i.OperatorText is not null || i.UnitText is not null) && i.FullYear is NumericValue number && SameNumber(n, number.Number)) return true;
                var attributes = new[] { i.OperatorText, i.UnitText, i.Direction, i.ValueType, i.Explanation, i.ScoringStandard, i.Remark };
                if (attributes.Any(a => a is not null && LabelText.Normalize(a) == n)) return true;
                if (i.Weight is { } w && SameNumber(n, w)) return true;
                if (index.Published.TryGetValue(i.Row, out var p))
                {
                    if (p.Actual is { } actual && LabelText.Normalize(actual) == n) return true;
                    if (p.Reason is { } reason && LabelText.Normalize(reason) == n) return true;
                    if (p.Score is { } score && SameNumber(n, score)) return true;
                }
            }
        }

        if (table.Published is { } published)
        {
            var numbers = new[] { published.InitialBudget, published.Budget, published.Executed, published.ExecutionRate, published.ExecutionWeight, published.ExecutionScore, published.Total, published.TotalWeight };
            if (numbers.Any(x => x is { } v && SameNumber(n, v))) return true;
            var amounts = new[] { published.InitialBudget, published.Budget, published.Executed };
            if (amounts.Any(x => x is { } v && SameAmount(cell, v, table.Funding.Unit))) return true;
            if (new[] { published.ExecutionReason, published.GoalCompletion }.Any(x => x is not null && LabelText.Normalize(x) == n)) return true;
        }

        if (index.Sources.TryGetValue(line, out var sources))
        {
            foreach (var s in sources)
            {
                if (n == LabelText.Normalize(s.Name)) return true;
                if (new[] { s.Amount, s.InitialAmount, s.Executed, s.ExecutionRate }.Any(x => x is { } v && SameNumber(n, v))) return true;
                if (new[] { s.Amount, s.InitialAmount, s.Executed }.Any(x => x is { } v && SameAmount(cell, v, table.Funding.Unit))) return true;
            }
        }

        // A score in a caption or label (绩效指标(90分), (50分), 项目资金 预算执行 10分) is kept as a section weight.
        if (n.IndexOf('分') >= 0 && table.SectionWeights.Any(w => n.Contains(Number(w.Weight), StringComparison.Ordinal))) return true;

        // Markup alone (<p>, &nbsp;) carries no text: stripping it is reported as I04, not a loss.
        var stripped = LabelText.Normalize(HtmlText.Strip(cell, out _));
        if (stripped.Length == 0 || index.Fields.Contains(stripped) || index.Fields.Contains(n)) return true;

        // A header field's value joins the cells after its label with spaces (an unrecognised label among them);
        // 项目名称 then collapses the spaces between CJK characters, so a cell can be any part of it.
        if (stripped.Length > 0 && index.FieldTokens.Any(tokens => ContainsRun(tokens, stripped))) return true;
        if (index.Name.Contains(n, StringComparison.Ordinal) || (n.Length >= 2 && index.Fields.Any(f => f.Contains(n, StringComparison.Ordinal)))) return true;

        // 报表编号:510000, 预算单位: 奉节县… — a label and its value in one cell.
        if (HeaderLabels.TrySplit(cell, out _, out var value) && (value.Length == 0 || index.Fields.Contains(LabelText.Normalize(value)))) return true;

        // 建设周期 2023年4月-2024年2月 is kept as 开始时间 and 完成时间.
        if (table.StartTime is { } from && table.EndTime is { } to && n.StartsWith(LabelText.Normalize(from), StringComparison.Ordinal) && n.EndsWith(LabelText.Normalize(to), StringComparison.Ordinal)) return true;

        if (AmountText.TryParseLabel(cell, out var column, out var rest))
        {
            if (rest.Length == 0) return true;
            return AmountText.TryParse(rest, out var labelled) && table.Funding.Expenditures.Any(e => (column == AmountColumn.HalfYear ? e.HalfYear : e.FullYear) == labelled);
        }

        // 年度本级预算金额 | 250万: an amount written with its unit in the cell is kept as the funding total.
        if (table.Funding.Total is { } total && SuffixedAmount(n) == total) return true;

        if (AmountText.TryParse(cell, out var amount))
        {
            return (amount.Value == table.Funding.Total && !amount.OnSchedule)
                || table.Funding.Expenditures.Any(e => e.HalfYear == amount || e.FullYear == amount);
        }

        return false;
    }

    /// <summary>The number of <c>250万</c>, <c>50万元</c> or <c>1200元</c>, or null.</summary>
    private static decimal? SuffixedAmount(string n)
    {
        foreach (var suffix in new[] { "万元", "万", "元" })
        {
            if (n.Length > suffix.Length && n.EndsWith(suffix, StringComparison.Ordinal)
                && decimal.TryParse(n.AsSpan(0, n.Length - suffix.Length), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d))
            {
                return d;
            }
        }

        return null;
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

    private static bool SameNumber(string normalized, decimal value)
    {
        var t = normalized.TrimEnd('%', '分').Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d == value;
    }

    /// <summary>True when <paramref name="cell"/> is the amount <paramref name="value"/> in <paramref name="unit"/> (<c>160万元</c> is 160 only in a table of 万元).</summary>
    private static bool SameAmount(string cell, decimal value, string unit) =>
        AmountText.TryParse(cell, out var a, out var written) && !a.OnSchedule && a.Value == value && (written is null || written == unit);

    private static string Number(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    private static bool SameValue(string cell, string name, IndicatorValue value) =>
        (value is FreeTextValue f && f.Text == cell) || LabelText.Normalize(value.ToString()) == LabelText.Normalize(cell)
        || (IndicatorValue.TryParse(cell, name, out var parsed) && parsed == value);

    /// <summary>
    /// Captions and column heads of other issuers' forms (samples/real/): the block they head is in the model, the
    /// words themselves carry no data.
    /// </summary>
    private static readonly HashSet<string> FormCaptions = new(StringComparer.Ordinal)
    {
        "项目基本情况", "1.项目年度目标完成情况", "年度总体目标完成情况", "总体目标", "年度预算数(万元)", "投入目标(万元)", "资金来源",
        "金额(万元)", "年度资金总额", "总额", "合计", "总计", "总分", "当年年度预算", "当年预算",
        "绩效指标", "年度绩效指标", "绩效目标", "年度绩效目标",
    };

    private static bool IsStructural(string n) =>
        FormCaptions.Contains(n.TrimEnd(':'))
        || BudgetBlock.IsColumnHeader(n)
        || BudgetBlock.IsNotApplicable(n)
        || LayoutCells.TryUnit(n, out _)
        || n is "收入" or "支出" or "资金总额" or "一级指标" or "二级指标" or "三级指标"
        || n.StartsWith("项目资金", StringComparison.Ordinal)
        || n.EndsWith("指标值", StringComparison.Ordinal)
        || HeaderLabels.TryGet(n, out _)
        || IndicatorBlock.IsHeaderWord(n)
        || IndicatorBlock.IsCaption(n)
        || LabelVocabulary.Default.TryRegion(n, out _)
        || HeaderLabels.IsTitle(n);

    /// <summary>One table's model, indexed by source line and by normalised field text.</summary>
    private sealed class TableIndex
    {
        public TableIndex(PerformanceTable table)
        {
            foreach (var u in table.UnplacedLines.Concat(table.Placeholders))
            {
                if (!Unplaced.TryGetValue(u.Line, out var list)) Unplaced[u.Line] = list = new List<string>();
                list.Add(u.Text);
            }

            foreach (var i in table.Indicators.Where(i => i.Line is not null))
            {
                if (!Indicators.TryGetValue(i.Line!.Value, out var list)) Indicators[i.Line.Value] = list = new List<Indicator>();
                list.Add(i);
            }

            Name = LabelText.Normalize(table.Name);
            foreach (var p in table.Published?.Indicators ?? ValueList<PublishedIndicator>.Empty) Published[p.Row] = p;

            foreach (var s in table.Funding.Sources.Where(s => s.Line is not null))
            {
                if (!Sources.TryGetValue(s.Line!.Value, out var list)) Sources[s.Line.Value] = list = new List<FundingSource>();
                list.Add(s);
            }

            foreach (var f in table.ImportFindings.Where(f => f.Location.Line is not null))
            {
                foreach (var a in f.Arguments.Where(a => a.Name == "value" && a.Value is not null))
                {
                    if (!FindingValues.TryGetValue(f.Location.Line!.Value, out var set)) FindingValues[f.Location.Line.Value] = set = new HashSet<string>(StringComparer.Ordinal);
                    set.Add(LabelText.Normalize(a.Value));
                }
            }

            // A 区域目标表's region names head their columns and stay with each region's target.
            foreach (var region in table.Indicators.SelectMany(i => i.Regions ?? ValueList<RegionTarget>.Empty)) Fields.Add(LabelText.Normalize(region.Region));

            var fields = new[] { table.Name, table.Department, table.ImplementingUnit, table.ProjectType, table.ProjectLevel, table.StartTime, table.EndTime, table.Contact?.Raw, table.Contact?.Person, table.Contact?.Phone, table.Necessity, table.Feasibility, table.Content, table.LongTermGoal, table.AnnualGoal, table.Funding.TotalText }
                .Concat(table.OtherFields.Select(f => f.Value))
                .Concat(table.OtherFields.Select(f => f.Label))
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

        public Dictionary<int, PublishedIndicator> Published { get; } = new();

        public Dictionary<int, List<FundingSource>> Sources { get; } = new();

        public Dictionary<int, HashSet<string>> FindingValues { get; } = new();

        public HashSet<string> Fields { get; } = new(StringComparer.Ordinal);

        public string Name { get; }

        public List<string[]> FieldTokens { get; } = new();

        private static readonly char[] Separators = { ' ', '\n' };
    }
}
