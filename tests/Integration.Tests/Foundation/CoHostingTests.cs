using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Platform.Frontend.CoHosting;
using Platform.Grains.Cluster;
using Platform.Integration.Tests.Faults;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Foundation;

/// <summary>
/// Issue 16, co-hosting: a frontend started with <c>Platform:Hosting:CoHostSilo=true</c> runs a silo in its own process,
/// configured as every silo (migrations, storage, reminders, clustering, the demo seed) on real PostgreSQL, serves the
/// API and the hubs with no silo apart, and joins a cluster with silos started apart.
/// </summary>
public sealed class CoHostingTests
{
    [Fact]
    public async Task AFrontendWithItsOwnSiloServesTheApiAndACenterHubWithNoSiloApart()
    {
        var database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync();
        await using var frontend = await StartCoHostedAsync(database, "cohost-alone");

        // The silo is this process's: the readiness probe's grain answers from it.
        var local = frontend.Services.GetRequiredService<ILocalSiloDetails>().Name;
        Assert.Equal(local, await frontend.Client.GetGrain<IClusterProbeGrain>(0).Ping());
        Assert.Equal(HttpStatusCode.OK, (await frontend.Http.GetAsync("/health/ready")).StatusCode);

        // An API call: the program the co-hosted silo seeded, read through its grain.
        var token = await FaultRequests.TokenAsync(frontend, "registrar.0001");
        using var program = await FaultRequests.SendAsync(frontend, HttpMethod.Get, "/api/v1/programs/accountant-nrk5", token);
        Assert.Equal(HttpStatusCode.OK, program.StatusCode);
        Assert.Equal("accountant-nrk5", (await program.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        // A hub: the center's live picture, read from its grain and watched through a grain observer in this process.
        await using var hub = Connect(frontend, "/hubs/center", token);
        await hub.StartAsync();
        var picture = await hub.InvokeAsync<JsonElement>("JoinCenter", "0001");
        Assert.Equal("0001", picture.GetProperty("center").GetString());
        Assert.Equal(0, picture.GetProperty("sittings").GetArrayLength());
    }

    [Fact]
    public async Task AFrontendWithItsOwnSiloJoinsASiloStartedApartInOneCluster()
    {
        var database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync();
        await using var frontend = await StartCoHostedAsync(database, "cohost-joined");
        using var apart = await PlatformHosts.StartSiloAsync(database, "cohost-joined");

        await Membership.WaitForActiveSilosAsync(frontend.Services, 2);
        await Membership.WaitForActiveSilosAsync(apart, 2);

        // Grains of the shared cluster answer from either process; the frontend's calls keep being served.
        var token = await FaultRequests.TokenAsync(frontend, "registrar.0001");
        var unknown = Enumerable.Range(0, 20).Select(i => $"/api/v1/programs/cohost-{i}-{Guid.NewGuid():N}");
        foreach (var url in unknown)
        {
            using var response = await FaultRequests.SendAsync(frontend, HttpMethod.Get, url, token);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using var program = await FaultRequests.SendAsync(frontend, HttpMethod.Get, "/api/v1/programs/accountant-nrk5", token);
        Assert.Equal(HttpStatusCode.OK, program.StatusCode);
        await apart.StopAsync();
    }

    private static Task<RunningFrontend> StartCoHostedAsync(string database, string clusterId) =>
        PlatformHosts.StartFrontendAsync(database, clusterId, new Dictionary<string, string?>
        {
            [CoHostedSilo.Setting] = "true",
            ["Orleans:SiloPort"] = FreePort.Next().ToString(),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(),
            ["Platform:SeedDemoData"] = "true",
        });

    private static HubConnection Connect(RunningFrontend frontend, string hub, string token) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(frontend.Address, hub), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
            })
            .Build();
}
