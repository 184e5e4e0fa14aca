namespace PerfRules.Import;

/// <summary>
/// A cell whose stored value the source reader turned into different text (an Excel date serial shown
/// as a date): reported as an I12 finding on the table that holds the row, so the conversion is visible.
/// </summary>
/// <param name="Row">1-based worksheet row.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Stored">The value as stored (<c>46203</c>).</param>
/// <param name="Text">The text given to the reader (<c>2026年6月30日</c>).</param>
/// <param name="Why">Why, in Chinese (<c>是 Excel 日期序列号（单元格格式 yyyy-mm-dd）</c>).</param>
public sealed record CellConversion(int Row, int Column, string Stored, string Text, string Why)
{
    /// <summary>
    /// The severity of the I12 finding: info for a faithful conversion (a date serial shown as a date), warning when
    /// the officer should look (an error value such as <c>#NAME?</c>, a formula saved without its result).
    /// </summary>
    public Findings.Severity Severity { get; init; } = Findings.Severity.Info;
}
