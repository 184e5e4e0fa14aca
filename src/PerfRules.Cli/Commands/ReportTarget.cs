using System;
using System.IO;
using System.Text;

namespace PerfRules.Cli.Commands;

/// <summary>
/// Where and how <c>perfrules check</c> writes its report: <c>-o/--output FILE</c> (stdout when absent),
/// <c>--indented</c> (JSON, SARIF) and <c>--rule-docs</c> (where the HTML report links rule pages).
/// </summary>
/// <param name="Path">The output file, or null for stdout.</param>
/// <param name="Indented">Indent JSON and SARIF.</param>
/// <param name="RuleDocs">The base of rule page links in the HTML report, or null for the default <c>docs/rules/</c>.</param>
internal sealed record ReportTarget(string? Path, bool Indented, string? RuleDocs)
{
    /// <summary>
    /// Opens <see cref="Path"/> for writing (UTF-8 without BOM), or null for stdout. Null after a one-line
    /// error when the file cannot be created: the caller exits with a usage error.
    /// </summary>
    public TextWriter? Open(CliContext context)
    {
        if (Path is null) return null;
        try
        {
            return new StreamWriter(Path, false, new UTF8Encoding(false), 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Error("cannot write the report " + Path + ": " + e.Message);
            return null;
        }
    }
}
