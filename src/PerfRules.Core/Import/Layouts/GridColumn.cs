namespace PerfRules.Import.Layouts;

/// <summary>The project columns of a multi-project grid (四川 部门预算项目绩效目标申报表: one grid, one project per row group).</summary>
internal enum GridColumn
{
    /// <summary>单位名称 (the implementing unit; a department's own row names the department).</summary>
    Unit,

    /// <summary>项目名称.</summary>
    Project,

    /// <summary>预算数.</summary>
    Budget,

    /// <summary>年度目标.</summary>
    Goal,
}
