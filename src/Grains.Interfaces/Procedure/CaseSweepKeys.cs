namespace Platform.Grains.Procedure;

/// <summary>The key of the cases' sweep (<see cref="ICaseSweepGrain"/>).</summary>
public static class CaseSweepKeys
{
    /// <summary>The one sweep of the cluster.</summary>
    public const string Cluster = "cases";
}
