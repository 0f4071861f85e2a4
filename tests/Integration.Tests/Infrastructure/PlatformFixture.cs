namespace Platform.Integration.Tests.Infrastructure;

/// <summary>One running platform (a silo and the frontend on a fresh database) shared by a collection of API tests.</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private World? _world;

    public RunningFrontend Frontend => World.Frontend;

    public World World => _world ?? throw new InvalidOperationException("the platform is not started");

    public async Task InitializeAsync() => _world = await World.Create().WithFrontend().StartAsync();

    public async Task DisposeAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
    }
}
