using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using PerfRules.Rules.Loading;

namespace PerfRules.Rules.Tests;

/// <summary>
/// A type System.Linq.Dynamic.Core can see (its default provider scans loaded assemblies for
/// [DynamicLinqType]) but the sandbox does not allow: calling it would have a visible side effect.
/// </summary>
[DynamicLinqType]
public static class Canary
{
    private static int hits;

    public static int Counter => hits;

    public static bool Hit()
    {
        System.Threading.Interlocked.Increment(ref hits);
        return true;
    }
}

[Collection("Canary")]
public class SandboxTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "perfrules-sandbox-" + Guid.NewGuid().ToString("N"));

    public SandboxTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Pwned => Path.Combine(_dir, "pwned.txt");

    private string PwnedDirectory => Path.Combine(_dir, "pwned-dir");

    /// <summary>Hostile expressions: reflection, type objects, files, processes, environment, threads, delegates, clocks, DoS.</summary>
    public static IEnumerable<object[]> Hostile() => HostileTexts().Select(h => new object[] { h.Expression, h.Scope });

    private static IEnumerable<(string Expression, string Scope)> HostileTexts() => new[]
    {
        ("table.GetType().Name != \"\"", "table"),
        ("table.Name.GetType().Assembly.FullName != \"\"", "table"),
        ("typeof(string) != null", "table"),
        ("Type.GetType(\"System.IO.File\") != null", "table"),
        ("System.IO.File.Exists(\"/etc/passwd\")", "table"),
        ("File.WriteAllText(\"{pwned}\", \"x\") == null", "table"),
        ("System.IO.File.WriteAllText(\"{pwned}\", \"x\") == null", "table"),
        ("Directory.CreateDirectory(\"{dir}\") != null", "table"),
        ("System.Diagnostics.Process.Start(\"sh\") != null", "table"),
        ("Activator.CreateInstance(\"mscorlib\", \"System.Object\") != null", "table"),
        ("AppDomain.CurrentDomain.FriendlyName != \"\"", "table"),
        ("Environment.GetEnvironmentVariable(\"PATH\") != \"\"", "table"),
        ("Environment.Exit(1) == null", "table"),
        ("GC.Collect() == null", "table"),
        ("System.Threading.Thread.Sleep(10) == null", "table"),
        ("Task.Delay(10).IsCompleted", "table"),
        ("System.Runtime.InteropServices.Marshal.AllocHGlobal(8) != null", "table"),
        ("System.Reflection.Assembly.Load(\"System\") != null", "table"),
        ("Delegate.CreateDelegate(null, null) != null", "table"),
        ("Expression.Constant(1) != null", "table"),
        ("table.Indicators.AsQueryable().Provider != null", "table"),
        ("Canary.Hit()", "table"),
        ("Canary.Counter > -1", "table"),
        ("Canary.Hit() && Structure.HasOutput(table)", "table"),
        ("Enumerable.Range(0, 2147483647).Count() > 0", "table"),
        ("Enumerable.Repeat(table, 2147483647).Count() > 0", "table"),
        ("table.Name.PadLeft(2147483647).Length > 0", "table"),
        ("DateTime.Now.Year > 2000", "table"),
        ("Guid.NewGuid() != Guid.Empty", "table"),
        ("Convert.ChangeType(table.Name, \"System.Int32\") != null", "table"),
        ("table.Indicators.Select(i => i.GetType()).Any()", "table"),
        ("np(table.Funding).GetType() != null", "table"),
        ("Console.WriteLine(\"x\") == null", "table"),
        ("AppContext.BaseDirectory != \"\"", "table"),
        ("System.IO.Path.GetTempPath() != \"\"", "table"),
        ("Math.Max(1, 2) > 0 && System.Net.Dns.GetHostName() != \"\"", "table"),
        ("table.Indicators.OfType(\"System.IO.FileInfo\").Any()", "table"),
        ("As(table, \"System.Object\") != null", "table"),
        ("new (table.Name as N).N != \"\"", "table"),
        ("indicator.FullYear.GetType().GetMethods().Length > 0", "indicator"),
        ("cell.Value.ToString().GetType() != null", "cell"),
        ("funding.GetType().Assembly.GetTypes().Length > 0", "funding"),
        ("table.Indicators.Any(i => Canary.Hit())", "table"),
        ("System.Linq.Expressions.Expression.Lambda(null) != null", "table"),
        ("Structure.HasOutput(table) || File.Exists(\"{pwned}\")", "table"),
    };

    private string Fill(string expression) => expression.Replace("{pwned}", Pwned.Replace("\\", "\\\\")).Replace("{dir}", PwnedDirectory.Replace("\\", "\\\\"));

    private static string RuleFile(string expression, string scope) =>
        "[{\"WorkflowName\": \"hostile\", \"Rules\": [{ \"RuleName\": \"H1\", \"Expression\": " + System.Text.Json.JsonSerializer.Serialize(expression) +
        ", \"Properties\": { \"Id\": \"X01\", \"Severity\": \"error\", \"Scope\": \"" + scope + "\", \"Message\": \"m\" } }]}]";

    [Fact]
    public void The_corpus_has_at_least_thirty_expressions() => Assert.True(HostileTexts().Count() >= 30);

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hostile_expression_fails_at_load_naming_file_workflow_and_rule(string expression, string scope)
    {
        var before = Canary.Counter;
        var source = RuleSource.FromJson(RuleFile(Fill(expression), scope), "hostile.rules.json");
        var ex = Assert.Throws<RuleLoadException>(() => RuleEngine.Create(new RuleOptions { RuleSources = new[] { source } }));
        Assert.Equal("hostile.rules.json", ex.SourceName);
        Assert.Equal("hostile", ex.Workflow);
        Assert.Equal("H1", ex.Rule);
        Assert.StartsWith("hostile.rules.json：工作流「hostile」，规则「H1」：Expression ", ex.Message, StringComparison.Ordinal);
        PerfRules.Tests.UserMessageText.AssertClean(ex.Message, expression);
        Assert.Equal(before, Canary.Counter);
        Assert.False(File.Exists(Pwned));
        Assert.False(Directory.Exists(PwnedDirectory));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void The_tree_whitelist_alone_rejects_every_hostile_expression(string expression, string scope)
    {
        var parsedScope = scope switch { "indicator" => RuleScope.Indicator, "cell" => RuleScope.Cell, "funding" => RuleScope.Funding, _ => RuleScope.Table };
        var e = Assert.Throws<SandboxViolationException>(() => ExpressionSandbox.Parse(Fill(expression), parsedScope, typeof(bool), checkTokens: false));
        PerfRules.Tests.UserMessageText.AssertClean(e.Message, expression);
        Assert.False(File.Exists(Pwned));
    }

    [Fact]
    public void The_canary_is_reachable_by_the_parser_and_really_counts()
    {
        // The parser resolves Canary (so rejection is the sandbox's doing, not an unknown name) …
        var ex = Assert.Throws<SandboxViolationException>(() => ExpressionSandbox.Parse("Canary.Hit()", RuleScope.Table, typeof(bool), checkTokens: false));
        Assert.Contains("调用了「Hit」（沙箱之外的类型的方法），规则表达式不能调用它", ex.Message, StringComparison.Ordinal);
        // … and calling it has a visible effect, so a counter that stays put proves nothing ran.
        var before = Canary.Counter;
        Canary.Hit();
        Assert.Equal(before + 1, Canary.Counter);
    }

    [Fact]
    public void Banned_names_are_reported_by_name_and_position()
    {
        var ex = Assert.Throws<SandboxViolationException>(() => ExpressionSandbox.Parse("table.Name != null && File.Exists(\"x\")", RuleScope.Table, typeof(bool)));
        Assert.StartsWith("在第 23 个字符处用了「File」，规则表达式不能用它", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("indicator.Name == \"File\" || indicator.Name.Contains(\"Process\")", "indicator")]
    [InlineData("table.Indicators.Count(i => i.Level1 == \"产出指标\" && i.FullYear.Kind == ValueKind.Numeric) >= 1", "table")]
    [InlineData("table.Indicators.Where(i => i.Weight != null).Sum(i => i.Weight.Value) <= 100", "table")]
    [InlineData("Math.Abs(table.Funding.Total ?? 0) >= 0 && table.Year >= 2020", "table")]
    [InlineData("!cell.IsHalfYear || Values.IsOnSchedule(cell.Value) || Values.IsQuantitative(cell.Value)", "cell")]
    [InlineData("funding.FullYear.Value == null || funding.FullYear.Value <= 1000", "funding")]
    [InlineData("field.Text == null || field.Text.Length < 2000", "field")]
    [InlineData("asOf.Year < 2000 || asOf >= DateTime(2020, 1, 1)", "table")]
    public void Ordinary_expressions_over_inputs_helpers_and_LINQ_are_allowed(string expression, string scope)
    {
        var s = scope switch { "indicator" => RuleScope.Indicator, "cell" => RuleScope.Cell, "funding" => RuleScope.Funding, "field" => RuleScope.Field, _ => RuleScope.Table };
        var lambda = ExpressionSandbox.Parse(expression, s, typeof(bool));
        Assert.Equal(typeof(bool), lambda.ReturnType);
    }
}

[CollectionDefinition("Canary", DisableParallelization = true)]
public class CanaryCollection
{
}
