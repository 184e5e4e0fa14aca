using System;

namespace PerfRules.Import;

/// <summary>
/// The unit (元 or 万元) of one money block's amounts: the one its caption or column header states, else the one the
/// table states elsewhere (<c>单位:万元</c>), else the one its first amount is written in (<c>1200元</c>). An amount
/// written in another unit is not admitted: the block keeps it aside rather than read it as a number of its own unit.
/// </summary>
internal sealed class MoneyUnit
{
    private readonly Func<string?> _table;

    /// <summary>A block unit that falls back on <paramref name="table"/> (the unit the table states outside the block).</summary>
    public MoneyUnit(Func<string?> table) => _table = table;

    /// <summary>The unit the block's caption or header states, or null.</summary>
    public string? Stated { get; private set; }

    /// <summary>The unit of the first amount that states one, when nothing else did; else null.</summary>
    public string? Seen { get; private set; }

    /// <summary>The unit the block's amounts are in so far, or null when nothing says.</summary>
    public string? Known => Stated ?? _table() ?? Seen;

    /// <summary>Takes the unit a caption or header states; the first one stated stands.</summary>
    public void State(string unit) => Stated ??= unit;

    /// <summary>
    /// True when an amount written in <paramref name="cellUnit"/> (null: none written) is in the block's unit; the first
    /// unit written fixes the block's when nothing stated one.
    /// </summary>
    public bool Admits(string? cellUnit)
    {
        if (cellUnit is null) return true;
        if (Known is not { } known)
        {
            Seen = cellUnit;
            return true;
        }

        return string.Equals(known, cellUnit, StringComparison.Ordinal);
    }
}
