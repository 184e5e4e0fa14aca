using System.Globalization;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>The import findings (I01…I11) and their Chinese messages, in one place.</summary>
internal static class ImportFindings
{
    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static Finding MergedCellFilled(Indicator first, string level, string value, int lastRow, int lastLine) =>
        new(ImportRuleIds.MergedCellFilledDown, Severity.Info,
            level + "「" + value + "」为合并单元格，已向下填充至第" + N(first.Row) + (lastRow > first.Row ? "–" + N(lastRow) : string.Empty) + "行指标（源文件第" + N(first.Line ?? 0) + (lastLine > (first.Line ?? 0) ? "–" + N(lastLine) : string.Empty) + "行）",
            FindingLocation.ForIndicator(first))
        {
            Arguments = ValueList.Of(new FindingArgument("level", level), new FindingArgument("value", value), new FindingArgument("rows", N(first.Row) + "-" + N(lastRow))),
        };

#if !PERFRULES_ANALYZER // the analyzer compiles this file without System.Text.Json
    /// <summary>I10 for one JSON Lines line the model cannot take: its number and why, in Chinese (the lines after it are still read).</summary>
    public static Finding UnreadableJsonLine(int number, System.Text.Json.JsonException e) =>
        new(ImportRuleIds.UnreadableInput, Severity.Error, "无法读取：JSON Lines 第 " + N(number) + " 行（" + SystemErrorText.JsonDetail(e) + "）", FindingLocation.Table with { Line = number });
#endif

    public static Finding LabelMoved(Indicator indicator, string label, string explanation) =>
        new(ImportRuleIds.LabelRepaired, Severity.Info, "「" + label + "」" + explanation, FindingLocation.ForIndicator(indicator))
        {
            Arguments = ValueList.Of(new FindingArgument("value", label), new FindingArgument("indicator", indicator.Name)),
        };

    public static Finding AmountInferred(string field, int? line, string what) =>
        new(ImportRuleIds.AmountInferred, Severity.Info, what, FindingLocation.ForField(field, line));

    public static Finding HtmlStripped(string field, int line) =>
        new(ImportRuleIds.HtmlStripped, Severity.Info, field + "含 HTML 标记（<p> 等），已去除标记并按段落保留文字", FindingLocation.ForField(field, line));

    public static Finding ContactSplit(ContactInfo contact, int line) =>
        new(ImportRuleIds.ContactSplit, Severity.Info,
            "项目负责人/联系电话「" + contact.Raw + "」已拆分为负责人「" + contact.Person + "」和电话「" + contact.Phone + "」",
            FindingLocation.ForField(HeaderLabels.FieldName(HeaderFieldKind.Contact), line))
        {
            Arguments = ValueList.Of(new FindingArgument("value", contact.Raw)),
        };

    public static Finding Unplaced(int line, string text, string? field, string why) =>
        new(ImportRuleIds.LineUnplaced, Severity.Warning,
            "第" + N(line) + "行「" + SourceLine.Excerpt(text) + "」" + why + "，已原样保留为未归位行",
            new FindingLocation { Field = field, Line = line })
        {
            Arguments = ValueList.Of(new FindingArgument("value", text)),
        };

    public static Finding CommentSkipped(int line, string text) =>
        new(ImportRuleIds.CommentSkipped, Severity.Info, "注释行已跳过：" + text, new FindingLocation { Line = line })
        {
            Arguments = ValueList.Of(new FindingArgument("value", text)),
        };

    public static Finding EncodingDetected(string encoding) =>
        new(ImportRuleIds.EncodingDetected, Severity.Info, "文件不是 UTF-8 编码，已按 " + encoding.ToUpperInvariant() + " 解码", FindingLocation.Table)
        {
            Arguments = ValueList.Of(new FindingArgument("encoding", encoding)),
        };

    public static Finding Unreadable(string why, int? line = null) =>
        new(ImportRuleIds.UnreadableInput, Severity.Error, "无法读取：" + why, new FindingLocation { Line = line });

    /// <summary>I10 on one line: bytes that are not UTF-8 in an otherwise UTF-8 file, read as U+FFFD.</summary>
    public static Finding InvalidBytes(InvalidBytes spot) =>
        new(ImportRuleIds.UnreadableInput, Severity.Error,
            "无法读取：第" + N(spot.Line) + "行（文件第 " + N(spot.Offset) + " 字节起 " + N(spot.Length) + " 个字节）不是有效的 UTF-8 文字，已替换为 �；文件可能被截断，或混入了其他编码（如 GBK）的文字",
            new FindingLocation { Line = spot.Line })
        {
            Arguments = ValueList.Of(new FindingArgument("offset", N(spot.Offset)), new FindingArgument("length", N(spot.Length))),
        };

    /// <summary>I11: a <see cref="TableReaderOptions"/> limit was exceeded; <paramref name="what"/> says what happened to the text.</summary>
    public static Finding LimitExceeded(string option, long actual, long limit, string subject, string what, FindingLocation location) =>
        new(ImportRuleIds.LimitExceeded, Severity.Error,
            "超出上限：" + subject + " " + Count(actual) + "，超过上限 " + Count(limit) + "（TableReaderOptions." + option + "）；" + what,
            location)
        {
            Arguments = ValueList.Of(new FindingArgument("limit", option), new FindingArgument("value", N(actual)), new FindingArgument("maximum", N(limit))),
        };

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
