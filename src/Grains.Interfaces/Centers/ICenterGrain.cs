namespace Platform.Grains.Centers;

/// <summary>
/// An accredited recognition center: its profile and its sequence of document numbers (App.2, level 6).
/// Its cases and deadline board are read from the case projection, so no case has to call this one grain at every
/// step (at a national sitting that made it the bottleneck). Key: <c>center-NNNN</c> (see <see cref="CenterKeys"/>).
/// </summary>
[Alias("Platform.Grains.Centers.ICenterGrain")]
public interface ICenterGrain : IGrainWithStringKey
{
    /// <summary>Registers or updates the center's profile (administrators; the demo seed).</summary>
    [Alias("Register")]
    Task Register(CenterProfile profile);

    [Alias("GetProfile")]
    Task<CenterProfile?> GetProfile();

    /// <summary>
    /// The next sequence number of a recognition document for this case (App.2: never repeats, never goes back,
    /// never reissued). A number is written before it is answered: a failure in between leaves a gap, never a
    /// duplicate; asking again for the same case soon after answers the same number.
    /// </summary>
    [Alias("AllocateDocumentSequence")]
    Task<long> AllocateDocumentSequence(string caseId);

}
