using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Platform.Silo.Storage;

public static class GroupCommitExtensions
{
    /// <summary>
    /// Puts <see cref="GroupCommitGrainStorage"/> in front of the named AdoNet grain store, which it keeps for the
    /// states it has not stored yet; options from <c>Storage:GroupCommit</c>. Call it after the store is added and
    /// before the fault boundary, which then wraps it.
    /// </summary>
    public static ISiloBuilder AddGroupCommit(this ISiloBuilder silo, string storageName)
    {
        var services = silo.Services;
        services.AddOptions<GroupCommitOptions>().BindConfiguration("Storage:GroupCommit");
        var store = services.LastOrDefault(service =>
                service.ServiceType == typeof(IGrainStorage) && service.IsKeyedService && Equals(service.ServiceKey, storageName))
            ?? throw new InvalidOperationException($"No grain store named '{storageName}' to put group commit in front of.");
        var create = store.KeyedImplementationFactory
            ?? throw new InvalidOperationException($"The grain store '{storageName}' is not registered through a factory.");
        services.Remove(store);
        services.Add(ServiceDescriptor.KeyedSingleton<IGrainStorage>(storageName, (provider, key) =>
            provider.GetRequiredService<IOptions<GroupCommitOptions>>().Value.Enabled
                ? Create(provider, storageName, (IGrainStorage)create(provider, key))
                : (IGrainStorage)create(provider, key)));
        return silo;
    }

    private static GroupCommitGrainStorage Create(IServiceProvider provider, string storageName, IGrainStorage adoNet) =>
        new(storageName,
            adoNet,
            provider.GetRequiredService<NpgsqlDataSource>(),
            // The serializer the AdoNet store was given, so that both read and write the same payloads.
            provider.GetRequiredService<IOptionsMonitor<AdoNetGrainStorageOptions>>().Get(storageName).GrainStorageSerializer,
            provider.GetRequiredService<IActivatorProvider>(),
            provider.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            provider.GetRequiredService<IOptions<GroupCommitOptions>>().Value,
            provider.GetRequiredService<ILogger<GroupCommitGrainStorage>>());
}
