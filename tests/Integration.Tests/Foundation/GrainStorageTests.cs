using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Probes;

namespace Platform.Integration.Tests.Foundation;

public sealed class GrainStorageTests
{
    [Fact]
    public async Task GrainStateSurvivesASiloRestart()
    {
        var database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync();
        var key = "probe-" + Guid.NewGuid().ToString("N");

        var first = await PlatformHosts.StartSiloAsync(database, "storage");
        await first.Services.GetRequiredService<IGrainFactory>().GetGrain<IProbeGrain>(key).Remember("written before the restart");
        await first.StopAsync();
        first.Dispose();

        using var second = await PlatformHosts.StartSiloAsync(database, "storage");
        var probe = second.Services.GetRequiredService<IGrainFactory>().GetGrain<IProbeGrain>(key);
        var recalled = await probe.Recall();
        var tags = await probe.RecallTags();
        await second.StopAsync();

        Assert.Equal("written before the restart", recalled);
        // A list from a collection expression is a compiler-synthesized type; it is stored as a List and reads back.
        Assert.Equal(["written before the restart", "tag"], tags);
    }
}
