using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PerfRules.Analyzers;

/// <summary>Locations in AdditionalFiles (rule and table files): path, span and line/column.</summary>
internal static class FileLocation
{
    /// <summary>A location covering [<paramref name="offset"/>, +<paramref name="length"/>) of <paramref name="text"/>, clamped to the text.</summary>
    public static Location Create(string path, SourceText text, int offset, int length)
    {
        var start = offset < 0 ? 0 : offset > text.Length ? text.Length : offset;
        var end = start + (length < 0 ? 0 : length);
        if (end > text.Length) end = text.Length;
        var span = TextSpan.FromBounds(start, end);
        return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
    }

    /// <summary>A location covering one whole 1-based line of <paramref name="text"/> (without its line break).</summary>
    public static Location ForLine(string path, SourceText text, int line)
    {
        if (line < 1 || line > text.Lines.Count) return Create(path, text, 0, 0);
        var span = text.Lines[line - 1].Span;
        return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
    }
}
