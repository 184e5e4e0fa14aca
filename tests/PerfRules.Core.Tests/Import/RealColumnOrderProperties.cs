using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Testing;

namespace PerfRules.Core.Tests.Import;

/// <summary>
/// <see cref="ColumnLayoutProperties"/> moves and relabels the columns of generated tables; this moves the columns of
/// the real ones. In every real table whose indicator block has a one-row header and no region columns, the columns
/// right of the 三级 column (指标性质, 指标值, 度量单位, 权重, 完成值, 得分, 指标解释 …) are put in another order, header and
/// rows alike, and each column header is spelled with spaces or another label of its role from labels.json: the
/// indicators read the same.
/// </summary>
public class RealColumnOrderProperties
{
    /// <summary>A real file whose indicator block can be reordered: the header line and the block's last line (0-based), and the first movable column.</summary>
    public sealed record Block(string File, int Header, int Last, int FirstMovable, int Width);

    private static readonly IReadOnlyList<Block> Blocks = FindBlocks();

    private static IReadOnlyList<Block> FindBlocks()
    {
        var blocks = new List<Block>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples", "real"), "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            var read = RealTables.Read(file);
            if (read.Tables.Count != 1 || read.Tables[0].Indicators.Count < 2 || read.Tables[0].Indicators.Any(i => i.Regions is { Count: > 0 })) continue;
            var lines = RealTables.Text(file).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            var header = Array.FindIndex(lines, l => !l.StartsWith("#", StringComparison.Ordinal) && IndicatorBlock.IsHeader(SourceLine.FromCells(1, l.Split('\t'))));
            if (header < 1 || IndicatorBlock.IsUpperHeader(SourceLine.FromCells(1, lines[header - 1].Split('\t')))) continue;
            var cells = lines[header].Split('\t');
            var name = Array.FindIndex(cells, c => LabelVocabulary.Default.TryColumn(c, out var r) && r == PerfRules.Import.Columns.ColumnRole.Name);
            if (name < 0 || cells.Length - name - 1 < 2) continue;
            var last = read.Tables[0].Indicators.Max(i => i.Line ?? 0) - 1;
            blocks.Add(new Block(file, header, last, name + 1, cells.Length));
        }

        return blocks;
    }

    private static string Indicators(string text, string file) =>
        string.Join("\n", Assert.Single(TableTextReader.Read(text, file).Tables).Indicators.Select(i => string.Join("|",
            i.Level1, i.Level2, i.Name, i.FullYear, i.Unit, i.Weight?.ToString(CultureInfo.InvariantCulture), i.Direction, i.ValueType, i.Explanation, i.ScoringStandard, i.Remark)));

    /// <summary>The other labels of a column header's role (labels.json <c>columns</c>), or the header itself.</summary>
    private static string[] Spellings(string header)
    {
        if (!LabelVocabulary.Default.TryColumn(header, out var role)) return new[] { header };
        var key = Key(role);
        var known = key is null ? Array.Empty<string>() : ColumnLabels.Value.TryGetValue(key, out var l) ? l : Array.Empty<string>();
        return new[] { header }.Concat(known.Where(k => LabelVocabulary.Default.TryColumn(k, out var r) && r == role)).Distinct(StringComparer.Ordinal).ToArray();
    }

    private static readonly Lazy<Dictionary<string, string[]>> ColumnLabels = new(() =>
    {
        using var stream = typeof(LabelVocabulary).Assembly.GetManifestResourceStream("PerfRules.Import.labels.json")!;
        using var doc = System.Text.Json.JsonDocument.Parse(stream);
        return doc.RootElement.GetProperty("columns").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(e => e.GetString()!).ToArray(), StringComparer.Ordinal);
    });

    /// <summary>
    /// The roles whose every label reads the same (a unit column may be 度量单位 or 计量单位, …); 指标值 columns keep
    /// their header, whose wording can carry meaning (年度指标值 vs 目标值 in a two-value table).
    /// </summary>
    private static string? Key(PerfRules.Import.Columns.ColumnRole role) => role switch
    {
        PerfRules.Import.Columns.ColumnRole.Unit => "unit",
        PerfRules.Import.Columns.ColumnRole.Weight => "weight",
        PerfRules.Import.Columns.ColumnRole.Explanation => "explanation",
        PerfRules.Import.Columns.ColumnRole.ScoringStandard => "standard",
        PerfRules.Import.Columns.ColumnRole.Remark => "remark",
        PerfRules.Import.Columns.ColumnRole.ValueType => "valueType",
        _ => null,
    };

    /// <summary>A reordering: a block, a permutation of its movable columns, a spelling choice per column, spaces or not.</summary>
    public sealed record Move(Block Block, int[] Order, int[] Labels, bool Spaces)
    {
        public override string ToString() => Block.File + " order " + string.Join(",", Order) + " labels " + string.Join(",", Labels) + (Spaces ? " spaced" : string.Empty);
    }

    private static Gen<Move> Moves =>
        from block in Gen.Elements(Blocks.ToArray())
        let n = block.Width - block.FirstMovable
        from keys in Gen.ArrayOf(Gen.Choose(0, 1000), n)
        from labels in Gen.ArrayOf(Gen.Choose(0, 10), n)
        from spaces in Gen.Elements(false, true)
        select new Move(block, Enumerable.Range(0, n).OrderBy(i => keys[i]).ThenBy(i => i).ToArray(), labels, spaces);

    private static string Apply(Move m)
    {
        var b = m.Block;
        var lines = RealTables.Text(b.File).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        for (var l = b.Header; l <= b.Last && l < lines.Length; l++)
        {
            if (lines[l].StartsWith("#", StringComparison.Ordinal)) continue;
            var cells = lines[l].Split('\t').ToList();
            while (cells.Count < b.Width) cells.Add(string.Empty);
            var moved = m.Order.Select(o => cells[b.FirstMovable + o]).ToList();
            if (l == b.Header)
            {
                moved = moved.Select((h, i) =>
                {
                    var options = Spellings(h);
                    var label = options[m.Labels[i] % options.Length];
                    return m.Spaces && label.Length > 2 ? string.Join(" ", label.ToCharArray()) : label;
                }).ToList();
            }

            var rebuilt = cells.Take(b.FirstMovable).Concat(moved).Concat(cells.Skip(b.Width));
            lines[l] = string.Join("\t", rebuilt).TrimEnd('\t');
        }

        return string.Join("\n", lines);
    }

    [Fact]
    public void Most_real_tables_have_a_block_to_reorder()
    {
        Assert.True(Blocks.Count >= 10, Blocks.Count + " blocks: " + string.Join(", ", Blocks.Select(b => b.File.Substring(0, 2))));
        Assert.Contains(Blocks, b => b.File.StartsWith("01", StringComparison.Ordinal) && b.Width - b.FirstMovable == 7);
    }

    [Fact, Trait("Category", "Fuzz")]
    public void A_real_table_with_its_indicator_columns_moved_and_relabelled_reads_to_the_same_indicators() =>
        FuzzSettings.Check(Moves.ToArbitrary(), m =>
        {
            var expected = Indicators(RealTables.Text(m.Block.File), m.Block.File);
            Assert.Equal(expected, Indicators(Apply(m), m.Block.File));
        }, FuzzSettings.Scaled(0.02));
}
