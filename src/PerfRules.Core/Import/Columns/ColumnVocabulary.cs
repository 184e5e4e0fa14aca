using System;
using System.Collections.Generic;

namespace PerfRules.Import.Columns;

/// <summary>
/// The header words of the indicator block, per column role: the one place a new issuer's column label is added.
/// A label is looked up after <see cref="Normalize"/> (whitespace inside it as in <c>指 标 解 释</c>, full-width
/// brackets, a leading <c>*</c> for a required column, a trailing colon).
/// </summary>
internal static class ColumnVocabulary
{
    /// <summary>Exact labels per role.</summary>
    private static readonly (ColumnRole Role, string[] Labels)[] Exact =
    {
        (ColumnRole.Level1, new[] { "一级指标", "一级", "一级目标", "评价指标" }),
        (ColumnRole.Level2, new[] { "二级指标", "二级", "评价内容" }),
        (ColumnRole.Name, new[] { "三级指标", "三级", "指标名称", "指标", "绩效指标名称", "三级指标名称", "指标内容" }),
        (ColumnRole.Weight, new[] { "权重", "分值", "指标权重", "权重(%)", "指标分值", "权重分值" }),
        (ColumnRole.DirectionOrOperator, new[] { "指标方向", "指标方向性" }),
        (ColumnRole.Property, new[] { "指标性质" }),
        (ColumnRole.Unit, new[] { "度量单位", "计量单位", "单位", "指标单位" }),
        (ColumnRole.Actual, new[] { "实际完成值", "完成值", "项目完成指标值", "实际完成指标值", "实际值", "全年实际完成值" }),
        (ColumnRole.Score, new[] { "得分", "评分", "自评得分" }),
        (ColumnRole.Reason, new[] { "未完成原因分析", "原因分析", "未达到指标值原因", "未完成原因" }),
        (ColumnRole.ValueType, new[] { "指标值类型", "定量/定性", "指标类型" }),
        (ColumnRole.Explanation, new[] { "指标解释", "指标说明", "指标内涵" }),
        (ColumnRole.ScoringStandard, new[] { "评(扣)分标准", "评分标准", "绩效标准", "扣分标准", "评分规则" }),
        (ColumnRole.Remark, new[] { "备注", "数据来源" }),
        (ColumnRole.GridUnit, new[] { "单位名称", "预算单位" }),
        (ColumnRole.GridProject, new[] { "项目名称" }),
        (ColumnRole.GridBudget, new[] { "预算数", "预算数(元)", "预算数(万元)", "项目预算", "预算金额" }),
        (ColumnRole.GridGoal, new[] { "年度目标", "项目年度目标" }),
        (ColumnRole.FullYear, new[] { "目标值", "预算设定指标值", "年度目标值", "本年度指标值" }),
        (ColumnRole.LongTerm, new[] { "长期指标值", "实施期指标值", "中长期指标值", "长期目标值", "实施期目标值" }),
    };

    /// <summary>Label beginnings per role, tried in order after the exact labels.</summary>
    private static readonly (string Prefix, ColumnRole Role)[] Prefixes =
    {
        ("偏差原因", ColumnRole.Reason),
        ("半年", ColumnRole.HalfYear),
        ("全年", ColumnRole.FullYear),
        ("指标值", ColumnRole.FullYear),
        ("年度指标值", ColumnRole.FullYear),
    };

    private static readonly Dictionary<string, ColumnRole> ByLabel = Build();

    /// <summary>The role a header word names, or false when the word is not a column label.</summary>
    public static bool TryGet(string header, out ColumnRole role)
    {
        var h = Normalize(header);
        if (h.Length > 0 && ByLabel.TryGetValue(h, out role)) return true;
        foreach (var (prefix, r) in Prefixes)
        {
            if (h.StartsWith(prefix, StringComparison.Ordinal))
            {
                role = r;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>The header word as looked up: no whitespace, ASCII brackets, no leading <c>*</c>, no trailing colon; empty for a cell too long to be a label.</summary>
    public static string Normalize(string header) =>
        LabelText.CouldBeLabel(header) ? LabelText.Normalize(header).TrimStart('*').TrimEnd(':') : string.Empty;

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

    private static Dictionary<string, ColumnRole> Build()
    {
        var map = new Dictionary<string, ColumnRole>(StringComparer.Ordinal);
        foreach (var (role, labels) in Exact)
        {
            foreach (var label in labels) map[label] = role;
        }

        return map;
    }
}
