using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Import.Layouts;

/// <summary>The I08 finding: which layout the reader recognised, the profile it selects, and how it read the indicator columns.</summary>
internal static class LayoutRecognition
{
    /// <summary>What a layout is, in the finance officer's words.</summary>
    public static string Describe(string layout) => layout switch
    {
        TableLayouts.Nanjing2026 => "南京市市级项目预算绩效目标表（含半年指标值和决策/过程指标）",
        TableLayouts.National => "通用绩效目标表（无半年指标值）",
        TableLayouts.NationalSelfEvaluation => "财预〔2020〕10号项目支出绩效自评表（年度指标值与实际完成值）",
        TableLayouts.FlatList => "无一级/二级指标的指标清单",
        _ => layout,
    };

    /// <summary>The I08 finding for a table.</summary>
    /// <param name="layout">The recognised layout.</param>
    /// <param name="columns">The indicator columns as read (<c>指标性质→运算符、…</c>), or null without an indicator block.</param>
    /// <param name="projectGrid">True when the table is one project of a multi-project grid.</param>
    /// <param name="line">The table's first line.</param>
    public static Finding Finding(string layout, string? columns, bool projectGrid, int? line)
    {
        var profile = TableLayouts.DefaultProfile(layout);
        var message = "识别为" + Describe(layout) + "版式（" + layout + "），默认规则配置 " + profile +
            (projectGrid ? "；一个指标表中含多个项目，按项目名称拆分为多张表" : string.Empty) +
            (columns is { Length: > 0 } ? "；指标列：" + columns : string.Empty);
        return new Finding(ImportRuleIds.LayoutRecognised, Severity.Info, message, new FindingLocation { Line = line })
        {
            Arguments = ValueList.Of(new FindingArgument("layout", layout), new FindingArgument("profile", profile)),
        };
    }

    /// <summary>
    /// A table cut off before its indicator block (05: the third 表十二 ends inside its header) shows no layout of its
    /// own; when the table before it in the same file has the same title, it is the same form, so it takes that
    /// table's layout and says so, instead of a guess from the absent columns.
    /// </summary>
    public static PerformanceTable InheritFrom(PerformanceTable previous, PerformanceTable table)
    {
        if (table.Indicators.Count > 0 || table.Title is null || !string.Equals(previous.Title, table.Title, System.StringComparison.Ordinal)
            || string.Equals(previous.Layout, table.Layout, System.StringComparison.Ordinal))
        {
            return table;
        }

        var findings = new System.Collections.Generic.List<Finding>();
        foreach (var f in table.ImportFindings)
        {
            if (f.RuleId != ImportRuleIds.LayoutRecognised)
            {
                findings.Add(f);
                continue;
            }

            var inherited = Finding(previous.Layout, null, false, f.Location.Line);
            findings.Add(inherited with { Message = inherited.Message + "；本表没有指标表，沿用同一文件中前一张同名表（第" + (previous.Line ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture) + "行）的版式" });
        }

        return table with { Layout = previous.Layout, ImportFindings = findings.ToValueList() };
    }
}
