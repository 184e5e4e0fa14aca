using System;
using System.Buffers;
using System.Collections.Generic;

namespace PerfRules.Cli;

/// <summary>
/// A run of consecutive JSON Lines lines kept as UTF-8 bytes, back to back on one buffer rented from
/// <see cref="ArrayPool{T}.Shared"/>: read by one thread, parsed by a worker straight from the bytes (no UTF-16
/// copy of the line), and the buffer handed back when the worker is done (<see cref="Release"/>). The buffer is
/// rented on the first line, so a chunk without lines holds none.
/// </summary>
internal sealed class JsonLinesChunk
{
    private const int InitialBytes = 1 << 19;
    private readonly List<Entry> _entries = new(Inputs.LinesPerSegment);
    private byte[]? _bytes = Array.Empty<byte>();
    private int _length;
    private int _lineStart = -1;

    /// <summary>The lines and markers in file order.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// A line with its 1-based number, or a marker: <see cref="Entry.TooLong"/> (the line at <c>-Number</c> was over the
    /// limit) or <see cref="Entry.Failure"/> (reading failed from line <c>-Number</c> on, with the reason).
    /// </summary>
    public Entry this[int index] => _entries[index];

    /// <summary>The UTF-8 bytes of the line at <paramref name="index"/> (empty for a marker).</summary>
    public ReadOnlySpan<byte> Bytes(int index)
    {
        var e = _entries[index];
        return new ReadOnlySpan<byte>(_bytes ?? throw new ObjectDisposedException(nameof(JsonLinesChunk)), e.Start, e.Length);
    }

    /// <summary>The bytes of the line begun last, so far.</summary>
    public ReadOnlySpan<byte> CurrentLine => _lineStart < 0 || _bytes is null ? ReadOnlySpan<byte>.Empty : new ReadOnlySpan<byte>(_bytes, _lineStart, _length - _lineStart);

    /// <summary>Starts a new line: the bytes appended until <see cref="EndLine"/> or <see cref="DropLine"/> are its text.</summary>
    public void BeginLine() => _lineStart = _length;

    /// <summary>Appends bytes to the line begun last.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return;
        var buffer = _bytes ?? throw new ObjectDisposedException(nameof(JsonLinesChunk));
        if (_length + bytes.Length > buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min(int.MaxValue, Math.Max(Math.Max(InitialBytes, 2L * buffer.Length), (long)_length + bytes.Length)));
            Buffer.BlockCopy(buffer, 0, bigger, 0, _length);
            if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
            _bytes = buffer = bigger;
        }

        bytes.CopyTo(new Span<byte>(buffer, _length, bytes.Length));
        _length += bytes.Length;
    }

    /// <summary>Keeps the line begun last as line <paramref name="number"/>.</summary>
    public void EndLine(int number)
    {
        _entries.Add(new Entry(number, _lineStart, _length - _lineStart, null));
        _lineStart = -1;
    }

    /// <summary>Forgets the bytes of the line begun last (a blank or over-long line).</summary>
    public void DropLine()
    {
        if (_lineStart >= 0) _length = _lineStart;
        _lineStart = -1;
    }

    /// <summary>Adds a marker: line <paramref name="number"/> was over the limit and the file is read no further.</summary>
    public void AddTooLong(int number) => _entries.Add(new Entry(-number, 0, 0, Entry.TooLong));

    /// <summary>Adds a marker: reading failed from line <paramref name="number"/> on, for <paramref name="reason"/>.</summary>
    public void AddFailure(int number, string reason) => _entries.Add(new Entry(-number, 0, 0, reason));

    /// <summary>Hands the buffer back to the pool; the chunk cannot be read after this.</summary>
    public void Release()
    {
        var bytes = _bytes;
        _bytes = null;
        if (bytes is { Length: > 0 }) ArrayPool<byte>.Shared.Return(bytes);
    }

    /// <summary>One line or marker of a chunk.</summary>
    /// <param name="Number">The 1-based line number; negative for a marker (the line it is about).</param>
    /// <param name="Start">Where the line's bytes start.</param>
    /// <param name="Length">How many bytes the line has.</param>
    /// <param name="Marker">Null for a line; <see cref="TooLong"/> or the reason reading failed.</param>
    internal readonly record struct Entry(int Number, int Start, int Length, string? Marker)
    {
        /// <summary>The marker of a line over the limit (compared by reference).</summary>
        public static readonly string TooLong = new('\0', 1);
    }
}
