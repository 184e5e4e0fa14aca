using System.Globalization;

namespace PerfRules.Actuals;

/// <summary>Why an actuals file could not be read, and where: the JSON path and, for syntax errors, the line.</summary>
/// <param name="Path">The JSON path of the offending element (<c>$.tables[0].executed</c>).</param>
/// <param name="Message">What is wrong, in Chinese, quoting the offending text.</param>
public sealed record ActualsError(string Path, string Message)
{
    /// <summary>1-based line of the error in the file, when known.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column (UTF-8 byte in the line) of the error, when known.</summary>
    public int? Column { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        (Line is { } l ? "line " + l.ToString(CultureInfo.InvariantCulture) + (Column is { } c ? ":" + c.ToString(CultureInfo.InvariantCulture) : string.Empty) + " " : string.Empty) +
        Path + ": " + Message;
}
