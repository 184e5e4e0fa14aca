using System;
using System.Text.Json;

namespace PerfRules.Json;

/// <summary>
/// Short JSON strings read once per thread: the names, levels, units and words that repeat across the rows and tables
/// of a batch (产出指标, 数量指标, 万元, 充分 …) come back as the same string instead of a new one per occurrence. A
/// direct-mapped table of 1,024 entries per thread, strings of at most 48 UTF-8 bytes; a miss reads the string as
/// <see cref="Utf8JsonReader.GetString"/> does (validating the UTF-8) and keeps it. Equal bytes give an equal string,
/// so what is read never depends on the cache.
/// </summary>
internal static class Utf8StringCache
{
    private const int MaxBytes = 48;
    private const int Size = 1024;

    [ThreadStatic]
    private static Entry[]? t_entries;

    /// <summary>The string (or null) the reader is on; throws as the reader does for any other token.</summary>
    public static string? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxBytes)
        {
            return reader.GetString();
        }

        var bytes = reader.ValueSpan;
        var entries = t_entries ??= new Entry[Size];
        ref var entry = ref entries[Hash(bytes) & (Size - 1)];
        if (entry.Bytes is { } key && bytes.SequenceEqual(key)) return entry.Text;
        var text = reader.GetString()!;
        entry = new Entry(bytes.ToArray(), text);
        return text;
    }

    private static uint Hash(ReadOnlySpan<byte> bytes)
    {
        var h = 2166136261u;
        foreach (var b in bytes) h = (h ^ b) * 16777619u;
        return h ^ (h >> 15);
    }

    private readonly struct Entry
    {
        public Entry(byte[] bytes, string text)
        {
            Bytes = bytes;
            Text = text;
        }

        public byte[]? Bytes { get; }

        public string Text { get; }
    }
}
