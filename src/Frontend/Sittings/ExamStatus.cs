using Platform.Domain.Procedure;

namespace Platform.Frontend.Sittings;

/// <summary>
/// What the candidate's exam page refreshes now and then over <see cref="SittingHub"/>: the state, the proctoring's
/// identity check and room scan (P2.8), and the time left with the extra time the commission granted (P10, P11).
/// </summary>
/// <param name="State">Where the sitting stands.</param>
/// <param name="IdentityVerified">P2.8: face recognition identified the candidate.</param>
/// <param name="RoomScanCompleted">P2.8: the 360° room scan is done.</param>
/// <param name="TimeLeftSeconds">The time left of the theory stage.</param>
/// <param name="ExtraTimeMinutes">Extra time granted (P10, P11).</param>
/// <param name="OutageCreditedSeconds">Issue 17: time the platform gave back for its outages (P11's spirit), in seconds.</param>
public sealed record ExamStatus(
    SittingState State, bool IdentityVerified, bool RoomScanCompleted, double TimeLeftSeconds, int ExtraTimeMinutes, int OutageCreditedSeconds = 0);
