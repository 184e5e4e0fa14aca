using System;
using System.IO;
using System.Text;

namespace PerfRules.Rules.Reporting;

/// <summary>
/// A part of the report written before it can be placed (the table of contents and the per-table detail come
/// after the summary, whose totals are known only at the end). Text stays in memory up to
/// <see cref="MemoryLimit"/> characters, then moves to a temporary file that is deleted when the buffer is
/// disposed, so a report over millions of tables keeps a bounded amount in memory.
/// </summary>
internal sealed class SpillBuffer : IDisposable
{
    /// <summary>Characters kept in memory before spilling to a file (about 2 MB of UTF-16).</summary>
    public const int MemoryLimit = 1 << 20;

    private readonly int _limit;
    private StringWriter? _memory = new(System.Globalization.CultureInfo.InvariantCulture);
    private FileStream? _file;
    private StreamWriter? _fileWriter;

    public SpillBuffer(int limit = MemoryLimit) => _limit = limit;

    /// <summary>True once the text moved to a temporary file.</summary>
    public bool Spilled => _file is not null;

    /// <summary>Where to write; call <see cref="Written"/> after each unit (a table) so the buffer can spill.</summary>
    public TextWriter Writer => (TextWriter?)_fileWriter ?? _memory!;

    /// <summary>Moves the text to a temporary file once it passed the memory limit.</summary>
    public void Written()
    {
        if (_memory is null || _memory.GetStringBuilder().Length < _limit) return;
        var path = Path.Combine(Path.GetTempPath(), "perfrules-report-" + Guid.NewGuid().ToString("N") + ".tmp");
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _fileWriter = new StreamWriter(_file, new UTF8Encoding(false), 1 << 16);
        var sb = _memory.GetStringBuilder();
        foreach (var chunk in Chunks(sb)) _fileWriter.Write(chunk);
        _memory.Dispose();
        _memory = null;
    }

    /// <summary>Copies everything written so far to <paramref name="output"/>.</summary>
    public void CopyTo(TextWriter output)
    {
        if (_memory is not null)
        {
            foreach (var chunk in Chunks(_memory.GetStringBuilder())) output.Write(chunk);
            return;
        }

        _fileWriter!.Flush();
        _file!.Position = 0;
        var reader = new StreamReader(_file, new UTF8Encoding(false), false, 1 << 16);
        var buffer = new char[1 << 15];
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0) output.Write(buffer, 0, n);
    }

    public void Dispose()
    {
        _memory?.Dispose();
        _fileWriter?.Dispose();
        _file?.Dispose();
    }

    private static System.Collections.Generic.IEnumerable<string> Chunks(StringBuilder sb)
    {
        const int size = 1 << 15;
        for (var i = 0; i < sb.Length; i += size) yield return sb.ToString(i, Math.Min(size, sb.Length - i));
    }
}
