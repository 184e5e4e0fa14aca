using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfRules.Rules.Expressions;

namespace PerfRules.Rules.Tests.Expressions;

/// <summary>
/// The promise pattern's groups split off by hand (<see cref="PromiseParts"/>) must be the groups the regex itself
/// captures, for every match in any text: the differential that lets promises be enumerated without Match objects.
/// </summary>
public class PromisePartsTests
{
    // Digits of three scripts, the decimal point, the multipliers and what the lookahead looks for, units of every
    // length (人次 over 人, 万元 over 元), rates, 每, and ordinary prose.
    private static readonly string[] Pieces =
    {
        "1", "2", "0", "9", "１", "２", "٣", ".", "．", "万", "亿", "千", "元", "个", "人", "次", "人次", "家", "万元", "亿元", "千元",
        "场", "台", "月", "/", "每", "第", "PM", "G", "-", "年", "完成", "服务", "〔2025〕", "号", " ", "，",
    };

    private static Arbitrary<string> Texts() =>
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property Hand_split_groups_are_the_regex_groups() =>
        Prop.ForAll(Texts(), text =>
        {
            foreach (Match m in Prose.PromiseNumber.Matches(text))
            {
                var parts = PromiseParts.Of(text, m.Index, m.Length);
                var magnitude = parts.Magnitude == '\0' ? string.Empty : parts.Magnitude.ToString();
                Assert.Equal((m.Groups["n"].Value, m.Groups["m"].Value, m.Groups["u"].Value), (parts.Number, magnitude, parts.Unit));
            }
        });

    [Theory]
    [InlineData("完成5万人次培训", "5", "万", "人次")]
    [InlineData("投入5万元", "5", "", "万元")]
    [InlineData("建成2.5万家", "2.5", "万", "家")]
    [InlineData("培训１２场", "１２", "", "场")]
    public void Known_texts_split_as_written(string text, string number, string magnitude, string unit)
    {
        var m = Prose.PromiseNumber.Match(text);
        Assert.True(m.Success, "the pattern matches " + text);
        var parts = PromiseParts.Of(text, m.Index, m.Length);
        Assert.Equal((number, magnitude, unit), (parts.Number, parts.Magnitude == '\0' ? string.Empty : parts.Magnitude.ToString(), parts.Unit));
    }
}
