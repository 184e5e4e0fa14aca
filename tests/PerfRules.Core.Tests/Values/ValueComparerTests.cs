using PerfRules.Values;

namespace PerfRules.Core.Tests.Values;

public class ValueComparerTests
{
    private static IndicatorValue P(string text, string? name = null) => IndicatorValue.Parse(text, name);

    private static Attainment IsMet(string target, string actual) => ValueComparer.IsMet(P(target), P(actual));

    [Theory]
    [InlineData("≥180", "365", Attainment.Met)]
    [InlineData("≥180", "179", Attainment.NotMet)]
    [InlineData("≥80%", "80%", Attainment.Met)]
    [InlineData("≥80%", "79.9%", Attainment.NotMet)]
    [InlineData("≤3天", "3天", Attainment.Met)]
    [InlineData("≤3天", "4天", Attainment.NotMet)]
    [InlineData("≤3天", "3日", Attainment.Met)]
    [InlineData(">5家", "5家", Attainment.NotMet)]
    [InlineData(">5家", "6家", Attainment.Met)]
    [InlineData("<5%", "4.99%", Attainment.Met)]
    [InlineData("<5%", "5%", Attainment.NotMet)]
    [InlineData("100%", "100%", Attainment.Met)]
    [InlineData("100%", "99%", Attainment.NotMet)]
    [InlineData("100%", "101%", Attainment.Met)]
    [InlineData("≥80%", "800‰", Attainment.Met)]
    [InlineData("≥2.5亿元", "25000万元", Attainment.Met)]
    [InlineData("≥2.5亿元", "24999万元", Attainment.NotMet)]
    [InlineData("≤65万元", "650000元", Attainment.Met)]
    [InlineData("≥6万亩", "60000亩", Attainment.Met)]
    [InlineData("1000元/人", "0.1万元/人", Attainment.Met)]
    public void Numeric_targets(string target, string actual, Attainment expected) => Assert.Equal(expected, IsMet(target, actual));

    [Theory]
    [InlineData("=10台", "10台", Attainment.Met)]
    [InlineData("=10台", "10.4台", Attainment.Met)]
    [InlineData("=10台", "9.5台", Attainment.Met)]
    [InlineData("=10台", "10.5台", Attainment.NotMet)]
    [InlineData("=10台", "11台", Attainment.NotMet)]
    [InlineData("=10台", "9台", Attainment.NotMet)]
    [InlineData("=1.0台", "1.04台", Attainment.Met)]
    [InlineData("=1.0台", "1.05台", Attainment.NotMet)]
    [InlineData("=100%", "99.6%", Attainment.Met)]
    [InlineData("=2.5亿元", "25400万元", Attainment.Met)]
    [InlineData("=2.5亿元", "25500万元", Attainment.NotMet)]
    public void Exactly_means_equal_within_the_precision_the_target_was_written_with(string target, string actual, Attainment expected) =>
        Assert.Equal(expected, IsMet(target, actual));

    [Theory]
    [InlineData("=10台", "10家")]
    [InlineData("≥80%", "80")]
    [InlineData("≥180", "200天")]
    [InlineData("≤3天", "3个工作日")]
    [InlineData("≥5场", "完成")]
    [InlineData("100%", "完成")]
    [InlineData("完成", "100%")]
    [InlineData("较好", "完成")]
    [InlineData("充分", "合规")]
    [InlineData("≥5家", "")]
    [InlineData("", "5家")]
    [InlineData("完成数据采集场搭建", "完成数据采集场搭建")]
    [InlineData("2025年12月", "完成")]
    [InlineData("否", "较好")]
    public void Unit_or_kind_mismatch_is_not_comparable(string target, string actual) =>
        Assert.Equal(Attainment.NotComparable, IsMet(target, actual));

    [Theory]
    [InlineData("80%—90%", "85%", Attainment.Met)]
    [InlineData("80%—90%", "80%", Attainment.Met)]
    [InlineData("80%—90%", "91%", Attainment.NotMet)]
    [InlineData("3~5场", "2场", Attainment.NotMet)]
    [InlineData("3~5万元", "40000元", Attainment.Met)]
    [InlineData("3~5场", "3~4场", Attainment.Met)]
    [InlineData("3~5场", "6~8场", Attainment.NotMet)]
    [InlineData("3~5场", "4~8场", Attainment.NotComparable)]
    public void Range_targets(string target, string actual, Attainment expected) => Assert.Equal(expected, IsMet(target, actual));

    [Theory]
    [InlineData("较好", "好", Attainment.Met)]
    [InlineData("较好", "较好", Attainment.Met)]
    [InlineData("较好", "一般", Attainment.NotMet)]
    [InlineData("充分", "充分", Attainment.Met)]
    [InlineData("规范", "基本规范", Attainment.NotMet)]
    [InlineData("基本规范", "规范", Attainment.Met)]
    [InlineData("合规", "不合规", Attainment.NotMet)]
    [InlineData("应保尽保", "应保尽保", Attainment.Met)]
    [InlineData("完成", "按时完成", Attainment.Met)]
    [InlineData("完成", "基本完成", Attainment.NotMet)]
    [InlineData("完成", "未完成", Attainment.NotMet)]
    [InlineData("完成", "是", Attainment.Met)]
    [InlineData("按计划完成", "否", Attainment.NotMet)]
    [InlineData("是", "是", Attainment.Met)]
    [InlineData("是", "否", Attainment.NotMet)]
    [InlineData("是", "完成", Attainment.Met)]
    [InlineData("否", "否", Attainment.Met)]
    [InlineData("否", "是", Attainment.NotMet)]
    [InlineData("否", "无", Attainment.Met)]
    [InlineData("效果明显", "有所改善", Attainment.NotMet)]
    [InlineData("影响程度明显", "显著", Attainment.Met)]
    [InlineData("提升", "显著提升", Attainment.Met)]
    [InlineData("平稳增长", "保持", Attainment.NotMet)]
    [InlineData("提升", "下降", Attainment.NotMet)]
    [InlineData("下降", "下降", Attainment.Met)]
    [InlineData("下降", "大幅下降", Attainment.Met)]
    [InlineData("下降", "提升", Attainment.NotMet)]
    [InlineData("保持", "提升", Attainment.Met)]
    public void Qualitative_targets(string target, string actual, Attainment expected) => Assert.Equal(expected, IsMet(target, actual));

    [Theory]
    [InlineData("2018年10月底", "2018年10月底", Attainment.Met)]
    [InlineData("2018年10月底", "2018年11月底", Attainment.NotMet)]
    [InlineData("2018年10月底", "2018年9月", Attainment.Met)]
    [InlineData("12月底前", "2026年11月30日", Attainment.Met)]
    [InlineData("12月底前", "12月底", Attainment.Met)]
    [InlineData("6月底前", "7月1日前", Attainment.NotMet)]
    [InlineData("2025年12月", "2025年12月20日", Attainment.Met)]
    [InlineData("2025年12月", "2026年1月", Attainment.NotMet)]
    [InlineData("2021年1月-12月", "2021年12月", Attainment.Met)]
    [InlineData("2023.07-2024.01", "2024年2月", Attainment.NotMet)]
    [InlineData("2026年", "2026年12月31日", Attainment.Met)]
    [InlineData("2026年12月底前", "12月", Attainment.NotComparable)]
    public void Date_targets(string target, string actual, Attainment expected) => Assert.Equal(expected, IsMet(target, actual));

    [Theory]
    [InlineData("100%", "50%", Attainment.Met)]
    [InlineData("100%", "49%", Attainment.NotMet)]
    [InlineData("30", "15", Attainment.Met)]
    [InlineData("≥1", "0", Attainment.NotMet)]
    [InlineData("≥11000亿元", "5500亿元", Attainment.Met)]
    [InlineData("≥11000亿元", "5000亿元", Attainment.NotMet)]
    [InlineData("≥11000亿元", "5500", Attainment.NotComparable)]
    [InlineData("≤5万元", "1万元", Attainment.NotComparable)]
    [InlineData("完成", "1", Attainment.NotComparable)]
    public void On_schedule_targets_compare_with_the_due_share_of_the_full_year(string fullYear, string actual, Attainment expected) =>
        Assert.Equal(expected, ValueComparer.IsMet(P("序时进度"), P(actual), onScheduleShare: 0.5m, fullYearTarget: P(fullYear)));

    [Fact]
    public void On_schedule_with_an_amount_uses_the_amount_when_no_full_year_target_is_given()
    {
        Assert.Equal(Attainment.Met, ValueComparer.IsMet(P("序时进度 25227"), P("12614"), 0.5m));
        Assert.Equal(Attainment.NotMet, ValueComparer.IsMet(P("序时进度 25227"), P("12000"), 0.5m));
        Assert.Equal(Attainment.NotComparable, ValueComparer.IsMet(P("序时进度"), P("12000"), null, P("25227")));
        Assert.Equal(Attainment.NotComparable, ValueComparer.IsMet(P("序时进度"), P("12000"), 0.5m));
    }

    [Fact]
    public void On_schedule_share_of_a_calendar_year_at_30_June()
    {
        // 181/365 of =100% is 49.59%: 49.6% meets it, 49.5% does not
        var share = 181m / 365m;
        Assert.Equal(Attainment.Met, ValueComparer.IsMet(P("序时进度"), P("49.6%"), share, P("100%")));
        Assert.Equal(Attainment.NotMet, ValueComparer.IsMet(P("序时进度"), P("49.5%"), share, P("100%")));
    }

    [Theory]
    [InlineData("2.5亿元", "25000万元", 0)]
    [InlineData("≥15", "≥10", 1)]
    [InlineData("=10台", "=10台", 0)]
    [InlineData("150", "400", -1)]
    [InlineData("≥200家", "≥400家", -1)]
    [InlineData("6万亩", "50000亩", 1)]
    [InlineData("1000元", "0.1万元", 0)]
    [InlineData("3~5场", "6场", -1)]
    [InlineData("3~5场", "2场", 1)]
    [InlineData("3~5场", "2~8场", null)]
    [InlineData("=10台", "=10家", null)]
    [InlineData("10", "10台", null)]
    [InlineData("完成", "完成", null)]
    [InlineData("序时进度", "30", null)]
    public void Magnitudes_compare_after_unit_normalisation(string first, string second, int? expected)
    {
        var ok = ValueComparer.TryCompareMagnitude(P(first), P(second), out var comparison);
        Assert.Equal(expected is not null, ok);
        if (expected is { } e) Assert.Equal(e, comparison);
    }

    [Fact]
    public void Two_point_five_yi_yuan_equals_25000_wan_yuan_by_comparison_but_not_by_Equals()
    {
        var a = P("2.5亿元");
        var b = P("25000万元");
        Assert.NotEqual(a, b);
        Assert.True(ValueComparer.TryCompareMagnitude(a, b, out var c));
        Assert.Equal(0, c);
        Assert.Equal(Attainment.Met, ValueComparer.IsMet(P("=2.5亿元"), b));
    }
}

public class ComparabilityTests
{
    [Theory]
    [InlineData("=10台", "=10台", true)]
    [InlineData("2.5亿元", "25000万元", true)]
    [InlineData("3~5场", "≥4场", true)]
    [InlineData("=10台", "=10家", false)]
    [InlineData("100%", "100", false)]
    [InlineData("较好", "好", true)]
    [InlineData("较好", "完成", false)]
    [InlineData("充分", "基本充分", true)]
    [InlineData("充分", "合理", false)]
    [InlineData("2026年12月底前", "2026年6月", true)]
    [InlineData("序时进度", "100%", false)]
    [InlineData("序时进度", "序时进度", false)]
    [InlineData("", "", false)]
    [InlineData("完成数据采集场搭建", "完成数据采集场搭建", false)]
    public void Values_are_comparable_when_case_kind_and_unit_agree(string a, string b, bool comparable)
    {
        Assert.Equal(comparable, ValueComparer.AreComparable(IndicatorValue.Parse(a), IndicatorValue.Parse(b)));
        Assert.Equal(comparable, ValueComparer.AreComparable(IndicatorValue.Parse(b), IndicatorValue.Parse(a)));
    }

    [Theory]
    [InlineData(Comparison.AtLeast, Comparison.AtMost, true)]
    [InlineData(Comparison.GreaterThan, Comparison.AtMost, true)]
    [InlineData(Comparison.LessThan, Comparison.AtLeast, true)]
    [InlineData(Comparison.AtLeast, Comparison.AtLeast, false)]
    [InlineData(Comparison.AtLeast, Comparison.Exactly, false)]
    [InlineData(Comparison.Unspecified, Comparison.AtMost, false)]
    public void Opposite_comparisons(Comparison a, Comparison b, bool opposite) => Assert.Equal(opposite, ValueComparer.AreOpposite(a, b));
}
