using System;
using System.Linq;
using System.Text.Json;
using PerfRules.Rules.Loading;

namespace PerfRules.Rules.Tests.Loading;

/// <summary>
/// <see cref="RuleOptions.MaxExpressionLength"/> and <see cref="RuleOptions.MaxExpressionDepth"/>: a user rule over
/// either is a <see cref="RuleLoadException"/> naming the rule, before the expression parser sees it.
/// </summary>
public class ExpressionLimitTests
{
    private static string RuleFile(string expression, string? argument = null) =>
        "[{\"WorkflowName\":\"Mine\",\"Rules\":[{\"RuleName\":\"Deep\",\"Expression\":" + JsonSerializer.Serialize(expression) +
        ",\"Properties\":{\"Id\":\"X01\",\"Severity\":\"error\",\"Message\":\"m {a}\"" +
        ",\"Arguments\":{\"a\":" + JsonSerializer.Serialize(argument ?? "table.Name") + "}}}]}]";

    private static RuleSet Load(string json, RuleOptions? limits = null) => RuleSet.Load(new RuleOptions
    {
        IncludeBuiltInRules = false,
        RuleSources = new[] { RuleSource.FromJson(json, "mine.json") },
        MaxExpressionLength = (limits ?? RuleOptions.Default).MaxExpressionLength,
        MaxExpressionDepth = (limits ?? RuleOptions.Default).MaxExpressionDepth,
        MaxExpressionTreeDepth = (limits ?? RuleOptions.Default).MaxExpressionTreeDepth,
    });

    private static string Chain(string item, string separator, int count, string tail) => string.Join(separator, Enumerable.Repeat(item, count)) + tail;

    [Theory]
    [InlineData("not", "处嵌套 300 层，超过上限 32 层（MaxExpressionDepth")]
    [InlineData("coalesce", "处嵌套 250 层，超过上限 32 层（MaxExpressionDepth")]
    [InlineData("plus", "解析后深 602 层，超过上限 256 层（MaxExpressionTreeDepth")]
    [InlineData("and", "解析后深 400 层，超过上限 256 层（MaxExpressionTreeDepth")]
    public void Chains_the_bracket_count_cannot_see_are_measured_as_deep_as_they_are_long(string kind, string message)
    {
        var expression = kind switch
        {
            "not" => Chain("not", " ", 300, " true"),
            "coalesce" => "(" + Chain("table.Name", " ?? ", 250, ") != null"),
            "plus" => Chain("1", "+", 601, " > 0"),
            _ => Chain("true", " && ", 400, string.Empty),
        };
        Assert.True(expression.Length <= RuleOptions.DefaultMaxExpressionLength);
        var e = Assert.Throws<RuleLoadException>(() => Load(RuleFile(expression)));
        Assert.Equal(("mine.json", "Mine", "Deep"), (e.SourceName, e.Workflow, e.Rule));
        Assert.StartsWith("Expression ", e.Reason, StringComparison.Ordinal);
        Assert.Contains(message, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Depth_limits_are_capped_so_no_configured_value_can_overflow_the_stack()
    {
        Assert.Equal(512, RuleOptions.MaxDepthCeiling);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RuleOptions { MaxExpressionDepth = 513 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new RuleOptions { MaxExpressionTreeDepth = 513 });
    }

    [Theory]
    [InlineData("brackets")]
    [InlineData("not")]
    [InlineData("coalesce")]
    [InlineData("plus")]
    public async System.Threading.Tasks.Task At_the_ceiling_every_chain_loads_compiles_and_runs_on_a_thread_pool_thread(string kind)
    {
        // 500 levels under limits raised to the ceiling: parsed, vetted and compiled on the loader's deep stack, run
        // on an ordinary worker thread. A stack overflow here would end the test process, not fail one test.
        var expression = kind switch
        {
            "brackets" => Nested(500),
            "not" => Chain("not", " ", 500, " (table.Name != null)"),
            "coalesce" => "(" + Chain("table.Name", " ?? ", 250, ") != null"),
            _ => Chain("1", "+", 500, " > 0"),
        };
        var limits = new RuleOptions { MaxExpressionLength = 100_000, MaxExpressionDepth = RuleOptions.MaxDepthCeiling, MaxExpressionTreeDepth = RuleOptions.MaxDepthCeiling };
        var engine = RuleEngine.Create(new RuleOptions
        {
            IncludeBuiltInRules = false,
            RuleSources = new[] { RuleSource.FromJson(RuleFile(expression), "mine.json") },
            MaxExpressionLength = limits.MaxExpressionLength,
            MaxExpressionDepth = limits.MaxExpressionDepth,
            MaxExpressionTreeDepth = limits.MaxExpressionTreeDepth,
        });
        var findings = await System.Threading.Tasks.Task.Run(() => engine.Check(Tables.Compliant()));
        Assert.Empty(findings);
    }

    /// <summary><c>table.Name != "xx…x"</c>, exactly <paramref name="length"/> characters long and only three levels deep once parsed.</summary>
    private static string OfLength(int length) => "table.Name != \"" + new string('x', length - 16) + "\"";

    private static string Nested(int depth) => new string('(', depth) + "table.Name != null" + new string(')', depth);

    [Fact]
    public void Defaults_are_4096_characters_and_32_levels()
    {
        Assert.Equal((4096, 32, 256), (new RuleOptions().MaxExpressionLength, new RuleOptions().MaxExpressionDepth, new RuleOptions().MaxExpressionTreeDepth));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RuleOptions { MaxExpressionLength = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new RuleOptions { MaxExpressionDepth = -1 });
    }

    [Fact]
    public void An_expression_at_the_length_limit_loads_and_one_character_more_does_not()
    {
        Assert.Single(Load(RuleFile(OfLength(4096))).Rules);
        var e = Assert.Throws<RuleLoadException>(() => Load(RuleFile(OfLength(4097))));
        Assert.Equal(("mine.json", "Mine", "Deep"), (e.SourceName, e.Workflow, e.Rule));
        Assert.Equal("Expression 长 4,097 个字符，超过上限 4,096 个字符（MaxExpressionLength）；请拆分规则，或提高上限", e.Reason);
        Assert.StartsWith("mine.json：工作流「Mine」，规则「Deep」：Expression 长 4,097", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_length_limit_can_be_raised()
    {
        Assert.Single(Load(RuleFile(OfLength(10_000)), new RuleOptions { MaxExpressionLength = 10_000 }).Rules);
        Assert.Throws<RuleLoadException>(() => Load(RuleFile(OfLength(101)), new RuleOptions { MaxExpressionLength = 100 }));
    }

    [Fact]
    public void Argument_expressions_are_bounded_too()
    {
        var e = Assert.Throws<RuleLoadException>(() => Load(RuleFile("true", "table.Name + \"" + new string('x', 5000) + "\"")));
        Assert.StartsWith("参数「a」的表达式长 5,015 个字符", e.Reason, StringComparison.Ordinal);
        var deep = Assert.Throws<RuleLoadException>(() => Load(RuleFile("true", Nested(40))));
        Assert.StartsWith("参数「a」的表达式在第 40 个字符处嵌套 40 层", deep.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_at_the_depth_limit_loads_and_one_level_more_does_not()
    {
        Assert.Single(Load(RuleFile(Nested(32))).Rules);
        var e = Assert.Throws<RuleLoadException>(() => Load(RuleFile(Nested(33))));
        Assert.Equal("Expression 在第 33 个字符处嵌套 33 层，超过上限 32 层（MaxExpressionDepth：括号、条件运算符和前缀运算符各算一层）；请把表达式写得平一些，或提高上限", e.Reason);
    }

    [Fact]
    public void Two_thousand_brackets_within_the_length_limit_are_refused_instead_of_overflowing_the_stack()
    {
        // 4,036 characters: under the length limit. Parsed, it overflows an 8 MB stack and ends the process.
        var expression = Nested(2000);
        Assert.True(expression.Length <= RuleOptions.DefaultMaxExpressionLength);
        var e = Assert.Throws<RuleLoadException>(() => Load(RuleFile(expression)));
        Assert.Contains("处嵌套 2000 层", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("table.Name != null", 0)]
    [InlineData("(table.Name != null)", 1)]
    [InlineData("table.Indicators.Any(i => i.Name == \"(((((\")", 1)]
    [InlineData("table.Indicators.Any(i => i.Name == '(')", 1)]
    [InlineData("table.Name == \"a\\\"((\"", 0)]
    [InlineData("!!!!true", 4)]
    [InlineData("a != b", 0)]
    [InlineData("- - -1 > 0", 3)]
    [InlineData("x - 1 > 0", 0)]
    [InlineData("(a ? (b ? c : d) : e)", 4)]
    [InlineData("a?.b ?? c", 1)]
    [InlineData("not not true", 2)]
    [InlineData("nothing || note", 0)]
    [InlineData("f(a)[0] + g(b)", 1)]
    [InlineData(")))", 0)]
    public void Depth_counts_brackets_conditionals_and_prefix_runs_outside_literals(string expression, int depth) =>
        Assert.Equal(depth, ExpressionLimits.Depth(expression, out _));

    [Fact]
    public void The_built_in_catalogue_is_trusted_and_not_bounded()
    {
        var set = RuleSet.Load(new RuleOptions { MaxExpressionLength = 10, MaxExpressionDepth = 1 });
        Assert.True(set.Rules.Count > 40);
        Assert.True(set.Rules.Max(r => ExpressionLimits.Depth(r.Expression, out _)) <= 6, "the catalogue nests at most 6 deep");
        Assert.True(set.Rules.Max(r => r.Expression.Length) < 200);
    }
}
