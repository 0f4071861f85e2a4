namespace Platform.Grains.Sittings;

/// <summary>
/// Issue 16: the one durable sweep of the sittings' wake-ups (one reminder for the cluster, not two a sitting). Each
/// minute, and when it activates, it wakes every sitting whose theory deadline (P9) or exam day's end (P6) passed with
/// nobody acting, as PostgreSQL holds them. Key: <see cref="SittingSweepKeys.Cluster"/>.
/// </summary>
[Alias("Platform.Grains.Sittings.ISittingSweepGrain")]
public interface ISittingSweepGrain : IGrainWithStringKey
{
    /// <summary>Registers the sweep's reminder if it is not there (each silo calls it when it starts); sweeps once.</summary>
    [Alias("Start")]
    Task Start();

    /// <summary>Sweeps now and answers how many sittings it woke (tests, operations).</summary>
    [Alias("SweepNow")]
    Task<int> SweepNow();
}
