using Platform.Domain.Calendar;
using Platform.Domain.Procedure;

namespace Platform.Domain.Deadlines;

/// <summary>
/// SPEC §2: every deadline is judged at the instant something happens, against the procedure's one clock: when an
/// action arrives, and when a reminder fires because nothing did. Pure, so the boundary is tested to the second.
/// </summary>
public static class DeadlineCheck
{
    /// <summary>
    /// Where a deadline that runs until <paramref name="dueAt"/> stands at <paramref name="now"/>: passed strictly after
    /// its last instant (the last tick of its last day, so 23:59:59 is still in time), at risk from
    /// <paramref name="atRiskFrom"/> for a center's obligation, running otherwise.
    /// </summary>
    public static DeadlineDecision Decide(StatutoryDeadline deadline, DateTimeOffset atRiskFrom, DateTimeOffset dueAt, DateTimeOffset now)
    {
        var phase = now > dueAt ? DeadlinePhase.Passed
            : deadline.Owner == DeadlineOwner.Center && now >= atRiskFrom ? DeadlinePhase.AtRisk
            : DeadlinePhase.Running;
        return new DeadlineDecision(deadline, phase, KazakhstanTime.DateOf(dueAt));
    }

    /// <summary>The candidate's window an action must arrive in (P5 resubmission, P20 appeal); null for any other action.</summary>
    public static StatutoryDeadline? WindowOf(ApplicationAction action) => action switch
    {
        ApplicationAction.Resubmit => StatutoryDeadlines.RemarksFixWindow,
        ApplicationAction.FileAppeal => StatutoryDeadlines.AppealWindow,
        _ => null,
    };
}
