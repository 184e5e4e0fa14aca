using System;
using System.IO;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Tables;
using PerfRules.Values;
using static PerfRules.Rules.Tests.Assertions;
using static PerfRules.Rules.Tests.Tables;

namespace PerfRules.Rules.Tests;

public class ProfileTests
{
    /// <summary>A Nanjing table breaking every half-year rule, S05, S02 and S09 at once.</summary>
    private static PerformanceTable HalfYearTrouble(string layout)
    {
        var t = Compliant().Without(i => i.Name == "资金分配合理性")
            .WithIndicator("举办活动场次", i => i with { HalfYear = AtLeast(12, "场") })
            .WithIndicator("活动成本", i => i with { FullYear = OnSchedule })
            .WithIndicator("预算执行率", i => i with { HalfYear = Exactly(100, "%") })
            .Plus("产出指标", "数量指标", "设备购置数量", AtLeast(5, "台"), AtLeast(10, "家"))
            .Plus("效益指标", "社会效益指标", "服务质量", Word("好", QualitativeKind.Grade, 0), Word("较好", QualitativeKind.Grade, 1));
        return t with
        {
            Layout = layout,
            ProjectType = null,
            Contact = null,
            Funding = t.Funding with { Total = 150m, Expenditures = ValueList.Of(new Expenditure("活动经费", new Amount(120m), new Amount(100m)), new Expenditure("宣传费", new Amount(0m), new Amount(50m))) },
        };
    }

    [Fact]
    public void The_nanjing_profile_reports_the_half_year_rules()
    {
        var ids = HalfYearTrouble(TableLayouts.Nanjing2026).Check().Select(f => f.RuleId).Distinct().ToList();
        foreach (var id in new[] { "S01", "S05", "S09", "V02", "C01", "C02", "C03", "F03", "F04", "F05" }) Assert.Contains(id, ids);
    }

    [Fact]
    public void The_national_profile_has_no_half_year_rules_no_S05_and_no_项目类型_or_contact()
    {
        var findings = HalfYearTrouble(TableLayouts.National).Check();
        foreach (var id in new[] { "S01", "S02", "S05", "S09", "V02", "C01", "C02", "C03", "F03", "F04", "F05" }) None(findings, id);
        Assert.Equal("national", Engine.ProfileFor(HalfYearTrouble(TableLayouts.National)).Name);
        Assert.Equal("nanjing-2026", Engine.ProfileFor(Compliant()).Name);
    }

    [Fact]
    public void An_unknown_layout_selects_the_national_profile() =>
        Assert.Equal("national", Engine.ProfileFor(Compliant() with { Layout = "sichuan-zp" }).BaseName);

    [Fact]
    public void A_user_profile_turns_rules_off_and_changes_severities_on_top_of_the_layout_profile()
    {
        var profile = RuleProfile.Parse("""
            { "name": "my-city",
              "rules": { "S08": { "enabled": false }, "S07.满意度": { "severity": "error" }, "V10": { "severity": "warning" }, "I01": { "enabled": false } } }
            """);
        var engine = RuleEngine.Create(new RuleOptions { Profile = profile });
        var t = Compliant().Without(i => i.Level2 == "成本指标" || i.Level1 == "满意度指标")
            .Plus("产出指标", "数量指标", "培训人数（人）", OnSchedule, Bare(50, "人", UnitSource.NameBracket), "人");
        t = t with { ImportFindings = ValueList.Of(new Finding("I01", Severity.Info, "merged", FindingLocation.Table), new Finding("I05", Severity.Info, "contact", FindingLocation.Table)) };
        var findings = engine.Check(t);
        None(findings, "S08");
        None(findings, "I01");
        Assert.Equal(Severity.Info, Single(findings, "I05").Severity);
        Assert.Equal(Severity.Error, Single(findings, "S07").Severity);
        Assert.Equal(Severity.Warning, Single(findings, "V10").Severity);
        Assert.Equal("my-city (nanjing-2026)", engine.ProfileFor(t).Name);
        Assert.Equal("my-city (national)", engine.ProfileFor(t with { Layout = "national" }).Name);
    }

    [Fact]
    public void A_user_profile_based_on_national_applies_to_every_table()
    {
        var engine = RuleEngine.Create(new RuleOptions { Profile = RuleProfile.Parse("""{ "name": "flat", "basedOn": "national" }""") });
        var findings = engine.Check(HalfYearTrouble(TableLayouts.Nanjing2026));
        None(findings, "C01");
        Assert.Equal("flat", engine.ProfileFor(Compliant()).Name);
    }

    [Fact]
    public void A_user_profile_can_turn_a_built_in_profile_switch_back_on()
    {
        var engine = RuleEngine.Create(new RuleOptions { Profile = RuleProfile.Parse("""{ "name": "strict", "basedOn": "national", "rules": { "C01": { "enabled": true } } }""") });
        Single(engine.Check(HalfYearTrouble(TableLayouts.National)), "C01", indicator: "举办活动场次");
    }

    [Fact]
    public void A_profile_names_its_rule_files_relative_to_itself_and_keeps_its_scoring_section()
    {
        var dir = Path.Combine(Path.GetTempPath(), "perfrules-profile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "extra.rules.json"), """
                [{ "WorkflowName": "extra", "Rules": [{ "RuleName": "R1", "Expression": "table.Year == null || table.Year >= 2027",
                   "Properties": { "Id": "X01", "Severity": "info", "Message": "{table} 不是 2027 年以后的表" } }] }]
                """);
            File.WriteAllText(Path.Combine(dir, "p.json"), """
                { "name": "p", "source": "××财绩〔2025〕1号", "ruleFiles": ["extra.rules.json"], "rules": { "X01": { "severity": "warning" } },
                  "scoring": { "weights": { "预算执行率": 10, "产出": 50, "效益": 30, "满意度": 10 } } }
                """);
            var options = RuleOptions.FromProfileFile(Path.Combine(dir, "p.json"));
            Assert.Contains("\"weights\"", options.Profile!.ScoringJson, StringComparison.Ordinal);
            var f = Single(RuleEngine.Create(options).Check(Compliant()), "X01", fragment: "测试项目 不是 2027 年以后的表");
            Assert.Equal(Severity.Warning, f.Severity);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Theory]
    [InlineData("""{ "name": "p", "rulez": {} }""", "未知成员「rulez」（允许：name、description、source、basedOn、rules、ruleFiles、scoring、labels）；请检查拼写")]
    [InlineData("""{ "name": "p", "rules": { "S99": { "enabled": false } } }""", "规则「S99」：配置中的 rules.「S99」不是已载入规则的 Id 或 RuleName")]
    [InlineData("""{ "name": "p", "rules": { "S08": { "severity": "fatal" } } }""", "rules.「S08」.severity「fatal」不是 error、warning、info 之一")]
    [InlineData("""{ "name": "p", "rules": { "S08": { "enabled": "no" } } }""", "rules.「S08」.enabled 应是 true 或 false")]
    [InlineData("""{ "name": "p", "rules": { "S08": { "off": true } } }""", "rules.「S08」中有未知成员「off」（允许：enabled、severity）")]
    [InlineData("""{ "name": "p", "basedOn": "beijing" }""", "basedOn「beijing」不是内置配置（可用：nanjing-2026、national）")]
    [InlineData("""{ "name": "p", "ruleFiles": ["no/such/file.json"] }""", "无法读取规则文件：文件不存在")]
    [InlineData("""{ "name": "p", "ruleFiles": ["/etc/hostname"] }""", "ruleFiles 中的「/etc/hostname」是绝对路径")]
    [InlineData("""{ "name": "p", "ruleFiles": ["../x.json"] }""", "ruleFiles 中的「../x.json」指向配置文件所在文件夹（")]
    [InlineData("""{ "name": "p", """, "配置文件的 JSON 格式错误")]
    [InlineData("""{ "name": "p", "labels": { "nope": ["x"] } }""", "p.json：labels.「nope」不是任何表头字段或列；请用字段键（")]
    [InlineData("""{ "name": "p", "labels": { "主管部门": "主管预算部门" } }""", "p.json：labels.「主管部门」应是标签字符串的数组")]
    public void A_bad_profile_fails_at_load_naming_the_file(string json, string reason)
    {
        var ex = Assert.Throws<RuleLoadException>(() => RuleSet.Load(new RuleOptions { Profile = RuleProfile.Parse(json, "p.json") }));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        if (!reason.StartsWith("无法读取", StringComparison.Ordinal)) Assert.StartsWith("p.json：", ex.Message, StringComparison.Ordinal); // a rule file it names is named itself
    }

    [Fact]
    public void The_built_in_profiles_are_data()
    {
        Assert.Equal(new[] { "nanjing-2026", "national" }, RuleProfile.BuiltInNames);
        var national = RuleProfile.BuiltIn("national");
        Assert.Equal(false, national.Rules["S05"].Enabled);
        Assert.Empty(RuleProfile.BuiltIn("nanjing-2026").Rules);
    }
}
