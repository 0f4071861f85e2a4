namespace Platform.Grains.Sittings;

/// <summary>The key of the sittings' sweep (<see cref="ISittingSweepGrain"/>).</summary>
public static class SittingSweepKeys
{
    /// <summary>The one sweep of the cluster.</summary>
    public const string Cluster = "sittings";
}
