using System.Globalization;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Import.Layouts;

/// <summary>The import findings of other issuers' layouts (I13 partial, I14 placeholder, I15 inferred; I12 for an Excel date serial in a text table) and their Chinese messages.</summary>
internal static class LayoutFindings
{
    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>I13: the table is incomplete; <paramref name="why"/> says how the reader knows.</summary>
    public static Finding Partial(string why, int? line) =>
        new(ImportRuleIds.TablePartial, Severity.Warning,
            "表格不完整：" + why + "。缺少的尾部不按“缺少指标/部分”判断",
            new FindingLocation { Line = line })
        {
            Arguments = ValueList.Of(new FindingArgument("value", why)),
        };

    /// <summary>
    /// I13 for a table that lost only its head (a page that begins inside it): its indicator block runs from its header
    /// to its totals row, so the rows are whole and checked; its header fields are not judged.
    /// </summary>
    public static Finding HeadLost(string why, int? line) =>
        new(ImportRuleIds.TablePartial, Severity.Warning,
            "表格不完整：" + why + "。本表缺少表头部分（从指标表头开始，以合计行结束），指标部分完整，仍按指标规则检查；表头字段不作判断",
            new FindingLocation { Line = line })
        {
            Arguments = ValueList.Of(new FindingArgument("value", why)),
        };

    /// <summary>I14: a template row left unfilled, kept as a placeholder.</summary>
    public static Finding Placeholder(int line, string text, string? level1, string? level2, string why) =>
        new(ImportRuleIds.PlaceholderKept, Severity.Info,
            "第" + N(line) + "行「" + SourceLine.Excerpt(text) + "」" + why + "，按模板占位行保留，不作为指标",
            new FindingLocation { Level1 = NullIfEmpty(level1), Level2 = NullIfEmpty(level2), Field = "绩效指标", Line = line })
        {
            Arguments = ValueList.Of(new FindingArgument("value", text)),
        };

    /// <summary>I15: a field read by inference.</summary>
    public static Finding Inferred(string what, string value, FindingLocation location) =>
        new(ImportRuleIds.ValueInferred, Severity.Info, what, location)
        {
            Arguments = ValueList.Of(new FindingArgument("value", value)),
        };

    /// <summary>I12: an Excel date serial written into a text table (44,561) read as the date it stands for, as a spreadsheet cell would be.</summary>
    public static Finding SerialDate(Indicator indicator, string stored, string date, bool unitColumnToo) =>
        new(ImportRuleIds.CellConverted, Severity.Info,
            "指标“" + indicator.Name + "”的指标值「" + stored + "」" + (unitColumnToo ? "（计量单位栏也是「" + stored + "」）" : string.Empty) + "是 Excel 日期序列号，已按显示转换为「" + date + "」",
            FindingLocation.ForIndicator(indicator))
        {
            Arguments = ValueList.Of(new FindingArgument("value", stored), new FindingArgument("text", date)),
        };

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
