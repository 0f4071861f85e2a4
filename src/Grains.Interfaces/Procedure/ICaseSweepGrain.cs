namespace Platform.Grains.Procedure;

/// <summary>
/// Issue 16: the one durable sweep of the cases' deadline wake-ups (instead of one Orleans reminder per running
/// deadline). Asked each minute by every silo's ticker (not an Orleans reminder, as the sittings' sweep), it wakes
/// every case whose deadline instant passed with nobody acting (<see cref="IApplicationGrain.Wake"/>), as PostgreSQL
/// holds them. Key: <see cref="CaseSweepKeys.Cluster"/>.
/// </summary>
[Alias("Platform.Grains.Procedure.ICaseSweepGrain")]
public interface ICaseSweepGrain : IGrainWithStringKey
{
    /// <summary>Sweeps now (a sweep running is joined) and answers how many deadlines it woke their cases for.</summary>
    [Alias("SweepNow")]
    Task<int> SweepNow();
}
