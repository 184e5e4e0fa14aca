using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace PerfRules.Tables;

/// <summary>An immutable list with structural equality, so records holding it compare by content.</summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    public ValueList(IEnumerable<T> items) => _items = items?.ToArray() ?? throw new ArgumentNullException(nameof(items));

    private ValueList(T[] items, bool _) => _items = items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new(Array.Empty<T>(), true);

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <summary>A list over <paramref name="items"/> itself, not a copy: for an array its creator never changes again.</summary>
    internal static ValueList<T> Adopt(T[] items) => items.Length == 0 ? Empty : new ValueList<T>(items, true);

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.SequenceEqual(other._items));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in _items) hash = (hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item));
        return hash;
    }

    /// <summary>Structural equality.</summary>
    public static bool operator ==(ValueList<T>? left, ValueList<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Structural inequality.</summary>
    public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}

/// <summary>Builds <see cref="ValueList{T}"/> instances.</summary>
public static class ValueList
{
    /// <summary>Creates a list from items.</summary>
    public static ValueList<T> Of<T>(params T[] items) => items.Length == 0 ? ValueList<T>.Empty : new ValueList<T>(items);

    /// <summary>Creates a list from a sequence.</summary>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => new(items);
}
