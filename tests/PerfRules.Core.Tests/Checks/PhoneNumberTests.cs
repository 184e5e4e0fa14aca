using System;
using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Checks;
using PerfRules.Testing;
using Xunit;

namespace PerfRules.Core.Tests.Checks;

/// <summary>
/// S09's phone test is the pattern it replaced, without a regex: the same verdict for any string of digits (ASCII,
/// full-width, other scripts), hyphens, brackets, spaces and letters. A regex with a one-second match timeout made a
/// valid 20,000-table run fail when the machine was busy; a one-pass check has no clock to run out of.
/// </summary>
public sealed class PhoneNumberTests
{
    private static readonly Regex Reference = new(@"^(?:(?:0\d{2,3}-?)?\d{7,8}|1[3-9]\d{9})$", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    [Theory]
    [InlineData("025-83234567", true)]
    [InlineData("02583234567", true)]
    [InlineData("0510-1234567", true)]
    [InlineData("83234567", true)]
    [InlineData("1234567", true)]
    [InlineData("13912345678", true)]
    [InlineData("（025）83234567", true)]
    [InlineData("139 1234 5678", true)]
    [InlineData("０２５－８３２３４５６７", true)]
    [InlineData("12912345678", false)]
    [InlineData("123456", false)]
    [InlineData("025--83234567", false)]
    [InlineData("25-83234567", false)]
    [InlineData("02583234567x", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Known_numbers(string? phone, bool valid) => Assert.Equal(valid, HeaderChecks.IsValidPhone(phone));

    [Fact]
    public void Same_verdict_as_the_pattern()
    {
        var text = Gen.ArrayOf(Gen.Elements('0', '1', '2', '3', '5', '9', '-', '(', ')', ' ', '\n', '０', '٣', 'a', '－')).Select(c => new string(c)).ToArbitrary();
        FuzzSettings.Check(text, s =>
        {
            var expected = Reference.IsMatch(CheckText.Normalize(s).Replace("(", string.Empty).Replace(")", string.Empty));
            Assert.True(expected == HeaderChecks.IsValidPhone(s), "“" + s + "”: the pattern says " + expected);
        });
    }

    [Fact]
    public void Valid_shapes_are_valid_whatever_their_digits()
    {
        var digits = Gen.ArrayOf(Gen.Elements('0', '1', '4', '7', '9', '５', '٣')).Where(d => d.Length is 7 or 8).Select(d => new string(d));
        var phones = Gen.OneOf(
            digits,
            digits.SelectMany(d => Gen.Elements("025", "0510", "025-", "0510-").Select(area => area + d)),
            Gen.Elements('3', '8', '9').SelectMany(second => digits.Select(d => "1" + second + d.PadRight(9, '0').Substring(0, 9)))).ToArbitrary();
        FuzzSettings.Check(phones, p => Assert.True(HeaderChecks.IsValidPhone(p), p));
    }
}
