using Orleans.Concurrency;
using Orleans.Runtime;

namespace Platform.Grains.Cluster;

/// <summary>A stateless worker, so a probe never waits behind another and is served by the silo it reaches.</summary>
[StatelessWorker]
public sealed class ClusterProbeGrain(ILocalSiloDetails silo) : Grain, IClusterProbeGrain
{
    public Task<string> Ping() => Task.FromResult(silo.Name);
}
