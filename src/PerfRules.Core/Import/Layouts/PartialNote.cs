using System;

namespace PerfRules.Import.Layouts;

/// <summary>
/// The <c># PARTIAL</c> note of a transcribed source (<c># PARTIAL: cut off at the 生态效益 row …</c>): the source was
/// cut off, and a cut is at the end, so the file's last table is incomplete.
/// </summary>
internal static class PartialNote
{
    /// <summary>Reads a comment line; true with the note's text when it says PARTIAL.</summary>
    public static bool TryRead(string comment, out string why)
    {
        why = string.Empty;
        var t = comment.TrimStart('#', ' ', '\t');
        if (!t.StartsWith("PARTIAL", StringComparison.OrdinalIgnoreCase) && !t.StartsWith("不完整", StringComparison.Ordinal)) return false;
        var rest = t.Substring(t.StartsWith("PARTIAL", StringComparison.OrdinalIgnoreCase) ? 7 : 3).TrimStart(':', '：', ' ');
        var end = rest.IndexOf(';');
        if (end > 0) rest = rest.Substring(0, end);
        why = "源文件注明「PARTIAL」" + (rest.Length > 0 ? "（" + SourceLine.Excerpt(rest.Trim(), 80) + "）" : string.Empty);
        return true;
    }
}
