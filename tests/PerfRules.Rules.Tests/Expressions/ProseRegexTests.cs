using System.Linq;
using PerfRules.Rules.Expressions;
using Xunit;

namespace PerfRules.Rules.Tests.Expressions;

/// <summary>
/// The prose helpers run on every table of a batch without a wall-clock timeout, so their patterns must be linear
/// in the text: inputs that made the old backtracking patterns quadratic (and hit their one-second timeout, an
/// engine error) are read to the end, with the findings they should have.
/// </summary>
public sealed class ProseRegexTests
{
    private const int Long = 200_000;

    [Fact]
    public void A_long_run_of_full_width_digits_without_a_unit_promises_nothing()
    {
        Assert.Empty(Prose.Promises(new string('１', Long) + "。"));
    }

    [Fact]
    public void A_full_width_ordinal_is_no_promise_and_a_full_width_count_is_one()
    {
        Assert.Empty(Prose.Promises("举办第１２届博览会。"));
        Assert.Equal(new[] { "12" }, Prose.Promises("培训１２人次。").Select(p => p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Many_unclosed_tags_are_plain_text()
    {
        Assert.Empty(Prose.Repeats(new string('<', Long) + "。"));
    }

    [Fact]
    public void A_long_run_of_letters_before_a_bracket_is_no_document_reference()
    {
        Assert.Empty(Prose.Repeats(new string('文', Long) + "〔2024〕。"));
        Assert.Equal(new[] { "苏工信规〔2023〕2号" }, Prose.Repeats("依据：苏工信规〔2023〕2号执行。按：苏工信规〔2023〕2号验收。"));
    }
}
