using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfRules.Export;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Testing;
using PerfRules.Values;

namespace PerfRules.Core.Tests.Import;

/// <summary>
/// The reader maps columns by their header words, so one table written in the Nanjing layout and written as the
/// 财预〔2020〕10号 项目支出绩效自评表 reads to the same model on the fields both forms carry: 项目名称, 年度, 主管部门,
/// 实施单位, 年度目标, 资金总额 and every indicator's 一级 / 二级 / 三级 / 全年指标值 / 分值.
/// </summary>
public class LayoutEquivalenceProperties
{
    /// <summary>What both forms carry, as read.</summary>
    private sealed record Common(string Name, int? Year, string? Department, string? ImplementingUnit, string? AnnualGoal, decimal? Total, string Indicators);

    private static Common Of(PerformanceTable t) => new(
        t.Name, t.Year, t.Department, t.ImplementingUnit, t.AnnualGoal, t.Funding.Total,
        string.Join("\n", t.Indicators.Select(i => string.Join("|", i.Row, i.Level1, i.Level2, i.Name, i.FullYear.Kind, i.FullYear, i.Weight))));

    /// <summary>Writable tables (the writer's domain) with 分值 on every indicator and a single-line 年度目标 (the 自评 form's goal is one cell).</summary>
    private static Arbitrary<(PerformanceTable Table, int Seed)> Tables() =>
        (from table in Arbitraries.WritableTableGen()
         from weights in Gen.Choose(1, 30).ListOf(table.Indicators.Count)
         from seed in Gen.Choose(0, 1000)
         select (table with
         {
             AnnualGoal = table.AnnualGoal is { } g && g.IndexOfAny(new[] { '\n', '<', '&' }) < 0 ? g : null,
             Indicators = table.Indicators.Select((i, k) => i with { Weight = weights[k] }).ToValueList(),
         }, seed)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Nanjing_text_and_national_self_evaluation_text_read_to_the_same_model() =>
        Prop.ForAll(Tables(), x =>
        {
            var nanjing = Assert.Single(TableTextReader.Read(TableTextWriter.Write(x.Table), "nanjing.txt").Tables);
            var selfEvaluation = Assert.Single(TableTextReader.Read(TableTextWriter.Write(x.Table, TableLayouts.NationalSelfEvaluation), "zp.txt").Tables);

            Assert.Equal(TableLayouts.NationalSelfEvaluation, selfEvaluation.Layout);
            Assert.Equal(x.Table.Layout, nanjing.Layout);
            Assert.Equal(Of(nanjing), Of(selfEvaluation));
            Assert.Equal(x.Table.Indicators.Count, selfEvaluation.Indicators.Count);
            Assert.Empty(selfEvaluation.UnplacedLines);
            Assert.DoesNotContain(selfEvaluation.ImportFindings, f => f.RuleId is ImportRuleIds.LineUnplaced or ImportRuleIds.PlaceholderKept);
        });

    [Property(MaxTest = 200)]
    public Property Published_results_written_in_the_self_evaluation_layout_read_back() =>
        Prop.ForAll(Tables(), x =>
        {
            // Every indicator gets a 实际完成值 (its target's text), a 得分 and sometimes a 偏差原因; the budget block a full row.
            var rows = x.Table.Indicators.Select((i, k) => new PublishedIndicator(i.Row, i.FullYear.Kind == ValueKind.Empty ? null : i.FullYear.ToString())
            {
                Score = (x.Seed + k) % 3 == 0 ? i.Weight!.Value - 1m : i.Weight!.Value,
                Reason = (x.Seed + k) % 3 == 0 ? "受天气影响延期" : null,
            }).ToValueList();
            var budget = x.Table.Funding.Total ?? 100m;
            var published = new PublishedEvaluation
            {
                InitialBudget = budget,
                Budget = budget,
                Executed = budget,
                ExecutionRate = 100m,
                ExecutionWeight = 10m,
                ExecutionScore = 10m,
                TotalWeight = 100m,
                Total = 10m + rows.Sum(r => r.Score!.Value),
                Indicators = rows,
            };
            var table = x.Table with { Published = published, Funding = x.Table.Funding with { Total = budget } };

            var back = Assert.Single(TableTextReader.Read(TableTextWriter.Write(table, TableLayouts.NationalSelfEvaluation), "zp.txt").Tables);

            var p = Assert.IsType<PublishedEvaluation>(back.Published);
            Assert.Equal(
                (published.InitialBudget, published.Budget, published.Executed, published.ExecutionRate, published.ExecutionWeight, published.ExecutionScore, published.TotalWeight, published.Total),
                (p.InitialBudget, p.Budget, p.Executed, p.ExecutionRate, p.ExecutionWeight, p.ExecutionScore, p.TotalWeight, p.Total));
            Assert.Equal(rows.Select(r => (r.Actual, r.Score, r.Reason)), p.Indicators.Select(r => (r.Actual, r.Score, r.Reason)));
        });
    [Fact]
    public void A_seed_table_written_as_a_self_evaluation_reads_to_the_same_model()
    {
        // 台式机 (seed 001): 15 rows incl. the 11 决策/过程 rows, 资金总额 6; the 自评 form drops the half-year column.
        var seed = Seeds.Table("台式机");
        var text = TableTextWriter.Write(seed, TableLayouts.NationalSelfEvaluation);
        Assert.Contains("年度绩效指标完成情况\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("半年", text, System.StringComparison.Ordinal);
        var back = Assert.Single(TableTextReader.Read(text, "zp.txt").Tables);
        Assert.Equal(TableLayouts.NationalSelfEvaluation, back.Layout);
        Assert.Equal(Of(Assert.Single(TableTextReader.Read(TableTextWriter.Write(seed), "nj.txt").Tables)), Of(back));
        Assert.Equal((15, 6m), (back.Indicators.Count, back.Funding.Total!.Value));
        Assert.All(back.Indicators, i => Assert.Equal(ValueKind.Empty, i.HalfYear.Kind));
    }
}
