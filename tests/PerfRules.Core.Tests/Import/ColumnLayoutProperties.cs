using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Testing;

namespace PerfRules.Core.Tests.Import;

/// <summary>
/// The indicator block is read by its column labels, not by positions or one issuer's wording: the same rows under
/// columns in another order, headed by other labels the vocabulary knows for the same role (with spaces inside them,
/// as <c>指 标 解 释</c>), read to the same indicators. Rows come from <see cref="Arbitraries.IndicatorGen"/>.
/// </summary>
public class ColumnLayoutProperties
{
    /// <summary>Labels issuers use per column, each list naming one role.</summary>
    private static readonly string[][] Synonyms =
    {
        new[] { "一级指标", "一级", "一级目标" },
        new[] { "二级指标", "二级" },
        new[] { "三级指标", "指标名称", "指标内容", "三级指标名称" },
        new[] { "指标值", "年度指标值", "全年指标值", "目标值", "指标值(包含数字及文字描述)" },
        new[] { "权重", "分值", "指标分值", "指标权重" },
        new[] { "指标解释", "指标说明" },
        new[] { "备注", "数据来源" },
        new[] { "评(扣)分标准", "绩效标准", "评分标准" },
    };

    /// <summary>A table's rows and two renderings of them: column order and labels chosen independently.</summary>
    public sealed record Variant(IReadOnlyList<Indicator> Rows, int[] OrderA, int[] OrderB, int[] LabelsA, int[] LabelsB, bool SpacesB);

    private static Gen<int[]> Permutation(int n) =>
        Gen.ArrayOf(Gen.Choose(0, 1000), n).Select(keys => Enumerable.Range(0, n).OrderBy(i => keys[i]).ThenBy(i => i).ToArray());

    private static Gen<int[]> LabelChoice => Gen.CollectToArray(Synonyms.Select(s => Gen.Choose(0, s.Length - 1)));

    private static Arbitrary<Variant> Variants() =>
        (from rows in Gen.ListOf(Arbitraries.IndicatorGen, 8).Select(l => l.Take(8).ToList()).Where(l => l.Count > 0)
         from orderA in Permutation(Synonyms.Length - 3)
         from orderB in Permutation(Synonyms.Length - 3)
         from labelsA in LabelChoice
         from labelsB in LabelChoice
         from spaces in Gen.Elements(false, true)
         select new Variant(rows, orderA, orderB, labelsA, labelsB, spaces)).ToArbitrary();

    /// <summary>Renders the rows: 一级 | 二级 | 三级 first, then the other columns in <paramref name="order"/>.</summary>
    private static string Render(IReadOnlyList<Indicator> rows, int[] order, int[] labels, bool spaces)
    {
        string Label(int role)
        {
            var text = Synonyms[role][labels[role]];
            return spaces && text.Length > 2 ? string.Join(" ", text.ToCharArray()) : text;
        }

        var columns = new List<int> { 0, 1, 2 };
        columns.AddRange(order.Select(o => o + 3));
        var sb = new StringBuilder();
        sb.Append("项目支出绩效目标表\n项目名称\t列序测试项目\n");
        sb.Append(string.Join("\t", columns.Select(Label))).Append('\n');
        foreach (var i in rows)
        {
            var cells = columns.Select(c => c switch
            {
                0 => i.Level1,
                1 => i.Level2,
                2 => i.Name,
                3 => i.FullYear.ToString(),
                4 => i.Weight?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                5 => i.Explanation ?? string.Empty,
                6 => i.Name + "台账",
                _ => "未达指标值酌情扣分",
            });
            sb.Append(string.Join("\t", cells)).Append('\n');
        }

        return sb.ToString();
    }

    private static IReadOnlyList<string> Model(string text)
    {
        var table = Assert.Single(TableTextReader.Read(text, "列序.txt").Tables);
        return table.Indicators.Select(i => string.Join("|", i.Level1, i.Level2, i.Name, i.FullYear, i.Weight, i.Explanation, i.Remark, i.ScoringStandard)).ToList();
    }

    [Fact, Trait("Category", "Fuzz")]
    public void Reordered_and_relabelled_columns_read_to_the_same_indicators() =>
        FuzzSettings.Check(Variants(), v =>
        {
            var a = Model(Render(v.Rows, v.OrderA, v.LabelsA, spaces: false));
            var b = Model(Render(v.Rows, v.OrderB, v.LabelsB, v.SpacesB));
            Assert.Equal(v.Rows.Count, a.Count);
            Assert.Equal(a, b);
        }, FuzzSettings.Scaled(0.05));

    [Fact]
    public void A_rendered_variant_reads_every_column_into_its_role()
    {
        var row = new Indicator(1, "产出指标", "数量指标", "培训人次", PerfRules.Values.IndicatorValue.Empty, new PerfRules.Values.NumericValue(PerfRules.Values.Comparison.AtLeast, 200m, "人次"))
        {
            Weight = 10m,
            Explanation = "反映培训开展情况",
        };
        var text = Render(new[] { row }, new[] { 4, 3, 2, 1, 0 }, new[] { 2, 1, 2, 1, 1, 1, 1, 1 }, spaces: true);
        Assert.Contains("一 级 目 标\t二级\t指 标 内 容\t", text, StringComparison.Ordinal);
        var table = Assert.Single(TableTextReader.Read(text, "列序.txt").Tables);
        var read = Assert.Single(table.Indicators);
        Assert.Equal(("产出指标", "数量指标", "培训人次", "≥200人次", 10m), (read.Level1, read.Level2, read.Name, read.FullYear.ToString(), read.Weight!.Value));
        Assert.Equal(("反映培训开展情况", "培训人次台账", "未达指标值酌情扣分"), (read.Explanation, read.Remark, read.ScoringStandard));
        Assert.Empty(table.UnplacedLines);
    }
}
