using System;
using System.Collections.Generic;

namespace PerfRules.Values;

/// <summary>The outcome of parsing a cell: a value, or a positioned <see cref="ParseError"/>. Never throws.</summary>
/// <remarks>
/// <c>default(ParseResult)</c> is a failure with nothing parsed (<see cref="ParseError.NothingParsed"/>), so
/// <see cref="IsSuccess"/> and <see cref="Error"/> agree on every value of the type.
/// </remarks>
public readonly struct ParseResult
{
    private readonly IndicatorValue? _value;
    private readonly ParseError? _error;

    private ParseResult(IndicatorValue? value, ParseError? error)
    {
        _value = value;
        _error = error;
    }

    /// <summary>A successful result.</summary>
    public static ParseResult Success(IndicatorValue value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    /// <summary>A failed result.</summary>
    public static ParseResult Failure(ParseError error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>True when a value was parsed.</summary>
    public bool IsSuccess => _value is not null;

    /// <summary>The value; throws <see cref="InvalidOperationException"/> on a failed result.</summary>
    public IndicatorValue Value => _value ?? throw new InvalidOperationException("The parse failed: " + Error.Message);

    /// <summary>The error (<see cref="ParseError.NothingParsed"/> for <c>default(ParseResult)</c>); throws <see cref="InvalidOperationException"/> on a successful result.</summary>
    public ParseError Error => _error ?? (_value is null ? ParseError.NothingParsed : throw new InvalidOperationException("The parse succeeded."));
}

/// <summary>Why and where a cell is invalid.</summary>
public sealed class ParseError
{
    /// <summary>The error of <c>default(ParseResult)</c>, a result no parser produced: empty text, offset 0, nothing expected.</summary>
    public static ParseError NothingParsed { get; } = new(string.Empty, 0, 0, "nothing was parsed (default(ParseResult))", Array.Empty<string>());

    /// <summary>Creates an error.</summary>
    public ParseError(string text, int offset, int length, string message, IReadOnlyList<string> expected)
    {
        Text = text;
        Offset = offset;
        Length = length;
        Message = message;
        Expected = expected;
    }

    /// <summary>The text that was parsed (as given, before normalisation).</summary>
    public string Text { get; }

    /// <summary>0-based offset of the first bad character in <see cref="Text"/>.</summary>
    public int Offset { get; }

    /// <summary>Number of bad characters (at least 1, or 0 at end of text).</summary>
    public int Length { get; }

    /// <summary>What is wrong, in English.</summary>
    public string Message { get; }

    /// <summary>What would have been valid at <see cref="Offset"/> (e.g. "a number").</summary>
    public IReadOnlyList<string> Expected { get; }

    /// <summary>A <see cref="FormatException"/> whose message names the position and the expected alternatives.</summary>
    public FormatException ToException() => new(ToString());

    /// <inheritdoc />
    public override string ToString() =>
        "Invalid indicator value '" + Text + "' at offset " + Offset.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Message +
        (Expected.Count > 0 ? " (expected " + string.Join(" or ", Expected) + ")" : string.Empty);
}
