using Platform.Domain.Exams;
using Platform.Domain.Procedure;

namespace Platform.Grains.Live;

/// <summary>
/// One row of a center's live dashboard (SPEC §5 "live dashboards"): a sitting as the center watches it. Names the
/// candidate by key only, never by name or IIN.
/// </summary>
/// <param name="SittingId">The sitting's grain key.</param>
/// <param name="CaseId">The recognition case.</param>
/// <param name="CandidateKey">The candidate's key (never a name).</param>
/// <param name="Mode">Online (P2.8) or offline (P10).</param>
/// <param name="State">Where the sitting stands (P8-P17, P11, P13).</param>
/// <param name="Answered">Questions answered (P9).</param>
/// <param name="Total">Questions on the ticket.</param>
/// <param name="TimeLeft">Time left of the theory stage when the row was written.</param>
/// <param name="Deadline">The end of the theory stage (limit plus extra time, P9-P11), if open.</param>
/// <param name="Warnings">Warnings issued (P13).</param>
/// <param name="Suspicious">Suspicious events logged (SPEC §5).</param>
/// <param name="Confirmed">Suspicious events confirmed as violations (P13).</param>
/// <param name="Ended">The rule that ended the sitting early (P13 termination or removal, P11), or null.</param>
/// <param name="Connection">The proctoring client's connection (P2.8).</param>
/// <param name="LastHeartbeatAt">The proctoring client's last heartbeat.</param>
/// <param name="Revision">Grows with every change the center live grain records; a client keeps the highest.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Live.LiveSitting")]
public sealed record LiveSitting(
    [property: Id(0)] string SittingId,
    [property: Id(1)] string CaseId,
    [property: Id(2)] string CandidateKey,
    [property: Id(3)] ExamMode Mode,
    [property: Id(4)] SittingState State,
    [property: Id(5)] int Answered,
    [property: Id(6)] int Total,
    [property: Id(7)] TimeSpan TimeLeft,
    [property: Id(8)] DateTimeOffset? Deadline,
    [property: Id(9)] int Warnings,
    [property: Id(10)] int Suspicious,
    [property: Id(11)] int Confirmed,
    [property: Id(12)] string? Ended,
    [property: Id(13)] ConnectionState Connection,
    [property: Id(14)] DateTimeOffset? LastHeartbeatAt,
    [property: Id(15)] long Revision);
