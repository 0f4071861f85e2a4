using Microsoft.AspNetCore.SignalR.Client;

namespace Platform.LoadTest;

/// <summary>
/// The proctoring service's connections to /hubs/proctoring, shared as the real service shares them: each carries the
/// streams of <see cref="LoadOptions.StreamsPerConnection"/> sittings, candidate i on connection i / N. A connection is
/// started the first time one of its candidates asks for it (once, however many ask at the same moment) and disposed
/// at the end of the live phase; one that failed to start fails each of its candidates.
/// </summary>
public sealed class ProctoringPool : IAsyncDisposable
{
    private readonly int _streamsPerConnection;
    private readonly Lazy<Task<HubConnection>>[] _connections;

    public ProctoringPool(PlatformClient platform, int candidates, int streamsPerConnection, CancellationToken cancel)
    {
        _streamsPerConnection = streamsPerConnection;
        _connections = new Lazy<Task<HubConnection>>[(candidates + streamsPerConnection - 1) / streamsPerConnection];
        for (var i = 0; i < _connections.Length; i++)
        {
            _connections[i] = new(() => platform.ConnectAsync("/hubs/proctoring", Accounts.Proctoring, cancel));
        }
    }

    /// <summary>The started connection that carries the stream of a candidate (by index in the run).</summary>
    public Task<HubConnection> ConnectionAsync(int candidate) => _connections[candidate / _streamsPerConnection].Value;

    /// <summary>Disposes the connections that were started; one still starting is awaited first.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections.Where(c => c.IsValueCreated).Select(c => c.Value))
        {
            await ((Task)connection).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (connection.IsCompletedSuccessfully)
            {
                await connection.Result.DisposeAsync();
            }
        }
    }
}
