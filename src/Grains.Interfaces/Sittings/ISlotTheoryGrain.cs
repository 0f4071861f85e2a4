namespace Platform.Grains.Sittings;

/// <summary>
/// P9, issue 16: the desk of a center opens the theory of every sitting of one time slot in one command (key: the
/// center's number). The sittings are the center's open sittings of the slot's exam day as PostgreSQL holds them
/// (<c>live_sittings</c>), those scheduled at the slot's start; each decides for itself (P8 check-in, P2.8 identity
/// and room scan online, P6 its day), and the answer says which opened and which refused and why. The calls run in the
/// silo, a bounded number at once, not one HTTP request a sitting.
/// </summary>
[Alias("Platform.Grains.Sittings.ISlotTheoryGrain")]
public interface ISlotTheoryGrain : IGrainWithStringKey
{
    /// <summary>Opens the slot's theories; the same command again answers the same (each sitting's command id derives from it).</summary>
    [Alias("OpenTheories"), ResponseTimeout("00:05:00")]
    Task<SlotTheories> OpenTheories(OpenSlotTheories command);
}
