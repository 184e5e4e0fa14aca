using System;
using System.Collections.Generic;
using System.Globalization;
using PerfRules.Tables;

namespace PerfRules.Checks;

/// <summary>
/// One header or prose field of a table as a check sees it: its label as the Nanjing form writes it
/// (项目名称, 年度目标 …), its text and its source line. <see cref="Of(PerformanceTable)"/> lists them in
/// form order; a field-scoped rule runs once per field.
/// </summary>
/// <param name="Label">The label (<c>项目名称</c>, <c>项目负责人/联系电话</c>, <c>资金总额</c>, or another layout's label as written).</param>
/// <param name="Text">The text as read, or null when the field is missing or blank.</param>
/// <param name="Line">1-based source line, or null.</param>
/// <param name="IsProse">True for the prose fields 立项必要性, 实施可行性, 项目实施内容, 中长期目标, 年度目标.</param>
public sealed record TableField(string Label, string? Text, int? Line, bool IsProse)
{
    /// <summary>项目名称 (project name).</summary>
    public const string ProjectName = "项目名称";
    /// <summary>主管部门 (supervising department).</summary>
    public const string Department = "主管部门";
    /// <summary>项目类型 (recurring or one-off).</summary>
    public const string ProjectType = "项目类型";
    /// <summary>项目级次 (市本级 …).</summary>
    public const string ProjectLevel = "项目级次";
    /// <summary>开始时间 (start).</summary>
    public const string StartTime = "开始时间";
    /// <summary>完成时间 (end).</summary>
    public const string EndTime = "完成时间";
    /// <summary>实施单位 (implementing unit).</summary>
    public const string ImplementingUnit = "实施单位";
    /// <summary>项目负责人/联系电话 (person and phone).</summary>
    public const string Contact = "项目负责人/联系电话";
    /// <summary>立项必要性 (necessity).</summary>
    public const string Necessity = "立项必要性";
    /// <summary>实施可行性 (feasibility).</summary>
    public const string Feasibility = "实施可行性";
    /// <summary>项目实施内容 (content).</summary>
    public const string Content = "项目实施内容";
    /// <summary>中长期目标 (medium/long-term goal).</summary>
    public const string LongTermGoal = "中长期目标";
    /// <summary>年度目标 (annual goal).</summary>
    public const string AnnualGoal = "年度目标";
    /// <summary>资金总额 (total funding).</summary>
    public const string FundingTotal = "资金总额";

    /// <summary>True when the field has no text.</summary>
    public bool IsBlank => CheckText.IsBlank(Text);

    /// <summary>
    /// The text of the field <see cref="Of"/> would list first under <paramref name="label"/>, without building
    /// the list (S01 asks for one field per rule and table); false when the table has no such field.
    /// </summary>
    internal static bool TryGetText(PerformanceTable table, string label, out string? text)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        text = label switch
        {
            ProjectName => table.Name,
            Department => table.Department,
            ProjectType => table.ProjectType,
            ProjectLevel => table.ProjectLevel,
            StartTime => table.StartTime,
            EndTime => table.EndTime,
            ImplementingUnit => table.ImplementingUnit,
            Contact => table.Contact?.Raw,
            Necessity => table.Necessity,
            Feasibility => table.Feasibility,
            Content => table.Content,
            LongTermGoal => table.LongTermGoal,
            AnnualGoal => table.AnnualGoal,
            FundingTotal => table.Funding.Total is { } t ? Values.ValueText.FormatNumber(t) : table.Funding.TotalText,
            _ => null,
        };
        if (label is ProjectName or Department or ProjectType or ProjectLevel or StartTime or EndTime or ImplementingUnit or Contact
            or Necessity or Feasibility or Content or LongTermGoal or AnnualGoal or FundingTotal)
        {
            return true;
        }

        foreach (var other in table.OtherFields)
        {
            if (string.Equals(other.Label, label, StringComparison.Ordinal))
            {
                text = other.Value;
                return true;
            }
        }

        return false;
    }

    /// <summary>The fields of <paramref name="table"/> in the Nanjing form's order, then other layouts' fields in source order.</summary>
    public static IReadOnlyList<TableField> Of(PerformanceTable table)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        var funding = table.Funding;
        var total = funding.Total is { } t ? Values.ValueText.FormatNumber(t) : funding.TotalText;
        var fields = new List<TableField>(14 + table.OtherFields.Count)
        {
            new(ProjectName, table.Name, table.Line, false),
            new(Department, table.Department, null, false),
            new(ProjectType, table.ProjectType, null, false),
            new(ProjectLevel, table.ProjectLevel, null, false),
            new(StartTime, table.StartTime, null, false),
            new(EndTime, table.EndTime, null, false),
            new(ImplementingUnit, table.ImplementingUnit, null, false),
            new(Contact, table.Contact?.Raw, null, false),
            new(Necessity, table.Necessity, null, true),
            new(Feasibility, table.Feasibility, null, true),
            new(Content, table.Content, null, true),
            new(LongTermGoal, table.LongTermGoal, null, true),
            new(AnnualGoal, table.AnnualGoal, null, true),
            new(FundingTotal, total, funding.TotalLine, false),
        };
        foreach (var other in table.OtherFields) fields.Add(new TableField(other.Label, other.Value, other.Line, false));
        return fields;
    }

    /// <inheritdoc />
    public override string ToString() =>
        Label + (Line is { } l ? " (line " + l.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty) + ": " + (Text ?? string.Empty);
}
