using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using PerfRules.Import;
using PerfRules.Rules;
using PerfRules.Tables;

namespace PerfRules.Rules.Batch;

/// <summary>
/// Checks streams of 预算绩效目标表 of any length: tables (or inputs to read) go in, results come out in
/// input order, checked in parallel on <see cref="BatchOptions.MaxDegreeOfParallelism"/> workers with at
/// most <see cref="BatchOptions.MaxInFlight"/> inputs held at a time, so memory does not grow with the
/// stream. Each result is exactly what <see cref="RuleEngine.Check"/> returns for that table.
/// </summary>
/// <example>
/// <code>
/// var batch = new BatchChecker(RuleEngine.Create(), new BatchOptions { MaxDegreeOfParallelism = 4 });
/// using var stream = File.OpenRead("tables.jsonl");
/// foreach (var result in batch.Check(PerfRulesJson.ReadLines(stream)))
///     Console.WriteLine(result.Table.Name + ": " + result.Findings.Count);
/// </code>
/// </example>
/// <remarks>
/// A rule that cannot run (<see cref="RuleEvaluationException"/>) or a source that throws ends the
/// batch at that input: the results before it are handed out first. Cancelling, or leaving the loop
/// early, stops reading and checking and disposes the source before the loop returns.
/// </remarks>
public sealed class BatchChecker
{
    /// <summary>A batch over <paramref name="engine"/>'s rules.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public BatchChecker(RuleEngine engine, BatchOptions? options = null)
    {
        Engine = engine ?? throw new ArgumentNullException(nameof(engine));
        Options = options ?? BatchOptions.Default;
        Options.Validate();
    }

    /// <summary>The engine every table is checked with (thread-safe; shared by the workers).</summary>
    public RuleEngine Engine { get; }

    /// <summary>Parallelism, window, as-of date and progress.</summary>
    public BatchOptions Options { get; }

    /// <summary>Checks <paramref name="tables"/> lazily, in order; the enumerable is read on a background thread when parallel.</summary>
    public IEnumerable<CheckedTable> Check(IEnumerable<PerformanceTable> tables, CancellationToken cancellationToken = default)
    {
        if (tables is null) throw new ArgumentNullException(nameof(tables));
        var results = Options.MaxDegreeOfParallelism == 1
            ? Sequential(tables, CheckTable, cancellationToken)
            : Blocking(OrderedPipeline<PerformanceTable, CheckedTable>.Run(new SyncSource<PerformanceTable>(tables), CheckTable,
                Options.MaxDegreeOfParallelism, Options.MaxInFlight, cancellationToken));
        return Reported(results, Count);
    }

    /// <summary>Checks an asynchronous stream of tables, in order.</summary>
    public IAsyncEnumerable<CheckedTable> CheckAsync(IAsyncEnumerable<PerformanceTable> tables, CancellationToken cancellationToken = default)
    {
        if (tables is null) throw new ArgumentNullException(nameof(tables));
        var results = Options.MaxDegreeOfParallelism == 1
            ? SequentialAsync(tables, CheckTable, cancellationToken)
            : OrderedPipeline<PerformanceTable, CheckedTable>.Run(tables, CheckTable, Options.MaxDegreeOfParallelism, Options.MaxInFlight, cancellationToken);
        return ReportedAsync(results, Count, cancellationToken);
    }

    /// <summary>
    /// Reads and checks inputs (file paths, JSON Lines lines …) in order: <paramref name="read"/> runs on
    /// the workers too, so parsing is parallel as well. <paramref name="read"/> should report an unreadable
    /// input as an I10 finding in its result rather than throw (a throw ends the batch).
    /// </summary>
    public IEnumerable<CheckedInput> CheckInputs<TSource>(IEnumerable<TSource> inputs, Func<TSource, TableReadResult> read, CancellationToken cancellationToken = default)
    {
        if (inputs is null) throw new ArgumentNullException(nameof(inputs));
        if (read is null) throw new ArgumentNullException(nameof(read));
        Func<TSource, CheckedInput> map = input => CheckInput(read(input));
        var results = Options.MaxDegreeOfParallelism == 1
            ? Sequential(inputs, map, cancellationToken)
            : Blocking(OrderedPipeline<TSource, CheckedInput>.Run(new SyncSource<TSource>(inputs), map, Options.MaxDegreeOfParallelism, Options.MaxInFlight, cancellationToken));
        return Reported(results, Count);
    }

    /// <summary>Reads and checks an asynchronous stream of inputs, in order (see <see cref="CheckInputs{TSource}"/>).</summary>
    public IAsyncEnumerable<CheckedInput> CheckInputsAsync<TSource>(IAsyncEnumerable<TSource> inputs, Func<TSource, TableReadResult> read, CancellationToken cancellationToken = default)
    {
        if (inputs is null) throw new ArgumentNullException(nameof(inputs));
        if (read is null) throw new ArgumentNullException(nameof(read));
        Func<TSource, CheckedInput> map = input => CheckInput(read(input));
        var results = Options.MaxDegreeOfParallelism == 1
            ? SequentialAsync(inputs, map, cancellationToken)
            : OrderedPipeline<TSource, CheckedInput>.Run(inputs, map, Options.MaxDegreeOfParallelism, Options.MaxInFlight, cancellationToken);
        return ReportedAsync(results, Count, cancellationToken);
    }

    private CheckedTable CheckTable(PerformanceTable table)
    {
        if (table is null) throw new ArgumentException("the batch holds a null table", nameof(table));
        if (!Options.ContinueAfterRuleErrors) return new CheckedTable(table, Engine.Check(table, Options.AsOf));
        var errors = new List<RuleEvaluationException>();
        var findings = Engine.CheckCollecting(table, Options.AsOf, errors);
        return new CheckedTable(table, findings, errors);
    }

    private CheckedInput CheckInput(TableReadResult read)
    {
        if (read is null) throw new InvalidOperationException("the read function returned null");
        var tables = new CheckedTable[read.Tables.Count];
        for (var i = 0; i < tables.Length; i++) tables[i] = CheckTable(read.Tables[i]);
        return new CheckedInput(read, tables);
    }

    private static void Count(CheckedTable result, ref BatchProgress progress) =>
        progress = progress with
        {
            Inputs = progress.Inputs + 1,
            Tables = progress.Tables + 1,
            IndicatorRows = progress.IndicatorRows + result.Table.Indicators.Count,
            Findings = progress.Findings + result.Findings.Count,
            ErrorFindings = progress.ErrorFindings + result.ErrorCount,
        };

    private static void Count(CheckedInput result, ref BatchProgress progress)
    {
        long rows = 0, findings = result.Read.Findings.Count;
        foreach (var t in result.Tables)
        {
            rows += t.Table.Indicators.Count;
            findings += t.Findings.Count;
        }

        progress = progress with
        {
            Inputs = progress.Inputs + 1,
            Tables = progress.Tables + result.Tables.Count,
            IndicatorRows = progress.IndicatorRows + rows,
            Findings = progress.Findings + findings,
            ErrorFindings = progress.ErrorFindings + result.ErrorCount,
        };
    }

    private delegate void Counter<in T>(T result, ref BatchProgress progress);

    private static IEnumerable<TOut> Sequential<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var item in source)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return map(item);
        }
    }

    private static async IAsyncEnumerable<TOut> SequentialAsync<TIn, TOut>(IAsyncEnumerable<TIn> source, Func<TIn, TOut> map,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return map(item);
        }
    }

    /// <summary>Runs the asynchronous pipeline for a synchronous caller (no synchronization context is captured inside).</summary>
    private static IEnumerable<T> Blocking<T>(IAsyncEnumerable<T> source)
    {
        var items = source.GetAsyncEnumerator();
        try
        {
            while (Wait(items.MoveNextAsync())) yield return items.Current;
        }
        finally
        {
            var disposing = items.DisposeAsync();
            if (!disposing.IsCompletedSuccessfully) disposing.AsTask().GetAwaiter().GetResult();
        }
    }

    private static bool Wait(ValueTask<bool> pending) => pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();

    private IEnumerable<T> Reported<T>(IEnumerable<T> results, Counter<T> count)
    {
        var progress = Options.Progress;
        if (progress is null) return results;
        return Iterate(results, count, progress, Options.ProgressInterval);

        static IEnumerable<T> Iterate(IEnumerable<T> results, Counter<T> count, IProgress<BatchProgress> progress, int interval)
        {
            var state = default(BatchProgress);
            foreach (var result in results)
            {
                count(result, ref state);
                if (state.Inputs % interval == 0) progress.Report(state);
                yield return result;
            }

            if (state.Inputs % interval != 0 || state.Inputs == 0) progress.Report(state);
        }
    }

    private IAsyncEnumerable<T> ReportedAsync<T>(IAsyncEnumerable<T> results, Counter<T> count, CancellationToken cancellationToken)
    {
        var progress = Options.Progress;
        if (progress is null) return results;
        return Iterate(results, count, progress, Options.ProgressInterval, cancellationToken);

        static async IAsyncEnumerable<T> Iterate(IAsyncEnumerable<T> results, Counter<T> count, IProgress<BatchProgress> progress, int interval,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var state = default(BatchProgress);
            await foreach (var result in results.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                count(result, ref state);
                if (state.Inputs % interval == 0) progress.Report(state);
                yield return result;
            }

            if (state.Inputs % interval != 0 || state.Inputs == 0) progress.Report(state);
        }
    }
}
