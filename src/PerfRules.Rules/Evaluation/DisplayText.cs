using System;
using System.Collections;
using System.Globalization;
using System.Text;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Evaluation;

/// <summary>
/// How values appear inside finding messages and arguments: as the officer wrote them where the
/// model keeps that (a bare <c>8</c> whose % came from the name's bracket stays <c>8</c>), lists as
/// quoted items joined by 、, blanks as （空）.
/// </summary>
internal static class DisplayText
{
    /// <summary>What an empty cell or amount is shown as.</summary>
    public const string Blank = "（空）";

    /// <summary>Text of one argument value of any type an argument expression may return.</summary>
    public static string Of(object? value) => value switch
    {
        null => Blank,
        string s => s.Length == 0 ? Blank : s,
        IndicatorValue v => Of(v),
        Amount a => Of(a),
        decimal d => ValueText.FormatNumber(d),
        bool b => b ? "是" : "否",
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e => List(e),
        _ => value.ToString() ?? Blank,
    };

    /// <summary>A cell as written: a unit taken from the name's bracket is not repeated.</summary>
    public static string Of(IndicatorValue? value) => value switch
    {
        null => Blank,
        EmptyValue e => e.Reason ?? Blank,
        NumericValue { UnitSource: UnitSource.NameBracket } n =>
            n.Comparison.Symbol() + ValueText.FormatNumber(n.Number) + n.Magnitude.Symbol(),
        _ => value.ToString(),
    };

    /// <summary>An amount with the table's unit after its number: <c>6万元</c>, <c>序时进度 25227万元</c>, 序时进度, or （空）.</summary>
    public static string Of(Amount? amount, string unit) =>
        amount is null || amount.IsMissing ? Blank : amount.Value is null ? amount.ToString() : amount + unit;

    /// <summary>An amount: the number, 序时进度, or （空）.</summary>
    public static string Of(Amount? amount) => amount is null || amount.IsMissing ? Blank : amount.ToString();

    private static string List(IEnumerable items)
    {
        var sb = new StringBuilder();
        foreach (var item in items)
        {
            if (sb.Length > 0) sb.Append('、');
            sb.Append('「').Append(Of(item)).Append('」');
        }

        return sb.Length == 0 ? Blank : sb.ToString();
    }
}
