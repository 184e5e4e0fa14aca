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

    private readonly LabelVocabulary _vocabulary;

    private GoalGrid(Dictionary<int, string> labels, int line, LabelVocabulary vocabulary)
    {
        _labels = labels;
        _vocabulary = vocabulary;
        Line = line;
    }

    /// <summary>Source line of the label row.</summary>
    public int Line { get; }

    /// <summary>The label row's labels by column (those with no value below are committed empty).</summary>
    public IReadOnlyDictionary<int, string> Labels => _labels;

    /// <summary>
    /// Recognises a label row: short cells only, at least one goal label (年度目标, 预期目标, 项目年度目标,
    /// 年度目标完成情况, 实际完成情况), every cell from the first label on a known label, no amount; at most one
    /// caption before the first label, naming goals.
    /// </summary>
    public static GoalGrid? TryStart(SourceLine line, LabelVocabulary vocabulary)
    {
        var labels = new Dictionary<int, string>();
        var goal = false;
        var captions = 0;
        foreach (var (index, text) in line.NonEmpty())
        {
            if (!LabelText.CouldBeLabel(text) || text.Length > 30 || AmountText.TryParse(text, out _)) return null;
            if (HeaderLabels.TryGet(text, vocabulary, out var kind))
            {
                labels[index] = text;
                goal |= kind is HeaderFieldKind.AnnualGoal or HeaderFieldKind.GoalCompletion;
            }
            else if (labels.Count > 0)
            {
                // A value after a label: an ordinary header line, not a label row.
                return null;
            }
            else if (++captions > 1 || !IsCaption(text))
            {
                // One caption may head the row (年度总体目标完成情况, 项目基本情况): structure the grid drops. More cells
                // before the first label, or one that is no caption, are content.
                return null;
            }
        }

        return goal ? new GoalGrid(labels, line.Number, vocabulary) : null;
    }

    /// <summary>A group caption: it names the goals it groups (<c>项目绩效目标</c>) or a section of the form (<c>项目基本情况</c>).</summary>
    private static bool IsCaption(string text)
    {
        var t = LabelText.Normalize(text);
        return t.IndexOf("目标", StringComparison.Ordinal) >= 0 || t.EndsWith("情况", StringComparison.Ordinal);
    }

    /// <summary>The value row: each cell under a label is that label's value; other cells are returned as leftovers.</summary>
    public List<(string Label, string Value)> Read(SourceLine values, List<string> leftovers)
    {
        leftovers.AddRange(values.NonEmpty().Where(c => !_labels.ContainsKey(c.Column)).Select(c => c.Text));
        return WithoutCaptions(_labels.OrderBy(p => p.Key).Select(p => (p.Value, values.Cell(p.Key))));
    }

    /// <summary>The labels committed empty when no value row follows (one per field).</summary>
    public List<(string Label, string Value)> Empty() => WithoutCaptions(_labels.OrderBy(p => p.Key).Select(p => (p.Value, string.Empty)));

    /// <summary>
    /// A label naming the same field as another label of the row is the block's caption when its own cell below is
    /// blank: <c>总体目标⇥年度目标</c>, <c>项目绩效目标⇥长期目标⇥年度目标</c>, <c>年度总体目标⇥预期目标⇥实际完成情况</c>
    /// all print the group's name over an empty merged cell. Of several blank labels of one field, the first stays.
    /// </summary>
    private List<(string Label, string Value)> WithoutCaptions(IEnumerable<(string Label, string Value)> pairs)
    {
        var all = pairs.Select(p => (p.Label, p.Value, Kind: HeaderLabels.TryGet(p.Label, _vocabulary, out var k) ? k : HeaderFieldKind.Other)).ToList();
        var filled = new HashSet<HeaderFieldKind>(all.Where(p => p.Value.Length > 0).Select(p => p.Kind));
        var emptyKept = new HashSet<HeaderFieldKind>();
        var result = new List<(string, string)>();
        foreach (var (label, value, kind) in all)
        {
            if (value.Length == 0 && (filled.Contains(kind) || !emptyKept.Add(kind))) continue;
            result.Add((label, value));
        }

        return result;
    }

    /// <summary>True when <paramref name="line"/> holds values for this grid (its cells under the labels, first cell blank).</summary>
    public bool IsValueRow(SourceLine line) =>
        line.Cell(0).Length == 0 && line.NonEmpty().Any(c => _labels.ContainsKey(c.Column)) && !HeaderLabels.TryGet(line.First ?? string.Empty, _vocabulary, out _);
}
