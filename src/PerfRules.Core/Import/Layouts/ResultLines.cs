using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Tables;

namespace PerfRules.Import.Layouts;

/// <summary>
/// Lines after the indicator rows of 自评 and published-evaluation tables: the 合计 / 总分 row
/// (<c>合计⇥100</c>, <c>总分⇥100⇥100</c>) and a score block of the issuer's own criteria
/// (<c>预算绩效评价结果⇥考核节点进度完成率⇥10分⇥项目采购节约率⇥10分</c>).
/// </summary>
internal static class ResultLines
{
    /// <summary>The grades a totals row may end with (<c>总分⇥100⇥96⇥优</c>).</summary>
    private static readonly string[] Grades = { "优", "良", "中", "差", "优秀", "良好", "合格", "不合格", "较差" };

    /// <summary>
    /// Reads a totals row: <c>合计⇥100</c> is the total of the weights; <c>总分⇥100⇥100</c> the total weight and the total
    /// score; <c>总分⇥95</c> the total score. False when the line is not a totals row.
    /// </summary>
    public static bool TryTotals(SourceLine line, out decimal? totalWeight, out decimal? totalScore) =>
        TryTotals(line, null, out totalWeight, out totalScore, out _);

    /// <summary>
    /// Reads a totals row as <see cref="TryTotals(SourceLine, out decimal?, out decimal?)"/>, a number under the
    /// indicator block's 分值 or 得分 column being that total (<c>总分⇥⇥⇥⇥⇥100</c> under 分值 is the total weight), and a
    /// trailing grade (<c>优</c>) read as <paramref name="grade"/>.
    /// </summary>
    public static bool TryTotals(SourceLine line, Func<int, bool?>? isWeightColumn, out decimal? totalWeight, out decimal? totalScore, out string? grade)
    {
        totalWeight = totalScore = null;
        grade = null;
        var cells = line.NonEmpty().ToList();
        if (cells.Count > 2 && Grades.Contains(LabelText.Normalize(cells[cells.Count - 1].Text), StringComparer.Ordinal))
        {
            grade = cells[cells.Count - 1].Text;
            cells.RemoveAt(cells.Count - 1);
        }

        if (cells.Count is < 2 or > 3) return false;
        var label = LabelText.Normalize(cells[0].Text).TrimEnd(':');
        if (label is not ("合计" or "总分" or "总计" or "合计分值")) return false;
        var numbers = new List<(decimal Number, bool? IsWeight)>();
        foreach (var c in cells.Skip(1))
        {
            if (!SectionScores.TryScore(c.Text, out var n)) return false;
            numbers.Add((n, isWeightColumn?.Invoke(c.Column)));
        }

        if (numbers.All(n => n.IsWeight is not null))
        {
            foreach (var (n, isWeight) in numbers)
            {
                if (isWeight == true) totalWeight ??= n;
                else totalScore ??= n;
            }
        }
        else if (numbers.Count == 2)
        {
            totalWeight = numbers[0].Number;
            totalScore = numbers[1].Number;
        }
        else if (label == "总分")
        {
            totalScore = numbers[0].Number;
        }
        else
        {
            totalWeight = numbers[0].Number;
        }

        return true;
    }

    /// <summary>True when the line opens an evaluation-result block (<c>预算绩效评价结果⇥…⇥10分…</c>).</summary>
    public static bool IsResultBlock(SourceLine line)
    {
        var first = line.First;
        if (first is null || !LabelText.CouldBeLabel(first) || line.Cell(0).Length == 0) return false;
        var t = LabelText.Normalize(first);
        return t is "预算绩效评价结果" or "绩效评价结果" or "评价结果" or "自评结果" or "绩效自评结果" && line.NonEmptyCount >= 3;
    }

    /// <summary>
    /// Reads label / score pairs of a result line into header fields (<c>考核节点进度完成率</c> = <c>10分</c>); cells
    /// that do not pair up are returned as leftovers.
    /// </summary>
    public static void ReadPairs(SourceLine line, bool opening, List<HeaderField> fields, List<string> leftovers)
    {
        var cells = line.NonEmpty().Select(c => c.Text).ToList();
        var start = opening ? 1 : 0;
        for (var i = start; i < cells.Count; i++)
        {
            if (i + 1 < cells.Count && !SectionScores.TryScore(cells[i], out _) && SectionScores.TryScore(cells[i + 1], out _))
            {
                fields.Add(new HeaderField(LabelText.RemoveWhitespace(cells[i]), cells[i + 1], line.Number));
                i++;
            }
            else
            {
                leftovers.Add(cells[i]);
            }
        }
    }

    /// <summary>True when the line continues a result block: first cell blank, label/score pairs.</summary>
    public static bool ContinuesResultBlock(SourceLine line)
    {
        if (line.Cell(0).Length > 0) return false;
        var cells = line.NonEmpty().Select(c => c.Text).ToList();
        return cells.Count >= 2 && cells.Count % 2 == 0 && SectionScores.TryScore(cells[1], out _);
    }
}
