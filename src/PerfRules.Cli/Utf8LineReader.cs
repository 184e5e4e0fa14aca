using System;
using System.IO;
using System.Text;

namespace PerfRules.Cli;

/// <summary>
/// Reads lines of UTF-8 text as bytes, line ends as <see cref="TextReader.ReadLine"/> has them (LF, CR or CRLF),
/// skipping a UTF-8 byte order mark, and never holds more than a set number of UTF-16 characters of one line:
/// when a line is longer, <see cref="LastLineTooLong"/> is set and reading stops there. Lines are the same as those
/// of a <see cref="StreamReader"/> over the same bytes (UTF-8 never has a CR or LF byte inside a character), without
/// decoding them. The stream stays open (its owner closes it).
/// </summary>
internal sealed class Utf8LineReader
{
    private readonly Stream _stream;
    private readonly int _maxCharacters;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _position;
    private int _count;
    private bool _started;

    public Utf8LineReader(Stream stream, int maxCharacters)
    {
        _stream = stream;
        _maxCharacters = maxCharacters;
    }

    /// <summary>True when the line <see cref="ReadLine"/> read last was longer than the limit (its bytes were dropped).</summary>
    public bool LastLineTooLong { get; private set; }

    /// <summary>True when <paramref name="start"/> is a UTF-16 or UTF-32 byte order mark (a file this reader does not read).</summary>
    public static bool StartsWithOtherByteOrderMark(ReadOnlySpan<byte> start) =>
        start.StartsWith(new byte[] { 0xFE, 0xFF }) || start.StartsWith(new byte[] { 0xFF, 0xFE }) || start.StartsWith(new byte[] { 0, 0, 0xFE, 0xFF });

    /// <summary>
    /// Reads the next line into <paramref name="target"/> (after <see cref="JsonLinesChunk.BeginLine"/>; the caller
    /// ends or drops it). False at the end of the input, with nothing begun.
    /// </summary>
    public bool ReadLine(JsonLinesChunk target)
    {
        LastLineTooLong = false;
        var any = false;
        var counter = new LineLength(_maxCharacters);
        target.BeginLine();
        while (true)
        {
            if (_position == _count && !Fill())
            {
                if (!any)
                {
                    target.DropLine();
                    return false;
                }

                Finish(target, ref counter);
                return true;
            }

            any = true;
            var rest = new ReadOnlySpan<byte>(_buffer, _position, _count - _position);
            var end = rest.IndexOfAny((byte)'\n', (byte)'\r');
            var piece = end < 0 ? rest : rest.Slice(0, end);
            target.Append(piece);
            _position += piece.Length;
            if (counter.Add(target.CurrentLine, piece))
            {
                LastLineTooLong = true;
                target.DropLine();
                return true;
            }

            if (end < 0) continue;
            if (_buffer[_position++] == '\r' && (_position < _count || Fill()) && _buffer[_position] == '\n') _position++;
            Finish(target, ref counter);
            return true;
        }
    }

    // A line whose last bytes are an incomplete character gains one replacement character when decoded.
    private void Finish(JsonLinesChunk target, ref LineLength counter)
    {
        if (!counter.End()) return;
        LastLineTooLong = true;
        target.DropLine();
    }

    private bool Fill()
    {
        _count = _stream.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        if (!_started)
        {
            _started = true;
            if (_count >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF) _position = 3;
        }

        return _position < _count;
    }

    /// <summary>
    /// The length of one line in UTF-16 characters, worked out only once its bytes pass the limit (a line of at
    /// most that many bytes cannot have more characters than bytes).
    /// </summary>
    private struct LineLength
    {
        private readonly int _max;
        private long _bytes;
        private long _characters;
        private Decoder? _decoder;

        public LineLength(int max)
        {
            _max = max;
            _bytes = 0;
            _characters = 0;
            _decoder = null;
        }

        /// <summary>Counts <paramref name="piece"/>, just appended to <paramref name="line"/>; true when the line is now too long.</summary>
        public bool Add(ReadOnlySpan<byte> line, ReadOnlySpan<byte> piece)
        {
            _bytes += piece.Length;
            if (_bytes <= _max) return false;
            if (_decoder is null)
            {
                _decoder = new UTF8Encoding(false).GetDecoder();
                _characters = Count(line, flush: false);
            }
            else
            {
                _characters += Count(piece, flush: false);
            }

            return _characters > _max;
        }

        /// <summary>True when the line, now complete, is too long.</summary>
        public bool End() => _decoder is not null && (_characters += Count(ReadOnlySpan<byte>.Empty, flush: true)) > _max;

        // Decodes into a scratch buffer (GetCharCount would not carry a character split across pieces).
        private int Count(ReadOnlySpan<byte> bytes, bool flush)
        {
            Span<char> scratch = stackalloc char[1024];
            var total = 0;
            while (true)
            {
                _decoder!.Convert(bytes, scratch, flush, out var used, out var produced, out var completed);
                total += produced;
                bytes = bytes.Slice(used);
                if (completed && bytes.IsEmpty) return total;
            }
        }
    }
}
