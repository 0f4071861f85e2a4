using Platform.Grains.Procedure;

namespace Platform.Grains.Centers;

/// <summary>
/// An accredited recognition center: its profile, its sequence of document numbers (App.2, level 6) and its
/// deadline board. Key: <c>center-NNNN</c> (see <see cref="CenterKeys"/>).
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

    /// <summary>A case reports where one of its deadlines stands (at risk, breached, met, closed).</summary>
    [Alias("ReportDeadline")]
    Task ReportDeadline(string caseId, DeadlineView deadline);

    /// <summary>A case of this center opened (true) or reached its end (false).</summary>
    [Alias("TrackCase")]
    Task TrackCase(string caseId, bool open);

    /// <summary>The center's open obligations at risk or breached, and its counts.</summary>
    [Alias("GetDeadlineBoard")]
    Task<DeadlineBoard> GetDeadlineBoard();
}
