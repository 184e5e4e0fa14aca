using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PerfRules.Values;

namespace PerfRules.Core.Tests.Values;

/// <summary>Every indicator cell of the two seed files parses to the expected case.</summary>
public class SeedCellTests
{
    /// <summary>(三级 name, half-year cell, full-year cell) of every indicator row after a 一级指标 header line.</summary>
    internal static IEnumerable<(string Name, string Half, string Full)> SeedIndicatorCells()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var inBlock = false;
            foreach (var line in File.ReadLines(file))
            {
                var cells = line.Split('\t');
                if (cells[0].StartsWith("一级指标", StringComparison.Ordinal))
                {
                    inBlock = true;
                    continue;
                }

                if (cells[0].Contains("绩效目标表", StringComparison.Ordinal)) inBlock = false;
                if (!inBlock || cells.Length < 5) continue;
                yield return (cells[2], cells[3], cells[4]);
            }
        }
    }

    [Fact]
    public void Every_seed_cell_parses_and_round_trips()
    {
        var cells = SeedIndicatorCells().ToList();
        Assert.Equal(130, cells.Count); // 38 + 15 + 19 + 15 + 15 + 13 + 15 indicator rows
        foreach (var (name, half, full) in cells)
        {
            foreach (var cell in new[] { half, full })
            {
                var value = IndicatorValue.Parse(cell, name);
                Assert.True(value.IsCanonical, cell);
                Assert.Equal(value, IndicatorValue.Parse(value.ToString()));
            }
        }
    }

    [Fact]
    public void Seed_cells_fall_into_the_expected_cases()
    {
        var kinds = SeedIndicatorCells()
            .SelectMany(c => new[] { IndicatorValue.Parse(c.Half, c.Name), IndicatorValue.Parse(c.Full, c.Name) })
            .GroupBy(v => v.Kind)
            .ToDictionary(g => g.Key, g => g.Count());

        // one FreeText (完成数据采集场搭建…), one row of the 可持续影响指标 shift (提升/提升 as name/value), no Date or Range.
        Assert.Equal(1, kinds[ValueKind.FreeText]);
        Assert.False(kinds.ContainsKey(ValueKind.Range));
        Assert.False(kinds.ContainsKey(ValueKind.Date));
        Assert.Equal(260, kinds.Values.Sum());
    }

    [Fact]
    public void Parsing_a_seed_cell_allocates_at_most_the_value_itself()
    {
        var cells = SeedIndicatorCells().SelectMany(c => new[] { (c.Name, Cell: c.Half), (c.Name, Cell: c.Full) }).ToList();
        foreach (var (name, cell) in cells) _ = IndicatorValueParser.Parse(cell, name); // warm up statics and the JIT

        foreach (var (name, cell) in cells)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var value = IndicatorValueParser.Parse(cell, name).Value;
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            // vocabulary words, 序时进度 and blanks are shared instances; a number is one 64-byte object
            Assert.True(allocated <= (value is QualitativeValue or OnScheduleValue or EmptyValue ? 0 : 72), cell + " allocated " + allocated + " bytes");
        }
    }

    [Theory]
    [InlineData("综合性重大场景数（个）", "10", "10个")]
    [InlineData("全市智算规模（P）", "40000", "40000P")]
    [InlineData("规上软件信息业营收增速（%）", "8", "8%")]
    [InlineData("全市软件业务收入（亿元）", "≥11000", "≥11000亿元")]
    [InlineData("工业互联网标识解析国家顶级节点（南京灾备节点）稳定运行天数（天）", "≥180", "≥180天")]
    [InlineData("创建国家级未来产业先导区（个）", "0", "0个")]
    public void Seed_bare_numbers_take_their_bracket_unit(string name, string cell, string canonical) =>
        Assert.Equal(canonical, IndicatorValue.Parse(cell, name).ToString());
}
