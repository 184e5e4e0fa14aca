using System;

namespace PerfRules.Rules.Batch;

/// <summary>How a <see cref="BatchChecker"/> runs: parallelism, memory bound, as-of date and progress.</summary>
public sealed class BatchOptions
{
    /// <summary>The defaults: one worker per core, at most 256 tables in flight, progress every 256 tables.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>
    /// Tables checked at the same time (default: <see cref="Environment.ProcessorCount"/>). With 1 the batch
    /// runs on the caller's thread, reading and checking one table after another.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// The most inputs read but not yet handed out (default 256). Reading stops while the window is
    /// full, so memory stays flat however long the input is; output order never depends on it.
    /// </summary>
    public int MaxInFlight { get; init; } = 256;

    /// <summary>The as-of date for every table (see <see cref="Rules.RuleEngine.Check"/>); null uses each table's 30 June.</summary>
    public DateTime? AsOf { get; init; }

    /// <summary>
    /// False (the default): a rule that cannot run ends the batch with its <see cref="Rules.RuleEvaluationException"/>.
    /// True: the error is kept with that table (<see cref="CheckedTable.RuleErrors"/>), the table's other rules still
    /// run, and the batch goes on; what a failed rule would have found on that table is not reported.
    /// </summary>
    public bool ContinueAfterRuleErrors { get; init; }

    /// <summary>Receives progress on the consuming thread, every <see cref="ProgressInterval"/> inputs and once at the end.</summary>
    public IProgress<BatchProgress>? Progress { get; init; }

    /// <summary>Inputs between progress reports (default 256).</summary>
    public int ProgressInterval { get; init; } = 256;

    internal void Validate()
    {
        if (MaxDegreeOfParallelism < 1) throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "must be at least 1");
        if (MaxInFlight < MaxDegreeOfParallelism)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxInFlight), MaxInFlight, "must be at least MaxDegreeOfParallelism (" + MaxDegreeOfParallelism + ")");
        }

        if (ProgressInterval < 1) throw new ArgumentOutOfRangeException(nameof(ProgressInterval), ProgressInterval, "must be at least 1");
    }
}
