namespace PerfRules.Import.Columns;

/// <summary>
/// The indicator block's column roles by header word. The words themselves are data: the <c>columns</c> and
/// <c>columnPrefixes</c> sections of the label vocabulary (Import/Vocabulary/labels.json, read by
/// <see cref="LabelVocabulary"/>), so a new issuer's column label is one more string there. This class keeps the
/// lookup the indicator block uses and each role's name in messages.
/// </summary>
internal static class ColumnVocabulary
{
    /// <summary>The role a header word names in the embedded vocabulary, or false when the word is not a column label.</summary>
    public static bool TryGet(string header, out ColumnRole role) => LabelVocabulary.Default.TryColumn(header, out role);

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
