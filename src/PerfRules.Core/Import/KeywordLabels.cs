using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Import.Layouts;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>
/// The reading pass that gives an unknown header label a second chance: before a file's tables are assembled, every
/// cell that stands where a header label stands and that the vocabulary does not know is tried against the keyword
/// rules (<see cref="LabelVocabulary.TryFieldByKeywords"/>: <c>项目承办单位</c> → 实施单位). A label read that way is
/// added to the file's vocabulary, so the assembler reads it like a listed one, and an I15 note names the label and
/// the field it was read as, so a user can confirm it or teach the right one in a profile's <c>labels</c>.
/// </summary>
/// <remarks>
/// Where a label stands: in the header region (from the start or a title to the indicator header), in a line that
/// opens at the first column and is no block caption, at a label position (the first cell, or the cell after a
/// value), followed by a value that is no label. A line that holds an indicator word (指标, 一级 …) or a column header
/// is not searched further. A goal label may also stand in a goal caption's row, its text on the next line.
/// Nothing inside the indicator block or a money block is tried, so an indicator name or goal text is never a label.
/// </remarks>
internal static class KeywordLabels
{
    /// <summary>A label read by keywords: where, as printed, and the field it was read as.</summary>
    public sealed record Guess(int Line, string Label, HeaderFieldKind Kind);

    /// <summary>
    /// The vocabulary for one file: <paramref name="vocabulary"/> plus the labels of <paramref name="lines"/> read by
    /// keywords (<paramref name="guesses"/>, in line order); <paramref name="vocabulary"/> itself when there are none.
    /// </summary>
    public static LabelVocabulary Learn(IReadOnlyList<SourceLine> lines, LabelVocabulary vocabulary, out IReadOnlyList<Guess> guesses)
    {
        var found = new List<Guess>();
        var inHeader = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank || line.First is not { } first) continue;
            if (HeaderLabels.IsTitle(first))
            {
                inHeader = true;
                continue;
            }

            if (IndicatorBlock.IsHeader(line) || IndicatorBlock.IsUpperHeader(line))
            {
                inHeader = false;
                continue;
            }

            // A new project's 项目名称 (or the name label read by keywords above) opens the next table of a page without titles.
            if (!inHeader && line.Cell(0).Length > 0 && (IsNameLabel(first, vocabulary) || found.Any(g => g.Kind == HeaderFieldKind.Name && vocabulary.Normalize(g.Label) == vocabulary.Normalize(first)))) inHeader = true;
            if (!inHeader || line.Cell(0).Length == 0) continue;
            if (vocabulary.TryRegion(first, out var region) && !vocabulary.TryFieldByKeywords(first, out _))
            {
                if (region == LabelRegion.Goal) found.AddRange(GoalCaptionRow(line, NextLine(lines, i), vocabulary));
                continue;
            }

            found.AddRange(HeaderRow(line, vocabulary));
        }

        guesses = found;
        return found.Count == 0 ? vocabulary : vocabulary.WithFields(found.Select(g => (g.Label, g.Kind)));
    }

    /// <summary>
    /// <paramref name="tables"/> with each guess's I15 note added to the table it was read in (the last table that
    /// starts at or before its line, else the first).
    /// </summary>
    public static IEnumerable<PerformanceTable> Report(IReadOnlyList<PerformanceTable> tables, IReadOnlyList<Guess> guesses)
    {
        if (guesses.Count == 0 || tables.Count == 0) return tables;
        var notes = new List<Finding>[tables.Count];
        foreach (var g in guesses)
        {
            var index = 0;
            for (var t = 0; t < tables.Count; t++)
            {
                if ((tables[t].Line ?? 0) <= g.Line) index = t;
            }

            (notes[index] ??= new List<Finding>()).Add(Note(g));
        }

        return tables.Select((t, i) => notes[i] is { } n ? t with { ImportFindings = t.ImportFindings.Concat(n).OrderBy(f => f.Location.Line ?? 0).ToValueList() } : t);
    }

    /// <summary>The I15 note for a label read by keywords: the label, the field, and how to confirm or correct it.</summary>
    public static Finding Note(Guess guess)
    {
        var field = HeaderLabels.FieldName(guess.Kind);
        var label = LabelText.RemoveWhitespace(guess.Label).TrimEnd(':', '：');
        return new Finding(ImportRuleIds.ValueInferred, Severity.Info,
            "「" + label + "」不是词表中的标签，按关键词读作「" + field + "」。请核对；确认后可在配置文件中加入 \"labels\": {\"" + field + "\": [\"" + label +
            "\"]}，读错时把它加到正确的栏目下",
            FindingLocation.ForField(field, guess.Line))
        {
            Arguments = ValueList.Of(new FindingArgument("value", guess.Label.Trim()), new FindingArgument("field", field)),
        };
    }

    /// <summary>Labels of a header row: label, value, label, value … (a label and its value may share a cell: <c>承办单位:某中心</c>).</summary>
    private static IEnumerable<Guess> HeaderRow(SourceLine line, LabelVocabulary vocabulary)
    {
        var cells = line.NonEmpty().ToList();
        var atLabel = true;
        for (var c = 0; c < cells.Count; c++)
        {
            var text = cells[c].Text;
            if (!atLabel)
            {
                // A value cell, unless a label stands there and its own value follows (主管部门 | (blank) | 承办单位 | 某中心).
                atLabel = true;
                if (c + 1 < cells.Count && !vocabulary.TryField(text, out _) && vocabulary.TryFieldByKeywords(text, out var labelKind) && IsValueOf(labelKind, cells[c + 1].Text, vocabulary))
                {
                    yield return new Guess(line.Number, text, labelKind);
                    atLabel = false;
                }

                continue;
            }

            atLabel = false;
            if (vocabulary.TryField(text, out _)) continue;
            if (HeaderLabels.TrySplit(text, vocabulary, out _, out var known))
            {
                atLabel = known.Length > 0;
                continue;
            }

            if (IsStructure(text, vocabulary) || IsHierarchy(text)) yield break;
            if (TrySplitUnknown(text, vocabulary, out var head, out var kind))
            {
                yield return new Guess(line.Number, head, kind);
                atLabel = true;
                continue;
            }

            if (!vocabulary.TryFieldByKeywords(text, out kind)) continue;
            if (c + 1 < cells.Count && IsValueOf(kind, cells[c + 1].Text, vocabulary)) yield return new Guess(line.Number, text, kind);
        }
    }

    /// <summary>Goal labels in a goal caption's row (<c>项目绩效目标 | 远期目标 | 本年目标</c>), their texts on the next line.</summary>
    private static IEnumerable<Guess> GoalCaptionRow(SourceLine line, SourceLine? next, LabelVocabulary vocabulary)
    {
        if (next is null || next.Cell(0).Length > 0) yield break;
        foreach (var (column, text) in line.NonEmpty().Skip(1))
        {
            if (vocabulary.TryField(text, out _)) continue;
            if (IsStructure(text, vocabulary) || IsHierarchy(text)) yield break;
            if (!vocabulary.TryFieldByKeywords(text, out var kind) || !HeaderLabels.IsProse(kind)) continue;
            if (next.Cell(column).Length > 0) yield return new Guess(line.Number, text, kind);
        }
    }

    /// <summary>A cell that is structure, not a label or value: a column header, a block caption or a unit line.</summary>
    private static bool IsStructure(string text, LabelVocabulary vocabulary) =>
        IndicatorBlock.IsHeaderWord(text) || (vocabulary.TryRegion(text, out _) && !vocabulary.TryFieldByKeywords(text, out _)) || LayoutCells.TryUnit(text, out _);

    /// <summary>An indicator level's name (产出指标, 数量指标): a line holding one is an indicator row, whatever else it holds.</summary>
    private static bool IsHierarchy(string text)
    {
        if (!LabelText.CouldBeLabel(text)) return false;
        var t = LabelText.Normalize(text);
        return HierarchyVocabulary.Instance.IsLevel1(t) || HierarchyVocabulary.Instance.IsLevel2(t);
    }

    /// <summary>A cell that can be a label's value: not a label, column word, caption or another keyword label.</summary>
    private static bool IsValue(string text, LabelVocabulary vocabulary) =>
        !vocabulary.TryField(text, out _) && !HeaderLabels.TrySplit(text, vocabulary, out _, out _) && !IsStructure(text, vocabulary) && !vocabulary.TryFieldByKeywords(text, out _);

    /// <summary>A cell that can be the value of a label read as <paramref name="kind"/>: for 资金总额, an amount (<c>5652</c>, <c>250万</c>, <c>50万元</c>).</summary>
    private static bool IsValueOf(HeaderFieldKind kind, string text, LabelVocabulary vocabulary)
    {
        if (!IsValue(text, vocabulary)) return false;
        if (kind != HeaderFieldKind.FundingTotal) return true;
        var t = LabelText.Normalize(text);
        if (t.EndsWith("万", StringComparison.Ordinal)) t = t.Substring(0, t.Length - 1);
        return AmountText.TryParse(t, out var amount) && amount.Value is not null;
    }

    /// <summary>A cell <c>label:value</c> whose label the keyword rules read and whose value is not empty.</summary>
    private static bool TrySplitUnknown(string cell, LabelVocabulary vocabulary, out string head, out HeaderFieldKind kind)
    {
        head = string.Empty;
        kind = HeaderFieldKind.Other;
        if (!LabelText.CouldBeLabel(cell)) return false;
        var colon = cell.IndexOfAny(new[] { ':', '：' });
        if (colon <= 0 || colon > 20 || cell.Substring(colon + 1).Trim().Length == 0) return false;
        head = cell.Substring(0, colon).Trim();
        return vocabulary.TryFieldByKeywords(head, out kind) && IsValueOf(kind, cell.Substring(colon + 1).Trim(), vocabulary);
    }

    private static bool IsNameLabel(string cell, LabelVocabulary vocabulary) =>
        vocabulary.TryField(cell, out var kind) && kind is HeaderFieldKind.Name or HeaderFieldKind.DepartmentName;

    private static SourceLine? NextLine(IReadOnlyList<SourceLine> lines, int i)
    {
        for (var j = i + 1; j < lines.Count; j++)
        {
            if (!lines[j].IsBlank) return lines[j];
        }

        return null;
    }
}
