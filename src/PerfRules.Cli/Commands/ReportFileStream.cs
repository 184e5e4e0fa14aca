using System;
using System.IO;
using PerfRules.Import;

namespace PerfRules.Cli.Commands;

/// <summary>
/// The <c>-o</c> report file under its writer: a failure while the report is written (a full disk, a device error)
/// becomes an <see cref="IOException"/> whose message names the file and says why in Chinese (<c>无法写入报告 r.html：…</c>),
/// which <see cref="CliContext.Guard"/> prints as it is. Whatever writes the bytes (the text writer above it, or the JSON
/// report straight to the stream) goes through here.
/// </summary>
internal sealed class ReportFileStream : Stream
{
    private readonly Stream _inner;
    private readonly string _path;

    public ReportFileStream(Stream inner, string path)
    {
        _inner = inner;
        _path = path;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => _inner.CanWrite;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Guarded(() => _inner.Write(buffer, offset, count));

    public override void Flush() => Guarded(_inner.Flush);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) Guarded(_inner.Dispose);
        base.Dispose(disposing);
    }

    private void Guarded(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e)
        {
            throw new IOException("无法写入报告 " + _path + "：" + SystemErrorText.Of(e), e);
        }
    }
}
