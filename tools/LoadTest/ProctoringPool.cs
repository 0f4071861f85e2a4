using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Platform.Grains.Sittings;

namespace Platform.LoadTest;

/// <summary>
/// The proctoring service's connections to /hubs/proctoring, shared as the real service shares them: each carries the
/// streams of <see cref="LoadOptions.StreamsPerConnection"/> sittings, candidate i on connection i / N. A connection is
/// started the first time one of its candidates asks for it (once, however many ask at the same moment) and disposed
/// at the end of the live phase; one that failed to start fails each of its candidates. Its streams' batches are
/// gathered while its calls are out (a few at a time) and sent together in the next <c>IngestStreams</c> call (no timer,
/// no added wait when the hub answers at once); each batch's latency runs from the candidate handing it over to its receipt.
/// </summary>
public sealed class ProctoringPool : IAsyncDisposable
{
    private readonly int _streamsPerConnection;
    private readonly Carrier[] _carriers;

    public ProctoringPool(PlatformClient platform, int candidates, int streamsPerConnection, CancellationToken cancel)
    {
        _streamsPerConnection = streamsPerConnection;
        _carriers = new Carrier[(candidates + streamsPerConnection - 1) / streamsPerConnection];
        for (var i = 0; i < _carriers.Length; i++)
        {
            _carriers[i] = new Carrier(platform, cancel);
        }
    }

    /// <summary>
    /// Opens a candidate's stream (the sitting's proctoring token) on its connection; after a reconnect the stream is
    /// reopened with a new token the candidate's client asks for, as the exam client does after any reconnect.
    /// </summary>
    public Task OpenStreamAsync(int candidate, string sittingId, string account, string token, CancellationToken cancel) =>
        CarrierOf(candidate).OpenStreamAsync(sittingId, account, token, cancel);

    /// <summary>One batch of a candidate's stream; its receipt, or the hub's refusal as a <see cref="HubException"/>.</summary>
    public Task<IngestReceipt> IngestAsync(int candidate, IReadOnlyList<ProctoringEvent> batch) => CarrierOf(candidate).IngestAsync(batch);

    /// <summary>Stops the senders and disposes the connections that were started; one still starting is awaited first.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var carrier in _carriers)
        {
            await carrier.DisposeAsync();
        }
    }

    private Carrier CarrierOf(int candidate) => _carriers[candidate / _streamsPerConnection];

    /// <summary>One connection of the service and the sender of its gathered batches, a few calls out at a time.</summary>
    private sealed class Carrier : IAsyncDisposable
    {
        /// <summary>Calls out at once on a connection; what comes meanwhile is gathered for the next.</summary>
        private const int CallsOut = 4;

        /// <summary>Streams reopened at once after a reconnect.</summary>
        private const int ReopeningAtOnce = 16;

        /// <summary>The longest pause, in seconds, between two tries at reopening one stream while the platform is busy or down.</summary>
        private const int ReopeningPause = 4;

        private readonly ConcurrentDictionary<string, string> _streams = new(StringComparer.Ordinal);
        private readonly Lazy<Task<LiveConnection>> _connection;
        private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
        private readonly Lock _gate = new();
        private readonly PlatformClient _platform;
        private readonly CancellationToken _cancel;
        private Task? _sender;

        public Carrier(PlatformClient platform, CancellationToken cancel)
        {
            _platform = platform;
            _cancel = cancel;
            _connection = new(() => platform.ConnectAsync("/hubs/proctoring", Accounts.Proctoring, ReopenStreamsAsync, cancel));
        }

        public async Task OpenStreamAsync(string sittingId, string account, string token, CancellationToken cancel)
        {
            // Known before it is opened: a reconnect while the call is out must reopen this stream too.
            _streams[sittingId] = account;
            try
            {
                await (await _connection.Value).InvokeAsync<object>("OpenStream", [sittingId, token], cancel);
            }
            catch (HubException)
            {
                _streams.TryRemove(sittingId, out _);
                throw;
            }
        }

        /// <summary>
        /// A reconnected connection carries no stream: each is reopened with a fresh proctoring token of its sitting. A
        /// sitting that has ended gets no token, and its stream is dropped (nothing more is sent on it). A platform too
        /// busy to answer (5xx, a timeout) or down (issue 17: unreachable, unavailable) is asked again, for up to
        /// <see cref="HubRefusals.Patience"/>, before the stream is given up.
        /// </summary>
        private Task ReopenStreamsAsync(HubConnection hub) =>
            Parallel.ForEachAsync(_streams, new ParallelOptions { MaxDegreeOfParallelism = ReopeningAtOnce, CancellationToken = _cancel }, async (stream, cancel) =>
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        var token = (await _platform.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{stream.Key}/proctoring-token", stream.Value))
                            .GetProperty("value").GetString()!;
                        await hub.InvokeAsync<object>("OpenStream", stream.Key, token, cancel);
                        return;
                    }
                    catch (Exception busy) when (System.Diagnostics.Stopwatch.GetElapsedTime(started) < HubRefusals.Patience && !cancel.IsCancellationRequested
                        && (busy is HttpRequestException or TaskCanceledException || (busy is SetupException { Status: >= System.Net.HttpStatusCode.InternalServerError })
                            || (busy is HubException refusal && LiveConnection.Transient(refusal))))
                    {
                        await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, ReopeningPause)), cancel);
                    }
                    catch (Exception refused) when (refused is SetupException or HubException or HttpRequestException or TaskCanceledException)
                    {
                        _streams.TryRemove(stream.Key, out _);
                        return;
                    }
                }
            });

        public Task<IngestReceipt> IngestAsync(IReadOnlyList<ProctoringEvent> batch)
        {
            lock (_gate)
            {
                _sender ??= Task.Run(SendAsync, CancellationToken.None);
            }

            var pending = new Pending(batch, new TaskCompletionSource<IngestReceipt>(TaskCreationOptions.RunContinuationsAsynchronously));
            return _queue.Writer.TryWrite(pending) ? pending.Done.Task : Task.FromException<IngestReceipt>(new ObjectDisposedException(nameof(ProctoringPool)));
        }

        private async Task SendAsync()
        {
            using var calls = new SemaphoreSlim(CallsOut);
            var sending = new List<Task>();
            while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
            {
                await calls.WaitAsync(CancellationToken.None);
                var gathered = new List<Pending>();
                while (gathered.Count < ProctoringHubLimits.MaxBatchesPerCall && _queue.Reader.TryRead(out var pending))
                {
                    gathered.Add(pending);
                }

                sending.RemoveAll(call => call.IsCompleted);
                sending.Add(SendGatheredAsync(gathered, calls));
            }

            await Task.WhenAll(sending);
        }

        /// <summary>One call with the gathered batches; each candidate gets its receipt or refusal; the call's slot is freed.</summary>
        private async Task SendGatheredAsync(List<Pending> gathered, SemaphoreSlim calls)
        {
            try
            {
                var connection = await _connection.Value;
                var receipts = await connection.InvokeAsync<StreamReceipt[]>("IngestStreams", new object?[] { gathered.Select(p => p.Batch).ToArray() }, _cancel);
                for (var i = 0; i < gathered.Count; i++)
                {
                    if (receipts[i].Receipt is { } receipt)
                    {
                        gathered[i].Done.TrySetResult(receipt);
                    }
                    else
                    {
                        gathered[i].Done.TrySetException(new HubException(receipts[i].Refusal));
                    }
                }
            }
            catch (Exception failure)
            {
                gathered.ForEach(p => p.Done.TrySetException(failure));
            }
            finally
            {
                calls.Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            _queue.Writer.TryComplete();
            if (_sender is not null)
            {
                await _sender;
            }

            if (_connection.IsValueCreated)
            {
                await ((Task)_connection.Value).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                if (_connection.Value.IsCompletedSuccessfully)
                {
                    await _connection.Value.Result.DisposeAsync();
                }
            }
        }

        private sealed record Pending(IReadOnlyList<ProctoringEvent> Batch, TaskCompletionSource<IngestReceipt> Done);
    }
}
