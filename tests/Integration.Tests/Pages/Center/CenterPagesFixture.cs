using Platform.Frontend.Security.Development;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Center;

/// <summary>
/// One platform with the demo data, synthetic candidates (each test applies as a person of its own) and a procedure
/// clock the tests move (the P5 window's warning and breach), shared by the registrar's page tests. The frontend reads
/// the same clock, so the inbox's "now" is the grains'.
/// </summary>
public sealed class CenterPagesFixture : IAsyncLifetime
{
    private static int _nextCandidate = 40_000;
    private World? _world;

    public World World => _world ?? throw new InvalidOperationException("the platform is not started");

    public Uri Site => World.Frontend.Address;

    /// <summary>A synthetic candidate no other test of the run uses.</summary>
    public static int NextCandidate() => Interlocked.Increment(ref _nextCandidate);

    public async Task InitializeAsync() => _world = await World.Create(Almaty(2026, 3, 2))
        .WithDemoData()
        .WithFrontend(new Dictionary<string, string?> { [SyntheticCandidates.Setting] = "true" })
        .StartAsync();

    public async Task DisposeAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
    }
}

/// <summary>The registrar's page tests, sharing one <see cref="CenterPagesFixture"/> (and its clock).</summary>
[CollectionDefinition(Name)]
public sealed class CenterPagesCollection : ICollectionFixture<CenterPagesFixture>
{
    public const string Name = "center-pages";
}
