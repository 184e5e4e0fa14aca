using System;
using System.Collections.Generic;
using System.Linq;

namespace PerfRules.Import.Layouts;

/// <summary>
/// A row of labels whose values sit on the next row, column for column (自评 tables and 四川 forms):
/// <c>年度总体目标完成情况⇥预期目标⇥实际完成情况</c> / <c>⇥完成年度防汛工作…⇥完成年度目标。</c>, or
/// <c>总体 目标⇥年度目标</c> / <c>⇥区域内符合…</c>. Cells before the first known label are group captions.
/// </summary>
internal sealed class GoalGrid
{
    private readonly Dictionary<int, string> _labels;

    private GoalGrid(Dictionary<int, string> labels, int line)
    {
        _labels = labels;
        Line = line;
    }

    /// <summary>Source line of the label row.</summary>
    public int Line { get; }

    /// <summary>The label row's labels by column (those with no value below are committed empty).</summary>
    public IReadOnlyDictionary<int, string> Labels => _labels;

    /// <summary>
    /// Recognises a label row: short cells only, at least one goal label (年度目标, 预期目标, 项目年度目标,
    /// 年度目标完成情况, 实际完成情况), every cell from the first label on a known label, no amount.
    /// </summary>
    public static GoalGrid? TryStart(SourceLine line)
    {
        var labels = new Dictionary<int, string>();
        var goal = false;
        foreach (var (index, text) in line.NonEmpty())
        {
            if (!LabelText.CouldBeLabel(text) || text.Length > 30 || AmountText.TryParse(text, out _)) return null;
            if (HeaderLabels.TryGet(text, out var kind))
            {
                labels[index] = text;
                goal |= kind is HeaderFieldKind.AnnualGoal or HeaderFieldKind.GoalCompletion;
            }
            else if (labels.Count > 0)
            {
                // A value after a label: an ordinary header line, not a label row.
                return null;
            }
        }

        return goal ? new GoalGrid(labels, line.Number) : null;
    }

    /// <summary>The value row: each cell under a label is that label's value; other cells are returned as leftovers.</summary>
    public List<(string Label, string Value)> Read(SourceLine values, List<string> leftovers)
    {
        var pairs = new List<(string, string)>();
        foreach (var p in _labels.OrderBy(p => p.Key)) pairs.Add((p.Value, values.Cell(p.Key)));
        leftovers.AddRange(values.NonEmpty().Where(c => !_labels.ContainsKey(c.Column)).Select(c => c.Text));
        return pairs;
    }

    /// <summary>True when <paramref name="line"/> holds values for this grid (its cells under the labels, first cell blank).</summary>
    public bool IsValueRow(SourceLine line) =>
        line.Cell(0).Length == 0 && line.NonEmpty().Any(c => _labels.ContainsKey(c.Column)) && !HeaderLabels.TryGet(line.First ?? string.Empty, out _);
}
