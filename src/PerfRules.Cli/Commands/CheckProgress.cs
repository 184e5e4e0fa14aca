using System;
using System.Globalization;
using System.Threading;
using Spectre.Console;

namespace PerfRules.Cli.Commands;

/// <summary>
/// What a running <c>check</c> has done so far: bytes of input read (the progress bar's measure, known in
/// advance from the file sizes), tables and indicator rows checked and written. Updated by the reading
/// thread (bytes) and the writing thread (the rest), read by the progress bar's renderer.
/// </summary>
internal sealed class CheckProgress
{
    private long _bytesRead;
    private long _tables;
    private long _rows;
    private long _files;

    /// <summary>Bytes of input read, summed over the files.</summary>
    public long BytesRead => Volatile.Read(ref _bytesRead);

    /// <summary>Tables checked and written.</summary>
    public long Tables => Volatile.Read(ref _tables);

    /// <summary>Indicator rows of those tables.</summary>
    public long IndicatorRows => Volatile.Read(ref _rows);

    /// <summary>Input files (or JSON Lines segments) done.</summary>
    public long Inputs => Volatile.Read(ref _files);

    public void Read(long bytesRead) => Volatile.Write(ref _bytesRead, bytesRead);

    public void Done(CheckedFile file)
    {
        long rows = 0;
        foreach (var t in file.Tables) rows += t.Table.Indicators.Count;
        Volatile.Write(ref _rows, _rows + rows);
        Volatile.Write(ref _tables, _tables + file.Tables.Count);
        Volatile.Write(ref _files, _files + 1);
    }

    /// <summary>
    /// Runs <paramref name="body"/> under a progress bar on <paramref name="stderr"/> (percent of the input bytes,
    /// tables and rows so far, time left). The bar is cleared at the end, so only the summary line remains.
    /// </summary>
    public T WithBar<T>(System.IO.TextWriter stderr, long totalBytes, Func<T> body)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stderr),
            Ansi = AnsiSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        var result = default(T)!;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("检查中", autoStart: true, maxValue: Math.Max(1, totalBytes));
                using var done = new ManualResetEventSlim();
                // The body runs on its own thread so the bar's values can be refreshed here, ten times a second.
                Exception? failure = null;
                var thread = new Thread(() =>
                {
                    try
                    {
                        result = body();
                    }
#pragma warning disable CA1031 // Rethrown on the calling thread below.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        failure = e;
                    }
                    finally
                    {
                        done.Set();
                    }
                }) { IsBackground = true, Name = "perfrules check" };
                thread.Start();
                while (!done.Wait(100))
                {
                    task.Value = Math.Min(task.MaxValue, BytesRead);
                    task.Description = Describe();
                }

                thread.Join();
                task.Value = task.MaxValue;
                task.Description = Describe();
                if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            });
        return result;
    }

    private string Describe() =>
        Tables.ToString("N0", CultureInfo.InvariantCulture) + " 张表，" + IndicatorRows.ToString("N0", CultureInfo.InvariantCulture) + " 行指标";
}
