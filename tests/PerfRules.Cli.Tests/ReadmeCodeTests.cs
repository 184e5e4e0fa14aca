using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PerfRules.Cli.Tests;

/// <summary>
/// Every <c>```csharp</c> block in README.md compiles as a program of its own, as a reader would paste it into a new
/// console project: top-level statements, the SDK's implicit usings (System, System.IO, System.Linq,
/// System.Collections.Generic, System.Net.Http, System.Threading, System.Threading.Tasks) and nothing else — every
/// PerfRules namespace a block needs is in the block — against the PerfRules assemblies.
/// </summary>
public class ReadmeCodeTests
{
    private const string ImplicitUsings = "global using System;\nglobal using System.IO;\nglobal using System.Linq;\nglobal using System.Collections.Generic;\nglobal using System.Net.Http;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n";

    public static TheoryData<int, string> Blocks()
    {
        var data = new TheoryData<int, string>();
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var index = 0;
        foreach (Match m in Regex.Matches(readme, "```csharp\\n(.*?)```", RegexOptions.Singleline)) data.Add(++index, m.Groups[1].Value);
        return data;
    }

    [Fact]
    public void The_readme_has_csharp_blocks()
    {
        Assert.True(Blocks().Count >= 4, "README lost its C# examples");
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void A_csharp_block_compiles(int block, string code)
    {
        var compilation = CSharpCompilation.Create(
            "ReadmeBlock" + block,
            new[] { CSharpSyntaxTree.ParseText(ImplicitUsings), CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest)) },
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();

        Assert.True(errors.Count == 0, "README C# block " + block + " does not compile:\n" + string.Join("\n", errors) + "\n---\n" + code);
    }

    private static readonly Lazy<List<MetadataReference>> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var perfrules = Directory.GetFiles(AppContext.BaseDirectory, "PerfRules.*.dll").Where(f => !f.Contains(".Tests", StringComparison.Ordinal));
        return platform.Concat(perfrules).Distinct(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    });
}
