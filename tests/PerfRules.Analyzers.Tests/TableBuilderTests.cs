extern alias core;

using System;
using core::PerfRules.Tables;
using core::PerfRules.Values;
using Xunit;

namespace PerfRules.Analyzers.Tests;

/// <summary>The code-defined table API the analyzers check (Core/Tables/TableBuilder), at run time.</summary>
public class TableBuilderTests
{
    [Fact]
    public void Rows_are_parsed_with_the_bracket_unit_and_numbered_in_order()
    {
        var table = TableBuilder.Create("台式机")
            .Year(2026)
            .ProjectType("一次性安排项目")
            .TotalFunding(6m)
            .Expenditure("台式机", 6m, 6m)
            .Indicator("产出", "数量指标", "设备购置数量（台）", half: "=10", full: "=10")
            .Indicator("满意度", "满意度指标", "使用人员满意度", full: "≥90%")
            .Build();

        Assert.Equal("台式机", table.Name);
        Assert.Equal(2026, table.Year);
        Assert.Equal(6m, table.Funding.Total);
        Assert.Equal(new Expenditure("台式机", new Amount(6m), new Amount(6m)), Assert.Single(table.Funding.Expenditures));
        Assert.Equal(2, table.Indicators.Count);
        var first = table.Indicators[0];
        Assert.Equal((1, "产出", "数量指标", "台"), (first.Row, first.Level1, first.Level2, first.Unit));
        var half = Assert.IsType<NumericValue>(first.HalfYear);
        Assert.Equal((Comparison.Exactly, 10m, "台", UnitSource.NameBracket), (half.Comparison, half.Number, half.Unit, half.UnitSource));
        Assert.Equal(2, table.Indicators[1].Row);
        Assert.Same(IndicatorValue.Empty, table.Indicators[1].HalfYear);
        Assert.Equal("≥90%", table.Indicators[1].FullYear.ToString());
    }

    [Fact]
    public void Invalid_text_throws_naming_the_row_the_parameter_and_the_offset()
    {
        var builder = TableBuilder.Create("台式机").Indicator("产出", "数量指标", "a", "=1", "=1");
        var e = Assert.Throws<ArgumentException>(() => builder.Indicator("产出", "数量指标", "设备购置数量（台）", half: "≥≥5", full: "=10"));
        Assert.Equal("half", e.ParamName);
        Assert.StartsWith("Row 2 (设备购置数量（台）): Invalid indicator value '≥≥5' at offset 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_is_repeatable_and_tables_compare_structurally()
    {
        var builder = TableBuilder.Create("t").Indicator("产出", "数量指标", "x", "≥1家", "≥2家");
        Assert.Equal(builder.Build(), builder.Build());
        Assert.Same(Funding.None, builder.Build().Funding);
    }

    [Fact]
    public void A_table_needs_a_name()
    {
        Assert.Throws<ArgumentException>(() => TableBuilder.Create(" "));
    }
}
