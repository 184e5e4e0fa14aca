using PerfRules.Tables;

namespace PerfRules.Findings;

/// <summary>
/// One finding about a table: a rule (S/V/C/F/E…, or a user id) or an import repair (I01…),
/// with a Chinese message for the finance officer, a structured location and structured arguments
/// so a host system can render or localise it its own way.
/// </summary>
/// <param name="RuleId">The stable id (<c>S01</c>, <c>I03</c>, a user id such as <c>X01</c>).</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">The message, in Chinese, quoting the offending value.</param>
/// <param name="Location">Where in the table.</param>
public sealed record Finding(string RuleId, Severity Severity, string Message, FindingLocation Location)
{
    /// <summary>Structured arguments (<c>indicator</c>, <c>value</c>, <c>half</c>, <c>full</c>, <c>expected</c> …) beside the message.</summary>
    public ValueList<FindingArgument> Arguments { get; init; } = ValueList<FindingArgument>.Empty;

    /// <inheritdoc />
    public override string ToString() => RuleId + " " + Severity + " " + Location + ": " + Message;
}

/// <summary>A named argument of a finding.</summary>
/// <param name="Name">The placeholder name (<c>indicator</c>, <c>value</c> …).</param>
/// <param name="Value">Its value as text.</param>
public sealed record FindingArgument(string Name, string Value);

/// <summary>
/// Where a finding is: an indicator row (三级 name and 1-based row with its 一级/二级), a header or
/// funding field (<c>资金总额</c>, <c>支出:&lt;line&gt;</c>, <c>年度目标</c>), and the source line when the
/// table came from text. All null means the table as a whole.
/// </summary>
public sealed record FindingLocation
{
    /// <summary>The table as a whole.</summary>
    public static FindingLocation Table { get; } = new();

    /// <summary>The 三级 indicator name, or null.</summary>
    public string? Indicator { get; init; }

    /// <summary>1-based indicator row within the table, or null.</summary>
    public int? Row { get; init; }

    /// <summary>The 一级 label, or null.</summary>
    public string? Level1 { get; init; }

    /// <summary>The 二级 label, or null.</summary>
    public string? Level2 { get; init; }

    /// <summary>A header or funding field (<c>资金总额</c>, <c>支出:平台运营服务费</c>, <c>年度目标</c>), or null.</summary>
    public string? Field { get; init; }

    /// <summary>1-based source line, or null.</summary>
    public int? Line { get; init; }

    /// <summary>
    /// The worksheet cell or range (<c>B12</c>, <c>A5:A9</c>, <c>'Sheet2'!E12</c>) when the table came from a
    /// workbook and the finding is about particular cells, or null; <see cref="Line"/> is then the worksheet row.
    /// Left out of JSON when null.
    /// </summary>
#if !PERFRULES_ANALYZER // the analyzer compiles this file without System.Text.Json
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
#endif
    public string? Cell { get; init; }

    /// <summary>A location for a header or funding field.</summary>
    public static FindingLocation ForField(string field, int? line = null) => new() { Field = field, Line = line };

    /// <summary>A location for an indicator row.</summary>
    public static FindingLocation ForIndicator(Indicator indicator) => ForIndicator(indicator, null);

    /// <summary>A location for an indicator row and one of its columns (<see cref="Field"/>: 半年, 全年, a region), built once.</summary>
    internal static FindingLocation ForIndicator(Indicator indicator, string? field) => new()
    {
        Indicator = indicator.Name,
        Row = indicator.Row,
        Level1 = indicator.Level1,
        Level2 = indicator.Level2,
        Field = field,
        Line = indicator.Line,
    };

    /// <inheritdoc />
    public override string ToString()
    {
        var where = Indicator is not null ? Level1 + "/" + Level2 + "/" + Indicator : Field ?? "表";
        if (Cell is not null) return where + " (cell " + Cell + ")";
        return Line is { } l ? where + " (line " + l.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : where;
    }
}
