using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PerfRules.Core.Tests.Import;

/// <summary>Writes CSV as Excel does (RFC 4180: quote a field holding a comma, quote or line break; double the quotes).</summary>
internal static class CsvText
{
    public static string Field(string cell) =>
        cell.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 || (cell.Length > 0 && (cell[0] == ' ' || cell[^1] == ' '))
            ? "\"" + cell.Replace("\"", "\"\"") + "\""
            : cell;

    public static string Write(IEnumerable<IReadOnlyList<string>> rows, string newline = "\r\n")
    {
        var sb = new StringBuilder();
        foreach (var row in rows) sb.Append(string.Join(",", row.Select(Field))).Append(newline);
        return sb.ToString();
    }

    /// <summary>The tab-separated seed text as CSV, one record per line (seed cells hold no line breaks).</summary>
    public static string FromTabSeparated(string text) =>
        Write(text.Replace("\r\n", "\n").Split('\n').Select(l => (IReadOnlyList<string>)l.Split('\t')).ToList()[..^(text.EndsWith('\n') ? 1 : 0)]);
}
