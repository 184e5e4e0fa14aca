using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PerfRules.Rules.Batch;

/// <summary>
/// An <see cref="IEnumerable{T}"/> seen as an <see cref="IAsyncEnumerable{T}"/> whose steps complete
/// synchronously: the batch's producer reads it on its own thread, and every step checks for cancellation.
/// </summary>
internal sealed class SyncSource<T> : IAsyncEnumerable<T>
{
    private readonly IEnumerable<T> _items;

    public SyncSource(IEnumerable<T> items) => _items = items;

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        new Enumerator(_items.GetEnumerator(), cancellationToken);

    private sealed class Enumerator : IAsyncEnumerator<T>
    {
        private readonly IEnumerator<T> _inner;
        private readonly CancellationToken _token;

        public Enumerator(IEnumerator<T> inner, CancellationToken token)
        {
            _inner = inner;
            _token = token;
        }

        public T Current => _inner.Current;

        public ValueTask<bool> MoveNextAsync()
        {
            _token.ThrowIfCancellationRequested();
            return new ValueTask<bool>(_inner.MoveNext());
        }

        public ValueTask DisposeAsync()
        {
            _inner.Dispose();
            return default;
        }
    }
}
