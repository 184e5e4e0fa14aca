using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text;

namespace PerfRules.Cli.Commands;

/// <summary>
/// The docs/rules/&lt;id&gt;.md pages, embedded in the tool at build time, as SARIF <c>help</c>: the page itself as
/// markdown, and its "What" and "Why" paragraphs as plain text. Null for an id without a page (a user's rule).
/// </summary>
internal static class RuleHelp
{
    private static readonly ConcurrentDictionary<string, (string Text, string Markdown)?> Pages = new(StringComparer.Ordinal);

    /// <summary>The help of rule <paramref name="id"/>, or null when docs/rules has no page for it.</summary>
    public static (string Text, string Markdown)? For(string id) => Pages.GetOrAdd(id, Load);

    private static (string Text, string Markdown)? Load(string id)
    {
        using var stream = typeof(RuleHelp).Assembly.GetManifestResourceStream("PerfRules.Cli.Docs.Rules." + id + ".md");
        if (stream is null) return null;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var markdown = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        return (PlainText(markdown), markdown);
    }

    /// <summary>The prose lines of the "What" and "Why" sections, without tables, lists, code or markup.</summary>
    internal static string PlainText(string markdown)
    {
        var text = new StringBuilder();
        var section = string.Empty;
        var fenced = false;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal)) fenced = !fenced;
            if (fenced || line.StartsWith("```", StringComparison.Ordinal)) continue;
            if (line.StartsWith("#", StringComparison.Ordinal))
            {
                if (line.StartsWith("# ", StringComparison.Ordinal) && text.Length == 0) text.Append(line.TrimStart('#', ' ')).Append('\n');
                section = line.StartsWith("## ", StringComparison.Ordinal) ? line.Substring(3).Trim() : section;
                continue;
            }

            if (section is not ("What" or "Why") || line.Length == 0 || line[0] is '|' or '-' or '*' or '>') continue;
            text.Append(line.Replace("**", string.Empty, StringComparison.Ordinal).Replace("`", string.Empty, StringComparison.Ordinal)).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }
}
