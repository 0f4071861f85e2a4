using Platform.Domain.Proctoring;

namespace Platform.Grains.Sittings;

/// <summary>The sitting as the commission and the center see it (no answer key, no name, no IIN).</summary>
public sealed partial class ExamSessionGrain
{
    private SittingView View() => new(
        SittingId,
        S.CaseId,
        S.CenterNumber,
        S.Mode,
        S.Language,
        S.ScheduledStart,
        S.Status,
        S.CheckIn,
        Theory.Deadline,
        S.ExtraTimeMinutes,
        Theory.TimeLeft(),
        S.Answers.Count,
        S.Ticket.Count,
        S.Scores,
        S.Exists ? Policy.Outcome : ViolationOutcome.Clear,
        [.. S.Warnings],
        [.. S.Suspicious],
        S.Telemetry,
        S.ViolationAct,
        S.SignedAct is not null,
        S.CaseRefusal,
        S.LastSequence,
        S.Version);
}
