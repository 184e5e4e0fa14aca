namespace PerfRules.Import.Columns;

/// <summary>What a column of the indicator block holds, named by its header words (<see cref="ColumnVocabulary"/>) or its cells (<see cref="ColumnContents"/>).</summary>
internal enum ColumnRole
{
    /// <summary>一级指标.</summary>
    Level1,

    /// <summary>二级指标.</summary>
    Level2,

    /// <summary>三级指标 / 指标名称 / 指标内容.</summary>
    Name,

    /// <summary>半年(程)指标值.</summary>
    HalfYear,

    /// <summary>全年(程)指标值 / 年度指标值 / 指标值: the target.</summary>
    FullYear,

    /// <summary>实施期 / 长期指标值, printed beside the annual one (kept, not the target).</summary>
    LongTerm,

    /// <summary>权重 / 分值.</summary>
    Weight,

    /// <summary>正向/反向.</summary>
    Direction,

    /// <summary>定量/定性 (指标值类型).</summary>
    ValueType,

    /// <summary>指标解释 / 指标说明.</summary>
    Explanation,

    /// <summary>评(扣)分标准 / 绩效标准.</summary>
    ScoringStandard,

    /// <summary>备注.</summary>
    Remark,

    /// <summary>A separate comparison column (≥ ＞ ＝ ＜ ≤ 定性).</summary>
    Operator,

    /// <summary>度量单位 / 计量单位.</summary>
    Unit,

    /// <summary>实际完成值 of a 自评 table.</summary>
    Actual,

    /// <summary>得分 of a 自评 table.</summary>
    Score,

    /// <summary>偏差原因分析及改进措施 / 未完成原因分析.</summary>
    Reason,

    /// <summary>指标性质: an operator column or a direction (正向/反向) column, decided by its cells.</summary>
    Property,

    /// <summary>指标方向(性): a direction column or an operator column, decided by its cells.</summary>
    DirectionOrOperator,

    /// <summary>A value column of one region (a village, a town): its header is the region's name.</summary>
    Region,

    /// <summary>A header word that only groups the columns under it (年度指标值 over 指标性质 | 指标值 | 度量单位).</summary>
    Group,

    /// <summary>单位名称 of a multi-project grid.</summary>
    GridUnit,

    /// <summary>项目名称 of a multi-project grid.</summary>
    GridProject,

    /// <summary>预算数 of a multi-project grid.</summary>
    GridBudget,

    /// <summary>年度目标 of a multi-project grid.</summary>
    GridGoal,
}
