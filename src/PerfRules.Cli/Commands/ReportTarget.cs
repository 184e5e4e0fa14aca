using System;
using System.IO;
using System.Text;
using PerfRules.Import;

namespace PerfRules.Cli.Commands;

/// <summary>Where <c>perfrules check</c> writes its report: <c>-o/--output FILE</c>, or stdout when absent.</summary>
/// <param name="Path">The output file, or null for stdout.</param>
internal sealed record ReportTarget(string? Path)
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
            var file = new FileStream(Path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
            return new StreamWriter(new ReportFileStream(file, Path), new UTF8Encoding(false), 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Error("无法写入报告 " + Path + "：" + SystemErrorText.Of(e));
            return null;
        }
    }
}
