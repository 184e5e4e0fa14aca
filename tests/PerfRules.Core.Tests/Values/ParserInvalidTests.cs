using System;
using PerfRules.Values;

namespace PerfRules.Core.Tests.Values;

/// <summary>Invalid text: a comparison symbol without a number, or a malformed number; positions point into the original text.</summary>
public class ParserInvalidTests
{
    [Theory]
    [InlineData("≥≥5家", 1, 1, "comparison operator must be followed by a number")]
    [InlineData(">=abc", 2, 3, "comparison operator must be followed by a number")]
    [InlineData("=完成", 1, 2, "comparison operator must be followed by a number")]
    [InlineData("≥ abc 5", 2, 3, "comparison operator must be followed by a number")]
    [InlineData("＞＝ａｂｃ", 2, 3, "comparison operator must be followed by a number")]
    [InlineData("≥=5", 1, 1, "comparison operator must be followed by a number")]
    [InlineData("≥.5", 1, 1, "comparison operator must be followed by a number")]
    [InlineData("≥", 1, 0, "ends after a comparison operator")]
    [InlineData("  ≥  ", 3, 0, "ends after a comparison operator")]
    [InlineData("12..5%", 3, 1, "two decimal points in a row")]
    [InlineData("≥12..5%", 4, 1, "two decimal points in a row")]
    [InlineData("１２．．５％", 3, 1, "two decimal points in a row")]
    [InlineData("1.2.3", 3, 1, "second decimal point")]
    [InlineData("5.", 1, 1, "decimal point must be followed by digits")]
    [InlineData("≥5.%", 2, 1, "decimal point must be followed by digits")]
    [InlineData("1,23", 1, 3, "exactly three digits")]
    [InlineData("1,2345", 1, 5, "exactly three digits")]
    [InlineData("8,827,62.53", 5, 3, "exactly three digits")]
    [InlineData("1234,567", 0, 4, "start with one to three digits")]
    [InlineData("1.234,567", 5, 4, "cannot follow the decimal point")]
    [InlineData("3~5..5场", 4, 1, "two decimal points in a row")]
    [InlineData("序时进度 12..5", 8, 1, "two decimal points in a row")]
    [InlineData("12345678901234567890123456789012", 0, 32, "too large")]
    [InlineData("9999999999999999999999亿条", 0, 23, "too large")]
    [InlineData("1~9999999999999999999999亿", 2, 23, "too large")]
    public void Invalid_cells_are_errors_with_exact_positions(string text, int offset, int length, string message)
    {
        var result = IndicatorValueParser.Parse(text);
        Assert.False(result.IsSuccess);
        var error = result.Error;
        Assert.Equal(text, error.Text);
        Assert.Equal(offset, error.Offset);
        Assert.Equal(length, error.Length);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(error.Expected);
        Assert.False(IndicatorValue.TryParse(text, out var kept));
        Assert.Equal(text, Assert.IsType<FreeTextValue>(kept).Text);
    }

    [Fact]
    public void Parse_throws_a_FormatException_naming_the_position_only_for_invalid_text()
    {
        var ex = Assert.Throws<FormatException>(() => IndicatorValue.Parse("≥≥5家"));
        Assert.Contains("at offset 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("expected a number", ex.Message, StringComparison.Ordinal);
        Assert.IsType<FreeTextValue>(IndicatorValue.Parse("完成数据采集场搭建"));
    }

    [Theory]
    [InlineData("不少于abc")]
    [InlineData("至少完成一次检查")]
    [InlineData("1.完成")]
    [InlineData("5,")]
    public void Word_operators_and_numbered_sentences_are_not_invalid(string text) =>
        Assert.IsType<FreeTextValue>(IndicatorValue.Parse(text));
}
