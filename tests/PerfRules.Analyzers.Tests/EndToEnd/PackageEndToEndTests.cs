using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;

namespace PerfRules.Analyzers.Tests.EndToEnd;

/// <summary>
/// docs/analyzers.md "How it ships": the packed package, referenced by a fresh project with nothing but a
/// PackageReference, reports the diagnostics in a real <c>dotnet build</c> — the analyzer loads in the
/// SDK's compiler (no CS9057/CS8032), does not crash (no AD0001), its JSON reader works there, the
/// build props add the rule files, and the internal copies of Core's types do not clash (no CS0433).
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PackageEndToEndTests : IClassFixture<PackedPackage>
{
    private readonly PackedPackage _package;

    public PackageEndToEndTests(PackedPackage package) => _package = package;

    [Fact]
    public void Package_layout_has_libraries_analyzers_props_and_readme()
    {
        using var zip = ZipFile.OpenRead(_package.Package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var tfm in new[] { "netstandard2.0", "net8.0", "net10.0" })
        {
            Assert.Contains("lib/" + tfm + "/PerfRules.Core.dll", entries);
            Assert.Contains("lib/" + tfm + "/PerfRules.Core.xml", entries);
            Assert.Contains("lib/" + tfm + "/PerfRules.Rules.dll", entries);
            Assert.Contains("lib/" + tfm + "/PerfRules.Rules.xml", entries);
        }

        Assert.Contains("analyzers/dotnet/cs/PerfRules.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/PerfRules.Analyzers.CodeFixes.dll", entries);
        Assert.Contains("build/PerfRules.props", entries);
        Assert.Contains("buildTransitive/PerfRules.props", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.EndsWith("/PerfRules.Package.dll", StringComparison.Ordinal));

        using var nuspec = new StreamReader(zip.GetEntry("PerfRules.nuspec")!.Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<license type=\"expression\">MIT</license>", text, StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", text, StringComparison.Ordinal);
        Assert.Contains("id=\"RulesEngine\" version=\"6.0.1\"", text, StringComparison.Ordinal);
        Assert.Contains("id=\"System.Linq.Dynamic.Core\" version=\"1.7.4\"", text, StringComparison.Ordinal);
        Assert.Contains("id=\"FastExpressionCompiler\" version=\"5.4.1\"", text, StringComparison.Ordinal);
        Assert.Contains("id=\"System.Text.Json\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PerfRules.Core", text, StringComparison.Ordinal);

        // Core and Rules ship inside this package, so their runtime dependencies must be this package's.
        foreach (var project in new[] { "PerfRules.Core", "PerfRules.Rules" })
        {
            var csproj = System.Xml.Linq.XDocument.Load(Path.Combine(_package.RepositoryRoot, "src", project, project + ".csproj"));
            foreach (var reference in csproj.Descendants("PackageReference"))
            {
                if (string.Equals((string?)reference.Attribute("PrivateAssets"), "all", StringComparison.OrdinalIgnoreCase)) continue;
                var id = (string)reference.Attribute("Include")!;
                Assert.True(text.Contains("id=\"" + id + "\"", StringComparison.Ordinal), project + " depends on " + id + " but the PerfRules package does not");
            }
        }
        Assert.True(File.Exists(Path.ChangeExtension(_package.Package, ".snupkg")), "symbols package");
    }

    [Fact]
    public void Consumer_build_reports_PR0001_PR0002_PR0006_PRC01_and_loads_the_analyzer()
    {
        var consumer = Path.Combine(_package.Root, "consumer");
        Directory.CreateDirectory(consumer);
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), NuGetConfig());
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PerfRules" Version="{_package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
            using PerfRules.Values;
            using PerfRules.Tables;

            var bad = IndicatorValue.Parse("≥≥5家");
            var table = TableBuilder.Create("台式机")
                .Indicator("产出", "数量指标", "设备购置数量（台）", half: ">=10", full: "=10")
                .Build();
            System.Console.WriteLine(bad.ToString() + table.Name + IndicatorValueParser.Parse("=1项").IsSuccess);
            """);
        Directory.CreateDirectory(Path.Combine(consumer, "rules"));
        File.WriteAllText(Path.Combine(consumer, "rules", "broken.perfrules.json"), "[{ \"WorkflowName\": \"W\", \"Rules\": [ { \"RuleName\": \"R\" ] }]");
        File.WriteAllText(Path.Combine(consumer, "tables.perftable.txt"), "项目名称\t台式机\n一级指标\t二级指标\t三级指标\t半年(程) 指标值\t全年(程) 指标值\n产出指标\t数量指标\t设备购置数量（台）\t=12\t=10\n");

        var (exitCode, output) = DotNet.Run(consumer, TimeSpan.FromMinutes(4), "build", "--disable-build-servers", "-nologo", "-c", "Release", "-p:TreatWarningsAsErrors=false");

        Assert.True(exitCode != 0, "the build must fail on PR0001/PR0006 errors:\n" + output);
        Assert.Matches(new Regex(@"Program\.cs\(4,34\): error PR0001: '≥≥5家' is not a valid indicator value"), Normalize(output));
        Assert.Matches(new Regex(@"broken\.perfrules\.json\(1,54\): error PR0006: 规则文件的 JSON 格式错误"), Normalize(output));
        Assert.Matches(new Regex(@"Program\.cs\(6,50\): warning PR0002"), Normalize(output));
        Assert.Matches(new Regex(@"tables\.perftable\.txt\(3,1\): warning PRC01: C01 「设备购置数量（台）」半年指标值「=12」超过全年指标值「=10」"), Normalize(output));
        Assert.DoesNotContain("CS9057", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS0433", output, StringComparison.Ordinal);
    }

    // MSBuild prints file(line,column): the start of each span; the analyzer tests check whole spans.
    private static string Normalize(string output) => output.Replace('\\', '/');

    /// <summary>
    /// A config of the consumer's own: the temporary feed, then the machine's enabled sources (copied from
    /// <c>dotnet nuget list source</c>, so no registry address is written into the repository), its own
    /// global packages folder, and the machine's global packages folder as a read-only fallback so
    /// dependencies already on the machine are not downloaded again.
    /// </summary>
    private string NuGetConfig()
    {
        var (_, sources) = DotNet.Run(_package.Root, TimeSpan.FromMinutes(1), "nuget", "list", "source", "--format", "short");
        var (_, locals) = DotNet.Run(_package.Root, TimeSpan.FromMinutes(1), "nuget", "locals", "global-packages", "--list");
        var machine = locals.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("global-packages:", StringComparison.Ordinal))?.Substring("global-packages:".Length).Trim();
        var enabled = sources.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("E ", StringComparison.Ordinal)).Select(l => l.Substring(2).Trim()).ToList();
        var sourceLines = string.Join("\n", enabled.Select((s, i) => "    <add key=\"machine" + i + "\" value=\"" + System.Security.SecurityElement.Escape(s) + "\" />"));
        var fallback = string.IsNullOrEmpty(machine)
            ? string.Empty
            : "  <fallbackPackageFolders>\n    <add key=\"machine\" value=\"" + System.Security.SecurityElement.Escape(machine) + "\" />\n  </fallbackPackageFolders>\n";
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n" +
            "  <config>\n    <add key=\"globalPackagesFolder\" value=\"" + System.Security.SecurityElement.Escape(Path.Combine(_package.Root, "packages")) + "\" />\n  </config>\n" +
            "  <packageSources>\n    <clear />\n    <add key=\"e2e\" value=\"" + System.Security.SecurityElement.Escape(_package.Feed) + "\" />\n" + sourceLines + "\n  </packageSources>\n" +
            fallback + "</configuration>\n";
    }
}
