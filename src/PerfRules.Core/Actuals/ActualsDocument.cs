using System;
using PerfRules.Tables;

namespace PerfRules.Actuals;

/// <summary>
/// An actuals file: the as-of date the actuals were taken at and the actuals of one or more tables
/// (see <see cref="ActualsJson"/> for the JSON form).
/// </summary>
public sealed record ActualsDocument
{
    /// <summary>The date the actuals describe (评价截止日期), or null; a caller's explicit as-of date wins.</summary>
    public DateTime? AsOf { get; init; }

    /// <summary>The tables' actuals, in file order.</summary>
    public ValueList<TableActuals> Tables { get; init; } = ValueList<TableActuals>.Empty;

    /// <summary>The actuals for the table named <paramref name="tableName"/> (ordinal match after trimming), or null.</summary>
    public TableActuals? Find(string tableName)
    {
        if (tableName is null) throw new ArgumentNullException(nameof(tableName));
        var key = tableName.Trim();
        foreach (var table in Tables)
        {
            if (string.Equals(table.Name.Trim(), key, StringComparison.Ordinal)) return table;
        }

        return null;
    }
}
