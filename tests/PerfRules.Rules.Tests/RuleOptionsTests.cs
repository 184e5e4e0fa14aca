using System;
using PerfRules.Rules;
using Xunit;

namespace PerfRules.Rules.Tests;

/// <summary><see cref="RuleOptions"/> is an immutable record like the other options types: copies by <c>with</c>, value equality, one range check.</summary>
public sealed class RuleOptionsTests
{
    [Fact]
    public void With_copies_every_limit_and_changes_only_the_named_one()
    {
        var tuned = new RuleOptions { MaxRules = 10, MaxEvaluationSteps = 1234, MaxExpressionTreeDepth = 100 };
        var copy = tuned with { MaxExpressionLength = 99 };
        Assert.Equal((10, 1234L, 100, 99), (copy.MaxRules, copy.MaxEvaluationSteps, copy.MaxExpressionTreeDepth, copy.MaxExpressionLength));
        Assert.Equal(RuleOptions.DefaultMaxExpressionLength, tuned.MaxExpressionLength);
    }

    [Fact]
    public void Options_with_the_same_settings_are_equal()
    {
        Assert.Equal(new RuleOptions { MaxRules = 7 }, new RuleOptions { MaxRules = 7 });
        Assert.NotEqual(new RuleOptions { MaxRules = 7 }, new RuleOptions { MaxRules = 8 });
        Assert.Equal(RuleOptions.Default with { }, RuleOptions.Default);
    }

    [Theory]
    [InlineData(nameof(RuleOptions.MaxExpressionLength))]
    [InlineData(nameof(RuleOptions.MaxEvaluationSteps))]
    [InlineData(nameof(RuleOptions.MaxEvaluationCharacters))]
    [InlineData(nameof(RuleOptions.MaxRules))]
    [InlineData(nameof(RuleOptions.MaxExpressionDepth))]
    [InlineData(nameof(RuleOptions.MaxExpressionTreeDepth))]
    public void A_limit_that_is_not_positive_is_refused_naming_the_option(string option)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Set(option, 0));
        Assert.Equal(option, e.ParamName);
        Assert.Contains(option, e.Message, StringComparison.Ordinal);
    }

    private static RuleOptions Set(string option, int value) => option switch
    {
        nameof(RuleOptions.MaxExpressionLength) => new RuleOptions { MaxExpressionLength = value },
        nameof(RuleOptions.MaxEvaluationSteps) => new RuleOptions { MaxEvaluationSteps = value },
        nameof(RuleOptions.MaxEvaluationCharacters) => new RuleOptions { MaxEvaluationCharacters = value },
        nameof(RuleOptions.MaxRules) => new RuleOptions { MaxRules = value },
        nameof(RuleOptions.MaxExpressionDepth) => new RuleOptions { MaxExpressionDepth = value },
        _ => new RuleOptions { MaxExpressionTreeDepth = value },
    };
}
