using System;
using System.IO;
using System.Text;
using PerfRules.Import;

namespace PerfRules.Cli.Commands;

/// <summary>
/// The <c>-o</c> report file: a failure while the report is written (a full disk, a device error) becomes an
/// <see cref="IOException"/> whose message names the file and says why in Chinese (<c>无法写入报告 r.html：…</c>), which
/// <see cref="CliContext.Guard"/> prints as it is.
/// </summary>
internal sealed class ReportFileWriter : TextWriter
{
    private readonly TextWriter _inner;
    private readonly string _path;

    public ReportFileWriter(TextWriter inner, string path)
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
        _inner = inner;
        _path = path;
    }

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value) => Guarded(() => _inner.Write(value));

    public override void Write(string? value) => Guarded(() => _inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guarded(() => _inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guarded(() => _inner.WriteLine(value));

    public override void Flush() => Guarded(_inner.Flush);

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
