using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PerfRules.Rules.Tests.Loading;

/// <summary>Rule files and profiles as untrusted input: invalid escapes, too many rules, paths leaving the profile's folder.</summary>
public sealed class RuleFileSafetyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "perfrules-rulefiles-" + Guid.NewGuid().ToString("N"));

    public RuleFileSafetyTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static RuleSet Load(string json, int? maxRules = null) => RuleSet.Load(new RuleOptions
    {
        IncludeBuiltInRules = false,
        RuleSources = new[] { RuleSource.FromJson(json, "mine.json") },
        MaxRules = maxRules ?? RuleOptions.DefaultMaxRules,
    });

    [Theory]
    [InlineData("Message", "Mine", "R")]
    [InlineData("Expression", "Mine", "R")]
    [InlineData("RuleName", "Mine", "#1")]
    [InlineData("WorkflowName", "#1", null)]
    public void A_lone_surrogate_escape_is_a_load_error_naming_file_workflow_and_rule(string member, string workflow, string? rule)
    {
        var json = "[{\"WorkflowName\":\"Mine\",\"Rules\":[{\"RuleName\":\"R\",\"Expression\":\"true\",\"Properties\":{\"Id\":\"X01\",\"Severity\":\"error\",\"Message\":\"m\"}}]}]";
        var value = member switch { "Message" => "\"m\"", "Expression" => "\"true\"", "RuleName" => "\"R\"", _ => "\"Mine\"" };
        var broken = json.Replace("\"" + member + "\":" + value, "\"" + member + "\":" + value.Insert(1, "\\ud800"), StringComparison.Ordinal);
        Assert.NotEqual(json, broken);

        var e = Assert.Throws<RuleLoadException>(() => Load(broken));

        Assert.Equal(("mine.json", workflow, rule), (e.SourceName, e.Workflow, e.Rule));
        Assert.Equal("字符串中有无效的转义（单独的 UTF-16 代理项，如 \\ud800），无法成为文本；请删除它或写出完整的字符", e.Reason);
    }

    [Fact]
    public void More_rules_than_MaxRules_are_refused_before_any_expression_is_parsed()
    {
        var rules = Enumerable.Range(1, 21).Select(i => new { RuleName = "r" + i, Expression = "this does not parse", Properties = new { Id = "X" + i, Severity = "error", Message = "m" } });
        var json = JsonSerializer.Serialize(new[] { new { WorkflowName = "Mine", Rules = rules } });

        var e = Assert.Throws<RuleLoadException>(() => Load(json, maxRules: 20));

        Assert.Equal("文件中有 21 条规则，超过用户规则文件合计还能容纳的 20 条（上限 MaxRules，按所有用户规则文件合计）；请把检查分到几次运行中，或提高上限", e.Reason);
        Assert.Equal(2000, RuleOptions.DefaultMaxRules);
    }

    [Theory]
    [InlineData("../outside.json", "」指向配置文件所在文件夹（")]
    [InlineData("sub/../../outside.json", "」指向配置文件所在文件夹（")]
    [InlineData("/etc/hostname", "」是绝对路径；")]
    public void A_profile_names_rule_files_only_inside_its_own_folder(string ruleFile, string why)
    {
        var profile = Path.Combine(_folder, "p.json");
        File.WriteAllText(profile, JsonSerializer.Serialize(new { ruleFiles = new[] { ruleFile } }));

        var e = Assert.Throws<RuleLoadException>(() => RuleProfile.Load(profile));

        Assert.Equal(profile, e.SourceName);
        Assert.StartsWith("ruleFiles 中的「" + ruleFile + why, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_rule_file_inside_its_folder_resolves_against_the_folder()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "rules"));
        var profile = Path.Combine(_folder, "p.json");
        File.WriteAllText(profile, JsonSerializer.Serialize(new { ruleFiles = new[] { "rules/../rules/mine.json" } }));

        Assert.Equal(Path.Combine(_folder, "rules", "mine.json"), Assert.Single(RuleProfile.Load(profile).RuleFiles));
    }

    [Fact]
    public void A_rule_file_over_the_byte_limit_is_not_read()
    {
        var path = Path.Combine(_folder, "big.json");
        using (var f = new FileStream(path, FileMode.Create)) f.SetLength(RuleOptions.MaxRuleFileBytes + 1);

        var e = Assert.Throws<RuleLoadException>(() => RuleSource.FromFile(path));

        Assert.Equal("无法读取规则文件：文件有 4,194,305 字节，超过上限 4,194,304 字节", e.Reason);
    }
}
