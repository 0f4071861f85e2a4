namespace Platform.Grains.Cluster;

/// <summary>Answers whether the cluster serves grain calls; the frontend's readiness check calls it.</summary>
[Alias("Platform.Grains.Cluster.IClusterProbeGrain")]
public interface IClusterProbeGrain : IGrainWithIntegerKey
{
    /// <summary>Returns the name of the silo that answered.</summary>
    [Alias("Ping")]
    Task<string> Ping();
}
