using PerfRules.Values;

namespace PerfRules.Core.Tests.Values;

/// <summary>Every notation of docs/values.md and every cell kind of the seeds, with the exact case and canonical text.</summary>
public class ParserNotationTests
{
    private static IndicatorValue P(string text, string? name = null)
    {
        var result = IndicatorValueParser.Parse(text, name);
        Assert.True(result.IsSuccess, text + " failed: " + (result.IsSuccess ? string.Empty : result.Error.ToString()));
        return result.Value;
    }

    [Theory]
    // seeds: numeric
    [InlineData("≥180", Comparison.AtLeast, "180", null, "≥180")]
    [InlineData("=10台", Comparison.Exactly, "10", "台", "=10台")]
    [InlineData("=1项", Comparison.Exactly, "1", "项", "=1项")]
    [InlineData("100%", Comparison.Unspecified, "100", "%", "100%")]
    [InlineData("=100%", Comparison.Exactly, "100", "%", "=100%")]
    [InlineData("365", Comparison.Unspecified, "365", null, "365")]
    [InlineData("0", Comparison.Unspecified, "0", null, "0")]
    [InlineData("8", Comparison.Unspecified, "8", null, "8")]
    [InlineData("≥5000册", Comparison.AtLeast, "5000", "册", "≥5000册")]
    [InlineData("≥80%", Comparison.AtLeast, "80", "%", "≥80%")]
    [InlineData("≥85%", Comparison.AtLeast, "85", "%", "≥85%")]
    [InlineData("≥200家", Comparison.AtLeast, "200", "家", "≥200家")]
    [InlineData("≥2场", Comparison.AtLeast, "2", "场", "≥2场")]
    [InlineData("≥11000", Comparison.AtLeast, "11000", null, "≥11000")]
    [InlineData("40000", Comparison.Unspecified, "40000", null, "40000")]
    // real tables of other provinces
    [InlineData("≥95%", Comparison.AtLeast, "95", "%", "≥95%")]
    [InlineData("63人", Comparison.Unspecified, "63", "人", "63人")]
    [InlineData("≥70村", Comparison.AtLeast, "70", "村", "≥70村")]
    [InlineData("5万元", Comparison.Unspecified, "5", "万元", "5万元")]
    [InlineData("≤65万元", Comparison.AtMost, "65", "万元", "≤65万元")]
    [InlineData("28.8万元", Comparison.Unspecified, "28.8", "万元", "28.8万元")]
    [InlineData("2间", Comparison.Unspecified, "2", "间", "2间")]
    [InlineData("8,827,620.53", Comparison.Unspecified, "8827620.53", null, "8827620.53")]
    [InlineData("44,561", Comparison.Unspecified, "44561", null, "44561")]
    [InlineData("3,309,840.00", Comparison.Unspecified, "3309840.00", null, "3309840")]
    // operators, spacing, full width
    [InlineData("≥ 95", Comparison.AtLeast, "95", null, "≥95")]
    [InlineData("＞＝５家", Comparison.AtLeast, "5", "家", "≥5家")]
    [InlineData("＞5家", Comparison.GreaterThan, "5", "家", ">5家")]
    [InlineData("＜5%", Comparison.LessThan, "5", "%", "<5%")]
    [InlineData("≧90％", Comparison.AtLeast, "90", "%", "≥90%")]
    [InlineData("≦3天", Comparison.AtMost, "3", "天", "≤3天")]
    [InlineData(">=5", Comparison.AtLeast, "5", null, "≥5")]
    [InlineData("<=5", Comparison.AtMost, "5", null, "≤5")]
    [InlineData("═100%", Comparison.Exactly, "100", "%", "=100%")]
    [InlineData("＝100%", Comparison.Exactly, "100", "%", "=100%")]
    [InlineData("  ≥ 95 %  ", Comparison.AtLeast, "95", "%", "≥95%")]
    [InlineData("\u3000≥９５．５％\u3000", Comparison.AtLeast, "95.5", "%", "≥95.5%")]
    [InlineData("不少于30家", Comparison.AtLeast, "30", "家", "≥30家")]
    [InlineData("不低于90%", Comparison.AtLeast, "90", "%", "≥90%")]
    [InlineData("至少1次", Comparison.AtLeast, "1", "次", "≥1次")]
    [InlineData("不超过5万元", Comparison.AtMost, "5", "万元", "≤5万元")]
    [InlineData("不高于3%", Comparison.AtMost, "3", "%", "≤3%")]
    [InlineData("至多2次", Comparison.AtMost, "2", "次", "≤2次")]
    [InlineData("50家以上", Comparison.AtLeast, "50", "家", "≥50家")]
    [InlineData("95%及以上", Comparison.AtLeast, "95", "%", "≥95%")]
    [InlineData("3天以内", Comparison.AtMost, "3", "天", "≤3天")]
    [InlineData("5%以下", Comparison.AtMost, "5", "%", "≤5%")]
    [InlineData("15个工作日内", Comparison.AtMost, "15", "个工作日", "≤15个工作日")]
    [InlineData("≥50家以上", Comparison.AtLeast, "50", "家", "≥50家")]
    [InlineData("50%以上（含）", Comparison.AtLeast, "50", "%", "≥50%")]
    [InlineData("3天以内(含)", Comparison.AtMost, "3", "天", "≤3天")]
    [InlineData("-5", Comparison.Unspecified, "-5", null, "-5")]
    [InlineData("≥-5%", Comparison.AtLeast, "-5", "%", "≥-5%")]
    [InlineData("1.0家", Comparison.Unspecified, "1.0", "家", "1家")]
    // units: compound rates, known core, unknown short measure words
    [InlineData("1000元/人", Comparison.Unspecified, "1000", "元/人", "1000元/人")]
    [InlineData("=24人/次", Comparison.Exactly, "24", "人/次", "=24人/次")]
    [InlineData("1次/月", Comparison.Unspecified, "1", "次/月", "1次/月")]
    [InlineData("≥1人/年", Comparison.AtLeast, "1", "人/年", "≥1人/年")]
    [InlineData("0万元/人", Comparison.Unspecified, "0", "万元/人", "0万元/人")]
    [InlineData("5万/月", Comparison.Unspecified, "5", "万/月", "5万/月")]
    [InlineData("20个百分点", Comparison.Unspecified, "20", "个百分点", "20个百分点")]
    [InlineData("3‰", Comparison.Unspecified, "3", "‰", "3‰")]
    [InlineData("≥40000P", Comparison.AtLeast, "40000", "P", "≥40000P")]
    [InlineData("3栋", Comparison.Unspecified, "3", "栋", "3栋")]
    [InlineData("3栋以上", Comparison.AtLeast, "3", "栋", "≥3栋")]
    // small Chinese numerals for counts
    [InlineData("一台", Comparison.Unspecified, "1", "台", "1台")]
    [InlineData("两个", Comparison.Unspecified, "2", "个", "2个")]
    [InlineData("十家", Comparison.Unspecified, "10", "家", "10家")]
    [InlineData("二十场", Comparison.Unspecified, "20", "场", "20场")]
    [InlineData("一百人", Comparison.Unspecified, "100", "人", "100人")]
    [InlineData("不少于三家", Comparison.AtLeast, "3", "家", "≥3家")]
    public void Numeric_cells(string text, Comparison comparison, string number, string? unit, string canonical)
    {
        var value = Assert.IsType<NumericValue>(P(text));
        Assert.Equal(comparison, value.Comparison);
        Assert.Equal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), value.Number);
        Assert.Equal(unit, value.Unit);
        Assert.Equal(Magnitude.None, value.Magnitude);
        Assert.Equal(unit is null ? UnitSource.None : UnitSource.Cell, value.UnitSource);
        Assert.Equal(canonical, value.ToString());
    }

    [Theory]
    [InlineData("6万亩", "6", Magnitude.TenThousand, "亩", "60000", "6万亩")]
    [InlineData("2.5亿条", "2.5", Magnitude.HundredMillion, "条", "250000000", "2.5亿条")]
    [InlineData("1.5万人次", "1.5", Magnitude.TenThousand, "人次", "15000", "1.5万人次")]
    [InlineData("100万", "100", Magnitude.TenThousand, null, "1000000", "100万")]
    [InlineData("1.2万亿元", "1.2", Magnitude.TenThousand, "亿元", "12000", "1.2万亿元")]
    [InlineData("100万以上", "100", Magnitude.TenThousand, null, "1000000", "≥100万")]
    public void Wan_and_yi_before_another_unit_multiply_the_number(string text, string number, Magnitude magnitude, string? unit, string scaled, string canonical)
    {
        var value = Assert.IsType<NumericValue>(P(text));
        Assert.Equal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), value.Number);
        Assert.Equal(magnitude, value.Magnitude);
        Assert.Equal(unit, value.Unit);
        Assert.Equal(decimal.Parse(scaled, System.Globalization.CultureInfo.InvariantCulture), value.ScaledNumber);
        Assert.Equal(canonical, value.ToString());
    }

    [Theory]
    [InlineData("25000万元", "万元")]
    [InlineData("2.5亿元", "亿元")]
    [InlineData("3万平方米", "万平方米")]
    [InlineData("≥1亿元以上", "亿元")]
    public void Wan_yuan_and_yi_yuan_are_units(string text, string unit)
    {
        var value = Assert.IsType<NumericValue>(P(text));
        Assert.Equal(unit, value.Unit);
        Assert.Equal(Magnitude.None, value.Magnitude);
    }

    [Theory]
    [InlineData("综合性重大场景数（个）", "10", "个", "10个")]
    [InlineData("全市智算规模（P）", "40000", "P", "40000P")]
    [InlineData("全市智算规模(P)", "40000", "P", "40000P")]
    [InlineData("规上软件信息业营收增速（%）", "8", "%", "8%")]
    [InlineData("全市软件业务收入（亿元）", "≥11000", "亿元", "≥11000亿元")]
    [InlineData("工业互联网标识解析国家顶级节点（南京灾备节点）稳定运行天数（天）", "≥180", "天", "≥180天")]
    [InlineData("新增省级以上绿色工厂（家）", "30", "家", "30家")]
    [InlineData("设备购置数量（台）", "十", "台", "10台")]
    public void A_bare_number_takes_the_unit_from_the_name_bracket(string name, string cell, string unit, string canonical)
    {
        var value = Assert.IsType<NumericValue>(P(cell, name));
        Assert.Equal(unit, value.Unit);
        Assert.Equal(UnitSource.NameBracket, value.UnitSource);
        Assert.Equal(canonical, value.ToString());
        Assert.Equal(value, P(canonical));
    }

    [Fact]
    public void A_unit_in_the_cell_wins_over_the_bracket_and_keeps_its_source()
    {
        var value = Assert.IsType<NumericValue>(P("≥5场", "活动数（个）"));
        Assert.Equal("场", value.Unit);
        Assert.Equal(UnitSource.Cell, value.UnitSource);
    }

    [Theory]
    [InlineData("工业互联网标识解析国家顶级节点（南京灾备节点）")]
    [InlineData("全国计算机技术与软件专业技术资格（水平）")]
    [InlineData("服务满意度")]
    [InlineData(null)]
    public void A_bracket_that_is_not_a_unit_gives_no_unit(string? name)
    {
        var value = Assert.IsType<NumericValue>(P("365", name));
        Assert.Null(value.Unit);
        Assert.Equal(UnitSource.None, value.UnitSource);
    }

    [Theory]
    [InlineData("80%—90%", "80", "90", "%", "80~90%")]
    [InlineData("80%-90%", "80", "90", "%", "80~90%")]
    [InlineData("3~5场", "3", "5", "场", "3~5场")]
    [InlineData("3～5场", "3", "5", "场", "3~5场")]
    [InlineData("10至20家", "10", "20", "家", "10~20家")]
    [InlineData("10到20家", "10", "20", "家", "10~20家")]
    [InlineData("3场-5场", "3", "5", "场", "3~5场")]
    [InlineData("1-2", "1", "2", null, "1~2")]
    [InlineData("-5~-3", "-5", "-3", null, "-5~-3")]
    [InlineData("3~5万元", "3", "5", "万元", "3~5万元")]
    [InlineData("1~2万亩", "10000", "20000", "亩", "10000~20000亩")]
    [InlineData("三至五家", "3", "5", "家", "3~5家")]
    [InlineData("2023-2024", "2023", "2024", null, "2023~2024")]
    [InlineData("5~3个", "5", "3", "个", "5~3个")]
    public void Range_cells(string text, string low, string high, string? unit, string canonical)
    {
        var value = Assert.IsType<RangeValue>(P(text));
        Assert.Equal(decimal.Parse(low, System.Globalization.CultureInfo.InvariantCulture), value.Low);
        Assert.Equal(decimal.Parse(high, System.Globalization.CultureInfo.InvariantCulture), value.High);
        Assert.Equal(unit, value.Unit);
        Assert.Equal(canonical, value.ToString());
    }

    [Theory]
    [InlineData("充分", QualitativeKind.Criterion, 0)]
    [InlineData("规范", QualitativeKind.Criterion, 0)]
    [InlineData("合理", QualitativeKind.Criterion, 0)]
    [InlineData("明确", QualitativeKind.Criterion, 0)]
    [InlineData("科学", QualitativeKind.Criterion, 0)]
    [InlineData("合规", QualitativeKind.Criterion, 0)]
    [InlineData("健全", QualitativeKind.Criterion, 0)]
    [InlineData("有效", QualitativeKind.Criterion, 0)]
    [InlineData("基本规范", QualitativeKind.Criterion, 1)]
    [InlineData("不合规", QualitativeKind.Criterion, 2)]
    [InlineData("严格执行相关制度规定", QualitativeKind.Criterion, 0)]
    [InlineData("符合相关规定", QualitativeKind.Criterion, 0)]
    [InlineData("控制在预算内", QualitativeKind.Criterion, 0)]
    [InlineData("应保尽保", QualitativeKind.Criterion, 0)]
    [InlineData("好", QualitativeKind.Grade, 0)]
    [InlineData("较好", QualitativeKind.Grade, 1)]
    [InlineData("较高", QualitativeKind.Grade, 1)]
    [InlineData("较广", QualitativeKind.Grade, 1)]
    [InlineData("良好", QualitativeKind.Grade, 1)]
    [InlineData("一般", QualitativeKind.Grade, 2)]
    [InlineData("基本", QualitativeKind.Grade, 2)]
    [InlineData("较差", QualitativeKind.Grade, 3)]
    [InlineData("差", QualitativeKind.Grade, 4)]
    [InlineData("完成", QualitativeKind.Completion, 0)]
    [InlineData("按时", QualitativeKind.Completion, 0)]
    [InlineData("按计划完成", QualitativeKind.Completion, 0)]
    [InlineData("达标", QualitativeKind.Completion, 0)]
    [InlineData("达成预期指标", QualitativeKind.Completion, 0)]
    [InlineData("是", QualitativeKind.Completion, 0)]
    [InlineData("基本完成", QualitativeKind.Completion, 1)]
    [InlineData("部分达成", QualitativeKind.Completion, 1)]
    [InlineData("未完成", QualitativeKind.Completion, 2)]
    [InlineData("否", QualitativeKind.Completion, 2)]
    [InlineData("效果明显", QualitativeKind.Effect, 0)]
    [InlineData("影响程度明显", QualitativeKind.Effect, 0)]
    [InlineData("长期", QualitativeKind.Effect, 0)]
    [InlineData("有所改善", QualitativeKind.Effect, 1)]
    [InlineData("不明显", QualitativeKind.Effect, 2)]
    [InlineData("显著提升", QualitativeKind.Trend, 0)]
    [InlineData("提升", QualitativeKind.Trend, 1)]
    [InlineData("平稳增长", QualitativeKind.Trend, 1)]
    [InlineData("稳步提升", QualitativeKind.Trend, 1)]
    [InlineData("保持", QualitativeKind.Trend, 2)]
    [InlineData("下降", QualitativeKind.Trend, 3)]
    [InlineData(" 较好 ", QualitativeKind.Grade, 1)]
    public void Vocabulary_words(string text, QualitativeKind kind, int rank)
    {
        var value = Assert.IsType<QualitativeValue>(P(text));
        Assert.Equal(kind, value.QualitativeKind);
        Assert.Equal(rank, value.Rank);
        Assert.Equal(text.Trim(), value.ToString());
    }

    [Fact]
    public void Vocabulary_words_are_shared_instances()
    {
        Assert.Same(P("较好"), P("较好"));
        Assert.Same(P("充分"), P(" 充分\t"));
    }

    [Theory]
    [InlineData("序时进度", null, "序时进度")]
    [InlineData("序时进度 25227", "25227", "序时进度 25227")]
    [InlineData("序时进度25227", "25227", "序时进度 25227")]
    [InlineData("序时进度　２５２２７", "25227", "序时进度 25227")]
    [InlineData("按序时进度", null, "序时进度")]
    [InlineData("序时进度 1.15", "1.15", "序时进度 1.15")]
    public void On_schedule_cells(string text, string? amount, string canonical)
    {
        var value = Assert.IsType<OnScheduleValue>(P(text));
        Assert.Equal(amount is null ? null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), value.Amount);
        Assert.Equal(canonical, value.ToString());
    }

    [Theory]
    [InlineData("2026年12月底前", DateValueKind.Deadline, 2026, 12, null, true, "2026年12月底前")]
    [InlineData("12月底前", DateValueKind.Deadline, null, 12, null, true, "12月底前")]
    [InlineData("6月底前完成", DateValueKind.Deadline, null, 6, null, true, "6月底前")]
    [InlineData("12月底到位", DateValueKind.Deadline, null, 12, null, true, "12月底前")]
    [InlineData("2026年6月30日前", DateValueKind.Deadline, 2026, 6, 30, false, "2026年6月30日前")]
    [InlineData("年内完成", DateValueKind.Deadline, null, 12, null, true, "12月底前")]
    [InlineData("年底前", DateValueKind.Deadline, null, 12, null, true, "12月底前")]
    [InlineData("≤2026年6月30日", DateValueKind.Deadline, 2026, 6, 30, false, "2026年6月30日前")]
    [InlineData("2025年12月", DateValueKind.Point, 2025, 12, null, false, "2025年12月")]
    [InlineData("2018年10月底", DateValueKind.Point, 2018, 10, null, true, "2018年10月底")]
    [InlineData("2026年6月30日", DateValueKind.Point, 2026, 6, 30, false, "2026年6月30日")]
    [InlineData("2026年6月30号", DateValueKind.Point, 2026, 6, 30, false, "2026年6月30日")]
    [InlineData("2026.07", DateValueKind.Point, 2026, 7, null, false, "2026年7月")]
    [InlineData("2026-06-30", DateValueKind.Point, 2026, 6, 30, false, "2026年6月30日")]
    [InlineData("2026年", DateValueKind.Point, 2026, null, null, false, "2026年")]
    [InlineData("2026年度", DateValueKind.Point, 2026, null, null, false, "2026年")]
    [InlineData("12月前", DateValueKind.Deadline, null, 12, null, false, "12月前")]
    [InlineData("2026 年", DateValueKind.Point, 2026, null, null, false, "2026年")]
    [InlineData("2026.070", DateValueKind.Point, 2026, 7, null, false, "2026年7月")]
    [InlineData("12月底", DateValueKind.Point, null, 12, null, true, "12月底")]
    public void Date_and_deadline_cells(string text, DateValueKind kind, int? year, int? month, int? day, bool endOfMonth, string canonical)
    {
        var value = Assert.IsType<DateValue>(P(text));
        Assert.Equal(kind, value.DateKind);
        Assert.Equal(new PartialDate(year, month, day, endOfMonth), value.Start);
        Assert.Null(value.End);
        Assert.Equal(canonical, value.ToString());
    }

    [Theory]
    [InlineData("2021年1月-12月", 2021, 1, 2021, 12, "2021年1月-2021年12月")]
    [InlineData("2023.07-2024.01", 2023, 7, 2024, 1, "2023年7月-2024年1月")]
    [InlineData("2023年4月-2024年2月", 2023, 4, 2024, 2, "2023年4月-2024年2月")]
    [InlineData("2026年1月至2026年6月", 2026, 1, 2026, 6, "2026年1月-2026年6月")]
    [InlineData("2026年1-6月", 2026, 1, 2026, 6, "2026年1月-2026年6月")]
    [InlineData("2026年7至12月", 2026, 7, 2026, 12, "2026年7月-2026年12月")]
    public void Period_cells(string text, int y1, int m1, int y2, int m2, string canonical)
    {
        var value = Assert.IsType<DateValue>(P(text));
        Assert.Equal(DateValueKind.Period, value.DateKind);
        Assert.Equal(new PartialDate(y1, m1, null), value.Start);
        Assert.Equal(new PartialDate(y2, m2, null), value.End);
        Assert.Equal(canonical, value.ToString());
    }

    [Theory]
    [InlineData("6个月", "个月")]
    [InlineData("12月", "月")]
    [InlineData("≤3月", "月")]
    [InlineData("3年", "年")]
    public void Durations_are_numeric_with_a_time_unit(string text, string unit)
    {
        var value = Assert.IsType<NumericValue>(P(text));
        Assert.Equal(unit, value.Unit);
        Assert.True(Units.IsDuration(value.Unit));
    }

    [Fact]
    public void A_dotted_number_in_an_amount_indicator_is_a_number_not_a_month() =>
        Assert.IsType<NumericValue>(P("2000.10", "项目金额（万元）"));

    [Theory]
    [InlineData("完成数据采集场搭建，完成100万条数据采集")]
    [InlineData("严格按照预算标准1000元/人给补助对象兑付补助")]
    [InlineData("按月安排")]
    [InlineData("200家企业")]
    [InlineData("100万条数据")]
    [InlineData("2个平台")]
    [InlineData("1.完成系统升级")]
    [InlineData("不少于规定标准")]
    [InlineData("≥5以下")]
    [InlineData("3，5")]
    [InlineData("第十届")]
    [InlineData("一次性")]
    [InlineData("6G")]
    [InlineData("指标2:")]
    [InlineData("……")]
    [InlineData("一")]
    [InlineData("≥5家，其中省级2家")]
    [InlineData("80%~90场")]
    [InlineData("序时进度 25227万元")]
    [InlineData("abc")]
    [InlineData("\u0001控制\u0002")]
    public void Everything_else_is_free_text_kept_verbatim(string text)
    {
        var value = Assert.IsType<FreeTextValue>(P(text));
        Assert.Equal(text.Trim(), value.Text);
        Assert.Equal(text.Trim(), value.ToString());
    }

    [Fact]
    public void Free_text_keeps_full_width_characters_as_written() =>
        Assert.Equal("完成１００万条", Assert.IsType<FreeTextValue>(P("  完成１００万条 ")).Text);

    [Theory]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("\u3000\t", null)]
    [InlineData(null, null)]
    [InlineData("/", "/")]
    [InlineData("／", "/")]
    [InlineData("—", "—")]
    [InlineData("——", "——")]
    [InlineData("-", "-")]
    [InlineData(" / ", "/")]
    public void Blank_and_not_applicable_cells_are_empty(string? text, string? reason)
    {
        var value = Assert.IsType<EmptyValue>(P(text!));
        Assert.Equal(reason, value.Reason);
        Assert.Equal(reason ?? string.Empty, value.ToString());
    }
}

/// <summary>Layouts with separate operator / value / unit columns (real tables of other provinces).</summary>
public class ParserColumnTests
{
    [Theory]
    [InlineData("=", "100", "%", "发放(缴纳)覆盖率", "=100%", UnitSource.UnitColumn)]
    [InlineData("≥", "95", "%", "维护社会稳定", "≥95%", UnitSource.UnitColumn)]
    [InlineData("≥", "1", "人/年", "按时发放", "≥1人/年", UnitSource.UnitColumn)]
    [InlineData("≥", "80", "人数", "发放人数", "≥80人数", UnitSource.UnitColumn)]
    [InlineData("=", "11", "个", "行政村数量", "=11个", UnitSource.UnitColumn)]
    [InlineData("≥", "9.31", "万元", "发放金额", "≥9.31万元", UnitSource.UnitColumn)]
    [InlineData("=", "44,561", "44,561", "项目财政资金到位时间", "=44561", UnitSource.None)]
    [InlineData("=", "8", "", "出差人数", "=8", UnitSource.None)]
    [InlineData("定量", "28.8万元", "%", "业务工作支出安排金额", "28.8万元", UnitSource.Cell)]
    [InlineData("定量", "100", "%", "业务工作支出到位率", "100%", UnitSource.UnitColumn)]
    [InlineData("正向", "24", "人/次", "出差人次", "24人/次", UnitSource.UnitColumn)]
    [InlineData("＞", "5", null, "设备数量（台）", ">5台", UnitSource.NameBracket)]
    [InlineData("≤", "≥3", "天", "办结时限", "≥3天", UnitSource.UnitColumn)]
    public void Operator_value_and_unit_columns_combine(string? op, string value, string? unit, string name, string canonical, UnitSource source)
    {
        var parsed = Assert.IsType<NumericValue>(IndicatorValueParser.ParseColumns(op, value, unit, name).Value);
        Assert.Equal(canonical, parsed.ToString());
        Assert.Equal(source, parsed.UnitSource);
    }

    [Fact]
    public void A_qualitative_row_without_a_value_is_empty() =>
        Assert.Same(IndicatorValue.Empty, IndicatorValueParser.ParseColumns("定性", "", "", "促进社会和谐").Value);

    [Fact]
    public void Errors_point_into_the_value_column()
    {
        var result = IndicatorValueParser.ParseColumns("=", "12..5", "%");
        Assert.False(result.IsSuccess);
        Assert.Equal(3, result.Error.Offset);
    }

    [Theory]
    [InlineData("≥", Comparison.AtLeast)]
    [InlineData("＞", Comparison.GreaterThan)]
    [InlineData("＝", Comparison.Exactly)]
    [InlineData("＜", Comparison.LessThan)]
    [InlineData(" ≤ ", Comparison.AtMost)]
    [InlineData(">=", Comparison.AtLeast)]
    [InlineData("不少于", Comparison.AtLeast)]
    public void Operator_columns(string text, Comparison comparison)
    {
        Assert.True(IndicatorValueParser.TryParseComparison(text, out var c));
        Assert.Equal(comparison, c);
    }

    [Theory]
    [InlineData("定性")]
    [InlineData("正向")]
    [InlineData("反向")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("≥5")]
    public void Direction_and_other_columns_are_not_operators(string? text) => Assert.False(IndicatorValueParser.TryParseComparison(text, out _));
}
