using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PerfRules.Build;

namespace PerfRules.Analyzers.Tests;

/// <summary>
/// The analyzer compiles PerfRules.Core's sources again with their top-level types internal
/// (LinkedSources.targets). These tests hold the rewrite to that and nothing more: the linked copies the build
/// wrote differ from their originals only in top-level <c>public</c> → <c>internal</c>, token for token and
/// trivia for trivia, and the rewriter keeps <c>public</c> wherever it is not a top-level modifier.
/// </summary>
public class LinkedSourcesTests
{
    [Fact]
    public void Every_linked_copy_differs_from_its_original_only_in_top_level_accessibility()
    {
        var copies = LinkedCopies();
        Assert.True(copies.Count >= 50, "only " + copies.Count + " linked copies found under the analyzer's obj/ folder");
        foreach (var copy in copies)
        {
            var text = File.ReadAllText(copy);
            var original = OriginalOf(text);
            var body = text.Substring(text.IndexOf("#line 1 \"", StringComparison.Ordinal));
            body = body.Substring(body.IndexOf('\n') + 1);
            AssertOnlyAccessibilityDiffers(File.ReadAllText(original), body, original);
        }
    }

    [Fact]
    public void A_multi_line_attribute_does_not_hide_the_modifier()
    {
        const string source = "namespace A;\n\n[System.Obsolete(\n    \"old\",\n    false)] public sealed class C\n{\n    public int X { get; }\n}\n";
        var rewritten = PublicToInternal.Rewrite(source);
        Assert.Equal(source.Replace(")] public sealed", ")] internal sealed", StringComparison.Ordinal), rewritten);
        AssertOnlyAccessibilityDiffers(source, rewritten, "multi-line attribute");
    }

    [Fact]
    public void Public_inside_strings_comments_and_type_bodies_stays()
    {
        const string source =
            "namespace A;\n" +
            "// public in a comment\n" +
            "/* public\npublic */\n" +
            "public static class C\n" +
            "{\n" +
            "    public const string Raw = \"\"\"\n" +
            "public class NotAType { }\n" +
            "\"\"\";\n" +
            "    public const string Verbatim = @\"\n" +
            "public \"\"quoted\"\" \";\n" +
            "    public static string Interpolated(int x) => $\"{(x > 0 ? \"public\" : \"}\")} public {{x}}\";\n" +
            "    public const char Brace = '{';\n" +
            "}\n" +
            "#if NEVER\n" +
            "#endif\n" +
            "public enum E { @public }\n" +
            "public delegate void D();\n";
        var rewritten = PublicToInternal.Rewrite(source);
        var expected = source
            .Replace("\npublic static class C", "\ninternal static class C", StringComparison.Ordinal)
            .Replace("\npublic enum E", "\ninternal enum E", StringComparison.Ordinal)
            .Replace("\npublic delegate", "\ninternal delegate", StringComparison.Ordinal);
        Assert.Equal(expected, rewritten);
        AssertOnlyAccessibilityDiffers(source, rewritten, "strings and comments");
    }

    [Fact]
    public void A_block_scoped_namespace_is_refused_and_a_file_scoped_one_accepted()
    {
        Assert.True(PublicToInternal.HasFileScopedNamespace("// c\nnamespace A.B;\npublic class C { }"));
        Assert.False(PublicToInternal.HasFileScopedNamespace("namespace A.B\n{\n    public class C { }\n}"));
        Assert.False(PublicToInternal.HasFileScopedNamespace("// namespace A;\nclass C { }"));
    }

    /// <summary>
    /// Tokens and trivia are identical pairwise, except top-level type and delegate modifiers, where the original's
    /// <c>public</c> is the copy's <c>internal</c>; and the copy declares no public top-level type.
    /// </summary>
    private static void AssertOnlyAccessibilityDiffers(string original, string copy, string what)
    {
        var before = CSharpSyntaxTree.ParseText(original).GetRoot().DescendantTokens(descendIntoTrivia: true).ToList();
        var after = CSharpSyntaxTree.ParseText(copy).GetRoot().DescendantTokens(descendIntoTrivia: true).ToList();
        Assert.True(before.Count == after.Count, what + ": " + before.Count + " tokens before, " + after.Count + " after");
        for (var i = 0; i < before.Count; i++)
        {
            var b = before[i];
            var a = after[i];
            if (b.IsKind(SyntaxKind.PublicKeyword) && IsTopLevelModifier(b))
            {
                Assert.True(a.IsKind(SyntaxKind.InternalKeyword), what + ": top-level public at " + Where(b) + " was not made internal");
                Assert.Equal(b.LeadingTrivia.ToFullString(), a.LeadingTrivia.ToFullString());
                Assert.Equal(b.TrailingTrivia.ToFullString(), a.TrailingTrivia.ToFullString());
                continue;
            }

            Assert.True(b.ToFullString() == a.ToFullString(), what + ": differs at " + Where(b) + ": '" + b.ToFullString() + "' became '" + a.ToFullString() + "'");
        }
    }

    private static bool IsTopLevelModifier(SyntaxToken token) =>
        token.Parent is MemberDeclarationSyntax member && member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax &&
        member.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax;

    private static string Where(SyntaxToken token) => "line " + (token.GetLocation().GetLineSpan().StartLinePosition.Line + 1);

    private static string OriginalOf(string copy)
    {
        const string marker = "#line 1 \"";
        var start = copy.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return copy.Substring(start, copy.IndexOf('"', start) - start);
    }

    private static List<string> LinkedCopies()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PerfRules.sln"))) directory = directory.Parent;
        var obj = Path.Combine(directory!.FullName, "src", "PerfRules.Analyzers", "obj");
        var configuration = AppContext.BaseDirectory.Contains(Path.DirectorySeparatorChar + "Debug" + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? "Debug" : "Release";
        var linked = Path.Combine(obj, configuration, "netstandard2.0", "Linked");
        return Directory.Exists(linked) ? Directory.GetFiles(linked, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList() : new List<string>();
    }
}
