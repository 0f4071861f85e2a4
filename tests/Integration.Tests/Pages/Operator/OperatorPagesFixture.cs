using Platform.Frontend.Security.Development;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Operator;

/// <summary>
/// One platform with the demo data, synthetic candidates (each test applies as a person of its own) and a procedure clock
/// the deadline test moves, shared by the operator's deadline, registry and audit page tests.
/// </summary>
public sealed class OperatorPagesFixture : IAsyncLifetime
{
    private static int _nextCandidate = 60_000;
    private World? _world;

    public World World => _world ?? throw new InvalidOperationException("the platform is not started");

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

/// <summary>The operator's page tests that share one <see cref="OperatorPagesFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class OperatorPagesCollection : ICollectionFixture<OperatorPagesFixture>
{
    public const string Name = "operator-pages";
}
