using Orleans.Storage;
using Platform.Grains.Faults;

namespace Platform.Silo.Faults;

/// <summary>
/// The grain store with a fault boundary around it: a storage fault becomes <see cref="PlatformUnavailableException"/>
/// right here, so that it also reaches the caller when it happens while a grain activates (reading its state), where no
/// grain call filter runs. Everything else — a conflict, a refused statement — passes unchanged.
/// </summary>
public sealed class FaultBoundaryGrainStorage(IGrainStorage inner) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Guard(() => inner.ReadStateAsync(stateName, grainId, grainState));

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        Guard(() => inner.ReadStateAsync(stateName, grainId, grainState, cancellationToken));

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Guard(() => inner.WriteStateAsync(stateName, grainId, grainState));

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        Guard(() => inner.WriteStateAsync(stateName, grainId, grainState, cancellationToken));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Guard(() => inner.ClearStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        Guard(() => inner.ClearStateAsync(stateName, grainId, grainState, cancellationToken));

    /// <summary>The AdoNet store initialises itself in the silo's lifecycle; it still must.</summary>
    public void Participate(ISiloLifecycle lifecycle) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);

    private static async Task Guard(Func<Task> operation)
    {
        try
        {
            await operation();
        }
        catch (Exception exception) when (StorageFaults.IsFault(exception) && exception is not PlatformUnavailableException)
        {
            // Orleans' storage bridge logs the original with the grain's id; the caller gets the platform's fault.
            throw new PlatformUnavailableException();
        }
    }
}
