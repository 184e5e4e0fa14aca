using System;
using System.Globalization;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>The column a funding label names: 半年(程)计划执行数 or 全年(程)预算数.</summary>
internal enum AmountColumn
{
    HalfYear,
    FullYear,
}

/// <summary>Reads funding cells: amounts (<c>25227</c>, <c>54.61</c>, <c>序时进度 25227</c>) and column labels, possibly run together (<c>半年(程) 计划执行数 6</c>).</summary>
internal static class AmountText
{
    private static readonly string[] HalfLabels = { "半年(程)计划执行数", "半年计划执行数", "半年(程)执行数", "半年(程)" };
    private static readonly string[] FullLabels = { "全年(程)预算数", "全年预算数", "全年(程)" };

    /// <summary>Parses an amount cell; false when the cell is not an amount.</summary>
    public static bool TryParse(string cell, out Amount amount) => TryParse(cell, out amount, out _);

    /// <summary>
    /// Parses an amount cell and the unit written in it (<c>160万元</c> → 160, 万元; <c>1200元</c> → 1200, 元; <c>54.61</c> →
    /// 54.61, null); false when the cell is not an amount. A money block admits the amount only in its own unit
    /// (<see cref="MoneyUnit"/>): read as a bare number, 160万元 in a block of 元 would be a million and a half off.
    /// </summary>
    public static bool TryParse(string cell, out Amount amount, out string? unit)
    {
        amount = Amount.Missing;
        unit = null;
        if (!LabelText.CouldBeLabel(cell)) return false;
        var t = LabelText.Normalize(cell);
        if (t.Length == 0) return false;
        var onSchedule = t.StartsWith("序时进度", StringComparison.Ordinal);
        if (onSchedule) t = t.Substring(4);
        if (t.EndsWith("万元", StringComparison.Ordinal))
        {
            t = t.Substring(0, t.Length - 2);
            unit = "万元";
        }
        else if (t.EndsWith("元", StringComparison.Ordinal))
        {
            t = t.Substring(0, t.Length - 1);
            unit = "元";
        }

        if (t.Length == 0)
        {
            unit = null;
            if (!onSchedule) return false;
            amount = new Amount(null, true);
            return true;
        }

        if (!IsNumber(t))
        {
            unit = null;
            return false;
        }

        amount = new Amount(decimal.Parse(t.Replace(",", string.Empty), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), onSchedule);
        return true;
    }

    /// <summary>Reads a column label at the start of a cell, with whatever follows it (an amount, or nothing).</summary>
    public static bool TryParseLabel(string cell, out AmountColumn column, out string rest)
    {
        rest = string.Empty;
        column = AmountColumn.HalfYear;
        if (!LabelText.CouldBeLabel(cell)) return false;
        var t = LabelText.Normalize(cell);
        foreach (var l in HalfLabels)
        {
            if (!t.StartsWith(l, StringComparison.Ordinal)) continue;
            rest = t.Substring(l.Length);
            return true;
        }

        foreach (var l in FullLabels)
        {
            if (!t.StartsWith(l, StringComparison.Ordinal)) continue;
            column = AmountColumn.FullYear;
            rest = t.Substring(l.Length);
            return true;
        }

        return false;
    }

    /// <summary>The Chinese name of a column.</summary>
    public static string Name(AmountColumn column) => column == AmountColumn.HalfYear ? "半年(程)计划执行数" : "全年(程)预算数";

    private static bool IsNumber(string t)
    {
        var i = 0;
        if (t[0] is '-' or '+') i++;
        var digits = 0;
        var dot = false;
        for (; i < t.Length; i++)
        {
            var c = t[i];
            if (c is >= '0' and <= '9') digits++;
            else if (c == ',' && digits > 0 && !dot) continue;
            else if (c == '.' && !dot && digits > 0) dot = true;
            else return false;
        }

        return digits > 0 && t[t.Length - 1] != '.' && digits <= 20;
    }
}
