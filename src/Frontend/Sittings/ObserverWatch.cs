namespace Platform.Frontend.Sittings;

/// <summary>
/// The frontend's side of a grain observer (SPEC §6; the GPSTracker and Voting samples of Orleans): one observer
/// object per watched key (a center, a sitting, the nation) while at least one SignalR connection watches it, created
/// through <see cref="IGrainFactory.CreateObjectReference{TGrainObserverInterface}"/>, subscribed to its grain and
/// renewed by <see cref="LiveRenewal"/>; the last watcher leaving unsubscribes it and drops the reference.
/// </summary>
public abstract class ObserverWatch<TObserver>(IGrainFactory grains) where TObserver : IGrainObserver
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Watched> _watched = new(StringComparer.Ordinal);

    /// <summary>The keys each connection watches: a connection leaving visits its own keys, not every key watched.</summary>
    private readonly Dictionary<string, HashSet<string>> _keysOf = new(StringComparer.Ordinal);

    /// <summary>Adds a watcher of a key and (re)subscribes its observer.</summary>
    public async Task JoinAsync(string key, string connectionId)
    {
        Watched watched;
        lock (_gate)
        {
            if (!_watched.TryGetValue(key, out watched!))
            {
                var forwarder = CreateForwarder(key);
                watched = _watched[key] = new Watched(forwarder, grains.CreateObjectReference<TObserver>(forwarder));
            }

            watched.Connections.Add(connectionId);
            if (!_keysOf.TryGetValue(connectionId, out var keys))
            {
                _keysOf[connectionId] = keys = new HashSet<string>(StringComparer.Ordinal);
            }

            keys.Add(key);
        }

        await SubscribeAsync(key, watched.Reference);
    }

    /// <summary>Removes a connection from every key it watched; keys left without watchers are unsubscribed.</summary>
    public async Task LeaveAsync(string connectionId)
    {
        List<(string Key, Watched Watched)> dropped = [];
        lock (_gate)
        {
            // The connection's own keys: when thousands of candidates leave at the end of a slot, visiting every watched
            // key for each of them was quadratic (the frontend's top method then, perf in docs/benchmarks.md).
            if (!_keysOf.Remove(connectionId, out var keys))
            {
                return;
            }

            foreach (var key in keys)
            {
                if (_watched.TryGetValue(key, out var watched) && watched.Connections.Remove(connectionId) && watched.Connections.Count == 0)
                {
                    dropped.Add((key, watched));
                    _watched.Remove(key);
                }
            }
        }

        foreach (var (key, watched) in dropped)
        {
            await UnsubscribeAsync(key, watched.Reference);
            grains.DeleteObjectReference<TObserver>(watched.Reference);
        }
    }

    /// <summary>
    /// Renews every subscription before the grains' observer managers let it expire (and brings back one a moved grain
    /// lost); true when each was renewed, false when one failed (the next round tries it again).
    /// </summary>
    public async Task<bool> RenewAsync()
    {
        List<(string Key, TObserver Reference)> all;
        lock (_gate)
        {
            all = [.. _watched.Select(pair => (pair.Key, pair.Value.Reference))];
        }

        var renewed = await Task.WhenAll(all.Select(async w =>
        {
            try
            {
                await SubscribeAsync(w.Key, w.Reference);
                return true;
            }
            catch (Exception failure) when (failure is not OutOfMemoryException)
            {
                // A silo may be starting, stopping or failing over.
                return false;
            }
        }));
        return renewed.All(whole => whole);
    }

    /// <summary>The observer object that forwards the grain's news of this key to its SignalR group.</summary>
    protected abstract TObserver CreateForwarder(string key);

    protected abstract Task SubscribeAsync(string key, TObserver reference);

    protected abstract Task UnsubscribeAsync(string key, TObserver reference);

    private sealed record Watched(TObserver Forwarder, TObserver Reference)
    {
        public HashSet<string> Connections { get; } = new(StringComparer.Ordinal);
    }
}
