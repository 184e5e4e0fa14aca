using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace PerfRules.Rules.Batch;

/// <summary>
/// A parallel map that keeps input order and bounds memory: one producer reads the source into chunks,
/// <c>degree</c> workers map whole chunks, and the consumer hands results out in input order.
/// </summary>
/// <remarks>
/// <para>A window of <c>capacity</c> permits bounds the items read but not yet handed out: the
/// producer takes a permit before it reads an item and the consumer returns it when the caller asks for
/// the next result. Reading therefore pauses while the caller (or the oldest item) is slow, and memory
/// is flat in the length of the input.</para>
/// <para>Items travel in chunks so that the queues and the wake-ups cost once per chunk, not once per
/// item. A chunk is dispatched when full, and also whenever the producer is about to wait (for a permit
/// or for a source that has nothing ready), so a slow source or a small window never strands items.</para>
/// <para>Errors keep their place: a source exception arrives after every item read before it, a
/// mapping exception arrives instead of that item's result, after the results before it. Leaving the
/// loop early, an error or cancellation stops the producer and the workers and disposes the source
/// before the enumerator's disposal returns.</para>
/// </remarks>
internal sealed class OrderedPipeline<TIn, TOut> : IDisposable
{
    private const int MaxChunk = 16;

    private readonly Func<TIn, TOut> _map;
    private readonly int _degree;
    private readonly int _chunkSize;
    private readonly SemaphoreSlim _window;
    private readonly ConcurrentQueue<Chunk> _ordered = new();
    private readonly SemaphoreSlim _orderedReady = new(0);
    private readonly ConcurrentQueue<Chunk> _work = new();
    private readonly SemaphoreSlim _workReady = new(0);
    private ExceptionDispatchInfo? _sourceError;

    private OrderedPipeline(Func<TIn, TOut> map, int degree, int capacity)
    {
        _map = map;
        _degree = degree;
        _window = new SemaphoreSlim(capacity, capacity);

        // Enough chunks in the window for every worker to hold one while another waits to be handed out.
        _chunkSize = Math.Max(1, Math.Min(MaxChunk, capacity / (2 * degree)));
    }

    /// <summary>Maps <paramref name="source"/> with <paramref name="map"/> on <paramref name="degree"/> workers, in input order.</summary>
    public static async IAsyncEnumerable<TOut> Run(IAsyncEnumerable<TIn> source, Func<TIn, TOut> map, int degree, int capacity,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var pipeline = new OrderedPipeline<TIn, TOut>(map, degree, capacity);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var tasks = new Task[degree + 1];
        tasks[0] = Task.Run(() => pipeline.ProduceAsync(source, token), CancellationToken.None);
        for (var w = 1; w <= degree; w++) tasks[w] = Task.Run(() => pipeline.WorkAsync(token), CancellationToken.None);
        try
        {
            while (true)
            {
                await pipeline._orderedReady.WaitAsync(token).ConfigureAwait(false);
                if (!pipeline._ordered.TryDequeue(out var chunk))
                {
                    // The producer's completion signal: every chunk before it has been handed out.
                    pipeline._sourceError?.Throw();
                    yield break;
                }

                await WhenDone(chunk.Done.Task, token).ConfigureAwait(false);
                for (var i = 0; i < chunk.Count; i++)
                {
                    if (i == chunk.ErrorIndex) chunk.Error!.Throw();
                    token.ThrowIfCancellationRequested();
                    var result = chunk.Outputs[i];
                    chunk.Outputs[i] = default!;
                    yield return result;
                    pipeline._window.Release();
                }
            }
        }
        finally
        {
            // Normal end, early exit, error or cancellation: stop everything and wait, so the source is
            // disposed and no worker still runs when the caller's loop is over.
            stop.Cancel();
            try
            {
                await Task.WhenAll(tasks).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Workers and producer only end by cancellation here; their errors were delivered in order above.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _window.Dispose();
        _orderedReady.Dispose();
        _workReady.Dispose();
    }

    private async Task ProduceAsync(IAsyncEnumerable<TIn> source, CancellationToken token)
    {
        var chunk = new Chunk(_chunkSize);
        try
        {
            var items = source.GetAsyncEnumerator(token);
            try
            {
                while (true)
                {
                    if (!_window.Wait(0))
                    {
                        chunk = DispatchIfAny(chunk);
                        await _window.WaitAsync(token).ConfigureAwait(false);
                    }

                    var next = items.MoveNextAsync();
                    if (!next.IsCompleted) chunk = DispatchIfAny(chunk);
                    if (!await next.ConfigureAwait(false))
                    {
                        _window.Release();
                        break;
                    }

                    chunk.Inputs[chunk.Count++] = items.Current;
                    if (chunk.Count == chunk.Inputs.Length) chunk = DispatchIfAny(chunk);
                }
            }
            finally
            {
                await items.DisposeAsync().ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // A source error is delivered to the consumer in order, after the items read before it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _sourceError = ExceptionDispatchInfo.Capture(ex);
        }
        finally
        {
            DispatchIfAny(chunk);

            // Completion signals: one for the consumer, one per worker. Each follows every chunk in its queue.
            _orderedReady.Release();
            _workReady.Release(_degree);
        }
    }

    private async Task WorkAsync(CancellationToken token)
    {
        while (true)
        {
            await _workReady.WaitAsync(token).ConfigureAwait(false);
            if (!_work.TryDequeue(out var chunk)) return;
            for (var i = 0; i < chunk.Count; i++)
            {
                if (token.IsCancellationRequested)
                {
                    chunk.Done.TrySetCanceled(token);
                    return;
                }

                try
                {
                    chunk.Outputs[i] = _map(chunk.Inputs[i]);
                }
#pragma warning disable CA1031 // The mapping error replaces this item's result; the consumer rethrows it in order.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    chunk.Error = ExceptionDispatchInfo.Capture(ex);
                    chunk.ErrorIndex = i;
                    break;
                }
                finally
                {
                    chunk.Inputs[i] = default!;
                }
            }

            chunk.Done.TrySetResult(true);
        }
    }

    private Chunk DispatchIfAny(Chunk chunk)
    {
        if (chunk.Count == 0) return chunk;
        _ordered.Enqueue(chunk);
        _orderedReady.Release();
        _work.Enqueue(chunk);
        _workReady.Release();
        return new Chunk(_chunkSize);
    }

    private static Task WhenDone(Task done, CancellationToken token)
    {
        if (done.IsCompleted) return done;
#if NET
        return done.WaitAsync(token);
#else
        return WaitSlow(done, token);

        static async Task WaitSlow(Task done, CancellationToken token)
        {
            var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (token.Register(() => cancelled.TrySetCanceled(token)))
            {
                await (await Task.WhenAny(done, cancelled.Task).ConfigureAwait(false)).ConfigureAwait(false);
            }
        }
#endif
    }

    /// <summary>Consecutive items mapped by one worker; <see cref="Done"/> completes when all are mapped or one failed.</summary>
    private sealed class Chunk
    {
        public Chunk(int size)
        {
            Inputs = new TIn[size];
            Outputs = new TOut[size];
        }

        public TIn[] Inputs { get; }

        public TOut[] Outputs { get; }

        public int Count { get; set; }

        public int ErrorIndex { get; set; } = -1;

        public ExceptionDispatchInfo? Error { get; set; }

        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
