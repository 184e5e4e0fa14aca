using PerfRules.Values;

namespace PerfRules.Core.Tests.Values;

public class UnitsTests
{
    [Theory]
    [InlineData("家", UnitCategory.Count)]
    [InlineData("人次", UnitCategory.Count)]
    [InlineData("名", UnitCategory.Count)]
    [InlineData("万元", UnitCategory.Money)]
    [InlineData("元", UnitCategory.Money)]
    [InlineData("%", UnitCategory.Percentage)]
    [InlineData("百分比", UnitCategory.Percentage)]
    [InlineData("‰", UnitCategory.Percentage)]
    [InlineData("个百分点", UnitCategory.Level)]
    [InlineData("mg/L", UnitCategory.Level)]
    [InlineData("分", UnitCategory.Level)]
    [InlineData("天", UnitCategory.Duration)]
    [InlineData("个工作日", UnitCategory.Duration)]
    [InlineData("年", UnitCategory.Duration)]
    [InlineData("亩", UnitCategory.Quantity)]
    [InlineData("P", UnitCategory.Quantity)]
    [InlineData("元/人", UnitCategory.Rate)]
    [InlineData("次/月", UnitCategory.Rate)]
    [InlineData("箱/月", UnitCategory.Rate)]
    [InlineData("枚", UnitCategory.Unknown)]
    [InlineData(null, UnitCategory.None)]
    public void Units_are_classified(string? unit, UnitCategory category) => Assert.Equal(category, Units.Classify(unit));

    [Theory]
    [InlineData("家", true)]
    [InlineData("万元", true)]
    [InlineData("亩", true)]
    [InlineData("%", false)]
    [InlineData("个百分点", false)]
    [InlineData("天", false)]
    [InlineData("元/人", false)]
    [InlineData("枚", false)]
    [InlineData(null, false)]
    public void Only_counts_and_amounts_are_cumulative(string? unit, bool cumulative) => Assert.Equal(cumulative, Units.IsCumulative(unit));

    [Theory]
    [InlineData("万元", "元", true)]
    [InlineData("亿元", "万元", true)]
    [InlineData("千元", "亿元", true)]
    [InlineData("%", "百分比", true)]
    [InlineData("%", "‰", true)]
    [InlineData("天", "日", true)]
    [InlineData("月", "个月", true)]
    [InlineData("人", "名", true)]
    [InlineData("元/人", "万元/人", true)]
    [InlineData("万平方米", "平方米", true)]
    [InlineData(null, null, true)]
    [InlineData("台", "家", false)]
    [InlineData("天", "个工作日", false)]
    [InlineData("%", "个百分点", false)]
    [InlineData("亩", "平方米", false)]
    [InlineData("元/人", "元/次", false)]
    [InlineData("家", null, false)]
    [InlineData("枚", "枚", true)]
    [InlineData("枚", "个", false)]
    public void Compatibility(string? a, string? b, bool compatible)
    {
        Assert.Equal(compatible, Units.AreCompatible(a, b));
        Assert.Equal(compatible, Units.AreCompatible(b, a));
    }

    [Theory]
    [InlineData("2.5", "亿元", "万元", "25000")]
    [InlineData("25000", "万元", "亿元", "2.5")]
    [InlineData("1.15", "万元", "元", "11500")]
    [InlineData("800", "‰", "%", "80")]
    [InlineData("1000", "元/人", "万元/人", "0.1")]
    public void Conversion(string value, string from, string to, string expected)
    {
        Assert.True(Units.TryConvert(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), from, to, out var result));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result);
    }

    [Fact]
    public void Incompatible_units_do_not_convert() => Assert.False(Units.TryConvert(1m, "台", "家", out _));

    [Theory]
    [InlineData("设备购置数量（台）", "台")]
    [InlineData("全市智算规模(P)", "P")]
    [InlineData("规上软件信息业营收增速（%）", "%")]
    [InlineData("全市软件业务收入（亿元）", "亿元")]
    [InlineData("出差单位成本（万元/人）", "万元/人")]
    [InlineData("新建仓库（栋） ", "栋")]
    [InlineData("存栏（枚）", "枚")]
    [InlineData("工业互联网标识解析国家顶级节点（南京灾备节点）稳定运行天数（天）", "天")]
    [InlineData("工业互联网标识解析国家顶级节点（南京灾备节点）", null)]
    [InlineData("资格（水平）", null)]
    [InlineData("服务满意度", null)]
    [InlineData("()", null)]
    [InlineData(null, null)]
    public void Unit_from_the_indicator_name_bracket(string? name, string? unit) => Assert.Equal(unit, Units.FromIndicatorName(name));

    [Theory]
    [InlineData("80M", 80, "M")]
    [InlineData("≥80M", 80, "M")]
    [InlineData("80m", 80, "m")]
    public void Metres_written_as_M_or_m_are_a_length(string cell, int number, string unit)
    {
        var value = Assert.IsType<NumericValue>(IndicatorValue.Parse(cell));
        Assert.Equal((number, unit), ((int)value.Number, value.Unit));
        Assert.True(Units.AreCompatible(unit, "米"));
    }

    [Fact]
    public void Eighty_megabytes_stays_free_text_not_metres() => Assert.IsType<FreeTextValue>(IndicatorValue.Parse("80MB"));

    [Theory]
    [InlineData("百分比", "%")]
    [InlineData("%", null)]
    [InlineData("个百分点", null)]
    [InlineData("米", null)]
    [InlineData(null, null)]
    public void A_unit_written_out_as_a_word_names_its_symbol(string? unit, string? symbol) => Assert.Equal(symbol, Units.SymbolFor(unit));
}
