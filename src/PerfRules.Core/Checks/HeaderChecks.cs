using System;
using System.Linq;
using PerfRules.Tables;

namespace PerfRules.Checks;

/// <summary>Header-field checks: 项目类型 (S02) and 项目负责人/联系电话 (S09).</summary>
internal static class HeaderChecks
{
    /// <summary>True for 常年安排, 常年安排项目, 一次性安排, 一次性安排项目 (brackets and spaces ignored).</summary>
    public static bool IsKnownProjectType(string? projectType)
    {
        var t = CheckText.Normalize(projectType).Replace("(", string.Empty).Replace(")", string.Empty);
        return t is "常年安排" or "常年安排项目" or "一次性安排" or "一次性安排项目";
    }

    /// <summary>S02: 项目类型 is a known type; a blank one is not judged here (S01 reports it).</summary>
    public static bool ProjectTypeComplies(string? projectType) => CheckText.IsBlank(projectType) || IsKnownProjectType(projectType);

    /// <summary>True when <paramref name="phone"/> is a 7–8 digit local number (optional 0xx- 区号) or an 11-digit mobile.</summary>
    public static bool IsValidPhone(string? phone)
    {
        if (phone is null) return false;
        var p = CheckText.Normalize(phone).Replace("(", string.Empty).Replace(")", string.Empty);
        return IsPhoneNumber(p);
    }

    /// <summary>
    /// True when <paramref name="text"/> is, in full, a 7–8 digit local number with an optional 区号 (0 and 2–3
    /// digits, an optional hyphen) or an 11-digit mobile (1, then 3–9, then 9 digits): what the pattern
    /// <c>^(?:(?:0\d{2,3}-?)?\d{7,8}|1[3-9]\d{9})$</c> matches (digits are Unicode decimal digits, as <c>\d</c>).
    /// Worked out in one pass with no regex, so no time limit: a busy machine cannot turn a valid number into an error.
    /// </summary>
    internal static bool IsPhoneNumber(string text)
    {
        var s = text.AsSpan();

        // Like the pattern's $, a final line feed is allowed.
        if (s.Length > 0 && s[s.Length - 1] == '\n') s = s.Slice(0, s.Length - 1);
        if (s.Length == 11 && s[0] == '1' && s[1] >= '3' && s[1] <= '9' && AllDigits(s.Slice(2))) return true;
        var hyphen = s.IndexOf('-');
        if (hyphen < 0)
        {
            if (!AllDigits(s)) return false;
            return s.Length is 7 or 8 || (s.Length is >= 10 and <= 12 && s[0] == '0');
        }

        // 0, 2–3 digits, '-', 7–8 digits.
        var local = s.Slice(hyphen + 1);
        return s[0] == '0' && hyphen is 3 or 4 && AllDigits(s.Slice(1, hyphen - 1)) && local.Length is 7 or 8 && AllDigits(local);
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsDigit(c)) return false;
        }

        return true;
    }

    /// <summary>S09: the contact names a person and carries a valid phone number.</summary>
    public static bool ContactComplies(ContactInfo? contact) =>
        contact is not null && !CheckText.IsBlank(contact.Person) && IsValidPhone(contact.Phone);

    /// <summary>
    /// True when the form requires the field (S01): 项目名称, 主管部门, 项目类型, 实施单位, 资金总额, 年度目标.
    /// The 通用绩效目标表 layout (no half-year column) has no 项目类型 row, so it is not required there.
    /// </summary>
    public static bool IsRequiredField(string? label, string? layout) => label switch
    {
        TableField.ProjectName or TableField.Department or TableField.ImplementingUnit or TableField.FundingTotal or TableField.AnnualGoal => true,
        TableField.ProjectType => !string.Equals(TableLayouts.DefaultProfile(layout), TableLayouts.National, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>
    /// True when S01 can judge whether <paramref name="label"/> is present in <paramref name="table"/>. It cannot
    /// where the source could not show it: a 部门整体 table names a department, not a project, and may carry no
    /// money (主管部门, 实施单位, 项目类型, 资金总额 are not its fields); a published evaluation notice that holds only
    /// the indicator table (<see cref="PerformanceTable.HasHeader"/> false) has no header at all; a partial table
    /// with no indicator was cut off inside its header, so a missing field may be in the lost tail (and one with no
    /// header was cut off above it, as is a headless table the source says is incomplete, I13); a field the reader reported as possibly under an unknown label (I16) was not
    /// understood, so it is not called empty.
    /// </summary>
    public static bool IsFieldJudged(PerformanceTable table, string? label)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        if (table.IsPartial && (table.Indicators.Count == 0 || !table.HasHeader)) return false;

        // A table without a header that the source says is incomplete (I13) lost its head: its fields went with it.
        if (!table.HasHeader && table.ImportFindings.Any(f => f.RuleId == Import.ImportRuleIds.TablePartial)) return false;

        // The reader could not read every header line and says which may hold this field (I16): not judged.
        foreach (var f in table.ImportFindings)
        {
            if (f.RuleId == Import.ImportRuleIds.FieldUnderUnknownLabel && string.Equals(f.Location.Field, label, StringComparison.Ordinal)) return false;
        }

        if (!table.HasHeader) return label == TableField.ProjectName;
        if (table.Kind == TableKind.Department)
        {
            return label is not (TableField.Department or TableField.ImplementingUnit or TableField.ProjectType or TableField.FundingTotal);
        }

        return true;
    }

    /// <summary>
    /// S01 for one field: a required field is present. 资金总额 counts as present when the table has a
    /// funding block, even with a blank amount (that is F01).
    /// </summary>
    public static bool FieldComplies(PerformanceTable table, TableField field)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        if (field is null) throw new ArgumentNullException(nameof(field));
        if (!IsRequiredField(field.Label, table.Layout) || !IsFieldJudged(table, field.Label)) return true;
        return field.Label == TableField.FundingTotal ? HasFunding(table) : !field.IsBlank;
    }

    /// <summary>S01: a header field is filled in.</summary>
    public static bool HasText(string? value) => !CheckText.IsBlank(value);

    /// <summary>
    /// S01 for 资金总额: the table states its money somewhere — a funding block (a blank 资金总额 inside one
    /// is F01) or, for a 自评 table, the published 年初/全年预算数.
    /// </summary>
    public static bool HasFunding(PerformanceTable table)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        return HasFundingBlock(table.Funding) ||
               table.Published is { } p && (p.Budget is not null || p.InitialBudget is not null || p.Executed is not null);
    }

    /// <summary>S01 for 资金总额: the table has a funding block at all (a blank 资金总额 inside one is F01).</summary>
    public static bool HasFundingBlock(Funding funding)
    {
        if (funding is null) throw new ArgumentNullException(nameof(funding));
        return funding.Total is not null || funding.TotalText is not null || funding.TotalLine is not null || funding.Expenditures.Count > 0;
    }
}
