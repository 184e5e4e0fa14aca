using System;
using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace PerfRules.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --raw-parse FILE.jsonl</c>: the parse limit of the end-to-end run — every line of a
/// JSON Lines file read as UTF-8 bytes and parsed with <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>
/// on one thread, no model, no rules, no output. Reports wall and process CPU time of the best of three passes
/// (the first pass also warms the page cache).
/// </summary>
internal static class RawParse
{
    public static void Run(string path)
    {
        double best = double.MaxValue, bestCpu = double.MaxValue;
        long lines = 0;
        for (var pass = 0; pass < 3; pass++)
        {
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            lines = ParseAll(path);
            var wall = watch.Elapsed.TotalSeconds;
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            best = Math.Min(best, wall);
            bestCpu = Math.Min(bestCpu, cpu);
        }

        Console.WriteLine("raw JsonDocument.Parse of " + lines.ToString("N0", CultureInfo.InvariantCulture) + " lines: best wall " +
                          best.ToString("F2", CultureInfo.InvariantCulture) + " s, best CPU " + bestCpu.ToString("F2", CultureInfo.InvariantCulture) + " s");
    }

    private static long ParseAll(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        var start = 0;
        var end = 0;
        long lines = 0;
        while (true)
        {
            var read = stream.Read(buffer, end, buffer.Length - end);
            end += read;
            int newline;
            while ((newline = Array.IndexOf(buffer, (byte)'\n', start, end - start)) >= 0)
            {
                if (newline > start)
                {
                    using var doc = JsonDocument.Parse(new ReadOnlyMemory<byte>(buffer, start, newline - start));
                    lines++;
                }

                start = newline + 1;
            }

            if (read == 0)
            {
                if (end > start)
                {
                    using var doc = JsonDocument.Parse(new ReadOnlyMemory<byte>(buffer, start, end - start));
                    lines++;
                }

                break;
            }

            // Keep the partial line; grow the buffer when one line does not fit.
            if (start == 0 && end == buffer.Length)
            {
                var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                Buffer.BlockCopy(buffer, 0, bigger, 0, end);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = bigger;
            }
            else
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
        }

        ArrayPool<byte>.Shared.Return(buffer);
        return lines;
    }
}
