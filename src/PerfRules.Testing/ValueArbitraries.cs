using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Values;

namespace PerfRules.Testing;

/// <summary>Generators for indicator values (<see cref="IndicatorValue"/> and its cases) and for cell texts.</summary>
/// <remarks>
/// Every generated value is canonical (<see cref="IndicatorValue.IsCanonical"/>): it prints to a text that
/// parses back to an equal value. Cell texts come in four flavours, each its own wrapper type so that they
/// do not replace FsCheck's own <see cref="string"/> generator: <see cref="ValidCellText"/> (the notations of
/// docs/values.md, in many spellings), <see cref="NearValidCellText"/> (one edit away: doubled operators, stray
/// points, bad thousands groups, extra words), <see cref="FullWidthCellText"/> (valid text in full-width
/// forms and ideographic spaces) and <see cref="AnyCellText"/> (all of these mixed with arbitrary strings,
/// control characters and lone surrogates).
/// </remarks>
public static partial class Arbitraries
{
    private static readonly string[] CountUnits = { "家", "场", "个", "台", "套", "册", "项", "件", "次", "人", "人次", "名", "户", "条", "村", "间", "座" };
    private static readonly string[] OtherUnits = { "%", "百分比", "‰", "个百分点", "万元", "亿元", "元", "千元", "天", "日", "个工作日", "月", "个月", "年", "小时", "P", "PFLOPS", "平方米", "万平方米", "公里", "亩", "吨", "分", "mg/L" };
    private static readonly string[] RateUnits = { "元/人", "万元/人", "人/次", "次/月", "人/年", "万/月", "元/平方米", "箱/月" };
    private static readonly string[] UnknownMeasureWords = { "枚", "粒", "瓶", "箱", "桶", "盆栽" };
    private static readonly string[] NotApplicableMarks = { "/", "—", "——", "-", "--", "//" };

    private static readonly string[] FreeTexts =
    {
        "完成数据采集场搭建，完成100万条数据采集", "严格按照预算标准1000元/人给补助对象兑付补助", "按月安排", "200家企业", "1.完成系统升级",
        "不少于规定标准", "3，5", "第十届", "6G", "指标2:", "……", "≥5家，其中省级2家", "保障单位正常运转", "促进社会和谐", "PM2.5",
        "2026版", "详见附件", "维持时效", "abc", "一定程度提升", "x", "待定", "[待补充]",
    };

    /// <summary>Any canonical indicator value, every case represented.</summary>
    public static Arbitrary<IndicatorValue> IndicatorValue() => Arb.From(IndicatorValueGen);

    /// <summary>Numeric values: every comparison, integers and decimals (negative too), known, rate and unknown units, 万/亿 magnitudes.</summary>
    public static Arbitrary<NumericValue> NumericValue() => Arb.From(NumericGen);

    /// <summary>Ranges, including low &gt; high and negative bounds.</summary>
    public static Arbitrary<RangeValue> RangeValue() => Arb.From(RangeGen);

    /// <summary>Every vocabulary word of every kind.</summary>
    public static Arbitrary<QualitativeValue> QualitativeValue() => Arb.From(QualitativeGen);

    /// <summary>序时进度 with and without an amount.</summary>
    public static Arbitrary<OnScheduleValue> OnScheduleValue() => Arb.From(OnScheduleGen);

    /// <summary>Points, periods and deadlines with years 1900–2100 and optional month/day/月底.</summary>
    public static Arbitrary<DateValue> DateValue() => Arb.From(DateGen);

    /// <summary>Free text the parser itself classifies as free text.</summary>
    public static Arbitrary<FreeTextValue> FreeTextValue() => Arb.From(FreeTextGen);

    /// <summary>Blank cells and the not-applicable marks.</summary>
    public static Arbitrary<EmptyValue> EmptyValue() => Arb.From(EmptyGen);

    /// <summary>Valid cell texts in many spellings (operators as words and symbols, postfix 以上/以内, spaces, thousands separators).</summary>
    public static Arbitrary<ValidCellText> ValidCellText() => Arb.From(ValidTextGen.Select(t => new ValidCellText(t)));

    /// <summary>Texts one edit away from valid (doubled operators, stray decimal points, bad thousands groups, appended words).</summary>
    public static Arbitrary<NearValidCellText> NearValidCellText() => Arb.From(NearValidTextGen.Select(t => new NearValidCellText(t)));

    /// <summary>Valid texts written with full-width digits, letters, operators and ideographic spaces.</summary>
    public static Arbitrary<FullWidthCellText> FullWidthCellText() => Arb.From(ValidTextGen.Select(ToFullWidth).Select(t => new FullWidthCellText(t)));

    /// <summary>Anything: valid, near-valid and full-width texts, arbitrary strings, control characters and lone surrogates.</summary>
    public static Arbitrary<AnyCellText> AnyCellText() => Arb.From(
        Gen.Frequency(
            (3, ValidTextGen),
            (3, NearValidTextGen),
            (2, ValidTextGen.Select(ToFullWidth)),
            (2, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)),
            (2, NoiseGen))
        .Select(t => new AnyCellText(t)));

    /// <summary>The generator behind <see cref="IndicatorValue()"/>, for composing your own.</summary>
    public static Gen<IndicatorValue> IndicatorValueGen => Gen.Frequency(
        (5, NumericGen.Select(v => (IndicatorValue)v)),
        (2, RangeGen.Select(v => (IndicatorValue)v)),
        (3, QualitativeGen.Select(v => (IndicatorValue)v)),
        (1, OnScheduleGen.Select(v => (IndicatorValue)v)),
        (2, DateGen.Select(v => (IndicatorValue)v)),
        (1, FreeTextGen.Select(v => (IndicatorValue)v)),
        (1, EmptyGen.Select(v => (IndicatorValue)v)));

    private static Gen<string?> UnitGen => Gen.Frequency(
        (3, Gen.Constant<string?>(null)),
        (4, Gen.Elements(CountUnits).Select(u => (string?)u)),
        (3, Gen.Elements(OtherUnits).Select(u => (string?)u)),
        (1, Gen.Elements(RateUnits).Select(u => (string?)u)),
        (1, Gen.Elements(UnknownMeasureWords).Select(u => (string?)u)));

    private static Gen<decimal> NumberGen => Gen.Frequency(
        (4, Gen.Choose(0, 1000).Select(i => (decimal)i)),
        (3, Gen.Choose(0, 99_999_999).SelectMany(m => Gen.Choose(0, 4).Select(scale => new decimal(m, 0, 0, false, (byte)scale)))),
        (1, Gen.Choose(1, 99_999).Select(i => -(decimal)i)),
        (1, Gen.Elements(0m, 100m, 8827620.53m, 44561m, 0.5m, 1.15m, 54.61m, 25227m, 1_000_000_000_000m, 79_228_162_514_264m)));

    private static Gen<NumericValue> NumericGen =>
        from comparison in Gen.Elements(Comparison.Unspecified, Comparison.AtLeast, Comparison.AtMost, Comparison.Exactly, Comparison.GreaterThan, Comparison.LessThan)
        from number in NumberGen
        from unit in UnitGen
        from magnitude in Gen.Frequency((8, Gen.Constant(Magnitude.None)), (1, Gen.Constant(Magnitude.TenThousand)), (1, Gen.Constant(Magnitude.HundredMillion)))
        from source in Gen.Elements(UnitSource.Cell, UnitSource.NameBracket, UnitSource.UnitColumn)
        let safeNumber = comparison == Comparison.Unspecified && magnitude == Magnitude.None && LooksLikeDate(number, unit) ? number + 10_000m : number
        select new NumericValue(comparison, safeNumber, unit, source, magnitude);

    private static Gen<RangeValue> RangeGen =>
        from low in NumberGen
        from high in NumberGen
        from unit in UnitGen
        let safeLow = unit is null && LooksLikeDate(low, null) && LooksLikeDate(high, null) ? low + 10_000m : low
        select new RangeValue(safeLow, high, unit);

    private static Gen<QualitativeValue> QualitativeGen => Gen.Elements(Vocabulary.AllWords.OrderBy(w => w.Word, StringComparer.Ordinal).ToArray());

    private static Gen<OnScheduleValue> OnScheduleGen => Gen.Frequency(
        (1, Gen.Constant(new OnScheduleValue(null))),
        (2, NumberGen.Select(n => new OnScheduleValue(n))));

    private static Gen<PartialDate> AnchoredDateGen =>
        from year in Gen.Frequency((3, Gen.Choose(1900, 2100).Select(y => (int?)y)), (1, Gen.Constant<int?>(null)))
        from month in Gen.Frequency((4, Gen.Choose(1, 12).Select(m => (int?)m)), (1, Gen.Constant<int?>(null)))
        from day in Gen.Frequency((1, Gen.Choose(1, 31).Select(d => (int?)d)), (2, Gen.Constant<int?>(null)))
        from endOfMonth in Gen.Elements(false, true)
        let m = month ?? (year is null ? 12 : (int?)null)
        let d = m is null ? null : day
        let eom = m is not null && d is null && (endOfMonth || year is null)
        select new PartialDate(year, m, d, eom);

    private static Gen<DateValue> DateGen => Gen.OneOf(
        AnchoredDateGen.Select(d => new DateValue(DateValueKind.Point, d)),
        AnchoredDateGen.Select(d => new DateValue(DateValueKind.Deadline, d)),
        from start in AnchoredDateGen
        from end in AnchoredDateGen
        let e = end.Year is null && start.Year is { } y && end.Month is not null ? new PartialDate(y, end.Month, end.Day, end.EndOfMonth) : end
        where !(start.Year is null && start.Month is null)
        select new DateValue(DateValueKind.Period, start, e));

    private static Gen<FreeTextValue> FreeTextGen => Gen.OneOf(
        Gen.Elements(FreeTexts),
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty))
        .Select(t => IndicatorValueParser.Parse(t))
        .Where(r => r.IsSuccess && r.Value is Values.FreeTextValue)
        .Select(r => (FreeTextValue)r.Value);

    private static Gen<EmptyValue> EmptyGen => Gen.Frequency(
        (1, Gen.Constant(Values.IndicatorValue.Empty)),
        (2, Gen.Elements(NotApplicableMarks).Select(m => new EmptyValue(m))));

    private static Gen<string> OperatorGen => Gen.Elements(
        "", "", "", "≥", "≤", "=", ">", "<", ">=", "<=", "≧", "≦", "═", "＝", "＞", "＜", "不少于", "不低于", "至少", "不超过", "不高于", "至多", "≥ ", "= ");

    private static Gen<string> NumberTextGen => Gen.OneOf(
        NumberGen.Select(ValueText.FormatNumber),
        Gen.Elements("8,827,620.53", "44,561", "1,000", "3,309,840.00", "1.0", "0.50", "007", "一", "两", "十", "二十", "一百", "三"));

    private static Gen<string> ValidTextGen => Gen.OneOf(
        from op in OperatorGen
        from number in NumberTextGen
        from space in Gen.Elements("", "", " ")
        from magnitude in Gen.Elements("", "", "", "万", "亿")
        from unit in Gen.Elements(CountUnits.Concat(OtherUnits).Concat(RateUnits).Concat(UnknownMeasureWords).Append("").Append("").ToArray())
        from postfix in Gen.Elements("", "", "", "", "以上", "以内", "以下", "及以上", "内")
        select op + number + space + magnitude + unit + postfix,
        from low in NumberTextGen
        from sep in Gen.Elements("—", "-", "~", "～", "至", "到", "--")
        from high in NumberTextGen
        from unit in Gen.Elements("", "%", "场", "家", "万元", "天")
        from both in Gen.Elements(false, true)
        select low + (both ? unit : string.Empty) + sep + high + unit,
        Gen.Elements(Vocabulary.AllWords.Select(w => w.Word).OrderBy(w => w, StringComparer.Ordinal).ToArray()),
        Gen.Elements("序时进度", "序时进度 25227", "序时进度25227", "按序时进度", "序时进度 1.15"),
        Gen.Elements("2026年12月底前", "12月底前", "6月底前完成", "12月底到位", "2025年12月", "2018年10月底", "2026年6月30日", "2026.07", "2023.07-2024.01",
            "2021年1月-12月", "2023年4月-2024年2月", "年内完成", "年底前", "≤2026年6月30日", "2026-06-30", "2026年", "12月前", "2026年度", "2026年1-6月", "50%以上（含）", "1.2万亿元"),
        Gen.Elements("", " ", "/", "／", "—", "——", "-"),
        DateGen.Select(d => d.ToString()),
        NumericGen.Select(v => v.ToString()),
        RangeGen.Select(v => v.ToString()));

    private static Gen<string> NearValidTextGen =>
        from text in ValidTextGen
        from edit in Gen.Choose(0, 9)
        from position in Gen.Choose(0, 100)
        select Edit(text, edit, position);

    private static Gen<string> NoiseGen =>
        from chars in Gen.ArrayOf(Gen.Elements('\u0000', '\u0001', '\t', '\n', '\r', '\u3000', '\u200B', '\uFEFF', '\uD800', '\uDC00', '≥', '＞', '＝', '.', ',', '-', '—', '~', '/', '万', '亿', '元', '年', '月', '底', '前', '序', '时', '进', '度', '１', '0', '9', '%', '％', '以', '上', '一', '十', '家', 'P'))
        select new string(chars);

    private static string Edit(string text, int edit, int position)
    {
        var at = text.Length == 0 ? 0 : position % (text.Length + 1);
        return edit switch
        {
            0 => "≥" + text,
            1 => text.Insert(at, "."),
            2 => text.Insert(at, ".."),
            3 => text.Insert(at, ","),
            4 => text + "以上以下",
            5 => text + "家企业",
            6 => text.Length == 0 ? "≥" : text.Remove(at == text.Length ? at - 1 : at, 1),
            7 => text.Insert(at, " "),
            8 => text.Insert(at, "\u0001"),
            _ => ">=" + text + "abc",
        };
    }

    /// <summary>Folds ASCII digits, letters, operators and spaces to their full-width forms (the inverse of the parser's fold).</summary>
    public static string ToFullWidth(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c == ' ') chars[i] = '\u3000';
            else if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c is '%' or '.' or '/' or '-' or '~' or '+' or '=' or '>' or '<') chars[i] = (char)(c + 0xFEE0);
        }

        return new string(chars);
    }

    /// <summary>True for a bare number whose canonical text is a date's (<c>2026.07</c>, <c>2026年</c>); such a number is parsed as that date.</summary>
    private static bool LooksLikeDate(decimal number, string? unit)
    {
        if (number < 1900m || number > 2100m) return false;
        var year = decimal.Truncate(number);
        if (unit == "年") return number == year;
        if (unit is not null) return false;
        var month = (number - year) * 100m;
        return month == decimal.Truncate(month) && month >= 1m && month <= 12m && month != 10m;
    }
}

/// <summary>A cell text in one of the valid notations of docs/values.md.</summary>
/// <param name="Text">The text.</param>
public sealed record ValidCellText(string Text)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>A cell text one edit away from a valid notation (may be valid, invalid or free text).</summary>
/// <param name="Text">The text.</param>
public sealed record NearValidCellText(string Text)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>A valid cell text written with full-width digits, letters, operators and spaces.</summary>
/// <param name="Text">The text.</param>
public sealed record FullWidthCellText(string Text)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>Any text at all, including control characters and lone surrogates.</summary>
/// <param name="Text">The text.</param>
public sealed record AnyCellText(string Text)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
