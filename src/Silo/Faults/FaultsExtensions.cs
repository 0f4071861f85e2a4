using Orleans.Storage;

namespace Platform.Silo.Faults;

/// <summary>Issue 11, "faults look like faults": the silo's side of the boundary.</summary>
public static class FaultsExtensions
{
    /// <summary>
    /// The grain call filter and the fault boundary around the named grain store; call it after the store is added.
    /// </summary>
    public static ISiloBuilder AddStorageFaultBoundary(this ISiloBuilder silo, string storageName)
    {
        silo.AddIncomingGrainCallFilter<StorageFaultFilter>();
        var services = silo.Services;
        var store = services.LastOrDefault(service =>
                service.ServiceType == typeof(IGrainStorage) && service.IsKeyedService && Equals(service.ServiceKey, storageName))
            ?? throw new InvalidOperationException($"No grain store named '{storageName}' to put a fault boundary around.");
        var create = store.KeyedImplementationFactory
            ?? throw new InvalidOperationException($"The grain store '{storageName}' is not registered through a factory.");
        services.Remove(store);
        services.Add(ServiceDescriptor.KeyedSingleton<IGrainStorage>(storageName,
            (provider, key) => new FaultBoundaryGrainStorage((IGrainStorage)create(provider, key))));
        return silo;
    }
}
