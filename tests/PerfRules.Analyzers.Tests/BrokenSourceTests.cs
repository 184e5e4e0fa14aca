extern alias core;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PerfRules.Analyzers.Tests;

/// <summary>The analyzers never throw on incomplete or broken code or files (what the IDE shows while typing).</summary>
public class BrokenSourceTests
{
    private const string Valid = """"
        using PerfRules.Values;
        using PerfRules.Tables;
        class C
        {
            const string Half = ">=5家";
            static void Set([IndicatorValueSyntax] string target) { }
            void M(string input)
            {
                var a = IndicatorValue.Parse("≥≥5家", "培训人次（人次）");
                var b = IndicatorValueParser.Parse(@"不少于""5""家");
                var ok = IndicatorValue.TryParse("""12..5%""", out var v);
                Set("\u2265\x2265" + Half);
                var t = TableBuilder.Create("台式机")
                    .Indicator("产出", "数量指标", "设备购置数量（台）", half: "=12", full: "=10")
                    .Indicator("决策", "项目立项", "立项依据充分性", half: "合理", full: input)
                    .Indicator("产出指标", "经济效益指标", "x", "5家以上")
                    .Build();
            }
        }
        """";

    public static TheoryData<string> Corpus => new()
    {
        "using PerfRules.Values; class C { void M() { IndicatorValue.Parse( } }",
        "using PerfRules.Values; class C { void M() { IndicatorValue.Parse(\"≥≥5家\" } }",
        "using PerfRules.Values; class C { void M() { IndicatorValue.Parse(\"≥≥5家); } }",
        "using PerfRules.Values; class C { void M() { IndicatorValue.Parse(text: ); } }",
        "using PerfRules.Values; class C { void M() { IndicatorValue.Parse(null); IndicatorValue.Parse(default); IndicatorValue.Parse((string)null!); } }",
        "using PerfRules.Values; class C { void M() { IndicatorValue.Parse(\"\\q≥\"); IndicatorValue.Parse(\"\\u22\"); } }",
        "using PerfRules.Values; class C { void M() { IndicatorValue.Parse(\"\"\"≥≥ } }",
        "using PerfRules.Values; class C { void M() { IndicatorValue.Parse(\"\"\"\n≥≥5\n  \"\"\"); } }",
        "using PerfRules.Values; class C { void M(int x) { IndicatorValue.Parse($\"≥{x}\"); IndicatorValue.Parse(\"a\", \"b\", \"c\"); } }",
        "using PerfRules.Values; class C { static void S([IndicatorValueSyntax] int x) { } void M() { S(5); S(\">=\"); } }",
        "using PerfRules.Values; class C { static void S([IndicatorValueSyntax] params string[] x) { } void M() { S(\">=\", \"≥≥\"); } }",
        "using PerfRules.Tables; class C { void M() { TableBuilder.Create(\"x\").Indicator(\"产出\", , \"n\", half: \"=1\", full:); } }",
        "using PerfRules.Tables; class C { void M() { TableBuilder.Create(\"x\").Indicator(level1: \"产出\").Indicator(\"\", \"\", \"\", \"\", \"\"); } }",
        "using PerfRules.Tables; class C { void M() { TableBuilder.Create(\"x\").Indicator(\"效益\", \"数量指标\", null, \"=2\", \"=1\"); } }",
        "using PerfRules.Tables; class C { void M() { var f = TableBuilder.Create(\"x\").Indicator; f(\"a\", \"b\", \"c\", \"d\", \"e\"); } }",
        "using PerfRules.Tables; class C { void M() { TableBuilder.Create(\"x\").Indicator(\"决策\", \"项目立项\", \"立项依据充分性\", half: \"\", full: \"   \"); } }",
        "class C { void M() { PerfRules.Values.IndicatorValue.Parse(\"≥≥\".Substring(1)); } } }}}",
        "namespace PerfRules.Values { class IndicatorValueSyntaxAttribute : System.Attribute { } }",
        "#if X\n using PerfRules.Values; class C { void M() { IndicatorValue.Parse(\"≥≥\"); } }\n#endif",
        "",
        "@@@ ≥≥5家 \"\"\" $\"",
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task Broken_source_never_throws(string source)
    {
        await AssertNoAnalyzerExceptionAsync(source, Array.Empty<(string, string)>());
    }

    [Fact]
    public async Task Valid_source_reports_its_diagnostics_without_exceptions()
    {
        var ids = await AssertNoAnalyzerExceptionAsync(Valid, Array.Empty<(string, string)>());
        Assert.Contains("PR0001", ids);
        Assert.Contains("PR0002", ids);
    }

    [Theory]
    [InlineData("a.perfrules.json", "")]
    [InlineData("a.perfrules.json", "\0\0\0\u0001binary")]
    [InlineData("a.perfrules.json", "[{\"WorkflowName\": 1, \"Rules\": {}}, 2, null, \"x\", {\"Rules\": [1, null, {\"Properties\": []}]}]")]
    [InlineData("a.perfrules.json", "{\"WorkflowName\":\"W\",\"Rules\":[{\"RuleName\":\"R\",\"Expression\":\"\\\"unterminated\",\"Properties\":{\"Id\":\"\",\"Severity\":1,\"Scope\":[]}}]}")]
    [InlineData("a.perftable.txt", "")]
    [InlineData("a.perftable.txt", "项目名称\t\n\t\t\t\n一级指标\t二级指标\n产出指标\t\t\t≥≥5家\t=\n")]
    [InlineData("a.perftable.json", "{")]
    [InlineData("a.perftable.json", "{\"name\": 5, \"indicators\": [null, 1, {\"halfYear\": {}}]}")]
    public async Task Broken_additional_files_never_throw(string path, string content)
    {
        await AssertNoAnalyzerExceptionAsync("class C { }", new[] { ("/p/" + path, content) });
    }

    [Property(MaxTest = 150)]
    public bool Any_deletion_from_a_valid_source_never_throws(PositiveInt start, PositiveInt length)
    {
        var s = start.Get % Valid.Length;
        var l = Math.Min(length.Get % 40, Valid.Length - s);
        var broken = Valid.Remove(s, l);
        AssertNoAnalyzerExceptionAsync(broken, Array.Empty<(string, string)>()).GetAwaiter().GetResult();
        return true;
    }

    private static readonly MetadataReference Core =
        MetadataReference.CreateFromFile(typeof(core::PerfRules.Values.IndicatorValue).Assembly.Location);

    private static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers() =>
        typeof(IndicatorValueAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    private static async Task<HashSet<string>> AssertNoAnalyzerExceptionAsync(string source, (string Path, string Content)[] files)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview), path: "/p/Test.cs");
        var compilation = CSharpCompilation.Create("Broken", new[] { tree }, Net100.References.All.Concat(new[] { Core }), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new List<Exception>();
        var additional = files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Content)).ToImmutableArray();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additional),
            onAnalyzerException: (e, _, _) => { lock (exceptions) exceptions.Add(e); },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(AllAnalyzers(), options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
    }

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string content)
        {
            Path = path;
            _text = SourceText.From(content);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
