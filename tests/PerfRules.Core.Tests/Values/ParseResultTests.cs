using System;
using PerfRules.Values;

namespace PerfRules.Core.Tests.Values;

public class ParseResultTests
{
    [Fact]
    public void Default_result_is_a_failure_whose_error_can_be_read()
    {
        var result = default(ParseResult);

        Assert.False(result.IsSuccess);
        Assert.Same(ParseError.NothingParsed, result.Error);
        Assert.Equal(string.Empty, result.Error.Text);
        Assert.Equal(0, result.Error.Length);
        var thrown = Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Contains("nothing was parsed", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_success_has_no_error_and_a_failure_no_value()
    {
        var success = IndicatorValueParser.Parse("≥5家");
        var failure = IndicatorValueParser.Parse("≥≥5家");

        Assert.True(success.IsSuccess);
        Assert.Throws<InvalidOperationException>(() => success.Error);
        Assert.False(failure.IsSuccess);
        Assert.Equal(1, failure.Error.Offset);
        Assert.Contains(failure.Error.Message, Assert.Throws<InvalidOperationException>(() => failure.Value).Message, StringComparison.Ordinal);
    }
}
