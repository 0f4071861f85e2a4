using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

using Platform.Integration.Tests.Procedure;
using Platform.Silo;

namespace Platform.Integration.Tests.Infrastructure;

/// <summary>
/// One Orleans test cluster (<see cref="InProcessTestCluster"/>, a silo built by <see cref="SiloExtensions.AddPlatformSilo"/>)
/// shared by the grain-level procedure tests of a collection: grain storage and reminders on a fresh PostgreSQL database,
/// the procedure and reminder clocks on one <see cref="FakeTimeProvider"/>, and a storage that fails a write on demand.
/// Each test takes a <see cref="World"/> of its own from <see cref="StartAsync"/>: the clock set to its start, a candidate
/// of its own; its cases are its own through <see cref="Procedure.Cases.NewCaseId"/>. Tests that wait for reminders after
/// moving the clock (deadlines, the appeal protocol's retention) keep a world each: once the shared clock has been set
/// back for the next test, the reminders of the tests before it no longer fire where those tests expect.
/// </summary>
public sealed class ProcedureCluster : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;

    public FakeTimeProvider Clock { get; } = new(Procedure.Cases.Almaty(2026, 3, 2));

    /// <summary>The grain storage of the cluster's silo, which fails the next write of a chosen grain when told.</summary>
    public StrongBox<FailingGrainStorage?> Storage { get; } = new();

    public string Database { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync();
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.Options.InitializeClientOnDeploy = false;
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["PLATFORM_POSTGRES"] = Database,
                ["Platform:DataDirectory"] = PlatformHosts.TestDataDirectory,
            });
            host.AddPlatformSilo();
            World.UseClock(host.Services, Clock);
            FailingGrainStorage.Replace(host.Services, Storage);
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
        await DemoRegistration.RegisterAsync(Silos()[0].Services.GetRequiredService<IGrainFactory>());
    }

    /// <summary>
    /// A world for one test on the shared silo: the clock set to <paramref name="now"/> (back, if another test left it
    /// later: timers keep their remaining time, as when a real system clock is set) and a candidate of its own.
    /// </summary>
    public async Task<World> StartAsync(DateTimeOffset now)
    {
        Clock.AdjustTime(now);
        var world = World.Lent(Silos(), Clock, Database, "cand-" + Guid.NewGuid().ToString("N")[..28]);
        await world.RegisterCandidateAsync(world.CandidateKey);
        return world;
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }
    }

    private IReadOnlyList<IHost> Silos() =>
        [.. (_cluster ?? throw new InvalidOperationException("the cluster is not deployed")).Silos.Select(silo => silo.SiloHost)];
}
