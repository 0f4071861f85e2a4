using Platform.Frontend.Security.Development;

namespace Platform.Integration.Tests.Infrastructure;

/// <summary>
/// One running platform (a silo and the frontend on a fresh database) shared by a collection of API and page tests:
/// the demo data seeded as in development (centers, programs, commission), and the synthetic candidates of the load
/// test signed in by name (<c>load.candidate.N</c>), so that a page test can take a new person with no identity yet.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private World? _world;

    public RunningFrontend Frontend => World.Frontend;

    public World World => _world ?? throw new InvalidOperationException("the platform is not started");

    public async Task InitializeAsync() => _world = await World.Create().WithDemoData()
        .WithFrontend(new Dictionary<string, string?> { [SyntheticCandidates.Setting] = "true" }).StartAsync();

    public async Task DisposeAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
    }
}
