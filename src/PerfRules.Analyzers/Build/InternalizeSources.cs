// Compiled by MSBuild for LinkedSources.targets (RoslynCodeTaskFactory, Type="Class") and by
// PerfRules.Analyzers.Tests (with PERFRULES_REWRITER_TESTS defined: the rewriter alone, without MSBuild);
// it is not part of the analyzer assembly (see the project file).
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace PerfRules.Build
{
    /// <summary>
    /// Turns the accessibility of a C# file's top-level declarations from <c>public</c> to <c>internal</c> and
    /// changes nothing else. The file is scanned as the compiler reads it, as far as that matters here:
    /// comments, preprocessor lines, character literals and string literals of every kind (regular, verbatim,
    /// interpolated with nested holes, raw) are skipped, so a <c>public</c> inside them stays; an attribute list
    /// over one line or many does not hide the modifier after it; and only a <c>public</c> keyword at brace depth 0
    /// (outside every type body) changes — in a file with a file-scoped namespace, exactly the top-level
    /// declarations.
    /// </summary>
    public static class PublicToInternal
    {
        /// <summary>True when the file declares a file-scoped namespace (<c>namespace X.Y;</c>), which the rewrite relies on.</summary>
        public static bool HasFileScopedNamespace(string text)
        {
            var found = false;
            Scan(text, (start, end, depth) =>
            {
                if (found || depth != 0 || !IsWord(text, start, end, "namespace")) return;
                var j = end;
                while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] == '_' || text[j] == '.' || char.IsWhiteSpace(text[j]))) j++;
                found = j < text.Length && text[j] == ';';
            });
            return found;
        }

        /// <summary>The text with every top-level <c>public</c> modifier replaced by <c>internal</c>.</summary>
        public static string Rewrite(string text)
        {
            var sb = new StringBuilder(text.Length + 64);
            var copied = 0;
            Scan(text, (start, end, depth) =>
            {
                if (depth != 0 || !IsWord(text, start, end, "public")) return;
                sb.Append(text, copied, start - copied).Append("internal");
                copied = end;
            });
            sb.Append(text, copied, text.Length - copied);
            return sb.ToString();
        }

        private static bool IsWord(string text, int start, int end, string word) =>
            end - start == word.Length && string.CompareOrdinal(text, start, word, 0, word.Length) == 0;

        /// <summary>Calls <paramref name="identifier"/> with (start, end, brace depth) for every identifier or keyword in code.</summary>
        private static void Scan(string text, Action<int, int, int> identifier)
        {
            var depth = 0;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (TrySkipNonCode(text, ref i)) continue;
                if (c == '{') depth++;
                else if (c == '}') depth--;
                else if (char.IsLetter(c) || c == '_')
                {
                    var start = i;
                    while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
                    // @public is an identifier, not the keyword.
                    if (start == 0 || text[start - 1] != '@') identifier(start, i, depth);
                    continue;
                }

                i++;
            }
        }

        /// <summary>Skips a comment, preprocessor line, character or string literal starting at <paramref name="i"/>; false when code starts there.</summary>
        private static bool TrySkipNonCode(string text, ref int i)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '/' && next == '/') { i = LineEnd(text, i); return true; }
            if (c == '/' && next == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
                return true;
            }

            if (c == '#' && AtLineStart(text, i)) { i = LineEnd(text, i); return true; }
            if (c == '\'') { i = SkipCharacter(text, i + 1); return true; }
            if (c == '"' || c == '$' || c == '@')
            {
                var j = i;
                var dollars = 0;
                var verbatim = false;
                while (j < text.Length && (text[j] == '$' || text[j] == '@'))
                {
                    if (text[j] == '$') dollars++;
                    else verbatim = true;
                    j++;
                }

                if (j >= text.Length || text[j] != '"') return false;
                i = SkipString(text, j, dollars, verbatim);
                return true;
            }

            return false;
        }

        private static int SkipString(string text, int quote, int dollars, bool verbatim)
        {
            var quotes = 0;
            while (quote + quotes < text.Length && text[quote + quotes] == '"') quotes++;
            if (quotes >= 3)
            {
                // Raw string: ends at the first run of as many quotes as opened it.
                var delimiter = new string('"', quotes);
                var end = text.IndexOf(delimiter, quote + quotes, StringComparison.Ordinal);
                return end < 0 ? text.Length : end + quotes;
            }

            var i = quote + 1;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == '"')
                {
                    if (verbatim && i + 1 < text.Length && text[i + 1] == '"') { i += 2; continue; }
                    return i + 1;
                }

                if (!verbatim && c == '\\') { i += 2; continue; }
                if (!verbatim && (c == '\n' || c == '\r')) return i;
                if (dollars > 0 && c == '{')
                {
                    if (i + 1 < text.Length && text[i + 1] == '{') { i += 2; continue; }
                    i = SkipHole(text, i + 1);
                    continue;
                }

                i++;
            }

            return i;
        }

        // An interpolation hole: code (with its own strings and braces) up to the matching '}'.
        private static int SkipHole(string text, int i)
        {
            var depth = 0;
            while (i < text.Length)
            {
                if (TrySkipNonCode(text, ref i)) continue;
                var c = text[i];
                if (c == '{') depth++;
                else if (c == '}')
                {
                    if (depth == 0) return i + 1;
                    depth--;
                }

                i++;
            }

            return i;
        }

        private static int SkipCharacter(string text, int i)
        {
            while (i < text.Length && text[i] != '\'' && text[i] != '\n')
            {
                i += text[i] == '\\' ? 2 : 1;
            }

            return Math.Min(text.Length, i + 1);
        }

        private static bool AtLineStart(string text, int i)
        {
            for (var j = i - 1; j >= 0 && text[j] != '\n'; j--)
            {
                if (!char.IsWhiteSpace(text[j])) return false;
            }

            return true;
        }

        private static int LineEnd(string text, int i)
        {
            var end = text.IndexOf('\n', i);
            return end < 0 ? text.Length : end;
        }
    }

#if !PERFRULES_REWRITER_TESTS
    /// <summary>
    /// Copies each shared source to <c>OutputDirectory</c> with <see cref="PublicToInternal.Rewrite"/> applied, marked
    /// auto-generated (the code-analysis rules already ran on the original), optional <c>#pragma warning disable</c> from
    /// the item's <c>Suppress</c> metadata, and <c>#line</c> mapping back to the original so errors and the PDB point there.
    /// </summary>
    public sealed class PerfRulesInternalizeSources : Microsoft.Build.Utilities.Task
    {
        [Microsoft.Build.Framework.Required]
        public Microsoft.Build.Framework.ITaskItem[] Sources { get; set; } = Array.Empty<Microsoft.Build.Framework.ITaskItem>();

        [Microsoft.Build.Framework.Required]
        public string OutputDirectory { get; set; } = string.Empty;

        [Microsoft.Build.Framework.Output]
        public Microsoft.Build.Framework.ITaskItem[] Generated { get; set; } = Array.Empty<Microsoft.Build.Framework.ITaskItem>();

        public override bool Execute()
        {
            var result = new List<Microsoft.Build.Framework.ITaskItem>();
            foreach (var item in Sources)
            {
                var full = item.GetMetadata("FullPath");
                var folder = Path.GetFileName(Path.GetDirectoryName(full));
                var target = Path.Combine(OutputDirectory, folder, Path.GetFileName(full));
                if (!File.Exists(full))
                {
                    Log.LogError("PerfRules: shared source '" + full + "' does not exist.");
                    continue;
                }

                var text = File.ReadAllText(full, Encoding.UTF8);
                if (!PublicToInternal.HasFileScopedNamespace(text))
                {
                    Log.LogError("PerfRules: shared source '" + full + "' must use a file-scoped namespace to be compiled into the analyzer as internal.");
                    continue;
                }

                var suppress = item.GetMetadata("Suppress");
                var pragmas = string.IsNullOrEmpty(suppress) ? string.Empty : "#pragma warning disable " + suppress.Replace(';', ',') + "\n";
                var content = "// <auto-generated>\n// " + full + " compiled into the analyzer with its top-level types internal (LinkedSources.targets).\n// </auto-generated>\n#nullable enable\n" + pragmas + "#line 1 \"" + full + "\"\n" + PublicToInternal.Rewrite(text);
                Directory.CreateDirectory(Path.GetDirectoryName(target));
                if (!File.Exists(target) || File.ReadAllText(target, Encoding.UTF8) != content) File.WriteAllText(target, content, new UTF8Encoding(true));
                result.Add(new Microsoft.Build.Utilities.TaskItem(target));
            }

            Generated = result.ToArray();
            return !Log.HasLoggedErrors;
        }
    }
#endif
}
