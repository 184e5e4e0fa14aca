using System.Collections.Generic;
using System.Linq;

namespace PerfRules.Import.Layouts;

/// <summary>
/// One indicator grid holding several projects (四川 部门预算项目绩效目标申报表): 单位名称 / 项目名称 / 预算数 /
/// 年度目标 columns before the indicator columns, filled on a project's first row and blank (merged) below.
/// A leading row with a 单位名称 and 预算数 but no project is the department's own total.
/// </summary>
internal static class ProjectGrid
{
    /// <summary>The department row (820-马踏镇部门 with its 8,827,620.53 total), if any, and one group of rows per project.</summary>
    public static (SourceLine? Department, List<Project> Projects) Split(IndicatorBlock block)
    {
        SourceLine? department = null;
        var projects = new List<Project>();
        Project? current = null;
        var unit = string.Empty;
        foreach (var row in block.Rows)
        {
            var name = block.GridCell(row, GridColumn.Project);
            var rowUnit = block.GridCell(row, GridColumn.Unit);
            if (name.Length > 0)
            {
                // 单位名称 is merged down over the unit's projects: a project row without one keeps the unit above.
                if (rowUnit.Length > 0) unit = rowUnit;
                current = new Project(row, LabelText.CollapseCjkSpaces(name), unit, block.GridCell(row, GridColumn.Budget), block.GridCell(row, GridColumn.Goal));
                projects.Add(current);
            }
            else if (current is null && department is null && !block.HasIndicatorCells(row))
            {
                department = row;
                continue;
            }

            if (current is null)
            {
                // Indicator rows before any project: a grid without project names; keep them in one unnamed group.
                current = new Project(row, string.Empty, rowUnit, string.Empty, string.Empty);
                projects.Add(current);
            }

            current.Rows.Add(row);
        }

        return (department, projects);
    }

    /// <summary>One project of the grid.</summary>
    internal sealed class Project
    {
        public Project(SourceLine first, string name, string unit, string budget, string goal)
        {
            First = first;
            Name = name;
            Unit = unit;
            Budget = budget;
            Goal = goal;
        }

        public SourceLine First { get; }

        public string Name { get; }

        public string Unit { get; }

        public string Budget { get; }

        public string Goal { get; }

        public List<SourceLine> Rows { get; } = new();
    }
}
