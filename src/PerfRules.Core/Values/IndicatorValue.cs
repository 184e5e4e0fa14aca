using System;

namespace PerfRules.Values;

/// <summary>
/// The value of one indicator cell (半年 or 全年 指标值): a closed union with exactly one case per
/// notation of docs/values.md. Build cases through their constructors or parse text with
/// <see cref="Parse(string, string?)"/> / <see cref="TryParse(string?, out IndicatorValue)"/> /
/// <see cref="IndicatorValueParser.Parse(string?, string?)"/>.
/// </summary>
/// <remarks>
/// <para>The union is closed: the constructor is private protected and every case is sealed, so a
/// <c>switch</c> over <see cref="Kind"/> or over the case types is exhaustive in practice.</para>
/// <para>Equality is structural on the canonical form (<see cref="ToString"/>): <c>≥1.0家</c> equals <c>≥1家</c>,
/// <c>＞＝５家</c> equals <c>≥5家</c>, and where a unit came from (<see cref="UnitSource"/>) is ignored. Qualitative
/// values compare word, kind and rank; the other cases compare their fields. Magnitude normalisation
/// (2.5亿元 vs 25000万元) belongs to comparison (<see cref="ValueComparer"/>), not equality.</para>
/// <para>Round trip: for every canonical value v (<see cref="IsCanonical"/>, true of everything the parser
/// returns), <c>Parse(v.ToString()) == v</c>; and for every text s that parses, the printed value parses
/// back to the same value.</para>
/// </remarks>
public abstract class IndicatorValue : IEquatable<IndicatorValue>
{
    private string? _canonical;

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

    /// <summary>Parses cell text without throwing; false only for invalid text (see <see cref="IndicatorValueParser"/>), and then
    /// <paramref name="value"/> keeps the text verbatim as a (non-canonical) <see cref="FreeTextValue"/>.</summary>
    public static bool TryParse(string? text, out IndicatorValue value) => TryParse(text, null, out value);

    /// <summary>Parses cell text without throwing, taking a bracket unit from <paramref name="indicatorName"/>.</summary>
    public static bool TryParse(string? text, string? indicatorName, out IndicatorValue value)
    {
        var result = IndicatorValueParser.Parse(text, indicatorName);
        value = result.IsSuccess ? result.Value : new FreeTextValue(text ?? string.Empty);
        return result.IsSuccess;
    }

    /// <summary>
    /// The canonical text of the value (<c>≥200家</c>, <c>=100%</c>, <c>3~5场</c>, <c>2026年12月底前</c>,
    /// <c>序时进度</c>, the word, the free text verbatim). Parsing it gives back an equal value for every
    /// value the parser produces (see <see cref="IsCanonical"/>). Computed once and cached.
    /// </summary>
    public sealed override string ToString() => _canonical ??= Format();

    /// <summary>
    /// True when parsing <see cref="ToString"/> gives back a value equal to this one. Every value the
    /// parser returns is canonical. A value built by hand may not be: <c>new FreeTextValue("100")</c>
    /// prints as <c>100</c>, which is a number; a <see cref="QualitativeValue"/> for a word outside the
    /// <see cref="Vocabulary"/> prints as free text. Such values are allowed (the reader keeps an invalid
    /// cell verbatim as FreeText) but fall outside the round-trip law <c>Parse(Format(v)) == v</c>.
    /// </summary>
    public bool IsCanonical
    {
        get
        {
            var result = IndicatorValueParser.Parse(ToString());
            return result.IsSuccess && result.Value.Equals(this);
        }
    }

    /// <inheritdoc />
    public bool Equals(IndicatorValue? other) =>
        other is not null && (ReferenceEquals(this, other) || (other.Kind == Kind && EqualsCore(other)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCore() ^ ((int)Kind << 24);

    /// <summary>Structural equality.</summary>
    public static bool operator ==(IndicatorValue? left, IndicatorValue? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Structural inequality.</summary>
    public static bool operator !=(IndicatorValue? left, IndicatorValue? right) => !(left == right);

    /// <summary>Builds the canonical text (called once; the result is cached by <see cref="ToString"/>).</summary>
    private protected abstract string Format();

    /// <summary>Equality with a value of the same <see cref="Kind"/>; by default on the canonical text.</summary>
    private protected virtual bool EqualsCore(IndicatorValue other) => string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <summary>A hash consistent with <see cref="EqualsCore"/>.</summary>
    private protected virtual int HashCore() => StringComparer.Ordinal.GetHashCode(ToString());
}
