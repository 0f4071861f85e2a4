using Orleans;
using Orleans.Runtime;

namespace Platform.Integration.Tests.Database;

/// <summary>Runs the start of whatever subscribed: here, the storage provider's Init.</summary>
internal sealed class StartOnlyLifecycle : ISiloLifecycle
{
    private readonly List<ILifecycleObserver> _observers = [];

    public int HighestCompletedStage => 0;

    public int LowestStoppedStage => 0;

    public IDisposable Subscribe(string observerName, int stage, ILifecycleObserver observer)
    {
        _observers.Add(observer);
        return new NoUnsubscribe();
    }

    public async Task StartAsync()
    {
        foreach (var observer in _observers)
        {
            await observer.OnStart(CancellationToken.None);
        }
    }

    private sealed class NoUnsubscribe : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
