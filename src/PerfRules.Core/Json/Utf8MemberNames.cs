using System;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace PerfRules.Json;

/// <summary>
/// The member names of one JSON object shape as UTF-8 bytes, looked up from a property name without allocating. The
/// lookup tries the member after the previous one first, so input written in declaration order (everything the
/// library writes) costs one comparison per member.
/// </summary>
internal sealed class Utf8MemberNames
{
    private readonly byte[][] _names;

    /// <summary>Creates the lookup for <paramref name="names"/>, in declaration order (at most 64).</summary>
    public Utf8MemberNames(params string[] names)
    {
        if (names.Length > 64) throw new ArgumentOutOfRangeException(nameof(names), "At most 64 members (a bit each in a ulong).");
        _names = names.Select(n => Encoding.UTF8.GetBytes(n)).ToArray();
    }

    /// <summary>
    /// The index of the member whose name the reader is on, or -1 for an unknown name or one written with escapes;
    /// <paramref name="next"/> is where the following lookup starts.
    /// </summary>
    public int Find(ref Utf8JsonReader reader, ref int next)
    {
        if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped || reader.HasValueSequence) return -1;
        var name = reader.ValueSpan;
        for (var k = 0; k < _names.Length; k++)
        {
            var i = next + k;
            if (i >= _names.Length) i -= _names.Length;
            if (name.SequenceEqual(_names[i]))
            {
                next = i + 1;
                return i;
            }
        }

        return -1;
    }
}
