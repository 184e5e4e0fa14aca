using PerfRules.Tables;

namespace PerfRules.Core.Tests.Values;

public class HierarchyTests
{
    [Theory]
    [InlineData("决策", "决策")]
    [InlineData("过程", "过程")]
    [InlineData("产出指标", "产出")]
    [InlineData("产出", "产出")]
    [InlineData("效益指标", "效益")]
    [InlineData("满意度指标", "满意度")]
    [InlineData("成本指标", "成本")]
    [InlineData("项目完成指标", "产出")]
    [InlineData("项目完成 指标", "产出")]
    [InlineData("项目效益 指标", "效益")]
    [InlineData(" 产出\u3000指标 ", "产出")]
    public void Level1_labels_canonicalise(string label, string level1)
    {
        Assert.Equal(level1, Hierarchy.CanonicalLevel1(label));
        Assert.True(Hierarchy.IsLevel1(label));
    }

    [Theory]
    [InlineData("经济效益指标")]
    [InlineData("数量指标")]
    [InlineData("社会效益")]
    [InlineData("重点产业规模能级")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_labels_are_not_level1(string? label) => Assert.False(Hierarchy.IsLevel1(label));

    [Theory]
    [InlineData("项目立项", "决策")]
    [InlineData("绩效目标", "决策")]
    [InlineData("资金投入", "决策")]
    [InlineData("资金管理", "过程")]
    [InlineData("组织实施", "过程")]
    [InlineData("数量指标", "产出")]
    [InlineData("质量指标", "产出")]
    [InlineData("时效指标", "产出")]
    [InlineData("成本指标", "产出")]
    [InlineData("经济效益指标", "效益")]
    [InlineData("社会效益", "效益")]
    [InlineData("社会效益 指标", "效益")]
    [InlineData("生态效益指标", "效益")]
    [InlineData("可持续影响指标", "效益")]
    [InlineData("可持续影响 指标", "效益")]
    [InlineData("满意度指标", "满意度")]
    [InlineData("服务对象满意度", "满意度")]
    [InlineData("服务对象 满意度指标", "满意度")]
    [InlineData("经济成本指标", "成本")]
    [InlineData("社会成本指标", "成本")]
    [InlineData("生态环境成本指标", "成本")]
    public void Level2_labels_belong_to_their_level1(string level2, string level1)
    {
        Assert.True(Hierarchy.IsLevel2(level2));
        Assert.Equal(level1, Hierarchy.ParentOf(level2));
        Assert.True(Hierarchy.BelongsTo(level1, level2));
        Assert.True(Hierarchy.BelongsTo(level1 + "指标", level2));
    }

    [Theory]
    [InlineData("效益指标", "数量指标")]
    [InlineData("产出指标", "社会效益")]
    [InlineData("决策", "资金管理")]
    [InlineData("成本指标", "成本指标")]
    [InlineData("满意度指标", "重点产业规模能级")]
    [InlineData("未知", "数量指标")]
    public void Misfiled_level2_labels_do_not_belong(string level1, string level2) => Assert.False(Hierarchy.BelongsTo(level1, level2));

    [Fact]
    public void Both_a_level1_and_a_level2()
    {
        Assert.True(Hierarchy.IsLevel1("成本指标") && Hierarchy.IsLevel2("成本指标"));
        Assert.True(Hierarchy.IsLevel1("满意度指标") && Hierarchy.IsLevel2("满意度指标"));
        Assert.Equal("社会效益指标", Hierarchy.CanonicalLevel2("社会效益"));
        Assert.Equal(new[] { "经济成本指标", "社会成本指标", "生态环境成本指标" }, Hierarchy.Level2Names("成本"));
        Assert.Equal(new[] { "决策", "过程", "产出", "效益", "满意度", "成本" }, Hierarchy.Level1Names);
    }

    [Theory]
    [InlineData("效益", "效益指标", true)]
    [InlineData("项目完成 指标", "产出", true)]
    [InlineData("项目效益指标", "效益指标", true)]
    [InlineData("产出", "效益", false)]
    [InlineData("社会效益", "效益", false)]
    [InlineData(null, null, false)]
    public void Same_level1(string? a, string? b, bool same) => Assert.Equal(same, Hierarchy.SameLevel1(a, b));

    [Theory]
    [InlineData("产出指标(50分)", "产出指标", "50", "50")]
    [InlineData("产出指标（50分）", "产出指标", "50", "50")]
    [InlineData("成本指标(0-20)分", "成本指标", "0", "20")]
    [InlineData("产出指标 (40-50)分", "产出指标", "40", "50")]
    [InlineData("满意度指标 (10分)", "满意度指标", "10", "10")]
    [InlineData("(50分)", "", "50", "50")]
    [InlineData("预算执行情况(10分)", "预算执行情况", "10", "10")]
    [InlineData("年度绩效目标(90分)", "年度绩效目标", "90", "90")]
    public void Score_suffixes_are_stripped(string label, string name, string min, string max)
    {
        Assert.True(Hierarchy.TryStripScore(label, out var stripped, out var low, out var high));
        Assert.Equal(name, stripped);
        Assert.Equal(decimal.Parse(min, System.Globalization.CultureInfo.InvariantCulture), low);
        Assert.Equal(decimal.Parse(max, System.Globalization.CultureInfo.InvariantCulture), high);
        if (name.Length > 0 && name != "预算执行情况" && name != "年度绩效目标") Assert.True(Hierarchy.IsLevel1(stripped));
    }

    [Theory]
    [InlineData("产出指标")]
    [InlineData("全国计算机技术与软件专业技术资格（水平）")]
    [InlineData("绩效指标(权重分值90分,其中产出指标权重分值50分)")]
    [InlineData("")]
    public void Labels_without_a_score_are_left_alone(string label)
    {
        Assert.False(Hierarchy.TryStripScore(label, out var name, out _, out _));
        Assert.Equal(label, name);
    }
}
