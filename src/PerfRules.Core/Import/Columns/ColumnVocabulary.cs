using System;

namespace PerfRules.Import.Columns;

/// <summary>
/// The indicator block's column roles by header word. The words themselves are data: the <c>columns</c> and
/// <c>columnPrefixes</c> sections of the label vocabulary (Import/Vocabulary/labels.json, read by
/// <see cref="LabelVocabulary"/>), so a new issuer's column label is one more string there. This class keeps the
/// lookup the indicator block uses and each role's name in messages.
/// </summary>
internal static class ColumnVocabulary
{
    [ThreadStatic]
    private static LabelVocabulary? _reading;

    /// <summary>
    /// The role a header word names, or false when the word is not a column label: in the vocabulary of the file
    /// being read on this thread (<see cref="Reading"/>: the options' labels included), else the embedded one.
    /// </summary>
    public static bool TryGet(string header, out ColumnRole role) => (_reading ?? LabelVocabulary.Default).TryColumn(header, out role);

    /// <summary>
    /// Makes <paramref name="vocabulary"/> the one <see cref="TryGet"/> consults on this thread until the returned
    /// scope is disposed (one file's reading, <see cref="TableTextReader"/>): the indicator block's column lookups
    /// are static, and the options' column labels must reach them.
    /// </summary>
    public static ReadingScope Reading(LabelVocabulary vocabulary)
    {
        var previous = _reading;
        _reading = vocabulary;
        return new ReadingScope(previous);
    }

    /// <summary>Puts back the vocabulary a <see cref="ReadingScope"/> replaced.</summary>
    internal static void Restore(LabelVocabulary? previous) => _reading = previous;

    /// <summary>The role's name in messages (I08: <c>指标性质→运算符</c>).</summary>
    public static string NameOf(ColumnRole role) => role switch
    {
        ColumnRole.Level1 => "一级",
        ColumnRole.Level2 => "二级",
        ColumnRole.Name => "三级",
        ColumnRole.HalfYear => "半年指标值",
        ColumnRole.FullYear => "全年指标值",
        ColumnRole.LongTerm => "长期指标值",
        ColumnRole.Weight => "权重",
        ColumnRole.Direction => "方向",
        ColumnRole.ValueType => "定量/定性",
        ColumnRole.Explanation => "指标解释",
        ColumnRole.ScoringStandard => "评分标准",
        ColumnRole.Remark => "备注",
        ColumnRole.Operator => "运算符",
        ColumnRole.Unit => "单位",
        ColumnRole.Actual => "实际完成值",
        ColumnRole.Score => "得分",
        ColumnRole.Reason => "偏差原因",
        ColumnRole.Region => "区域指标值",
        ColumnRole.Group => "分组",
        ColumnRole.GridUnit => "单位名称",
        ColumnRole.GridProject => "项目名称",
        ColumnRole.GridBudget => "预算数",
        ColumnRole.GridGoal => "年度目标",
        _ => "运算符或方向",
    };
}
