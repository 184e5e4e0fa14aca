using System;
using System.Collections.Generic;

namespace PerfRules.Import;

/// <summary>The header field a label names.</summary>
internal enum HeaderFieldKind
{
    Name,
    Department,
    ImplementingUnit,
    ProjectType,
    ProjectLevel,
    StartTime,
    EndTime,
    Contact,
    ContactPerson,
    ContactPhone,
    Necessity,
    Feasibility,
    Content,
    LongTermGoal,
    AnnualGoal,

    /// <summary>预算单位 / 编制单位: kept as written, and standing for 主管部门/实施单位 when the form has neither (I15).</summary>
    BudgetUnit,

    /// <summary>部门(单位)名称: the name of a 部门整体 table.</summary>
    DepartmentName,

    /// <summary>当年预算 written as a header field (重庆): 资金总额.</summary>
    FundingTotal,

    /// <summary>建设周期 / 项目周期 (2023年4月-2024年2月): 开始时间 and 完成时间.</summary>
    Period,

    /// <summary>年度目标完成情况 / 实际完成情况 of a 自评 table.</summary>
    GoalCompletion,
    Other,
}

/// <summary>
/// The labels of the header and prose fields, matched after <see cref="LabelText.Normalize"/>
/// (so <c>项目负责人/ 联系电话</c> and <c>项目负责人/联系电话</c> are one label).
/// </summary>
internal static class HeaderLabels
{
    private static readonly Dictionary<string, HeaderFieldKind> Labels = new(StringComparer.Ordinal)
    {
        ["项目名称"] = HeaderFieldKind.Name,
        ["主管部门"] = HeaderFieldKind.Department,
        ["主管部门及代码"] = HeaderFieldKind.Department,
        ["实施单位"] = HeaderFieldKind.ImplementingUnit,
        ["实施单位(盖章)"] = HeaderFieldKind.ImplementingUnit,
        ["项目类型"] = HeaderFieldKind.ProjectType,
        ["项目级次"] = HeaderFieldKind.ProjectLevel,
        ["开始时间"] = HeaderFieldKind.StartTime,
        ["完成时间"] = HeaderFieldKind.EndTime,
        ["项目负责人/联系电话"] = HeaderFieldKind.Contact,
        ["项目负责人及联系电话"] = HeaderFieldKind.Contact,
        ["项目负责人"] = HeaderFieldKind.ContactPerson,
        ["联系电话"] = HeaderFieldKind.ContactPhone,
        ["立项必要性"] = HeaderFieldKind.Necessity,
        ["实施可行性"] = HeaderFieldKind.Feasibility,
        ["项目实施内容"] = HeaderFieldKind.Content,
        ["中长期目标"] = HeaderFieldKind.LongTermGoal,
        ["年度目标"] = HeaderFieldKind.AnnualGoal,

        // Other issuers' names for the same fields (docs/import.md "Layouts").
        ["专项资金名称"] = HeaderFieldKind.Name,
        ["业务主管部门"] = HeaderFieldKind.Department,
        ["项目类别"] = HeaderFieldKind.ProjectType,
        ["项目分类"] = HeaderFieldKind.ProjectType,
        ["立项依据"] = HeaderFieldKind.Necessity,
        ["项目概况"] = HeaderFieldKind.Content,
        ["项目总体概况"] = HeaderFieldKind.Content,
        ["当年绩效目标"] = HeaderFieldKind.AnnualGoal,
        ["年度绩效目标"] = HeaderFieldKind.AnnualGoal,
        ["年度主要目标和成果"] = HeaderFieldKind.AnnualGoal,
        ["年度总体绩效目标"] = HeaderFieldKind.AnnualGoal,

        ["部门(单位)名称"] = HeaderFieldKind.DepartmentName,
        ["部门名称"] = HeaderFieldKind.DepartmentName,
        ["单位名称"] = HeaderFieldKind.ImplementingUnit,
        ["预算单位"] = HeaderFieldKind.BudgetUnit,
        ["编制单位"] = HeaderFieldKind.BudgetUnit,
        ["当年预算"] = HeaderFieldKind.FundingTotal,
        ["当年预算数"] = HeaderFieldKind.FundingTotal,
        ["建设周期"] = HeaderFieldKind.Period,
        ["项目周期"] = HeaderFieldKind.Period,
        ["实施周期"] = HeaderFieldKind.Period,
        ["项目起止时间"] = HeaderFieldKind.Period,
        ["起止时间"] = HeaderFieldKind.Period,
        ["项目年度目标"] = HeaderFieldKind.AnnualGoal,
        ["预期目标"] = HeaderFieldKind.AnnualGoal,
        ["年度总体目标"] = HeaderFieldKind.AnnualGoal,
        ["年度目标完成情况"] = HeaderFieldKind.GoalCompletion,
        ["实际完成情况"] = HeaderFieldKind.GoalCompletion,

        // Header fields of other issuers' forms, kept in PerformanceTable.OtherFields.
        ["项目审批"] = HeaderFieldKind.Other,
        ["项目来源"] = HeaderFieldKind.Other,
        ["项目期"] = HeaderFieldKind.Other,
        ["报表编号"] = HeaderFieldKind.Other,
        ["财务负责人"] = HeaderFieldKind.Other,
        ["部门(单位)职责"] = HeaderFieldKind.Other,
        ["项目属性"] = HeaderFieldKind.Other,
        ["归口科室"] = HeaderFieldKind.Other,
        ["项目期限"] = HeaderFieldKind.Other,
        ["项目编码"] = HeaderFieldKind.Other,
        ["项目代码"] = HeaderFieldKind.Other,
        ["评价结论"] = HeaderFieldKind.Other,
        ["存在问题"] = HeaderFieldKind.Other,
        ["改进措施"] = HeaderFieldKind.Other,
        ["公示期"] = HeaderFieldKind.Other,
        ["项目实施内容及过程概述"] = HeaderFieldKind.Other,
        ["金额单位"] = HeaderFieldKind.Other,
    };

    /// <summary>The canonical label of each typed field, as used in finding locations.</summary>
    public static string FieldName(HeaderFieldKind kind) => kind switch
    {
        HeaderFieldKind.Name => "项目名称",
        HeaderFieldKind.Department => "主管部门",
        HeaderFieldKind.ImplementingUnit => "实施单位",
        HeaderFieldKind.ProjectType => "项目类型",
        HeaderFieldKind.ProjectLevel => "项目级次",
        HeaderFieldKind.StartTime => "开始时间",
        HeaderFieldKind.EndTime => "完成时间",
        HeaderFieldKind.Contact => "项目负责人/联系电话",
        HeaderFieldKind.ContactPerson => "项目负责人",
        HeaderFieldKind.ContactPhone => "联系电话",
        HeaderFieldKind.Necessity => "立项必要性",
        HeaderFieldKind.Feasibility => "实施可行性",
        HeaderFieldKind.Content => "项目实施内容",
        HeaderFieldKind.LongTermGoal => "中长期目标",
        HeaderFieldKind.AnnualGoal => "年度目标",
        HeaderFieldKind.BudgetUnit => "预算单位",
        HeaderFieldKind.DepartmentName => "部门(单位)名称",
        HeaderFieldKind.FundingTotal => "资金总额",
        HeaderFieldKind.Period => "建设周期",
        HeaderFieldKind.GoalCompletion => "年度目标完成情况",
        _ => "其他",
    };

    /// <summary>True for the prose fields (one label, then free text that may hold HTML).</summary>
    public static bool IsProse(HeaderFieldKind kind) =>
        kind is HeaderFieldKind.Necessity or HeaderFieldKind.Feasibility or HeaderFieldKind.Content or HeaderFieldKind.LongTermGoal or HeaderFieldKind.AnnualGoal or HeaderFieldKind.GoalCompletion;

    /// <summary>Looks up a cell as a header label.</summary>
    public static bool TryGet(string cell, out HeaderFieldKind kind)
    {
        kind = HeaderFieldKind.Other;
        if (!LabelText.CouldBeLabel(cell)) return false;
        var key = LabelText.Normalize(cell).TrimEnd(':');
        if (key.Length > 0 && key[0] == '*') key = key.Substring(1);
        return Labels.TryGetValue(key, out kind) || Labels.TryGetValue(WithoutNumbering(key), out kind);
    }

    /// <summary>
    /// Splits a cell written <c>label:value</c> (<c>报表编号:510000_0013zp</c>, <c>预算单位: 奉节县…</c>, <c>公示期:自即日起3天。</c>)
    /// when the part before the colon is a known label; false for any other cell (<c>其中:财政资金</c>).
    /// </summary>
    public static bool TrySplit(string cell, out string label, out string value)
    {
        label = value = string.Empty;
        if (cell.Length > 2000) return false;
        var colon = cell.IndexOfAny(new[] { ':', '：' });
        if (colon <= 0 || colon > 20) return false;
        var head = cell.Substring(0, colon);
        if (!TryGet(head, out _)) return false;
        label = head.Trim();
        value = cell.Substring(colon + 1).Trim();
        return true;
    }

    /// <summary>A label without its list numbering: <c>2.项目实施内容及过程概述</c> → 项目实施内容及过程概述.</summary>
    private static string WithoutNumbering(string key)
    {
        var i = 0;
        while (i < key.Length && key[i] is >= '0' and <= '9') i++;
        return i > 0 && i < key.Length - 1 && key[i] is '.' or '、' ? key.Substring(i + 1) : key;
    }

    /// <summary>True when the cell names the form (…绩效目标表, …绩效目标申报表, …绩效自评表, …评价指标表).</summary>
    public static bool IsTitle(string cell)
    {
        if (cell.Length > 200) return false;
        var t = LabelText.Normalize(cell);

        // A trailing bracket belongs to the title: 部门预算项目支出绩效自评表(2023年度), …绩效目标表(一级项目).
        var open = t.LastIndexOf('(');
        if (open > 0 && t.EndsWith(")", StringComparison.Ordinal)) t = t.Substring(0, open);
        if (t.Length < 4 || t.Length > 80 || !t.EndsWith("表", StringComparison.Ordinal)) return false;
        return t.EndsWith("绩效目标表", StringComparison.Ordinal)
            || t.EndsWith("绩效目标申报表", StringComparison.Ordinal)
            || t.EndsWith("绩效目标审批表", StringComparison.Ordinal)
            || t.EndsWith("绩效目标审核表", StringComparison.Ordinal)
            || t.EndsWith("绩效自评表", StringComparison.Ordinal)
            || t.EndsWith("评价指标表", StringComparison.Ordinal)
            || t.EndsWith("绩效评价表", StringComparison.Ordinal)
            || (t.IndexOf("绩效", StringComparison.Ordinal) >= 0 && t.EndsWith("目标表", StringComparison.Ordinal));
    }

    /// <summary>The year a title names (<c>(2023年度)</c>, <c>2023年度整体绩效目标表</c>), or null.</summary>
    public static int? YearOf(string title)
    {
        var t = LabelText.Normalize(title);

        // 2023年一般性项目绩效目标表: a title that opens with its year.
        if (t.Length > 5 && t[4] == '年' && int.TryParse(t.Substring(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var leading) && leading is > 1990 and < 2200)
        {
            return leading;
        }

        var i = t.IndexOf("年度", StringComparison.Ordinal);
        if (i < 4) return null;
        var digits = t.Substring(i - 4, 4);
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) && y is > 1990 and < 2200 ? y : null;
    }
}
