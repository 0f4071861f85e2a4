using Platform.Frontend.Security;

namespace Platform.Frontend.Site.Live;

/// <summary>
/// Who watches a center's live dashboard (issue 14, SPEC §5) and what they may do from it, as the HTTP API's policies
/// decide: center staff (registrar, head) and the center's examination commission members. A technical failure is the
/// desk's (P11, <see cref="Sittings.SittingDoor.Desk"/>); confirming a suspicious event (P13) and extra time (P10, P11)
/// are the commission's.
/// </summary>
public sealed record LiveViewer(PlatformUser User, bool Staff, bool Commission)
{
    /// <summary>The case's review page is the center staff's (<c>/center/{n}/cases/{caseId}</c>).</summary>
    public bool MayOpenCase => Staff;

    /// <summary>P13: only the commission (or the proctoring service) confirms a suspicious event as a violation.</summary>
    public bool MayConfirm => Commission;

    /// <summary>P10, P11: only the commission grants extra time.</summary>
    public bool MayGrant => Commission;

    /// <summary>P2.8: identity and the room scan are the commission's (the API's <see cref="Sittings.SittingPolicies.Proctor"/>; the proctoring service has no page).</summary>
    public bool MayProctor => Commission;

    /// <summary>P9: staff and commission open the theory stage (<see cref="Sittings.SittingPolicies.Desk"/>).</summary>
    public bool MayOpenTheory => Staff || Commission;

    /// <summary>P11: staff and commission record a technical failure.</summary>
    public bool MayReportFailure => Staff || Commission;
}
