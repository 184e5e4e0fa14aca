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
/// The header and prose fields as the reader names them, and the lookups of a cell in the label vocabulary
/// (<see cref="LabelVocabulary"/>: the labels themselves are data, Import/Vocabulary/labels.json).
/// </summary>
internal static class HeaderLabels
{
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

    /// <summary>Looks up a cell as a header label in the embedded vocabulary.</summary>
    public static bool TryGet(string cell, out HeaderFieldKind kind) => TryGet(cell, LabelVocabulary.Default, out kind);

    /// <summary>Looks up a cell as a header label in <paramref name="vocabulary"/>.</summary>
    public static bool TryGet(string cell, LabelVocabulary vocabulary, out HeaderFieldKind kind)
    {
        kind = HeaderFieldKind.Other;
        return LabelText.CouldBeLabel(cell) && vocabulary.TryField(cell, out kind);
    }

    /// <summary>
    /// Splits a cell written <c>label:value</c> (<c>报表编号:510000_0013zp</c>, <c>预算单位: 奉节县…</c>, <c>公示期:自即日起3天。</c>)
    /// when the part before the colon is a known label; false for any other cell (<c>其中:财政资金</c>).
    /// </summary>
    public static bool TrySplit(string cell, out string label, out string value) => TrySplit(cell, LabelVocabulary.Default, out label, out value);

    /// <summary><see cref="TrySplit(string, out string, out string)"/> with the labels of <paramref name="vocabulary"/>.</summary>
    public static bool TrySplit(string cell, LabelVocabulary vocabulary, out string label, out string value)
    {
        label = value = string.Empty;
        if (cell.Length > 2000) return false;
        var colon = cell.IndexOfAny(new[] { ':', '：' });
        if (colon <= 0 || colon > 20) return false;
        var head = cell.Substring(0, colon);
        if (!TryGet(head, vocabulary, out _)) return false;
        label = head.Trim();
        value = cell.Substring(colon + 1).Trim();
        return true;
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
