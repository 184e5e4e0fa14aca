namespace PerfRules.Values;

/// <summary>
/// Parses indicator cells (values.md grammar). Never throws on user text.
/// </summary>
/// <remarks>
/// Almost any text is valid: text that is no other case is <see cref="FreeTextValue"/>.
/// <em>Invalid</em> is reserved for text that starts like a comparison or a number and then breaks.
/// </remarks>
public static class IndicatorValueParser
{
    /// <summary>Parses one cell; <paramref name="indicatorName"/> supplies a bracket unit when the cell has none.</summary>
    public static ParseResult Parse(string? text, string? indicatorName = null)
    {
        // Placeholder until the full grammar lands: everything is free text or empty.
        if (string.IsNullOrWhiteSpace(text)) return ParseResult.Success(IndicatorValue.Empty);
        return ParseResult.Success(new FreeTextValue(text!));
    }
}
