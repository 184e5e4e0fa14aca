using System;
using System.Collections.Generic;

namespace PerfRules.Values;

/// <summary>
/// The units of indicator values: classification (counts and money are cumulative, rates and levels
/// are not), compatibility and conversion. Used by rules C01 (half-year exceeds full-year, counts and
/// amounts only), C02 (incompatible units), V06 (cell unit vs bracket unit) and by
/// <see cref="ValueComparer"/>.
/// </summary>
/// <remarks>
/// Units form an open set with a known core (docs/values.md). Conversion is deliberately narrow: money
/// (元 ↔ 千元 ↔ 万元 ↔ 亿元), units that spell a magnitude (万平方米 = 10⁴ 平方米), <c>‰</c> ↔ <c>%</c>, and
/// pure aliases (日 = 天, 个月 = 月, 名 = 人, 百分比 = %). Everything else converts only to itself:
/// 台 and 家 are incompatible, and so are 天 and 个工作日 — a comparison across them would be a guess.
/// Compound rates convert part by part (<c>万元/人</c> = 10⁴ <c>元/人</c>).
/// </remarks>
public static class Units
{
    private static readonly Dictionary<string, UnitInfo> ByName = new(StringComparer.Ordinal);
    private static readonly Dictionary<char, UnitInfo[]> ByFirstChar = new();
    private static readonly UnitInfo[]?[] ByAsciiFirstChar = new UnitInfo[]?[128];

    // Long by design: the unit table itself (one line per unit and its spellings), data rather than logic.
    static Units()
    {
        foreach (var u in "家 场 个 台 套 册 项 件 次 人 人次 户 条 村 所 间 座 辆 批 篇 份 本 部 张 期 届 处 栋 幢 棵 株 头 只 艘 架 门 种 类 组 队 支 位 块 根 盏 宗 起 例 笔 台套 台次 户次 场次 车次 班次 家次 课时 学时 节 首 集 卷 网点".Split(' '))
        {
            Add(u, UnitCategory.Count);
        }

        Add("名", UnitCategory.Count, "人");
        Add("人数", UnitCategory.Count, "人");
        Add("次数", UnitCategory.Count, "次");
        Add("个数", UnitCategory.Count, "个");

        Add("元", UnitCategory.Money);
        Add("千元", UnitCategory.Money, "元", 1_000m);
        Add("万元", UnitCategory.Money, "元", 10_000m);
        Add("亿元", UnitCategory.Money, "元", 100_000_000m);

        Add("%", UnitCategory.Percentage);
        Add("百分比", UnitCategory.Percentage, "%");
        Add("‰", UnitCategory.Percentage, "%", 0.1m);

        Add("个百分点", UnitCategory.Level);
        Add("百分点", UnitCategory.Level, "个百分点");
        foreach (var u in "分 级 星 星级 倍 分贝 dB mg/L mg/m3 μg/m3 ug/m3 ℃ 摄氏度 mm".Split(' '))
        {
            Add(u, UnitCategory.Level);
        }

        Add("天", UnitCategory.Duration);
        Add("日", UnitCategory.Duration, "天");
        Add("个工作日", UnitCategory.Duration, "工作日");
        Add("工作日", UnitCategory.Duration);
        Add("月", UnitCategory.Duration);
        Add("个月", UnitCategory.Duration, "月");
        Add("季度", UnitCategory.Duration);
        Add("个季度", UnitCategory.Duration, "季度");
        foreach (var u in "年 周 小时 分钟 秒".Split(' '))
        {
            Add(u, UnitCategory.Duration);
        }

        Add("平方米", UnitCategory.Quantity);
        Add("万平方米", UnitCategory.Quantity, "平方米", 10_000m);
        Add("㎡", UnitCategory.Quantity, "平方米");
        Add("m2", UnitCategory.Quantity, "平方米");
        Add("米", UnitCategory.Quantity);
        Add("m", UnitCategory.Quantity, "米");
        Add("M", UnitCategory.Quantity, "米");
        Add("公里", UnitCategory.Quantity);
        Add("千米", UnitCategory.Quantity, "公里");
        Add("km", UnitCategory.Quantity, "公里");
        Add("公斤", UnitCategory.Quantity);
        Add("千克", UnitCategory.Quantity, "公斤");
        Add("kg", UnitCategory.Quantity, "公斤");
        Add("立方米", UnitCategory.Quantity);
        Add("m3", UnitCategory.Quantity, "立方米");
        Add("m³", UnitCategory.Quantity, "立方米");
        Add("千瓦", UnitCategory.Quantity);
        Add("kW", UnitCategory.Quantity, "千瓦");
        Add("千瓦时", UnitCategory.Quantity);
        Add("kWh", UnitCategory.Quantity, "千瓦时");
        foreach (var u in "平方公里 亩 公顷 吨 兆瓦 MW P PFLOPS TFLOPS EFLOPS GB TB PB Mbps Gbps".Split(' '))
        {
            Add(u, UnitCategory.Quantity);
        }

        // Common compound rates are interned so that parsing them allocates nothing.
        foreach (var u in "元/人 万元/人 元/次 元/年 元/月 元/平方米 元/亩 人/次 人/年 次/月 次/年 次/周 次/日 次/天 万/月 人次/年 元/人/年".Split(' '))
        {
            AddCompound(u);
        }

        var groups = new Dictionary<char, List<UnitInfo>>();
        foreach (var info in ByName.Values)
        {
            if (!groups.TryGetValue(info.Name[0], out var list)) groups[info.Name[0]] = list = new List<UnitInfo>();
            list.Add(info);
        }

        foreach (var pair in groups)
        {
            pair.Value.Sort((a, b) => b.Name.Length.CompareTo(a.Name.Length));
            ByFirstChar[pair.Key] = pair.Value.ToArray();
            if (pair.Key < 128) ByAsciiFirstChar[pair.Key] = ByFirstChar[pair.Key];
        }
    }

    /// <summary>
    /// The symbol a unit written out as a word stands for (<c>百分比</c> → <c>%</c>), or null when
    /// <paramref name="unit"/> is no such word. The value converts as the symbol does; the form writes the symbol.
    /// </summary>
    public static string? SymbolFor(string? unit) => unit is not null && WrittenOut.TryGetValue(unit, out var symbol) ? symbol : null;

    private static readonly Dictionary<string, string> WrittenOut = new(StringComparer.Ordinal) { ["百分比"] = "%" };

    /// <summary>Every unit the library knows by name, in no particular order.</summary>
    public static IEnumerable<string> KnownUnits => ByName.Keys;

    /// <summary>What <paramref name="unit"/> measures: <see cref="UnitCategory.None"/> for null, <see cref="UnitCategory.Rate"/> for any <c>x/y</c> not known as a level, <see cref="UnitCategory.Unknown"/> for a measure word the library does not know.</summary>
    public static UnitCategory Classify(string? unit)
    {
        if (string.IsNullOrEmpty(unit)) return UnitCategory.None;
        if (ByName.TryGetValue(unit!, out var info)) return info.Category;
        return unit!.IndexOf('/') > 0 ? UnitCategory.Rate : UnitCategory.Unknown;
    }

    /// <summary>True when <paramref name="unit"/> is in the known core (not merely a short CJK measure word).</summary>
    public static bool IsKnown(string? unit) => unit is not null && ByName.ContainsKey(unit);

    /// <summary>True for counts and amounts (things, people, events, money, physical quantities), which add up over the year; rule C01 judges only these.</summary>
    public static bool IsCumulative(string? unit) => Classify(unit) is UnitCategory.Count or UnitCategory.Money or UnitCategory.Quantity;

    /// <summary>True for time units used for durations (<c>≤3天</c>, <c>15个工作日</c>).</summary>
    public static bool IsDuration(string? unit) => Classify(unit) == UnitCategory.Duration;

    /// <summary>True for <c>%</c>, 百分比 and <c>‰</c>.</summary>
    public static bool IsPercentage(string? unit) => Classify(unit) == UnitCategory.Percentage;

    /// <summary>
    /// The base unit and the factor that converts one <paramref name="unit"/> into it
    /// (<c>万元</c> → <c>元</c>, 10⁴; <c>日</c> → <c>天</c>, 1; <c>万元/人</c> → <c>元/人</c>, 10⁴).
    /// An unknown unit is its own base with factor 1; no unit gives a null base.
    /// </summary>
    public static void GetBase(string? unit, out string? baseUnit, out decimal factor)
    {
        factor = 1m;
        baseUnit = null;
        if (string.IsNullOrEmpty(unit)) return;
        if (ByName.TryGetValue(unit!, out var info))
        {
            baseUnit = info.Base;
            factor = info.Factor;
            return;
        }

        var slash = unit!.IndexOf('/');
        if (slash > 0 && slash < unit.Length - 1)
        {
            GetBase(unit.Substring(0, slash), out var numBase, out var numFactor);
            GetBase(unit.Substring(slash + 1), out var denBase, out var denFactor);
            baseUnit = numBase + "/" + denBase;
            factor = numFactor / denFactor;
            return;
        }

        baseUnit = unit;
    }

    /// <summary>
    /// True when values in the two units can be compared after conversion: both absent, or the same
    /// base unit (万元 and 元 yes; 台 and 家 no; a unit and no unit no — that would be a guess).
    /// </summary>
    public static bool AreCompatible(string? first, string? second)
    {
        if (string.Equals(first, second, StringComparison.Ordinal)) return true;
        if (string.IsNullOrEmpty(first) || string.IsNullOrEmpty(second)) return string.IsNullOrEmpty(first) && string.IsNullOrEmpty(second);
        GetBase(first, out var a, out _);
        GetBase(second, out var b, out _);
        return string.Equals(a, b, StringComparison.Ordinal);
    }

    /// <summary>Converts <paramref name="value"/> from one unit to another (<c>2.5</c> 亿元 → <c>25000</c> 万元); false when the units are incompatible or the result overflows.</summary>
    public static bool TryConvert(decimal value, string? from, string? to, out decimal result)
    {
        result = 0m;
        if (!AreCompatible(from, to)) return false;
        GetBase(from, out _, out var f);
        GetBase(to, out _, out var t);
        if (f == t)
        {
            result = value;
            return true;
        }

        try
        {
            result = value * f / t;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>
    /// The unit written in the indicator name's closing bracket: <c>设备购置数量（台）</c> → <c>台</c>,
    /// <c>全市智算规模(P)</c> → <c>P</c>, <c>规上软件信息业营收增速（%）</c> → <c>%</c>. Only a known unit, a
    /// compound of such units, or a single CJK measure word counts; a bracket holding anything else
    /// (<c>（南京灾备节点）</c>, <c>（水平）</c>) is part of the name and gives null.
    /// </summary>
    public static string? FromIndicatorName(string? indicatorName)
    {
        if (indicatorName is null) return null;
        CellText.Trim(indicatorName, out var start, out var end);
        if (end - start < 3) return null;
        var close = indicatorName[end - 1];
        if (close != ')' && close != '）') return null;
        var open = end - 2;
        while (open >= start && indicatorName[open] != '(' && indicatorName[open] != '（' && indicatorName[open] != ')' && indicatorName[open] != '）') open--;
        if (open < start || indicatorName[open] == ')' || indicatorName[open] == '）') return null;
        var s = CellText.SkipSpaces(indicatorName, open + 1, end - 1);
        var e = end - 1;
        while (e > s && CellText.IsSpace(indicatorName[e - 1])) e--;
        if (e <= s) return null;
        if (TryMatchKnown(indicatorName, s, e, out var info) && info.Name.Length == e - s) return info.Name;
        var length = ReadUnit(indicatorName, s, e, allowUnknown: true, out var unit);
        if (length != e - s || unit is null) return null;
        return IsKnown(unit) || unit.IndexOf('/') > 0 || unit.Length == 1 ? unit : null;
    }

    /// <summary>The longest known unit starting at <paramref name="index"/>, compared after folding.</summary>
    internal static bool TryMatchKnown(string text, int index, int end, out UnitInfo info)
    {
        info = null!;
        if (index >= end) return false;
        var first = CellText.Fold(text[index]);
        var candidates = first < 128 ? ByAsciiFirstChar[first] : ByFirstChar.TryGetValue(first, out var found) ? found : null;
        if (candidates is null) return false;
        foreach (var candidate in candidates)
        {
            if (CellText.StartsWith(text, index, end, candidate.Name))
            {
                info = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads a unit at <paramref name="index"/>: the longest known unit, else (when allowed) a run of
    /// 1–3 CJK characters; then optionally <c>/</c> and a second such unit (a rate). Returns the number
    /// of characters read (0 when there is no unit) and the canonical unit text.
    /// </summary>
    internal static int ReadUnit(string text, int index, int end, bool allowUnknown, out string? unit)
    {
        unit = null;
        var firstLength = ReadSimpleUnit(text, index, end, allowUnknown, out var first);
        if (firstLength == 0)
        {
            // 万/月: 万 as the numerator of a rate (10 thousand per month).
            if (index + 1 < end && text[index] == '万' && CellText.Fold(text[index + 1]) == '/')
            {
                firstLength = 1;
                first = "万";
            }
            else
            {
                return 0;
            }
        }

        var i = index + firstLength;
        if (i + 1 < end && CellText.Fold(text[i]) == '/')
        {
            var secondLength = ReadSimpleUnit(text, i + 1, end, allowUnknown, out var second);
            if (secondLength > 0)
            {
                var total = firstLength + 1 + secondLength;
                if (TryMatchKnown(text, index, index + total, out var compound) && compound.Name.Length == total)
                {
                    unit = compound.Name;
                }
                else
                {
                    unit = first + "/" + second;
                }

                return total;
            }
        }

        unit = first;
        return firstLength;
    }

    private static int ReadSimpleUnit(string text, int index, int end, bool allowUnknown, out string? unit)
    {
        unit = null;
        if (index >= end) return 0;
        if (TryMatchKnown(text, index, end, out var info))
        {
            // a known unit that is a prefix of a longer ASCII word (5Pa) is no unit at all
            var after = index + info.Name.Length;
            if (after < end && CellText.IsAsciiLetter(info.Name[info.Name.Length - 1]) && CellText.IsAsciiLetter(CellText.Fold(text[after]))) return 0;
            unit = info.Name;
            return info.Name.Length;
        }

        if (!allowUnknown) return 0;
        // 至 and 到 separate a range (10至20家); 以上/以内 … end the number.
        var i = index;
        while (i < end && CellText.IsCjk(text[i]) && text[i] != '至' && text[i] != '到' && !IndicatorValueParser.IsPostfixOperatorAt(text, i, end)) i++;
        var length = i - index;
        if (length == 0 || length > 3) return 0;
        unit = text.Substring(index, length);
        return length;
    }

    private static void Add(string name, UnitCategory category, string? baseUnit = null, decimal factor = 1m) =>
        ByName[name] = new UnitInfo(name, category, baseUnit ?? name, factor);

    private static void AddCompound(string name)
    {
        var slash = name.IndexOf('/');
        GetBase(name.Substring(0, slash), out var numBase, out var numFactor);
        GetBase(name.Substring(slash + 1), out var denBase, out var denFactor);
        ByName[name] = new UnitInfo(name, UnitCategory.Rate, numBase + "/" + denBase, numFactor / denFactor);
    }
}

/// <summary>A known unit: its spelling, category, base unit and factor to the base.</summary>
internal sealed class UnitInfo
{
    internal UnitInfo(string name, UnitCategory category, string baseUnit, decimal factor)
    {
        Name = name;
        Category = category;
        Base = baseUnit;
        Factor = factor;
    }

    internal string Name { get; }

    internal UnitCategory Category { get; }

    internal string Base { get; }

    internal decimal Factor { get; }
}
