using System;
using System.Collections.Generic;
using System.Globalization;

namespace PerfRules.Values;

/// <summary>
/// Parses indicator cells (半年/全年 指标值) into <see cref="IndicatorValue"/> cases following
/// docs/values.md. Never throws on user text; culture-invariant; no regular expressions.
/// </summary>
/// <remarks>
/// <para><b>Normalisation.</b> Surrounding whitespace (including the ideographic space, NBSP, zero-width
/// space and BOM) is trimmed. Full-width digits, Latin letters, operators (＞＜＝％．／－～＋) and spaces
/// are folded to ASCII one character for one character (no <c>string.Normalize</c>: the apps run with
/// InvariantGlobalization), so error offsets always point into the original text. Chinese punctuation
/// is not folded: the full-width comma <c>，</c> is never a thousands separator.</para>
/// <para><b>Resolution order.</b> vocabulary word (whole cell, <see cref="Vocabulary"/>) → <c>/</c> or <c>—</c>
/// alone (<see cref="EmptyValue"/> with that reason) → 序时进度 [amount] → Date → Range → Numeric →
/// FreeText.</para>
/// <para><b>Numeric.</b> <c>[op] number [万|亿] [unit] [以上|及以上|以下|及以下|以内|之内|内 [(含)]]</c>. Operators:
/// ≥ ≧ ⩾ &gt;= =&gt; ≮ 不少于 不低于 不小于 至少 大于等于 大于或等于 达到 (AtLeast); ≤ ≦ ⩽ &lt;= =&lt; ≯ 不超过 不高于
/// 不大于 不多于 至多 小于等于 小于或等于 (AtMost); = ＝ ═ == 等于 (Exactly); &gt; 大于 高于 超过 多于 (GreaterThan);
/// &lt; 小于 低于 少于 (LessThan). A prefix and a postfix operator must agree (<c>≥50家以上</c>), else the cell is
/// FreeText. Numbers: digits with optional ASCII thousands separators and decimals (<c>8,827,620.53</c>),
/// a leading <c>-</c> is a minus sign, and small Chinese numerals (一 两 十 二十 一百 … up to 9999) when a
/// unit follows (<c>一台</c>, <c>两个</c>). 万/亿 directly before another unit multiply the number (<c>6万亩</c>,
/// <c>2.5亿条</c>); 万元, 亿元, 万平方米 are units. The unit is the longest known unit (<see cref="Units"/>)
/// or, when none is known there, a run of 1–3 CJK characters (a measure word such as 栋), optionally a
/// rate <c>x/y</c>; anything else left over makes the cell FreeText (<c>200家企业</c>, <c>100万条数据</c>).
/// A cell without a unit takes the unit in the indicator name's bracket (<see cref="Units.FromIndicatorName"/>,
/// <see cref="UnitSource.NameBracket"/>).</para>
/// <para><b>Range.</b> <c>number [unit] (— | -- | - | ~ | 至 | 到) number [unit]</c> with no operator; a unit or
/// magnitude written only once applies to both ends (<c>3~5万元</c>); differing units make it FreeText.</para>
/// <para><b>Date.</b> <c>2026年</c>, <c>2025年12月</c>, <c>2026年6月30日</c>, <c>2026.07</c> (two-digit month, or with a day),
/// <c>2026-06-30</c>; <c>…底</c>/<c>…末</c> (end of month, <c>年底</c> = 12月底); a period joined by
/// - -- — ~ 至 到 (<c>2021年1月-12月</c>, <c>2023.07-2024.01</c>, <c>2026年1-6月</c>; an end without a year takes the start's year);
/// a deadline <c>…前</c>/<c>…之前</c>/<c>…以前</c> (<c>2026年12月底前</c>) or a date followed by a completion verb
/// (完成 到位 完工 办结 拨付 支付 发放 验收 上线): <c>12月底到位</c> and <c>6月底前完成</c> are deadlines, printed
/// <c>12月底前</c>; <c>年内</c> is the deadline 12月底. <c>≤</c>/<c>&lt;</c> before a date with a year, day or 底 is a
/// deadline too. A year is four digits in 1900–2100. A bare <c>M月</c> (like <c>M个月</c>) is a duration in months,
/// not a date: only a year, a day or 底 anchors a point (<c>12月底</c>, <c>2025年12月</c>); with 前 or a verb it is a
/// deadline (<c>12月前</c>). A bare number that prints like a date (<c>2026 年</c>, <c>2026.070</c>) is that date, so
/// that canonical texts never collide.</para>
/// <para><b>Invalid</b> (a <see cref="ParseError"/>, never FreeText) is exactly:</para>
/// <list type="number">
/// <item>a cell that begins with a comparison <em>symbol</em> (≥ ≧ ⩾ &gt;= &gt; ≤ ≦ ⩽ &lt;= &lt; = ═ == ≮ ≯, full- or
/// half-width) whose remainder, after spaces, is not a number: <c>≥≥5家</c> (offset 1, length 1),
/// <c>&gt;=abc</c> (offset 2, length 3), <c>=完成</c>, <c>≥</c> alone (offset 1, length 0). The length covers the
/// offending run up to the next digit, space or the end. Word operators (不少于 …) followed by prose are
/// FreeText, not invalid: <c>不少于规定标准</c> is a sentence.</item>
/// <item>a malformed number where the grammar reads one (the first number of a cell, after an
/// operator, the second number of a range, the amount after 序时进度): two decimal points in a row
/// <c>12..5%</c> (at the second point), a second decimal point <c>1.2.3</c>, a decimal point followed by
/// nothing, a space or ASCII (<c>5.</c>, <c>5.%</c>; a point followed by CJK ends the number: <c>1.完成…</c>
/// is a numbered sentence, FreeText), a thousands group of other than three digits <c>1,23</c> (offset of
/// the comma, length of the group), a first group of more than three digits <c>1234,567</c>, a separator
/// after the decimal point, or a number beyond decimal range (more than 28 digits, or too large after
/// 万/亿).</item>
/// </list>
/// <para>Everything else is a value; text that fits no case is <see cref="FreeTextValue"/> (trimmed,
/// otherwise verbatim).</para>
/// </remarks>
public static class IndicatorValueParser
{
    private static readonly SegmentTable<EmptyValue> NotApplicableMarks = new(new[]
    {
        Mark("/"), Mark("//"), Mark("\\"), Mark("-"), Mark("--"), Mark("—"), Mark("——"), Mark("–"), Mark("―"), Mark("─"),
    });

    private static readonly OnScheduleValue OnScheduleOnly = new(null);

    // Longest first within each group, so 大于或等于 wins over 大于.
    private static readonly OperatorSpelling[] SymbolOperators =
    {
        new(">=", Comparison.AtLeast), new("=>", Comparison.AtLeast), new("<=", Comparison.AtMost), new("=<", Comparison.AtMost),
        new("==", Comparison.Exactly), new("≥", Comparison.AtLeast), new("≧", Comparison.AtLeast), new("⩾", Comparison.AtLeast),
        new("≮", Comparison.AtLeast), new("≤", Comparison.AtMost), new("≦", Comparison.AtMost), new("⩽", Comparison.AtMost),
        new("≯", Comparison.AtMost), new("=", Comparison.Exactly), new("═", Comparison.Exactly), new(">", Comparison.GreaterThan),
        new("<", Comparison.LessThan),
    };

    private static readonly OperatorSpelling[] WordOperators =
    {
        new("大于或等于", Comparison.AtLeast), new("小于或等于", Comparison.AtMost), new("大于等于", Comparison.AtLeast),
        new("小于等于", Comparison.AtMost), new("不少于", Comparison.AtLeast), new("不低于", Comparison.AtLeast),
        new("不小于", Comparison.AtLeast), new("不超过", Comparison.AtMost), new("不高于", Comparison.AtMost),
        new("不大于", Comparison.AtMost), new("不多于", Comparison.AtMost), new("至少", Comparison.AtLeast),
        new("至多", Comparison.AtMost), new("达到", Comparison.AtLeast), new("等于", Comparison.Exactly),
        new("大于", Comparison.GreaterThan), new("高于", Comparison.GreaterThan), new("超过", Comparison.GreaterThan),
        new("多于", Comparison.GreaterThan), new("小于", Comparison.LessThan), new("低于", Comparison.LessThan),
        new("少于", Comparison.LessThan),
    };

    private static readonly OperatorSpelling[] PostfixOperators =
    {
        new("及以上", Comparison.AtLeast), new("及以下", Comparison.AtMost), new("以上", Comparison.AtLeast),
        new("以下", Comparison.AtMost), new("以内", Comparison.AtMost), new("之内", Comparison.AtMost), new("内", Comparison.AtMost),
    };

    private static readonly string[] RangeSeparators = { "——", "--", "—", "-", "~", "至", "到", "–", "―" };
    private static readonly string[] DeadlineWords = { "之前", "以前", "前" };
    private static readonly string[] CompletionVerbs = { "完成", "到位", "完工", "办结", "拨付", "支付", "发放", "验收", "上线" };

    /// <summary>Parses one cell; <paramref name="indicatorName"/> supplies a bracket unit when the cell has none.</summary>
    /// <param name="text">The cell text as written; null or blank is <see cref="IndicatorValue.Empty"/>.</param>
    /// <param name="indicatorName">The 三级 indicator name, or null.</param>
    /// <returns>A value, or for invalid text (see remarks) a positioned error; never throws.</returns>
    public static ParseResult Parse(string? text, string? indicatorName = null)
    {
        if (text is null) return ParseResult.Success(IndicatorValue.Empty);
        CellText.Trim(text, out var s, out var e);
        if (s == e) return ParseResult.Success(IndicatorValue.Empty);

        var first = CellText.Fold(text[s]);
        var cjk = CellText.IsCjk(first);
        if (cjk && Vocabulary.TryLookup(text, s, e - s, out var word)) return ParseResult.Success(word);
        if (e - s <= 2 && NotApplicableMarks.TryGet(text, s, e - s, out var mark)) return ParseResult.Success(mark);

        if (first == '序' || first == '按') return ParseOnSchedule(text, s, e);

        if (IsSymbolOperatorStart(first) && TryReadOperator(text, s, e, SymbolOperators, out var comparison, out var opLength))
        {
            return ParseAfterOperator(text, s, e, s + opLength, comparison, symbol: true, indicatorName);
        }

        if (cjk && TryReadOperator(text, s, e, WordOperators, out comparison, out opLength))
        {
            return ParseAfterOperator(text, s, e, s + opLength, comparison, symbol: false, indicatorName);
        }

        if ((first == '年' || MayStartDate(text, s, e)) && TryParseDate(text, s, e, indicatorName, out var date)) return ParseResult.Success(date);
        if (CellText.IsDigit(first) || first == '-' || IsChineseNumeral(first)) return ParseQuantity(text, s, e, s, Comparison.Unspecified, hasPrefix: false, indicatorName);
        return FreeText(text, s, e);
    }

    /// <summary>
    /// Parses a value spread over separate columns, as in layouts with 指标性质 (operator), 指标值 and
    /// 度量单位/计量单位 columns (docs/import.md): <c>=</c> | <c>100</c> | <c>%</c> → <c>=100%</c>.
    /// </summary>
    /// <param name="operatorText">The operator column (<c>≥ ＞ ＝ ＜ ≤</c>, 不少于 …); anything else (定性, 定量, 正向, blank) states no comparison.</param>
    /// <param name="valueText">The value column; parsed like a cell, and errors point into this text.</param>
    /// <param name="unitText">The unit column; used when the value has no unit of its own and the column holds a unit
    /// (<c>%</c>, <c>人数</c>, <c>万元/人</c>); anything else there (<c>44,561</c>) is ignored — rule V06 compares the columns.</param>
    /// <param name="indicatorName">The 三级 name, whose bracket unit is the last resort.</param>
    /// <remarks>
    /// The column's operator applies to a bare number (Unspecified); an operator written in the value cell itself
    /// wins. The unit comes from the cell, else the unit column (<see cref="UnitSource.UnitColumn"/>), else the
    /// name's bracket. A blank value is <see cref="IndicatorValue.Empty"/> whatever the other columns say.
    /// </remarks>
    public static ParseResult ParseColumns(string? operatorText, string? valueText, string? unitText, string? indicatorName = null)
    {
        var result = Parse(valueText);
        if (!result.IsSuccess) return result;
        var columnComparison = TryParseComparison(operatorText, out var c) ? c : Comparison.Unspecified;
        var columnUnit = UnitFromColumn(unitText);
        switch (result.Value)
        {
            case NumericValue n:
            {
                var unit = n.Unit;
                var source = n.UnitSource;
                if (unit is null && columnUnit is not null)
                {
                    unit = columnUnit;
                    source = UnitSource.UnitColumn;
                }
                else if (unit is null && Units.FromIndicatorName(indicatorName) is { } bracket)
                {
                    unit = bracket;
                    source = UnitSource.NameBracket;
                }

                var comparison = n.Comparison == Comparison.Unspecified ? columnComparison : n.Comparison;
                if (comparison == Comparison.Unspecified && n.Magnitude == Magnitude.None && TryAsDate(n.Number, unit, out var year))
                {
                    return ParseResult.Success(new DateValue(DateValueKind.Point, year));
                }

                return ParseResult.Success(new NumericValue(comparison, n.Number, unit, source, n.Magnitude));
            }

            case RangeValue r when r.Unit is null && (columnUnit ?? Units.FromIndicatorName(indicatorName)) is { } unit:
                return ParseResult.Success(new RangeValue(r.Low, r.High, unit));
            case DateValue { DateKind: DateValueKind.Point } d when columnComparison is Comparison.AtMost or Comparison.LessThan:
                return ParseResult.Success(new DateValue(DateValueKind.Deadline, d.Start));
            default:
                return result;
        }
    }

    /// <summary>
    /// Reads a comparison written alone (an operator column): <c>≥</c>, <c>＞＝</c>, <c>不少于</c>, <c>＝</c> …; false for
    /// anything else (定性, 正向, blank), so a reader can tell an operator column from a direction column.
    /// </summary>
    public static bool TryParseComparison(string? text, out Comparison comparison)
    {
        comparison = Comparison.Unspecified;
        if (text is null) return false;
        CellText.Trim(text, out var s, out var e);
        if (s == e) return false;
        var spellings = CellText.IsCjk(text[s]) ? WordOperators : SymbolOperators;
        return TryReadOperator(text, s, e, spellings, out comparison, out var length) && length == e - s;
    }

    private static string? UnitFromColumn(string? unitText)
    {
        if (unitText is null) return null;
        CellText.Trim(unitText, out var s, out var e);
        if (s == e) return null;
        var length = Units.ReadUnit(unitText, s, e, allowUnknown: true, out var unit);
        return length == e - s ? unit : null;
    }

    private static bool IsSymbolOperatorStart(char c) => c is '>' or '<' or '=' or '≥' or '≧' or '⩾' or '≮' or '≤' or '≦' or '⩽' or '≯' or '═';

    /// <summary>True when a postfix comparison (以上, 以下, 以内, 之内, 内, 及以上, 及以下) starts at <paramref name="index"/>.</summary>
    internal static bool IsPostfixOperatorAt(string text, int index, int end) =>
        text[index] is '及' or '以' or '之' or '内' && TryReadOperator(text, index, end, PostfixOperators, out _, out _);

    private static ParseResult ParseOnSchedule(string text, int s, int e)
    {
        var i = s;
        if (CellText.StartsWith(text, i, e, "按")) i++;
        if (!CellText.StartsWith(text, i, e, "序时进度")) return FreeText(text, s, e);
        i = CellText.SkipSpaces(text, i + 4, e);
        if (i == e) return ParseResult.Success(OnScheduleOnly);
        var status = ReadNumber(text, i, e, allowChinese: false, out var number, out var next, out var error);
        if (status == NumberStatus.Error) return Fail(text, error);
        if (status == NumberStatus.None || CellText.SkipSpaces(text, next, e) != e) return FreeText(text, s, e);
        return ParseResult.Success(new OnScheduleValue(number));
    }

    private static ParseResult ParseAfterOperator(string text, int s, int e, int afterOperator, Comparison comparison, bool symbol, string? indicatorName)
    {
        var i = CellText.SkipSpaces(text, afterOperator, e);
        if (i == e)
        {
            return symbol ? Fail(text, new ErrorSpan(e, 0, ParseMessages.OperatorAtEnd, ParseMessages.ExpectNumber)) : FreeText(text, s, e);
        }

        if ((comparison == Comparison.AtMost || comparison == Comparison.LessThan) &&
            TryParseDate(text, i, e, null, out var date) && date.DateKind == DateValueKind.Point && HasAnchor(date.Start))
        {
            return ParseResult.Success(new DateValue(DateValueKind.Deadline, date.Start));
        }

        var c = CellText.Fold(text[i]);
        var startsNumber = CellText.IsDigit(c) || (c == '-' && i + 1 < e && CellText.IsDigit(CellText.Fold(text[i + 1]))) || IsChineseNumeral(c);
        if (!startsNumber)
        {
            if (!symbol) return FreeText(text, s, e);
            var j = i;
            while (j < e && !CellText.IsDigit(CellText.Fold(text[j])) && !CellText.IsSpace(text[j])) j++;
            return Fail(text, new ErrorSpan(i, j - i, ParseMessages.OperatorWithoutNumber, ParseMessages.ExpectNumber));
        }

        return ParseQuantity(text, s, e, i, comparison, hasPrefix: true, indicatorName);
    }

    private static bool HasAnchor(PartialDate date) => date.Year is not null || date.Day is not null || date.EndOfMonth;

    /// <summary>Numeric or Range starting with a number at <paramref name="i"/>.</summary>
    private static ParseResult ParseQuantity(string text, int s, int e, int i, Comparison comparison, bool hasPrefix, string? indicatorName)
    {
        var status = ReadNumber(text, i, e, allowChinese: true, out var number, out var next, out var error);
        if (status == NumberStatus.Error) return Fail(text, error);
        if (status == NumberStatus.None) return FreeText(text, s, e);
        var chinese = status == NumberStatus.Chinese;
        var numberStart = i;

        i = ReadMagnitudeAndUnit(text, next, e, out var magnitude, out var unit, out var magnitudeEnd);
        if (!InRange(number, magnitude)) return Fail(text, new ErrorSpan(numberStart, magnitudeEnd - numberStart, ParseMessages.TooLarge, ParseMessages.ExpectSmallerNumber));
        i = CellText.SkipSpaces(text, i, e);

        if (i < e && IsPostfixOperatorAt(text, i, e) && TryReadOperator(text, i, e, PostfixOperators, out var postfix, out var postLength))
        {
            if (hasPrefix && postfix != comparison) return FreeText(text, s, e);
            comparison = postfix;
            i = SkipInclusiveMark(text, CellText.SkipSpaces(text, i + postLength, e), e);
            if (i != e) return FreeText(text, s, e);
        }
        else if (i < e)
        {
            if (hasPrefix || !TryReadSeparator(text, i, e, out var sepLength)) return FreeText(text, s, e);
            return ParseRangeHigh(text, s, e, CellText.SkipSpaces(text, i + sepLength, e), number, magnitude, unit, chinese, indicatorName);
        }

        var source = UnitSource.Cell;
        if (unit is null)
        {
            unit = Units.FromIndicatorName(indicatorName);
            source = UnitSource.NameBracket;
        }

        if (chinese && unit is null) return FreeText(text, s, e);
        if (comparison == Comparison.Unspecified && magnitude == Magnitude.None && TryAsDate(number, unit, out var date)) return ParseResult.Success(new DateValue(DateValueKind.Point, date));
        return ParseResult.Success(new NumericValue(comparison, number, unit, source, magnitude));
    }

    private static ParseResult ParseRangeHigh(string text, int s, int e, int i, decimal low, Magnitude lowMagnitude, string? lowUnit, bool lowChinese, string? indicatorName)
    {
        if (i >= e) return FreeText(text, s, e);
        var status = ReadNumber(text, i, e, allowChinese: true, out var high, out var next, out var error);
        if (status == NumberStatus.Error) return Fail(text, error);
        if (status == NumberStatus.None) return FreeText(text, s, e);
        var highStart = i;
        i = ReadMagnitudeAndUnit(text, next, e, out var highMagnitude, out var highUnit, out var highMagnitudeEnd);
        if (CellText.SkipSpaces(text, i, e) != e) return FreeText(text, s, e);
        if (lowUnit is not null && highUnit is not null && !string.Equals(lowUnit, highUnit, StringComparison.Ordinal)) return FreeText(text, s, e);

        // A unit or magnitude written once belongs to both ends: 3~5万元, 1~2万亩.
        if (lowUnit is null && lowMagnitude == Magnitude.None) lowMagnitude = highMagnitude;
        if (highUnit is null && highMagnitude == Magnitude.None) highMagnitude = lowMagnitude;
        var unit = highUnit ?? lowUnit ?? Units.FromIndicatorName(indicatorName);
        if ((lowChinese || status == NumberStatus.Chinese) && unit is null) return FreeText(text, s, e);
        if (!InRange(low, lowMagnitude) || !InRange(high, highMagnitude))
        {
            return Fail(text, new ErrorSpan(highStart, highMagnitudeEnd - highStart, ParseMessages.TooLarge, ParseMessages.ExpectSmallerNumber));
        }

        low *= lowMagnitude.Factor();
        high *= highMagnitude.Factor();
        if (unit is null && TryAsDate(low, null, out var from) && TryAsDate(high, null, out var to))
        {
            return ParseResult.Success(new DateValue(DateValueKind.Period, from, to));
        }

        return ParseResult.Success(new RangeValue(low, high, unit));
    }

    /// <summary>
    /// A bare number whose canonical text is a date's (<c>2026.070</c> prints as <c>2026.07</c>; <c>2026 年</c> as
    /// <c>2026年</c>) is that date, so that every value prints to text that parses back to it.
    /// </summary>
    private static bool TryAsDate(decimal number, string? unit, out PartialDate date)
    {
        date = default;
        if (number < 1900m || number > 2100m) return false;
        var year = decimal.Truncate(number);
        if (unit is null)
        {
            var month = (number - year) * 100m;
            if (month != decimal.Truncate(month) || month < 1m || month > 12m || month == 10m) return false;
            date = new PartialDate((int)year, (int)month, null);
            return true;
        }

        if (unit == "年" && number == year)
        {
            date = new PartialDate((int)year, null, null);
            return true;
        }

        return false;
    }

    /// <summary>Reads <c>[ws] [万|亿] [ws] [unit]</c>; 万元/亿元/万平方米 are units, not magnitudes.</summary>
    private static int ReadMagnitudeAndUnit(string text, int i, int e, out Magnitude magnitude, out string? unit, out int magnitudeEnd)
    {
        magnitude = Magnitude.None;
        unit = null;
        magnitudeEnd = i;
        var j = CellText.SkipSpaces(text, i, e);
        if (j >= e) return j;
        var c = text[j];
        if ((c == '万' || c == '亿') && !Units.TryMatchKnown(text, j, e, out _) && !(j + 1 < e && CellText.Fold(text[j + 1]) == '/'))
        {
            magnitude = c == '万' ? Magnitude.TenThousand : Magnitude.HundredMillion;
            magnitudeEnd = j + 1;
            j = CellText.SkipSpaces(text, j + 1, e);
            if (j >= e) return j;
        }

        if (IsPostfixOperatorAt(text, j, e)) return j;
        var length = Units.ReadUnit(text, j, e, allowUnknown: true, out unit);
        return j + length;
    }

    /// <summary>Skips <c>(含)</c>/<c>（含）</c> after 以上/以下/以内 ("inclusive", which those words already are).</summary>
    private static int SkipInclusiveMark(string text, int i, int e)
    {
        if (i + 3 <= e && (text[i] == '(' || text[i] == '（') && text[i + 1] == '含' && (text[i + 2] == ')' || text[i + 2] == '）'))
        {
            return CellText.SkipSpaces(text, i + 3, e);
        }

        return i;
    }

    private static bool InRange(decimal number, Magnitude magnitude) =>
        magnitude == Magnitude.None || Math.Abs(number) <= decimal.MaxValue / magnitude.Factor();

    private static bool TryReadSeparator(string text, int i, int e, out int length)
    {
        foreach (var sep in RangeSeparators)
        {
            if (CellText.StartsWith(text, i, e, sep))
            {
                length = sep.Length;
                return true;
            }
        }

        length = 0;
        return false;
    }

    private static bool TryReadOperator(string text, int i, int e, OperatorSpelling[] spellings, out Comparison comparison, out int length)
    {
        var c = CellText.Fold(text[i]);
        foreach (var op in spellings)
        {
            if (op.Text[0] == c && CellText.StartsWith(text, i, e, op.Text))
            {
                comparison = op.Comparison;
                length = op.Text.Length;
                return true;
            }
        }

        comparison = Comparison.Unspecified;
        length = 0;
        return false;
    }

    private static ParseResult FreeText(string text, int s, int e) =>
        ParseResult.Success(new FreeTextValue(s == 0 && e == text.Length ? text : text.Substring(s, e - s)));

    private static ParseResult Fail(string text, ErrorSpan error) =>
        ParseResult.Failure(new ParseError(text, error.Offset, error.Length, error.Message, error.Expected));

    // ---------------------------------------------------------------- numbers

    private enum NumberStatus
    {
        None,
        Arabic,
        Chinese,
        Error,
    }

    /// <summary>
    /// Reads <c>['-'] digits [(',' ddd)*] ['.' digits]</c> or a small Chinese numeral at <paramref name="i"/>.
    /// Digits are accumulated in a ulong (no allocation) unless there are more than 19 of them.
    /// </summary>
    private static NumberStatus ReadNumber(string text, int i, int e, bool allowChinese, out decimal value, out int next, out ErrorSpan error)
    {
        value = 0m;
        next = i;
        error = default;
        var start = i;
        var negative = false;
        var c = CellText.Fold(text[i]);
        if (c == '-' && i + 1 < e && CellText.IsDigit(CellText.Fold(text[i + 1])))
        {
            negative = true;
            c = CellText.Fold(text[++i]);
        }

        if (!CellText.IsDigit(c))
        {
            return allowChinese && !negative && IsChineseNumeral(c) ? ReadChineseNumber(text, i, e, out value, out next) : NumberStatus.None;
        }

        ulong mantissa = 0;
        var digits = 0;
        var scale = 0;
        var groupStart = i;
        var groupLength = 0;
        var lastComma = -1;
        while (i < e)
        {
            c = CellText.Fold(text[i]);
            if (CellText.IsDigit(c))
            {
                if (mantissa != 0 || c != '0') digits++;
                if (digits <= 19) mantissa = (mantissa * 10) + (ulong)(c - '0');
                groupLength++;
                i++;
            }
            else if (c == ',' && i + 1 < e && CellText.IsDigit(CellText.Fold(text[i + 1])))
            {
                if (lastComma < 0 && groupLength > 3)
                {
                    error = new ErrorSpan(groupStart, groupLength, ParseMessages.BadFirstGroup, ParseMessages.ExpectGroup);
                    return NumberStatus.Error;
                }

                if (lastComma >= 0 && groupLength != 3)
                {
                    error = new ErrorSpan(lastComma, groupLength + 1, ParseMessages.BadThousandsGroup, ParseMessages.ExpectGroup);
                    return NumberStatus.Error;
                }

                lastComma = i;
                groupLength = 0;
                i++;
            }
            else
            {
                break;
            }
        }

        if (lastComma >= 0 && groupLength != 3)
        {
            error = new ErrorSpan(lastComma, groupLength + 1, ParseMessages.BadThousandsGroup, ParseMessages.ExpectGroup);
            return NumberStatus.Error;
        }

        if (i < e && CellText.Fold(text[i]) == '.')
        {
            var point = i;
            if (i + 1 < e && CellText.IsDigit(CellText.Fold(text[i + 1])))
            {
                i++;
                while (i < e && CellText.IsDigit(c = CellText.Fold(text[i])))
                {
                    if (mantissa != 0 || c != '0') digits++;
                    if (digits <= 19 && scale < 28) mantissa = (mantissa * 10) + (ulong)(c - '0');
                    scale++;
                    i++;
                }

                if (i < e && CellText.Fold(text[i]) == '.' && i + 1 < e && CellText.IsDigit(CellText.Fold(text[i + 1])))
                {
                    error = new ErrorSpan(i, 1, ParseMessages.SecondDecimalPoint, ParseMessages.ExpectDigit);
                    return NumberStatus.Error;
                }

                if (i < e && CellText.Fold(text[i]) == '.' && (i + 1 == e || CellText.Fold(text[i + 1]) == '.'))
                {
                    error = new ErrorSpan(i, 1, ParseMessages.SecondDecimalPoint, ParseMessages.ExpectDigit);
                    return NumberStatus.Error;
                }

                if (i < e && CellText.Fold(text[i]) == ',' && i + 1 < e && CellText.IsDigit(CellText.Fold(text[i + 1])))
                {
                    var j = i + 1;
                    while (j < e && CellText.IsDigit(CellText.Fold(text[j]))) j++;
                    error = new ErrorSpan(i, j - i, ParseMessages.SeparatorInFraction, ParseMessages.ExpectDigit);
                    return NumberStatus.Error;
                }
            }
            else if (i + 1 < e && CellText.Fold(text[i + 1]) == '.')
            {
                error = new ErrorSpan(i + 1, 1, ParseMessages.DoubleDecimalPoint, ParseMessages.ExpectDigit);
                return NumberStatus.Error;
            }
            else if (i + 1 == e || !CellText.IsCjk(text[i + 1]))
            {
                error = new ErrorSpan(point, 1, ParseMessages.DanglingDecimalPoint, ParseMessages.ExpectDigit);
                return NumberStatus.Error;
            }

            // else: "1.完成…" — a numbered sentence; the number ends before the point.
        }

        next = i;
        if (digits <= 19 && scale <= 28)
        {
            value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)scale);
            return NumberStatus.Arabic;
        }

        // Rare: more than 19 significant digits. Strip separators and let decimal do the rounding.
        var chars = new char[i - start];
        var n = 0;
        for (var k = start; k < i; k++)
        {
            var ch = CellText.Fold(text[k]);
            if (ch != ',') chars[n++] = ch;
        }

        if (decimal.TryParse(new string(chars, 0, n), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return NumberStatus.Arabic;
        }

        error = new ErrorSpan(start, i - start, ParseMessages.TooLarge, ParseMessages.ExpectSmallerNumber);
        return NumberStatus.Error;
    }

    private static bool IsChineseNumeral(char c) => ChineseDigit(c) >= 0 || c == '十' || c == '百' || c == '千';

    private static int ChineseDigit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>一 两 十 二十 一百 三百零五 … up to 9999; malformed sequences (一二) are no number.</summary>
    private static NumberStatus ReadChineseNumber(string text, int i, int e, out decimal value, out int next)
    {
        value = 0m;
        next = i;
        var total = 0;
        var digit = -1;
        var lastMultiplier = 10_000;
        var afterZero = false;
        var j = i;
        for (; j < e; j++)
        {
            var c = text[j];
            var d = ChineseDigit(c);
            if (d >= 0)
            {
                if (digit >= 0) return NumberStatus.None;
                if (d == 0)
                {
                    afterZero = true;
                    continue;
                }

                digit = d;
                continue;
            }

            var multiplier = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (multiplier == 0) break;
            if (multiplier >= lastMultiplier) return NumberStatus.None;
            if (digit < 0 && !(multiplier == 10 && j == i)) return NumberStatus.None;
            total += (digit < 0 ? 1 : digit) * multiplier;
            digit = -1;
            lastMultiplier = multiplier;
            afterZero = false;
        }

        if (j == i) return NumberStatus.None;
        if (afterZero && digit < 0 && total == 0) return NumberStatus.None;
        if (digit >= 0) total += digit;
        value = total;
        next = j;
        return NumberStatus.Chinese;
    }

    // ---------------------------------------------------------------- dates

    private static bool TryParseDate(string text, int s, int e, string? indicatorName, out DateValue value)
    {
        value = null!;
        if (TryReadMonthSpan(text, s, e, out value)) return true;
        if (!TryReadDate(text, s, e, null, out var start, out var i, out var dotted)) return false;
        if (i == e)
        {
            // A bare 12月 is a duration of months (like 12个月), not December: only a year, a day or 底 anchors a point.
            if (!HasAnchor(start)) return false;

            // 2026.07 is a date, but 2000.10 in an indicator measured in 万元 is a number.
            if (dotted && Units.FromIndicatorName(indicatorName) is { } u && !Units.IsDuration(u)) return false;
            value = start.Month == 12 && start.EndOfMonth && start.Year is null && IsYearEndWord(text, s, e, "年内")
                ? new DateValue(DateValueKind.Deadline, start)
                : new DateValue(DateValueKind.Point, start);
            return true;
        }

        // Deadline words and verbs first: 到位 starts with the range separator 到.
        var k = i;
        foreach (var word in DeadlineWords)
        {
            if (CellText.StartsWith(text, k, e, word))
            {
                k += word.Length;
                break;
            }
        }

        foreach (var verb in CompletionVerbs)
        {
            if (CellText.StartsWith(text, k, e, verb))
            {
                k += verb.Length;
                break;
            }
        }

        if (k != i && CellText.SkipSpaces(text, k, e) == e)
        {
            value = new DateValue(DateValueKind.Deadline, start);
            return true;
        }

        if (TryReadSeparator(text, i, e, out var sepLength))
        {
            var j = CellText.SkipSpaces(text, i + sepLength, e);
            if (j < e && TryReadDate(text, j, e, start.Year, out var end, out var after, out _) && CellText.SkipSpaces(text, after, e) == e)
            {
                value = new DateValue(DateValueKind.Period, start, end);
                return true;
            }
        }

        return false;
    }

    /// <summary>Cheap pre-check: four digits then 年 . - /, or one or two digits then 月 (most numbers are no date).</summary>
    private static bool MayStartDate(string text, int s, int e)
    {
        var i = s;
        while (i < e && i - s < 5 && CellText.IsDigit(CellText.Fold(text[i]))) i++;
        if (i == e) return false;
        var n = i - s;
        var c = CellText.Fold(text[i]);
        return (n == 4 && c is '年' or '.' or '-' or '/') || ((n == 1 || n == 2) && c == '月');
    }

    /// <summary><c>2026年1-6月</c> / <c>2026年1至6月</c>: a period of months within one year.</summary>
    private static bool TryReadMonthSpan(string text, int s, int e, out DateValue value)
    {
        value = null!;
        var year = ReadSmallInt(text, s, e, 4, out var yearLength);
        if (yearLength != 4 || year < 1900 || year > 2100 || s + 4 >= e || text[s + 4] != '年') return false;
        var i = s + 5;
        var m1 = ReadSmallInt(text, i, e, 2, out var l1);
        if (l1 == 0 || m1 < 1 || m1 > 12) return false;
        i += l1;
        if (i >= e || !TryReadSeparator(text, i, e, out var sep)) return false;
        i += sep;
        var m2 = ReadSmallInt(text, i, e, 2, out var l2);
        if (l2 == 0 || m2 < 1 || m2 > 12 || i + l2 >= e || text[i + l2] != '月' || CellText.SkipSpaces(text, i + l2 + 1, e) != e) return false;
        value = new DateValue(DateValueKind.Period, new PartialDate(year, m1, null), new PartialDate(year, m2, null));
        return true;
    }

    private static bool IsYearEndWord(string text, int s, int e, string word) => CellText.StartsWith(text, s, e, word);

    /// <summary>
    /// Reads one partial date: <c>YYYY年[M月[D日]][底|末]</c>, <c>YYYY年度</c>, <c>YYYY.MM[.DD]</c>, <c>YYYY-MM-DD</c>,
    /// <c>YYYY/MM/DD</c>, <c>M月[D日][底|末]</c>, <c>年底</c>/<c>年末</c>/<c>年内</c>.
    /// </summary>
    // Long by design: one scanner for the seven date spellings above, which share their year/month/day reading and the position.
    private static bool TryReadDate(string text, int i, int e, int? contextYear, out PartialDate date, out int next, out bool dotted)
    {
        date = default;
        next = i;
        dotted = false;
        if (text[i] == '年' && (CellText.StartsWith(text, i, e, "年底") || CellText.StartsWith(text, i, e, "年末") || CellText.StartsWith(text, i, e, "年内")))
        {
            date = new PartialDate(contextYear, 12, null, endOfMonth: true);
            next = i + 2;
            return true;
        }

        var n1 = ReadSmallInt(text, i, e, 4, out var len1);
        if (len1 == 0) return false;
        var j = i + len1;
        int? year = null;
        int? month = null;
        int? day = null;
        if (len1 == 4)
        {
            if (n1 < 1900 || n1 > 2100 || j >= e) return false;
            year = n1;
            var c = CellText.Fold(text[j]);
            if (c == '年')
            {
                j++;
                if (j < e && text[j] == '度') j++;
                else if (j < e && (text[j] == '底' || text[j] == '末'))
                {
                    date = new PartialDate(year, 12, null, endOfMonth: true);
                    next = j + 1;
                    return true;
                }

                var m = ReadSmallInt(text, j, e, 2, out var mLen);
                if (mLen > 0 && j + mLen < e && text[j + mLen] == '月' && m >= 1 && m <= 12)
                {
                    month = m;
                    j += mLen + 1;
                    ReadDayAndEnd(text, ref j, e, ref day, out var eom);
                    date = new PartialDate(year, month, day, eom);
                    next = j;
                    return day is null || day <= 31;
                }

                date = new PartialDate(year, null, null);
                next = j;
                return true;
            }

            if (c == '.' || c == '-' || c == '/')
            {
                var m = ReadSmallInt(text, j + 1, e, 2, out var mLen);
                if (mLen == 0 || m < 1 || m > 12) return false;
                var k = j + 1 + mLen;
                if (k + 1 < e && CellText.Fold(text[k]) == c)
                {
                    var d = ReadSmallInt(text, k + 1, e, 2, out var dLen);
                    if (dLen == 0 || d < 1 || d > 31) return false;
                    date = new PartialDate(year, m, d);
                    next = k + 1 + dLen;
                    return true;
                }

                if (c != '.' || mLen != 2) return false;
                date = new PartialDate(year, m, null);
                next = k;
                dotted = true;
                return true;
            }

            return false;
        }

        // M月[D日]
        if (j >= e || text[j] != '月' || n1 < 1 || n1 > 12) return false;
        month = n1;
        j++;
        ReadDayAndEnd(text, ref j, e, ref day, out var endOfMonth);
        if (day > 31) return false;
        date = new PartialDate(contextYear, month, day, endOfMonth);
        next = j;
        return true;
    }

    private static void ReadDayAndEnd(string text, ref int j, int e, ref int? day, out bool endOfMonth)
    {
        endOfMonth = false;
        var d = ReadSmallInt(text, j, e, 2, out var dLen);
        if (dLen > 0 && j + dLen < e && (text[j + dLen] == '日' || text[j + dLen] == '号') && d >= 1)
        {
            day = d;
            j += dLen + 1;
            return;
        }

        if (j < e && (text[j] == '底' || text[j] == '末'))
        {
            endOfMonth = true;
            j++;
        }
    }

    /// <summary>Reads up to <paramref name="maxDigits"/> digits (more digits: no match).</summary>
    private static int ReadSmallInt(string text, int i, int e, int maxDigits, out int length)
    {
        var value = 0;
        length = 0;
        while (i + length < e && CellText.IsDigit(CellText.Fold(text[i + length])))
        {
            if (length == maxDigits)
            {
                length = 0;
                return 0;
            }

            value = (value * 10) + (CellText.Fold(text[i + length]) - '0');
            length++;
        }

        return value;
    }

    private static KeyValuePair<string, EmptyValue> Mark(string mark) => new(mark, new EmptyValue(mark));

    private readonly struct OperatorSpelling
    {
        internal OperatorSpelling(string text, Comparison comparison)
        {
            Text = text;
            Comparison = comparison;
        }

        internal string Text { get; }

        internal Comparison Comparison { get; }
    }

    private readonly struct ErrorSpan
    {
        internal ErrorSpan(int offset, int length, string message, IReadOnlyList<string> expected)
        {
            Offset = offset;
            Length = length;
            Message = message;
            Expected = expected;
        }

        internal int Offset { get; }

        internal int Length { get; }

        internal string Message { get; }

        internal IReadOnlyList<string> Expected { get; }
    }
}
