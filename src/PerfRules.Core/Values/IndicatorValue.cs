using System;

namespace PerfRules.Values;

/// <summary>
/// The value of one indicator cell (半年 or 全年 指标值): a closed union with exactly one case per
/// notation of values.md. Build cases through their constructors or parse text with
/// <see cref="Parse(string, string?)"/> / <see cref="TryParse(string?, out IndicatorValue)"/> /
/// <see cref="IndicatorValueParser.Parse(string?, string?)"/>.
/// </summary>
/// <remarks>
/// The union is closed: the constructor is private protected and every case is sealed, so a
/// <c>switch</c> over <see cref="Kind"/> or over the case types is exhaustive in practice.
/// Equality is structural on the canonical form (<see cref="ToString"/>); where a unit came from
/// is ignored. Magnitude normalisation (2.5亿元 vs 25000万元) belongs to comparison, not equality.
/// </remarks>
public abstract class IndicatorValue : IEquatable<IndicatorValue>
{
    private protected IndicatorValue()
    {
    }

    /// <summary>Which case of the union this value is.</summary>
    public abstract ValueKind Kind { get; }

    /// <summary>The empty cell (no reason given).</summary>
    public static EmptyValue Empty { get; } = new EmptyValue(null);

    /// <summary>
    /// Parses cell text; throws <see cref="FormatException"/> (with the offset of the bad character)
    /// only for <em>invalid</em> text as defined on <see cref="IndicatorValueParser"/>.
    /// </summary>
    /// <param name="text">The cell text as written.</param>
    /// <param name="indicatorName">The 三级 indicator name; a unit in its bracket (e.g. <c>全市智算规模（P）</c>) is used when the cell has none.</param>
    public static IndicatorValue Parse(string text, string? indicatorName = null)
    {
        var result = IndicatorValueParser.Parse(text, indicatorName);
        return result.IsSuccess ? result.Value : throw result.Error.ToException();
    }

    /// <summary>Parses cell text without throwing; false only for invalid text (see <see cref="IndicatorValueParser"/>).</summary>
    public static bool TryParse(string? text, out IndicatorValue value) => TryParse(text, null, out value);

    /// <summary>Parses cell text without throwing, taking a bracket unit from <paramref name="indicatorName"/>.</summary>
    public static bool TryParse(string? text, string? indicatorName, out IndicatorValue value)
    {
        var result = IndicatorValueParser.Parse(text, indicatorName);
        value = result.IsSuccess ? result.Value : new FreeTextValue(text ?? string.Empty);
        return result.IsSuccess;
    }

    /// <summary>The canonical text of the value (<c>≥200家</c>, <c>=100%</c>, <c>序时进度</c>, the word, the free text verbatim).</summary>
    public abstract override string ToString();

    /// <inheritdoc />
    public bool Equals(IndicatorValue? other) =>
        other is not null && other.Kind == Kind && string.Equals(EqualityKey, other.EqualityKey, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorValue);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(EqualityKey) ^ (int)Kind;

    /// <summary>Structural equality.</summary>
    public static bool operator ==(IndicatorValue? left, IndicatorValue? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Structural inequality.</summary>
    public static bool operator !=(IndicatorValue? left, IndicatorValue? right) => !(left == right);

    /// <summary>The key equality is defined on; the canonical text unless a case needs more.</summary>
    private protected virtual string EqualityKey => ToString();
}
