using System;
using System.IO;
using System.Text;

namespace PerfRules.Cli;

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLine"/> (LF, CR or CRLF end a line) but never holds more than a set
/// number of characters of one line: the rest of a longer line is skipped, an empty string is returned for it
/// and <see cref="LastLineTooLong"/> is set, so a file that is one endless line costs no more memory than the limit.
/// </summary>
internal sealed class BoundedLineReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly int _maxCharacters;
    private readonly char[] _buffer = new char[1 << 15];
    private int _position;
    private int _count;

    public BoundedLineReader(TextReader reader, int maxCharacters)
    {
        _reader = reader;
        _maxCharacters = maxCharacters;
    }

    /// <summary>True when the line <see cref="ReadLine"/> returned last was longer than the limit (and was returned empty).</summary>
    public bool LastLineTooLong { get; private set; }

    /// <summary>The next line without its end, or null at the end of the text.</summary>
    public string? ReadLine()
    {
        LastLineTooLong = false;
        StringBuilder? line = null;
        var any = false;
        while (true)
        {
            if (_position == _count)
            {
                _count = _reader.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_count == 0) return any ? Finish(line) : null;
            }

            any = true;
            var start = _position;
            while (_position < _count && _buffer[_position] != '\n' && _buffer[_position] != '\r') _position++;
            Append(ref line, start, _position - start);
            if (_position == _count) continue;

            var end = _buffer[_position++];
            if (end == '\r')
            {
                if (_position == _count)
                {
                    _count = _reader.Read(_buffer, 0, _buffer.Length);
                    _position = 0;
                }

                if (_position < _count && _buffer[_position] == '\n') _position++;
            }

            return Finish(line);
        }
    }

    /// <summary>
    /// Reads the next line into <paramref name="target"/> as UTF-8 (see <see cref="Utf8LineReader.ReadLine"/>): for
    /// JSON Lines files in UTF-16 or UTF-32, which <see cref="Utf8LineReader"/> does not read. False at the end.
    /// </summary>
    public bool ReadLine(JsonLinesChunk target)
    {
        if (ReadLine() is not { } line) return false;
        target.BeginLine();
        if (!LastLineTooLong) target.Append(Encoding.UTF8.GetBytes(line));
        else target.DropLine();
        return true;
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    private void Append(ref StringBuilder? line, int start, int length)
    {
        if (LastLineTooLong || length == 0) return;
        line ??= new StringBuilder();
        if (line.Length + length > _maxCharacters)
        {
            LastLineTooLong = true;
            line = null;
            return;
        }

        line.Append(_buffer, start, length);
    }

    private string Finish(StringBuilder? line) => LastLineTooLong || line is null ? string.Empty : line.ToString();
}
