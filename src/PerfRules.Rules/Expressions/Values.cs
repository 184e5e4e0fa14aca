using System;
using System.Text.RegularExpressions;
using PerfRules.Checks;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Expressions;

/// <summary>
/// Rule-expression helpers for the V (value notation) rules: what kind of value a cell holds and
/// whether it suits its indicator's name. Registered for rule expressions as <c>Values</c>.
/// </summary>
public static class Values
{
    // Every match succeeds at the first digit it tries (all after \d+ is optional), so matching is linear in the
    // text: on .NET no wall-clock timeout, which a busy machine could turn into an engine error on valid input.
    private static readonly Regex Number = new(
        @"\d+(?:\.\d+)?[万亿]?",
        RegexOptions.CultureInvariant,
#if NET
        Regex.InfiniteMatchTimeout);
#else
        TimeSpan.FromSeconds(1));
#endif

    // ≤-natured names (lower is better) and ≥-natured names (higher is better): docs/rules/V07.md.
    private static readonly string[] AtMostWords = { "投诉", "差错", "事故", "发生率", "超标" };
    private static readonly string[] CostWords = { "成本", "费用", "单价" };
    private static readonly string[] AtLeastWords = { "满意度", "覆盖率", "合格率", "完成率", "达标率" };

    /// <summary>True for free text (V01).</summary>
    public static bool IsFreeText(IndicatorValue value) => value is FreeTextValue;

    /// <summary>
    /// V01 beyond free text: a valid notation the indicator's kind cannot take as a target. A cost (成本) is an amount,
    /// so a word (控制在预算内, 符合相关规定) states no target; a 时效 target is a date, a deadline, a completion word, a
    /// percentage or a duration (docs/rules/V09.md), so a period (2020年1月-2020年11月) or a frequency (1次/月) states none.
    /// </summary>
    public static bool NotationSuitsIndicator(Indicator indicator, IndicatorCell cell) => Unsuited(indicator, cell) is null;

    /// <summary>True for 序时进度 (V02).</summary>
    public static bool IsOnSchedule(IndicatorValue value) => value is OnScheduleValue;

    /// <summary>True for a blank cell or a not-applicable mark.</summary>
    public static bool IsEmpty(IndicatorValue value) => value is null or EmptyValue;

    /// <summary>True for a number or range in %.</summary>
    public static bool IsPercentage(IndicatorValue value) => ValueChecks.IsPercentage(value);

    /// <summary>True when the value is quantitative: a number, a range or a date.</summary>
    public static bool IsQuantitative(IndicatorValue value) => value is NumericValue or RangeValue or DateValue;

    /// <summary>V01: the nearest valid notation for a free-text cell, in words for the message.</summary>
    public static string SuggestNotation(Indicator indicator, IndicatorCell cell)
    {
        if (indicator is null) throw new ArgumentNullException(nameof(indicator));
        if (cell is null) throw new ArgumentNullException(nameof(cell));
        if (Unsuited(indicator, cell) is { } suited) return suited;
        var text = cell.Value is FreeTextValue f ? f.Text : cell.Value?.ToString() ?? string.Empty;
        if (TableFacts.RowOf(indicator).IsRate) return "百分比（如「≥95%」）";
        foreach (Match m in Number.Matches(text))
        {
            // The longest known unit right after the number (100万条 → 条): a count the cell states.
            var rest = text.Substring(m.Index + m.Length);
            string? unit = null;
            foreach (var u in Units.KnownUnits)
            {
                if (rest.StartsWith(u, StringComparison.Ordinal) && (unit is null || u.Length > unit.Length)) unit = u;
            }

            if (unit is not null) return "「=" + m.Value + unit + "」这样的量化值（一项内容设一个指标，文字说明写进指标名称）";
        }

        return "数值（如「≥10个」）、区间、日期，或「完成」「达标」等规范用词";
    }

    /// <summary>What a cell of the wrong notation for its indicator's kind should be, in words; null when it suits.</summary>
    private static string? Unsuited(Indicator indicator, IndicatorCell cell)
    {
        var value = ValueOf(cell);
        if (value is null or EmptyValue or OnScheduleValue or FreeTextValue) return null;
        var row = TableFacts.RowOf(indicator);
        if (IsCost(row) && value is QualitativeValue) return "金额（如「≤30万元」）";
        if (IsTimeliness(row) && (value is DateValue { DateKind: DateValueKind.Period } || value is NumericValue { Unit: { } u } && IsFrequency(u)))
        {
            return "完成时限（如「2020年11月底前」）、完成类词（按时完成）、百分比或时长";
        }

        return null;
    }

    private static bool IsCost(RowFacts row) => row.Level1 == "成本" || (row.Level2?.IndexOf("成本", StringComparison.Ordinal) ?? -1) >= 0;

    private static bool IsTimeliness(RowFacts row) => row.Level1 == "产出" && row.Level2 == "时效指标";

    /// <summary>A count per period (<c>次/月</c>, <c>人次/年</c>): how often, not by when.</summary>
    private static bool IsFrequency(string unit)
    {
        var slash = unit.LastIndexOf('/');
        return slash > 0 && slash < unit.Length - 1 && Units.IsDuration(unit.Substring(slash + 1)) && !Units.IsDuration(unit.Substring(0, slash));
    }

    /// <summary>V03: an X性 indicator is valued with its own criterion word (立项依据充分性 → 充分).</summary>
    public static bool CriterionComplies(Indicator indicator, IndicatorCell cell)
    {
        var value = ValueOf(cell);
        if (value is null or EmptyValue) return true;
        var expected = TableFacts.RowOf(indicator).CriterionWord;
        if (expected is null) return true;
        var word = value switch
        {
            QualitativeValue q => q.Word,
            FreeTextValue f => f.Text,
            _ => null,
        };
        return word is not null && CheckText.SameName(word, expected);
    }

    /// <summary>The criterion word an X性 indicator expects, or null.</summary>
    public static string? ExpectedCriterion(Indicator indicator) => TableFacts.RowOf(indicator).CriterionWord;

    /// <summary>V04: a rate-named indicator is valued with a percentage or 序时进度.</summary>
    public static bool RateValueComplies(Indicator indicator, IndicatorCell cell)
    {
        var value = ValueOf(cell);
        return value is null or EmptyValue or OnScheduleValue || ValueChecks.IsPercentage(value) || !TableFacts.RowOf(indicator).IsRate;
    }

    /// <summary>V05: a percentage of a bounded rate lies within 0–100%.</summary>
    public static bool PercentageInBounds(Indicator indicator, IndicatorCell cell)
    {
        var value = ValueOf(cell);
        if (!ValueChecks.IsPercentage(value) || !TableFacts.RowOf(indicator).IsBoundedRate) return true;
        return value switch
        {
            NumericValue n => n.ScaledNumber >= 0m && n.ScaledNumber <= 100m,
            RangeValue r => r.Low >= 0m && r.Low <= 100m && r.High >= 0m && r.High <= 100m,
            _ => true,
        };
    }

    /// <summary>
    /// V06: the unit written in the cell is the unit of the name's bracket and of a separate 计量单位 column, and a half-year unit is
    /// the full-year one (units that cannot be converted at all between two numbers are C02).
    /// </summary>
    public static bool UnitComplies(Indicator indicator, IndicatorCell cell) => UnitMismatch(indicator, cell) is null;

    /// <summary>What the cell's unit should have matched, in words for the V06 message.</summary>
    public static string ExpectedUnit(Indicator indicator, IndicatorCell cell) => UnitMismatch(indicator, cell) ?? string.Empty;

    /// <summary>
    /// V07: an explicit comparison agrees with the indicator's nature. A declared direction (正向 ≥ /
    /// 反向 ≤) wins over the name; bare numbers, 序时进度 and ranges are not judged.
    /// </summary>
    public static bool DirectionComplies(Indicator indicator, IndicatorCell cell)
    {
        if (ValueOf(cell) is not NumericValue n) return true;
        return TableFacts.RowOf(indicator).ExpectedComparison switch
        {
            Comparison.AtLeast => n.Comparison is not (Comparison.AtMost or Comparison.LessThan),
            Comparison.AtMost => n.Comparison is not (Comparison.AtLeast or Comparison.GreaterThan),
            _ => true,
        };
    }

    /// <summary>The comparisons the indicator's nature calls for (<c>≥ 或 =</c>, <c>≤ 或 =</c>), or empty when none.</summary>
    public static string ExpectedDirection(Indicator indicator) => TableFacts.RowOf(indicator).ExpectedComparison switch
    {
        Comparison.AtLeast => "「≥」或「=」",
        Comparison.AtMost => "「≤」或「=」",
        _ => string.Empty,
    };

    /// <summary>V08: a 满意度 target is at least 80%.</summary>
    public static bool SatisfactionAtLeast80(Indicator indicator, IndicatorCell cell)
    {
        if (!ValueChecks.IsPercentage(ValueOf(cell))) return true;
        var row = TableFacts.RowOf(indicator);
        if (!CheckText.Contains(row.Name, row.StemEnd, "满意度")) return true;
        return ValueOf(cell) switch
        {
            NumericValue n => n.Comparison is Comparison.AtMost or Comparison.LessThan || n.ScaledNumber >= 80m,
            RangeValue r => r.Low >= 80m,
            _ => true,
        };
    }

    /// <summary>
    /// V09: a 时效指标 is valued with a date, a completion word, a percentage or a duration, not with a
    /// grade (较好), trend or effect word.
    /// </summary>
    public static bool TimelinessValueComplies(Indicator indicator, IndicatorCell cell)
    {
        if (indicator is null) throw new ArgumentNullException(nameof(indicator));
        if (ValueOf(cell) is not QualitativeValue { QualitativeKind: QualitativeKind.Grade or QualitativeKind.Trend or QualitativeKind.Effect }) return true;
        var row = TableFacts.RowOf(indicator);
        return row.Level1 != "产出" || row.Level2 != "时效指标";
    }

    /// <summary>
    /// V10: a bare number with no comparison (<c>8</c>, <c>365</c>, <c>100%</c>), a bare 100% of a rate included: the
    /// form asks for the comparison on every target the issuer writes. Only the template's own standard 决策/过程 rows
    /// (资金到位率, 预算执行率 …), whose 100% the template prints, are not reported.
    /// </summary>
    public static bool IsAmbiguousBareNumber(Indicator indicator, IndicatorCell cell) =>
        ValueOf(cell) is NumericValue { Comparison: Comparison.Unspecified } n &&
        !(n.IsPercentage && n.ScaledNumber == 100m && TableFacts.RowOf(indicator).IsStandard);

    /// <summary>The two readings of a bare number for the V10 message: <c>「≥8%」还是「=8%」</c>.</summary>
    public static string ComparisonChoices(IndicatorCell cell)
    {
        if (ValueOf(cell) is not NumericValue n) return string.Empty;
        var rest = ValueText.FormatNumber(n.Number) + n.Magnitude.Symbol() + (n.Unit ?? string.Empty);
        return "「≥" + rest + "」还是「=" + rest + "」";
    }

    /// <summary>
    /// The comparison a row's nature asks for (V07): its 指标方向 when it says 正向/反向, else the words of
    /// <paramref name="name"/> (normalised) before <paramref name="end"/> (its unit bracket).
    /// </summary>
    internal static Comparison ExpectedComparison(string? directionText, string name, int end)
    {
        var direction = CheckText.Normalize(directionText);
        if (direction.StartsWith("正向", StringComparison.Ordinal)) return Comparison.AtLeast;
        if (direction.StartsWith("反向", StringComparison.Ordinal)) return Comparison.AtMost;
        foreach (var w in AtLeastWords)
        {
            if (CheckText.Contains(name, end, w)) return Comparison.AtLeast;
        }

        foreach (var w in AtMostWords)
        {
            if (CheckText.Contains(name, end, w)) return Comparison.AtMost;
        }

        // 成本控制率 / 费用节约率 are rates where higher is better; only the amounts themselves are ≤.
        if (!CheckText.EndsWith(name, end, "率"))
        {
            foreach (var w in CostWords)
            {
                if (CheckText.Contains(name, end, w)) return Comparison.AtMost;
            }
        }

        return Comparison.Unspecified;
    }

    private static string? UnitMismatch(Indicator indicator, IndicatorCell cell)
    {
        if (indicator is null) throw new ArgumentNullException(nameof(indicator));
        var value = ValueOf(cell);

        // Only a unit written in the cell itself can disagree with the name's bracket or the unit column.
        if (UnitOf(value, cellOnly: true) is { } unit)
        {
            // A unit written out as a word (≥100百分比): the form writes its symbol.
            if (Units.SymbolFor(unit) is { } symbol) return "规范写法「" + symbol + "」";

            var canonical = HalfYearChecks.CanonicalUnit(unit);
            var bracket = HalfYearChecks.CanonicalUnit(indicator.Unit);
            if (bracket is not null && canonical != bracket)
            {
                return "指标名称中的单位「" + indicator.Unit + "」";
            }

            // A separate 计量单位/度量单位 column that names another unit than the cell itself (28.8万元 under 计量单位 %).
            var column = HalfYearChecks.CanonicalUnit(indicator.UnitText?.Trim());
            if (column is not null && Units.IsKnown(indicator.UnitText!.Trim()) && canonical != column)
            {
                return "计量单位栏的「" + indicator.UnitText!.Trim() + "」";
            }
        }

        if (!cell.IsHalfYear) return null;
        var mine = UnitOf(value, cellOnly: false);
        var other = UnitOf(cell.Other, cellOnly: false);
        if (mine is null || other is null || HalfYearChecks.CanonicalUnit(mine) == HalfYearChecks.CanonicalUnit(other)) return null;
        if (value is NumericValue && cell.Other is NumericValue && !HalfYearChecks.UnitsCompatible(mine, other)) return null;
        return CellColumns.FullYear + "的单位「" + other + "」";
    }

    private static string? UnitOf(IndicatorValue? value, bool cellOnly) => value switch
    {
        NumericValue n when !cellOnly || n.UnitSource == UnitSource.Cell => n.Unit,
        RangeValue r => r.Unit,
        _ => null,
    };

    private static string NameOf(Indicator indicator) => (indicator ?? throw new ArgumentNullException(nameof(indicator))).Name;

    private static IndicatorValue ValueOf(IndicatorCell cell) => (cell ?? throw new ArgumentNullException(nameof(cell))).Value;
}
