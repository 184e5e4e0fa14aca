using System;
using System.Linq;
using PerfRules.Rules.Scoring;

namespace PerfRules.Rules.Tests.Scoring;

public class ScoringProfileTests
{
    [Fact]
    public void Default_profile_is_the_2020_national_weights_with_its_citation()
    {
        var p = ScoringProfile.National2020;
        Assert.Equal("national-2020", p.Name);
        Assert.Equal((10m, 50m, 30m, 10m, 0m), (p.ExecutionRate, p.Output, p.Effect, p.Satisfaction, p.Cost));
        Assert.Contains("财预〔2020〕10号", p.Source, StringComparison.Ordinal);
        // Cited for what could be checked: the weights are a reference (参考), never an attachment's note.
        Assert.Contains("参考", p.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("附件1", p.Source, StringComparison.Ordinal);
        Assert.Same(p, ScoringProfile.GetBuiltin("national-2020"));
        Assert.Equal("national-2020（预算执行率 10，产出 50，效益 30，满意度 10）", p.ToString());
    }

    [Fact]
    public void Built_in_variant_says_honestly_that_it_is_a_variant_in_use()
    {
        Assert.Equal(new[] { "national-2020", "variant-20-40-40" }, ScoringProfile.BuiltinNames);
        var v = ScoringProfile.GetBuiltin("variant-20-40-40");
        Assert.Equal((20m, 40m, 40m, 0m), (v.ExecutionRate, v.Output, v.Effect, v.Satisfaction));
        Assert.StartsWith("variant in use", v.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_built_in_name_lists_the_known_ones()
    {
        Assert.False(ScoringProfile.TryGetBuiltin("anhui", out _));
        var e = Assert.Throws<ArgumentException>(() => ScoringProfile.GetBuiltin("anhui"));
        Assert.StartsWith("没有名为“anhui”的内置评分方案（可用：national-2020、variant-20-40-40）。", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_scoring_section_of_a_shared_profile_file()
    {
        var read = ScoringProfile.Read("""
            {
              // rule switches are for the rule engine and ignored here
              "name": "sichuan-2023", "source": "川财绩〔2023〕×号",
              "rules": { "S05": "off" },
              "scoring": { "weights": { "预算执行率指标": 10, "产出指标": 40, "效益指标": 30, "满意度指标": 10, "成本指标": 10 } },
            }
            """, "sichuan.json");
        Assert.True(read.IsSuccess);
        Assert.True(read.HasScoringSection);
        var p = read.Profile!;
        Assert.Equal("sichuan-2023", p.Name);
        Assert.Equal("川财绩〔2023〕×号", p.Source);
        Assert.Equal(10m, p.WeightOf(ScoringSection.Cost));
    }

    [Fact]
    public void A_profile_without_scoring_section_is_valid_and_says_so()
    {
        var read = ScoringProfile.Read("{\"name\":\"rules-only\",\"rules\":{}}", null);
        Assert.True(read.IsSuccess);
        Assert.False(read.HasScoringSection);
        Assert.Null(read.Profile);
    }

    [Theory]
    [InlineData("{\"scoring\":{\"weights\":{\"产出\":50,\"效益\":30}}}", "$.scoring.weights：各部分权重合计 80，应为 100。")]
    [InlineData("{\"scoring\":{\"weights\":{\"决策\":10,\"产出\":60,\"效益\":30}}}", "$.scoring.weights.决策：无法识别的部分（可用：预算执行率、产出、效益、满意度、成本）。")]
    [InlineData("{\"scoring\":{\"weights\":{\"产出\":\"50\"}}}", "$.scoring.weights.产出：权重应为数字。")]
    [InlineData("{\"scoring\":{\"weights\":{\"产出\":110,\"效益\":-10}}}", "$.scoring.weights：权重不能为负数。")]
    [InlineData("{\"scoring\":{\"weight\":{}}}", "$.scoring.weight：无法识别的属性（可用：name, weights）。")]
    [InlineData("{\"scoring\":[]}", "$.scoring：应为 JSON 对象。")]
    public void Invalid_weights_are_reported_with_their_path(string json, string error)
    {
        var read = ScoringProfile.Read(json, "p.json");
        Assert.False(read.IsSuccess);
        Assert.Contains(error, read.Errors);
    }

    [Fact]
    public void Malformed_json_is_reported_with_its_line()
    {
        var read = ScoringProfile.Read("{\n\"scoring\": {\n", "p.json");
        Assert.StartsWith("评分方案的 JSON 格式错误（第 3 行", Assert.Single(read.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_an_error_not_an_exception() =>
        Assert.StartsWith("评分方案文件“/nonexistent/p.json”无法打开", Assert.Single(ScoringProfile.ReadFile("/nonexistent/p.json").Errors), StringComparison.Ordinal);

    [Fact]
    public void Constructor_rejects_weights_not_adding_to_100() =>
        Assert.Equal("各部分权重合计 99，应为 100。", Assert.Throws<ArgumentException>(() => new ScoringProfile("x", 10, 50, 30, 9, 0)).Message);

    [Fact]
    public void Section_labels_map_with_or_without_the_suffix_and_bracket()
    {
        Assert.Equal(ScoringSection.Output, ScoringSections.FromLabel("产出指标(50分)"));
        Assert.Equal(ScoringSection.Satisfaction, ScoringSections.FromLabel("服务对象满意度指标"));
        Assert.Equal(ScoringSection.ExecutionRate, ScoringSections.FromLabel("预算执行情况（10分）"));
        Assert.Null(ScoringSections.FromLabel("决策"));
        Assert.Null(ScoringSections.FromLabel("过程"));
        Assert.Equal(new[] { "预算执行率", "产出", "效益", "满意度", "成本" }, ScoringSections.All.Select(s => s.ToText()));
    }

    [Fact]
    public void Scoring_section_of_a_rule_profile_is_read_with_the_profile_name()
    {
        var withScoring = new PerfRules.Rules.RuleProfile("my-city", scoringJson: "{\"weights\":{\"预算执行率\":20,\"产出\":40,\"效益\":40}}");
        var read = ScoringProfile.FromRuleProfile(withScoring);
        Assert.True(read.IsSuccess);
        Assert.Equal("my-city", read.Profile!.Name);
        Assert.Equal(20m, read.Profile.ExecutionRate);

        var without = ScoringProfile.FromRuleProfile(PerfRules.Rules.RuleProfile.BuiltIn("national"));
        Assert.True(without.IsSuccess);
        Assert.False(without.HasScoringSection);
    }
}
