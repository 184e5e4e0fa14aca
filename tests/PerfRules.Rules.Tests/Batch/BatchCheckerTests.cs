using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Rules.Batch;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Json;
using PerfRules.Rules;
using PerfRules.Tables;
using PerfRules.Testing;

namespace PerfRules.Rules.Tests.Batch;

public class BatchCheckerTests
{
    // Tables of 12 to 19 rows with and without findings, the same on every run.
    private static readonly PerformanceTable[] Sample = Gen.Sample(Arbitraries.PerformanceTable().Generator, 120, new Rnd(20260630UL), 20);

    private static RuleEngine Engine => Engines.BuiltIn.Compiled;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Results_come_out_in_input_order_and_equal_checking_one_table_at_a_time(int degree)
    {
        var batch = new BatchChecker(Engine, new BatchOptions { MaxDegreeOfParallelism = degree, MaxInFlight = 8 });
        var results = batch.Check(Sample).ToList();
        Assert.Equal(Sample.Length, results.Count);
        for (var i = 0; i < Sample.Length; i++)
        {
            Assert.Same(Sample[i], results[i].Table);
            Assert.Equal(Engine.Check(Sample[i]), results[i].Findings);
        }

        Assert.Contains(results, r => r.Findings.Count == 0 || r.Findings.Count > 10);
    }

    [Fact]
    public void A_later_input_that_finishes_first_still_comes_out_second()
    {
        // Two workers, one input per chunk: input 0 cannot finish before input 1 has.
        using var secondDone = new ManualResetEventSlim();
        var order = new List<int>();
        string Map(int i)
        {
            if (i == 0 && !secondDone.Wait(TimeSpan.FromSeconds(30))) throw new TimeoutException("input 1 never ran in parallel with input 0");
            lock (order) order.Add(i);
            if (i == 1) secondDone.Set();
            return "r" + i;
        }

        var results = Drain(OrderedPipeline<int, string>.Run(new SyncSource<int>(Enumerable.Range(0, 6)), Map, 2, 4, CancellationToken.None));
        Assert.Equal(new[] { "r0", "r1", "r2", "r3", "r4", "r5" }, results);
        Assert.True(order.IndexOf(1) < order.IndexOf(0), "input 1 finished first"); // finished out of order, handed out in order
    }

    [Fact]
    public void No_more_than_MaxInFlight_tables_are_read_ahead_of_the_caller()
    {
        const int window = 8;
        var source = new CountingSource(Sample, reachAt: window);
        var batch = new BatchChecker(Engine, new BatchOptions { MaxDegreeOfParallelism = 2, MaxInFlight = window });
        var seen = 0;
        foreach (var result in batch.Check(source))
        {
            seen++;
            if (seen == 1)
            {
                // Holding the first result: the producer fills the window and must stop there.
                Assert.True(source.Reached.Wait(TimeSpan.FromSeconds(30)), "the window was never filled");
                Assert.Equal(window, source.Pulled);
            }

            Assert.InRange(source.Pulled - seen, 0, window - 1);
        }

        Assert.Equal(Sample.Length, seen);
        Assert.True(source.Disposed);
    }

    [Fact]
    public void Cancelling_stops_reading_and_checking_and_disposes_the_source()
    {
        using var cancel = new CancellationTokenSource();
        var source = new CountingSource(Endless(), reachAt: int.MaxValue);
        var batch = new BatchChecker(Engine, new BatchOptions { MaxDegreeOfParallelism = 2, MaxInFlight = 16 });
        var seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var unused in batch.Check(source, cancel.Token))
            {
                if (++seen == 10) cancel.Cancel();
            }
        });

        Assert.Equal(10, seen);
        Assert.True(source.Disposed, "the source was not disposed");
        var pulled = source.Pulled;
        Assert.InRange(pulled, 10, 10 + 16);
        Thread.Yield();
        Assert.Equal(pulled, source.Pulled); // nothing reads on after the loop has ended
    }

    [Fact]
    public async Task Cancelling_an_asynchronous_batch_stops_it()
    {
        using var cancel = new CancellationTokenSource();
        var batch = new BatchChecker(Engine, new BatchOptions { MaxDegreeOfParallelism = 2, MaxInFlight = 16 });
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in batch.CheckAsync(EndlessAsync(), cancel.Token))
            {
                if (++seen == 5) cancel.Cancel();
            }
        });
        Assert.Equal(5, seen);
    }

    [Fact]
    public void A_cancelled_token_stops_the_batch_before_any_table_is_checked()
    {
        var source = new CountingSource(Sample, reachAt: int.MaxValue);
        var batch = new BatchChecker(Engine, new BatchOptions { MaxDegreeOfParallelism = 1 });
        Assert.ThrowsAny<OperationCanceledException>(() => batch.Check(source, new CancellationToken(true)).ToList());
        Assert.Equal(0, source.Pulled);
    }

    [Fact]
    public void Leaving_the_loop_early_disposes_the_source()
    {
        var source = new CountingSource(Endless(), reachAt: int.MaxValue);
        var batch = new BatchChecker(Engine, new BatchOptions { MaxDegreeOfParallelism = 2, MaxInFlight = 8 });
        Assert.Equal(3, batch.Check(source).Take(3).Count());
        Assert.True(source.Disposed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Progress_counts_tables_indicator_rows_and_findings_in_order(int degree)
    {
        var progress = new RecordingProgress();
        var tables = Sample.Take(35).ToList();
        var batch = new BatchChecker(Engine, new BatchOptions { MaxDegreeOfParallelism = degree, MaxInFlight = 8, Progress = progress, ProgressInterval = 10 });
        var results = batch.Check(tables).ToList();

        Assert.Equal(new long[] { 10, 20, 30, 35 }, progress.Reports.Select(p => p.Tables));
        var last = progress.Reports[^1];
        Assert.Equal(new BatchProgress(35, 35, tables.Sum(t => t.Indicators.Count), results.Sum(r => r.Findings.Count),
            results.Sum(r => r.Findings.Count(f => f.Severity == Severity.Error))), last);
        var first10 = results.Take(10).ToList();
        Assert.Equal(first10.Sum(r => (long)r.Table.Indicators.Count), progress.Reports[0].IndicatorRows);
        Assert.Equal(first10.Sum(r => (long)r.Findings.Count), progress.Reports[0].Findings);
    }

    [Fact]
    public void An_empty_batch_reports_zero_once()
    {
        var progress = new RecordingProgress();
        var batch = new BatchChecker(Engine, new BatchOptions { MaxDegreeOfParallelism = 2, Progress = progress });
        Assert.Empty(batch.Check(Array.Empty<PerformanceTable>()));
        Assert.Equal(new[] { default(BatchProgress) }, progress.Reports);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_rule_that_cannot_run_ends_the_batch_after_the_results_before_it(int degree)
    {
        // The throwing rule reads row 15: the fourth table has only 12 rows.
        var big = Sample.Where(t => t.Indicators.Count > UserWorkflow.ThrowingRow).Take(3).ToList();
        var small = Sample.First(t => t.Indicators.Count <= UserWorkflow.ThrowingRow);
        var tables = big.Append(small).Concat(big);
        var batch = new BatchChecker(UserWorkflow.Throwing.Compiled, new BatchOptions { MaxDegreeOfParallelism = degree, MaxInFlight = 4 });
        var seen = new List<CheckedTable>();
        var error = Assert.Throws<RuleEvaluationException>(() =>
        {
            foreach (var r in batch.Check(tables)) seen.Add(r);
        });
        Assert.Equal(3, seen.Count);
        Assert.Equal("XT01", error.RuleId);
        Assert.Equal(small.Name, error.Table);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_source_error_arrives_after_the_tables_read_before_it(int degree)
    {
        IEnumerable<PerformanceTable> Failing()
        {
            foreach (var t in Sample.Take(5)) yield return t;
            throw new IOException("disk gone");
        }

        var batch = new BatchChecker(Engine, new BatchOptions { MaxDegreeOfParallelism = degree, MaxInFlight = 16 });
        var seen = 0;
        var error = Assert.Throws<IOException>(() =>
        {
            foreach (var unused in batch.Check(Failing())) seen++;
        });
        Assert.Equal(5, seen);
        Assert.Equal("disk gone", error.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task An_asynchronous_stream_is_checked_in_order(int degree)
    {
        var batch = new BatchChecker(Engine, new BatchOptions { MaxDegreeOfParallelism = degree, MaxInFlight = 6 });
        var i = 0;
        await foreach (var result in batch.CheckAsync(AsAsync(Sample)))
        {
            Assert.Same(Sample[i], result.Table);
            Assert.Equal(Engine.Check(Sample[i]), result.Findings);
            i++;
        }

        Assert.Equal(Sample.Length, i);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Inputs_are_read_on_the_workers_and_a_bad_one_is_reported_in_its_place(int degree)
    {
        var lines = Sample.Take(20).Select(t => PerfRulesJson.Serialize(t)).ToList();
        lines.Insert(7, "{\"name\": \"broken\", ");
        var batch = new BatchChecker(Engine, new BatchOptions { MaxDegreeOfParallelism = degree, MaxInFlight = 8 });
        var results = batch.CheckInputs(lines.Select((l, n) => (Line: n + 1, Text: l)), ReadLine).ToList();

        Assert.Equal(21, results.Count);
        var bad = results[7];
        Assert.Empty(bad.Tables);
        Assert.Equal("I10", Assert.Single(bad.Read.Findings).RuleId);
        Assert.Equal(1, bad.ErrorCount);
        var good = results.Where((_, n) => n != 7).ToList();
        for (var n = 0; n < 20; n++)
        {
            var table = Assert.Single(good[n].Tables);
            Assert.Equal(Sample[n], table.Table);
            Assert.Equal(Engine.Check(Sample[n]), table.Findings);
        }
    }

    [Fact]
    public void Options_out_of_range_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchChecker(Engine, new BatchOptions { MaxDegreeOfParallelism = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchChecker(Engine, new BatchOptions { MaxDegreeOfParallelism = 4, MaxInFlight = 3 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchChecker(Engine, new BatchOptions { ProgressInterval = 0 }));
    }

    private static TableReadResult ReadLine((int Line, string Text) line)
    {
        try
        {
            return new TableReadResult { Source = "batch.jsonl", Tables = ValueList.Of(PerfRulesJson.DeserializeTable(line.Text)) };
        }
        catch (JsonException e)
        {
            return new TableReadResult
            {
                Source = "batch.jsonl",
                Findings = ValueList.Of(new Finding("I10", Severity.Error, "第 " + line.Line + " 行无法读取：" + e.Message, FindingLocation.Table with { Line = line.Line })),
            };
        }
    }

    private static List<T> Drain<T>(IAsyncEnumerable<T> items) => Task.Run(async () =>
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }).GetAwaiter().GetResult();

    private static IEnumerable<PerformanceTable> Endless()
    {
        for (var i = 0; ; i++) yield return Sample[i % Sample.Length];
    }

    private static async IAsyncEnumerable<PerformanceTable> EndlessAsync()
    {
        for (var i = 0; ; i++)
        {
            if (i % 7 == 0) await Task.Yield();
            yield return Sample[i % Sample.Length];
        }
    }

    private static async IAsyncEnumerable<PerformanceTable> AsAsync(IEnumerable<PerformanceTable> tables)
    {
        var i = 0;
        foreach (var t in tables)
        {
            if (i++ % 5 == 0) await Task.Yield();
            yield return t;
        }
    }

    private sealed class RecordingProgress : IProgress<BatchProgress>
    {
        public List<BatchProgress> Reports { get; } = new();

        public void Report(BatchProgress value) => Reports.Add(value);
    }

    /// <summary>A source that counts what was pulled from it and whether it was disposed.</summary>
    private sealed class CountingSource : IEnumerable<PerformanceTable>
    {
        private readonly IEnumerable<PerformanceTable> _items;
        private readonly int _reachAt;
        private int _pulled;
        private volatile bool _disposed;

        public CountingSource(IEnumerable<PerformanceTable> items, int reachAt)
        {
            _items = items;
            _reachAt = reachAt;
        }

        public int Pulled => Volatile.Read(ref _pulled);

        public bool Disposed => _disposed;

        public ManualResetEventSlim Reached { get; } = new();

        public IEnumerator<PerformanceTable> GetEnumerator()
        {
            try
            {
                foreach (var item in _items)
                {
                    if (Interlocked.Increment(ref _pulled) == _reachAt) Reached.Set();
                    yield return item;
                }
            }
            finally
            {
                _disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
