using System.Collections.Generic;

namespace PerfRules.Values;

/// <summary>
/// A read-only string-keyed table that can be queried with a segment of a larger string without
/// allocating a substring (netstandard2.0 has no span-keyed dictionary lookup). Keys are compared
/// ordinally after <see cref="CellText.Fold(char)"/> of the queried text.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class SegmentTable<T>
    where T : class
{
    private readonly string?[] _keys;
    private readonly T?[] _values;
    private readonly int _mask;

    /// <summary>Builds the table; a later duplicate key replaces an earlier one.</summary>
    internal SegmentTable(IEnumerable<KeyValuePair<string, T>> items)
    {
        var list = new List<KeyValuePair<string, T>>(items);
        var size = 16;
        while (size < list.Count * 3) size <<= 1;
        _keys = new string?[size];
        _values = new T?[size];
        _mask = size - 1;
        foreach (var item in list)
        {
            var slot = Hash(item.Key, 0, item.Key.Length, fold: false) & _mask;
            while (_keys[slot] is { } existing && existing != item.Key) slot = (slot + 1) & _mask;
            _keys[slot] = item.Key;
            _values[slot] = item.Value;
        }

        MaxLength = 0;
        foreach (var item in list)
        {
            if (item.Key.Length > MaxLength) MaxLength = item.Key.Length;
        }
    }

    /// <summary>The longest key.</summary>
    internal int MaxLength { get; }

    /// <summary>Looks up a whole key.</summary>
    internal bool TryGet(string key, out T value) => TryGet(key, 0, key.Length, out value);

    /// <summary>Looks up <paramref name="text"/>[start, start + length).</summary>
    internal bool TryGet(string text, int start, int length, out T value)
    {
        if (length <= MaxLength && length > 0)
        {
            var slot = Hash(text, start, length, fold: true) & _mask;
            while (_keys[slot] is { } key)
            {
                if (CellText.SegmentEquals(text, start, length, key))
                {
                    value = _values[slot]!;
                    return true;
                }

                slot = (slot + 1) & _mask;
            }
        }

        value = null!;
        return false;
    }

    private static int Hash(string text, int start, int length, bool fold)
    {
        unchecked
        {
            var h = 2166136261u;
            for (var i = start; i < start + length; i++)
            {
                var c = fold ? CellText.Fold(text[i]) : text[i];
                h = (h ^ c) * 16777619u;
            }

            return (int)(h & 0x7FFFFFFF);
        }
    }
}
