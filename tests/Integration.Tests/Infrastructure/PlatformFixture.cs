using Microsoft.Extensions.Hosting;

namespace Platform.Integration.Tests.Infrastructure;

/// <summary>One running platform (a silo and the frontend on a fresh database) shared by a collection of API tests.</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private IHost? _silo;

    public RunningFrontend Frontend { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync();
        _silo = await PlatformHosts.StartSiloAsync(database, "api");
        Frontend = await PlatformHosts.StartFrontendAsync(database, "api");
    }

    public async Task DisposeAsync()
    {
        await Frontend.DisposeAsync();
        if (_silo is not null)
        {
            await _silo.StopAsync();
            _silo.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
