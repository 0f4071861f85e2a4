using Microsoft.Extensions.Hosting;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Probes;

namespace Platform.Integration.Tests.Foundation;

public sealed class ClusterTests
{
    [Fact]
    public async Task TwoSilosFormAClusterAndTheFrontendsCallsWorkWhileOneIsStopped()
    {
        var database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync();
        var first = await PlatformHosts.StartSiloAsync(database, "cluster");
        using var second = await PlatformHosts.StartSiloAsync(database, "cluster");
        await Membership.WaitForActiveSilosAsync(first, 2);
        await Membership.WaitForActiveSilosAsync(second, 2);
        await using var frontend = await PlatformHosts.StartFrontendAsync(database, "cluster");

        var hosts = await frontend.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        Assert.Equal(2, hosts.Count);

        var keys = Enumerable.Range(0, 40).Select(i => $"probe-{i}-{Guid.NewGuid():N}").ToArray();
        var placedOn = await Task.WhenAll(keys.Select(key => frontend.Client.GetGrain<IProbeGrain>(key).WhereAmI()));
        Assert.Equal(2, placedOn.Distinct().Count());

        await first.StopAsync();
        first.Dispose();

        var afterStop = await Task.WhenAll(keys.Select(key => frontend.Client.GetGrain<IProbeGrain>(key).WhereAmI()));
        Assert.Single(afterStop.Distinct());
        await second.StopAsync();
    }
}
