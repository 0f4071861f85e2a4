using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Platform.Frontend.Security;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Probes;
using Platform.Integration.Tests.Security;
using Platform.Integration.Tests.Sittings.Live;

namespace Platform.Integration.Tests.Operations;

/// <summary>
/// Issue 17: one platform (a silo and the frontend on a fresh database, the demo data, the procedure clock at
/// <see cref="LiveSittings.Start"/>) whose every log line of both hosts is captured, and whose frontend has one test
/// route, <see cref="ProbePath"/>, that asks a probe grain where it lives (the grain writes a log line doing it).
/// </summary>
public sealed class OperationsFixture : IAsyncLifetime
{
    public const string ProbePath = "/api/v1/test/probes/{key}/where";

    private World? _world;

    public CapturedLogs Logs { get; } = new();

    public World World => _world ?? throw new InvalidOperationException("the platform is not started");

    public async Task InitializeAsync() => _world = await World.Create(LiveSittings.Start).WithDemoData().WithLogs(Logs)
        .WithFrontend(map: app => app.MapGet(ProbePath, async (string key, IClusterClient cluster) =>
            TypedResults.Ok(await cluster.GetGrain<IProbeGrain>(key).WhereAmI())).RequireAuthorization(Policies.Administrator))
        .StartAsync();

    public async Task DisposeAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
    }
}
