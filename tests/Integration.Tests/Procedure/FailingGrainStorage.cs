using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Platform.Hosting;

namespace Platform.Integration.Tests.Procedure;

/// <summary>
/// The platform's grain storage with one switch: the next write of a chosen grain fails once, as a lost connection
/// would, so a test sees what the grain keeps in memory after a failed write.
/// </summary>
public sealed class FailingGrainStorage(IGrainStorage inner) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private string? _failNextWriteOf;

    /// <summary>The next write of the grain whose key is <paramref name="key"/> throws, once.</summary>
    public void FailNextWrite(string key) => Volatile.Write(ref _failNextWriteOf, key);

    /// <summary>Puts this storage around the platform's named grain storage; <paramref name="created"/> receives it.</summary>
    public static void Replace(IServiceCollection services, StrongBox<FailingGrainStorage?> created)
    {
        var original = services.Last(d => d.ServiceType == typeof(IGrainStorage) && d.IsKeyedService
            && Equals(d.ServiceKey, PlatformDatabase.GrainStorage));
        services.Remove(original);
        services.AddKeyedSingleton<IGrainStorage>(PlatformDatabase.GrainStorage, (sp, key) =>
            created.Value = new FailingGrainStorage(original.KeyedImplementationFactory is { } factory
                ? (IGrainStorage)factory(sp, key)
                : (IGrainStorage)ActivatorUtilities.CreateInstance(sp, original.KeyedImplementationType!)));
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        // Swapped out by reference to the armed string, so the failure happens once even if two writes race.
        var armed = Volatile.Read(ref _failNextWriteOf);
        if (armed is not null && armed == grainId.Key.ToString() && ReferenceEquals(Interlocked.CompareExchange(ref _failNextWriteOf, null, armed), armed))
        {
            throw new InvalidOperationException("the test made this write fail");
        }

        return inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);

    public void Participate(ISiloLifecycle lifecycle) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);
}
