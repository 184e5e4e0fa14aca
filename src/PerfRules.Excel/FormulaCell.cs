using System;
using PerfRules.Findings;
using PerfRules.Import;

namespace PerfRules.Excel;

/// <summary>
/// How a formula cell reads, as an office program shows it and as the officer meant it:
/// <list type="bullet">
/// <item>A "formula" that is only a value — <c>=100%</c>, <c>=10台</c>, <c>=完成</c> — is the officer's <c>=</c>
/// (equal to) taken for a formula by Excel, WPS or LibreOffice (which then store 1, or <c>#NAME?</c>): it reads as
/// the text typed, <c>=100%</c>, with an I12 note (a warning when the program stored an error).</item>
/// <item>Otherwise the stored result is what the officer sees; an error value (<c>#DIV/0!</c>) is kept as text with
/// an I12 warning naming the formula.</item>
/// <item>A formula without a stored result (openpyxl and server-side generators never compute one) that refers to
/// one cell of the sheet reads as that cell (I12 note); any other reads as its formula text with an I12 warning,
/// never as a blank.</item>
/// </list>
/// </summary>
internal static class FormulaCell
{
    /// <summary>True when <paramref name="formula"/> holds no reference, function or operator: a value typed after <c>=</c>.</summary>
    public static bool IsTypedValue(string formula)
    {
        var text = formula.Trim();
        if (text.Length == 0) return false;
        var start = text[0] is '+' or '-' ? 1 : 0;
        if (start == text.Length) return false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is (>= '0' and <= '9') or '.' or '%') continue;
            if (c > '\u007f' && !char.IsWhiteSpace(c)) continue; // 台, 万元, 完成, ≥ …
            return false;
        }

        return true;
    }

    /// <summary>True for an Excel error value (<c>#NAME?</c>, <c>#DIV/0!</c>, <c>#N/A</c> …).</summary>
    public static bool IsError(string? type, string? value) => type == "e" || (value is { Length: > 1 } v && v[0] == '#' && (v[v.Length - 1] is '?' or '!' || v == "#N/A"));

    /// <summary>
    /// The text of a formula cell and the conversion to report (null when none): <paramref name="shown"/> is the
    /// stored result as the cell's format shows it (empty when nothing is stored).
    /// </summary>
    public static (string Text, string? Why, Severity Severity) Read(string formula, string? type, string? stored, string shown)
    {
        var typed = "=" + formula.Trim();
        var hasResult = !string.IsNullOrEmpty(stored);
        if (IsTypedValue(formula))
        {
            if (hasResult && IsError(type, stored))
            {
                return (typed, "是公式「" + typed + "」的错误值（填写的“=”被当作公式，而「" + formula.Trim() + "」不是合法公式）；已按填写的原文读取，请把该单元格设为文本后重填", Severity.Warning);
            }

            return (typed, (hasResult ? "是公式「" + typed + "」的计算结果" : "是没有保存计算结果的公式「" + typed + "」") + "（填写的“=”被当作公式）；已按填写的原文读取", Severity.Info);
        }

        if (hasResult && IsError(type, stored))
        {
            return (stored!, "是公式「" + typed + "」的错误值；请在 Excel 或 WPS 中修正公式后重新导出", Severity.Warning);
        }

        if (hasResult) return (shown, null, Severity.Info);
        return (typed, "是没有保存计算结果的公式「" + typed + "」（openpyxl 等程序写出的文件如此）；已按公式原文读取，请在 Excel 或 WPS 中打开、保存后再导出", Severity.Warning);
    }

    /// <summary>The one same-sheet cell a formula consists of (<c>E13</c>, <c>$E$13</c>), or false.</summary>
    public static bool TryReference(string formula, out int row, out int column) => CellReference.TryParse(formula.Trim(), out row, out column);
}
