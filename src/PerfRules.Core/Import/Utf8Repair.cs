using System;
using System.Collections.Generic;
using System.Text;

namespace PerfRules.Import;

/// <summary>
/// Reads UTF-8 that is damaged in a few places — a file cut in the middle of a character (a Chinese
/// character is three bytes, so two cuts in three land inside one), or a line pasted in from a GBK export —
/// instead of refusing the whole file. Each damaged spot becomes U+FFFD and is reported with its line
/// and byte offset (I10 on that line); a file with many damaged spots is not UTF-8 and stays unreadable.
/// </summary>
internal static class Utf8Repair
{
    /// <summary>At most this many damaged spots are repaired in any file.</summary>
    public const int MaxSpots = 64;

    /// <summary>
    /// Decodes <paramref name="bytes"/> as UTF-8 with damaged spots replaced, or returns null when there are
    /// more than <see cref="MaxSpots"/> of them or more than one per 100 bytes (one is always allowed: a small file cut inside its last character).
    /// Only called once strict UTF-8 and strict GB18030 have both failed, so a real GBK file never gets here.
    /// </summary>
    public static string? TryDecode(byte[] bytes, out IReadOnlyList<InvalidBytes> spots)
    {
        var recorder = new RecordingFallback();
        var encoding = (Encoding)new UTF8Encoding(false, false).Clone();
        encoding.DecoderFallback = recorder;
        var decoder = encoding.GetDecoder();
        var chars = new char[bytes.Length + 1];
        var count = decoder.GetChars(bytes, 0, bytes.Length, chars, 0, flush: true);
        spots = Array.Empty<InvalidBytes>();
        var allowed = Math.Min(MaxSpots, Math.Max(1, bytes.Length / 100));
        if (recorder.Spots.Count == 0 || recorder.Spots.Count > allowed) return null;

        var lines = LineStarts(bytes);
        var located = new List<InvalidBytes>(recorder.Spots.Count);
        foreach (var (offset, length) in recorder.Spots) located.Add(new InvalidBytes(LineOf(lines, offset), offset, length));
        spots = located;
        return new string(chars, 0, count);
    }

    /// <summary>Byte offsets where lines start (after LF, CRLF or a lone CR), as <see cref="SourceLine.Split"/> numbers them.</summary>
    private static List<int> LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\r' && i + 1 < bytes.Length && bytes[i + 1] == (byte)'\n') continue;
            if (bytes[i] is (byte)'\n' or (byte)'\r') starts.Add(i + 1);
        }

        return starts;
    }

    private static int LineOf(List<int> starts, int offset)
    {
        var index = starts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    /// <summary>Records where the decoder met bytes it could not decode, and stands in U+FFFD for them.</summary>
    private sealed class RecordingFallback : DecoderFallback
    {
        public List<(int Offset, int Length)> Spots { get; } = new();

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer : DecoderFallbackBuffer
        {
            private readonly RecordingFallback _owner;
            private bool _pending;

            public Buffer(RecordingFallback owner) => _owner = owner;

            public override int Remaining => _pending ? 1 : 0;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                _owner.Spots.Add((index, bytesUnknown.Length));
                _pending = true;
                return true;
            }

            public override char GetNextChar()
            {
                if (!_pending) return '\0';
                _pending = false;
                return '\uFFFD';
            }

            public override bool MovePrevious() => false;

            public override void Reset() => _pending = false;
        }
    }
}

/// <summary>A damaged spot in UTF-8 input: its 1-based line, byte offset and length.</summary>
internal readonly record struct InvalidBytes(int Line, int Offset, int Length);
