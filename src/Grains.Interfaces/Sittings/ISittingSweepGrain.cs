namespace Platform.Grains.Sittings;

/// <summary>
/// Issue 16: the one durable sweep of the sittings' wake-ups (instead of two reminders a sitting). Each minute (asked
/// by every silo's ticker; not an Orleans reminder: a reminder of a minute's period stalled the reminder service's other
/// calls when the procedure clock jumped days ahead in tests), it wakes every sitting whose theory deadline (P9) or exam day's end (P6) passed with
/// nobody acting, as PostgreSQL holds them. Key: <see cref="SittingSweepKeys.Cluster"/>.
/// </summary>
[Alias("Platform.Grains.Sittings.ISittingSweepGrain")]
public interface ISittingSweepGrain : IGrainWithStringKey
{
    /// <summary>Sweeps now (a sweep running is joined) and answers how many sittings it woke.</summary>
    [Alias("SweepNow")]
    Task<int> SweepNow();
}
