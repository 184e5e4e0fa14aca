using System;
using System.Collections.Generic;
using PerfRules.Checks;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Expressions;

/// <summary>
/// Rule-expression helpers for the S (structure) rules: header fields, the 一级/二级 hierarchy, the
/// set of indicators. Registered for rule expressions as <c>Structure</c>; the logic of error-severity
/// checks lives in <see cref="PerfRules.Checks"/> so the analyzer runs the same code.
/// </summary>
public static class Structure
{
    /// <summary>
    /// S01: a required header field is filled in (<c>资金总额</c>: the table has a funding block). Not judged
    /// where the source cannot show the field (<see cref="HeaderChecks.IsFieldJudged"/>: a 部门整体 table has
    /// no project fields, an evaluation notice no header, a table cut off inside its header no tail).
    /// </summary>
    public static bool HasField(PerformanceTable table, string label)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        if (!HeaderChecks.IsFieldJudged(table, label)) return true;
        if (label == TableField.FundingTotal) return HeaderChecks.HasFunding(table);
        return TableField.TryGetText(table, label, out var text) && !CheckText.IsBlank(text);
    }

    /// <summary>S01: the table has at least one indicator row (a partial table is not judged).</summary>
    public static bool HasIndicators(PerformanceTable table) => Partial(table) || table.Indicators.Count > 0;

    /// <summary>S02: 项目类型 is 常年安排(项目) or 一次性安排(项目); a blank one is left to S01.</summary>
    public static bool ProjectTypeComplies(PerformanceTable table) =>
        HeaderChecks.ProjectTypeComplies((table ?? throw new ArgumentNullException(nameof(table))).ProjectType);

    /// <summary>S03: the row's 一级 is one of 决策/过程/产出/效益/满意度/成本 (blank: a flat list, not judged).</summary>
    public static bool Level1Complies(Indicator indicator) =>
        TableFacts.RowOf(indicator).Level1 is not null || CheckText.IsBlank(indicator.Level1);

    /// <summary>S04: the row's 二级 belongs to its 一级.</summary>
    public static bool Level2Complies(Indicator indicator)
    {
        var row = TableFacts.RowOf(indicator);
        return row.Level1 is null || row.Level2 is not null || CheckText.IsBlank(indicator.Level2);
    }

    /// <summary>The canonical 二级 names allowed under the row's 一级 (数量指标 …, 项目立项 …).</summary>
    public static IReadOnlyList<string> AllowedLevel2(Indicator indicator) =>
        HierarchyChecks.AllowedLevel2((indicator ?? throw new ArgumentNullException(nameof(indicator))).Level1);

    /// <summary>S05: the standard 决策/过程 indicators the table lacks, in template order (none for a partial table).</summary>
    public static IReadOnlyList<string> MissingStandardIndicators(PerformanceTable table)
    {
        if (Partial(table)) return Array.Empty<string>();
        var facts = TableFacts.For(table);
        List<string>? missing = null;
        foreach (var name in IndicatorSetChecks.StandardIndicatorNames)
        {
            if (!facts.TryFirstRow(name, out _)) (missing ??= new List<string>()).Add(name);
        }

        return (IReadOnlyList<string>?)missing ?? Array.Empty<string>();
    }

    /// <summary>
    /// S05: for a standard 决策/过程 indicator, the row where its name first appears; for any other row,
    /// the row itself (so <c>FirstRowOfStandardIndicator(table, indicator) == indicator.Row</c> means "not a repeat").
    /// </summary>
    public static int FirstRowOfStandardIndicator(PerformanceTable table, Indicator indicator)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        if (indicator is null) throw new ArgumentNullException(nameof(indicator));
        var row = RowIn(table, indicator);
        return row.IsStandard ? row.FirstRowSameName : indicator.Row;
    }

    /// <summary>
    /// S11: the row where the indicator's name first appears; the row itself when it is the first.
    /// Standard 决策/过程 names are left to S05, and template placeholders (指标2:, ……) are no repeats
    /// (their own row is returned).
    /// </summary>
    public static int FirstRowWithSameName(PerformanceTable table, Indicator indicator)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        if (indicator is null) throw new ArgumentNullException(nameof(indicator));
        var row = RowIn(table, indicator);
        return row.IsStandard || row.IsPlaceholder ? indicator.Row : row.FirstRowSameName;
    }

    /// <summary>S06: at least one 产出 indicator (a flat list without 一级 labels is not judged).</summary>
    public static bool HasOutput(PerformanceTable table) => NotJudged(table) || TableFacts.For(table).HasOutput;

    /// <summary>S06: at least one 效益 indicator.</summary>
    public static bool HasEffect(PerformanceTable table) => NotJudged(table) || TableFacts.For(table).HasEffect;

    /// <summary>S06: 产出 includes a 数量指标 (not judged without any 产出).</summary>
    public static bool OutputHasQuantity(PerformanceTable table) =>
        NotJudged(table) || !TableFacts.For(table).HasOutput || TableFacts.For(table).HasOutputQuantity;

    /// <summary>S07: at least one 满意度 indicator.</summary>
    public static bool HasSatisfaction(PerformanceTable table) => NotJudged(table) || TableFacts.For(table).HasSatisfaction;

    /// <summary>S07: at least one 产出/质量指标.</summary>
    public static bool HasQuality(PerformanceTable table) => NotJudged(table) || TableFacts.For(table).HasOutputQuality;

    /// <summary>S07: at least one 产出/时效指标.</summary>
    public static bool HasTimeliness(PerformanceTable table) => NotJudged(table) || TableFacts.For(table).HasOutputTimeliness;

    /// <summary>S08: at least one 成本 indicator (一级 成本 or 产出/成本指标).</summary>
    public static bool HasCost(PerformanceTable table) => NotJudged(table) || TableFacts.For(table).HasCost;

    /// <summary>
    /// True when the table's indicators carry 一级 labels. A flat list (重庆 指标/指标权重/计量单位/指标性质/指标值)
    /// has none, so S06–S08 cannot tell 产出 from 效益 and do not judge it; an empty table is left to S01.
    /// </summary>
    public static bool HasHierarchy(PerformanceTable table)
    {
        return Rows(table).Count == 0 || TableFacts.For(table).HasHierarchy;
    }

    /// <summary>S06–S08 do not judge a partial table (its tail is missing) nor a flat list (no 一级 labels).</summary>
    private static bool NotJudged(PerformanceTable table) => Partial(table) || !HasHierarchy(table);

    /// <summary>S09: 项目负责人/联系电话 names a person and a valid phone number.</summary>
    public static bool ContactComplies(PerformanceTable table) =>
        HeaderChecks.ContactComplies((table ?? throw new ArgumentNullException(nameof(table))).Contact);

    /// <summary>项目负责人/联系电话 as written, or null.</summary>
    public static string? ContactText(PerformanceTable table) => (table ?? throw new ArgumentNullException(nameof(table))).Contact?.Raw;

    /// <summary>What the contact lacks, in words for the S09 message.</summary>
    public static string ContactProblem(PerformanceTable table)
    {
        var contact = (table ?? throw new ArgumentNullException(nameof(table))).Contact;
        var noPerson = contact is null || CheckText.IsBlank(contact.Person);
        var noPhone = contact is null || !HeaderChecks.IsValidPhone(contact.Phone);
        if (noPerson && noPhone) return "缺少负责人和联系电话";
        if (noPerson) return "缺少负责人姓名";
        return CheckText.IsBlank(contact!.Phone) ? "缺少联系电话" : "的电话号码不是有效的 7–8 位固话（可带区号）或 11 位手机号";
    }

    /// <summary>S10: number of 产出 and 效益 indicators (template placeholders not counted).</summary>
    public static int OutputAndEffectCount(PerformanceTable table)
    {
        var facts = TableFacts.For(table);
        var n = 0;
        for (var i = 0; i < facts.RowCount; i++)
        {
            if (IsOutputOrEffect(facts.Row(i))) n++;
        }

        return n;
    }

    /// <summary>S10: number of 产出 and 效益 indicators whose full-year target is quantitative (a number, range or date).</summary>
    public static int QuantitativeTargetCount(PerformanceTable table)
    {
        var facts = TableFacts.For(table);
        var n = 0;
        for (var i = 0; i < facts.RowCount; i++)
        {
            var row = facts.Row(i);
            if (row.Indicator.FullYear is NumericValue or RangeValue or DateValue && IsOutputOrEffect(row)) n++;
        }

        return n;
    }

    /// <summary>S10: at least half of the 产出 and 效益 indicators have a quantitative full-year target.</summary>
    public static bool HasEnoughQuantitativeTargets(PerformanceTable table) =>
        Partial(table) || QuantitativeTargetCount(table) * 2 >= OutputAndEffectCount(table);

    private static bool IsOutputOrEffect(RowFacts row) => row.Level1 is "产出" or "效益" && !row.IsPlaceholder;

    private static RowFacts RowIn(PerformanceTable table, Indicator indicator) =>
        TableFacts.For(table).RowFor(indicator ?? throw new ArgumentNullException(nameof(indicator)));

    /// <summary>
    /// A cut-off table (<see cref="PerformanceTable.IsPartial"/>) is never reported as missing something:
    /// the whole-table S rules hold on it (docs/rule-contracts.md "Profiles").
    /// </summary>
    private static bool Partial(PerformanceTable table) => (table ?? throw new ArgumentNullException(nameof(table))).IsPartial;

    private static ValueList<Indicator> Rows(PerformanceTable table) => (table ?? throw new ArgumentNullException(nameof(table))).Indicators;
}
