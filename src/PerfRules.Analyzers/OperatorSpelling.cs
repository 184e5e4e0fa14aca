using PerfRules.Values;

namespace PerfRules.Analyzers;

/// <summary>
/// Finds a comparison written in a non-canonical spelling (<c>&gt;=5家</c>, <c>＞＝5家</c>, <c>不少于5家</c>,
/// <c>5家以上</c>) and the text with the canonical symbol instead (<c>≥5家</c>), rule PR0002.
/// </summary>
/// <remarks>
/// The spellings are not listed here: the shared <see cref="IndicatorValueParser"/> decides. The number
/// core of the cell is the shortest slice that parses to the same number, magnitude and unit with no
/// comparison at all; whatever precedes it is the prefix operator, whatever follows it the postfix
/// operator. Canonical means: prefix equal to the canonical symbol, no postfix.
/// </remarks>
internal readonly struct OperatorSpelling
{
    // Cells longer than this are prose, not a notation worth rewriting; the search is quadratic in the length.
    private const int MaxLength = 48;

    private OperatorSpelling(int offset, int length, string written, string canonical, string replacement)
    {
        Offset = offset;
        Length = length;
        Written = written;
        Canonical = canonical;
        Replacement = replacement;
    }

    /// <summary>Offset of the non-canonical spelling in the text.</summary>
    public int Offset { get; }

    /// <summary>Length of the non-canonical spelling.</summary>
    public int Length { get; }

    /// <summary>The spelling as written (<c>&gt;=</c>, <c>不少于</c>, <c>以上</c>).</summary>
    public string Written { get; }

    /// <summary>The canonical symbol (<c>≥</c>).</summary>
    public string Canonical { get; }

    /// <summary>The whole text with the canonical spelling (<c>≥5家</c>); everything else as written.</summary>
    public string Replacement { get; }

    /// <summary>Finds a non-canonical comparison in <paramref name="text"/> that parsed to <paramref name="value"/>.</summary>
    public static bool TryFind(string text, IndicatorValue value, out OperatorSpelling spelling)
    {
        spelling = default;
        if (value is not NumericValue numeric || numeric.Comparison == Comparison.Unspecified || text.Length > MaxLength) return false;
        var s = 0;
        var e = text.Length;
        while (s < e && IsBlank(text[s])) s++;
        while (e > s && IsBlank(text[e - 1])) e--;
        var symbol = numeric.Comparison.Symbol();

        // Fast path for the usual canonical cell (≥5家): the symbol, then a bare number with the same unit.
        if (string.CompareOrdinal(text, s, symbol, 0, symbol.Length) == 0 &&
            IsSameNumber(IndicatorValueParser.Parse(text.Substring(s + symbol.Length, e - s - symbol.Length)), numeric))
        {
            return false;
        }

        if (!TryFindCore(text, s, e, numeric, out var coreStart, out var coreEnd)) return false;

        var prefixEnd = coreStart;
        while (prefixEnd > s && IsBlank(text[prefixEnd - 1])) prefixEnd--;
        var suffixStart = coreEnd;
        while (suffixStart < e && IsBlank(text[suffixStart])) suffixStart++;
        var canonical = symbol;
        var prefix = text.Substring(s, prefixEnd - s);
        var hasSuffix = suffixStart < e;
        if (!hasSuffix && string.Equals(prefix, canonical, System.StringComparison.Ordinal)) return false;

        var core = text.Substring(coreStart, coreEnd - coreStart).TrimEnd();
        var replacement = text.Substring(0, s) + canonical + core + text.Substring(e);
        spelling = prefix.Length > 0 && !string.Equals(prefix, canonical, System.StringComparison.Ordinal)
            ? new OperatorSpelling(s, prefixEnd - s, prefix, canonical, replacement)
            : new OperatorSpelling(suffixStart, e - suffixStart, text.Substring(suffixStart, e - suffixStart), canonical, replacement);
        return true;
    }

    private static bool TryFindCore(string text, int s, int e, NumericValue target, out int coreStart, out int coreEnd)
    {
        for (var i = s; i < e; i++)
        {
            if (IsBlank(text[i])) continue;
            for (var j = e; j > i; j--)
            {
                if (IsSameNumber(IndicatorValueParser.Parse(text.Substring(i, j - i)), target))
                {
                    coreStart = i;
                    coreEnd = j;
                    return true;
                }
            }
        }

        coreStart = coreEnd = 0;
        return false;
    }

    private static bool IsSameNumber(ParseResult result, NumericValue target) =>
        result.IsSuccess && result.Value is NumericValue n && n.Comparison == Comparison.Unspecified &&
        n.Number == target.Number && n.Magnitude == target.Magnitude && string.Equals(n.Unit, target.Unit, System.StringComparison.Ordinal);

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';
}
