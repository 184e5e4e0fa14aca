using System;
using System.IO;

namespace PerfRules.Excel;

/// <summary>
/// A read-only view of a decompressed workbook part that stops with <see cref="WorkbookLimitException"/> once more
/// than a set number of bytes has been read: a few KB of ZIP can inflate to gigabytes of XML (one cell of a billion
/// characters, thirty million cells), and the XML reader would hold a text node of any length.
/// </summary>
internal sealed class LimitedStream : Stream
{
    private readonly Stream _inner;
    private readonly long _limit;
    private readonly string _part;
    private long _read;

    public LimitedStream(Stream inner, long limit, string part)
    {
        _inner = inner;
        _limit = limit;
        _part = part;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = _inner.Read(buffer, offset, count);
        _read += n;
        if (_read > _limit) throw new WorkbookLimitException(nameof(WorkbookTableReader.MaxPartBytes), _part + "解压后的大小（字节）", _limit);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
