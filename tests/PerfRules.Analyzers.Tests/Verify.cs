extern alias core;

using System.Collections.Immutable;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace PerfRules.Analyzers.Tests;

/// <summary>
/// Runs analyzers and code fixes on test sources compiled against the .NET 10 reference assemblies
/// (Basic.Reference.Assemblies, no download) and the real PerfRules.Core assembly.
/// </summary>
internal static class Verify
{
    /// <summary>No reference package: the references come from Basic.Reference.Assemblies below (nothing is downloaded).</summary>
    private static readonly ReferenceAssemblies NoPackage = new("net10.0");

    private static readonly MetadataReference Core =
        MetadataReference.CreateFromFile(typeof(core::PerfRules.Values.IndicatorValue).Assembly.Location);

    public const string Usings = "using PerfRules.Values;\nusing PerfRules.Tables;\n";

    public static DiagnosticResult Diagnostic(string id) => new(id, id switch
    {
        "PR0002" or "PR0004" => DiagnosticSeverity.Warning,
        _ when id.Length > 2 && char.IsLetter(id[2]) => DiagnosticSeverity.Warning, // table files: PRC01, PRI10 …
        _ => DiagnosticSeverity.Error,
    });

    public static async Task AnalyzerAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test.TestState);
        test.ReferenceAssemblies = NoPackage;
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static Task AdditionalFileAsync<TAnalyzer>(string path, string content, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        AdditionalFileAsync<TAnalyzer>(path, content, editorConfig: null, expected);

    /// <summary>As above, with a global <c>.editorconfig</c> (severities, <c>build_property.*</c> options).</summary>
    public static async Task AdditionalFileAsync<TAnalyzer>(string path, string content, string? editorConfig, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = "class C { }" };
        Configure(test.TestState);
        test.ReferenceAssemblies = NoPackage;
        test.TestState.AdditionalFiles.Add((path, content));
        if (editorConfig is not null) test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + editorConfig));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static async Task CodeFixAsync<TAnalyzer, TFix>(string source, string fixedSource, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier> { TestCode = source, FixedCode = fixedSource };
        Configure(test.TestState);
        Configure(test.FixedState);
        test.ReferenceAssemblies = NoPackage;
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static void Configure(SolutionState state)
    {
        state.AdditionalReferences.AddRange(Net100.References.All);
        state.AdditionalReferences.Add(Core);
    }
}
