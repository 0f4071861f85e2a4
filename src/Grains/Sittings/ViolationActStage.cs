using System.Globalization;
using Platform.Domain.Calendar;
using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;
using Platform.Domain.Rules;
using Platform.Grains.Centers;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;

namespace Platform.Grains.Sittings;

/// <summary>
/// P14's rules over the sitting state: when the act is due, what it says (drafted from the policy's evidence), who
/// may sign it, and when the signed act is to be filed. It decides; the grain loads, logs, writes and files.
/// </summary>
internal sealed class ViolationActStage(ExamSessionState s, TimeProvider time)
{
    /// <summary>The sitting ended for a violation and has no act yet (again after a crash before the draft was written).</summary>
    public bool DraftDue => s.Status is SittingState.Terminated or SittingState.Removed && s.ViolationAct is null;

    /// <summary>Signed but not yet in the candidate's personal file.</summary>
    public IssuedDocument? ToFile => s.SignedAct is { } document && !s.ActFiled ? document : null;

    public void Draft(CenterProfile center, CandidateIdentity candidate, ViolationPolicy policy)
    {
        s.ViolationAct = new ViolationAct(
            new BilingualText(center.NameKk, center.NameRu), candidate.Name, s.Profession, s.Mode,
            policy.SecondViolation?.Start ?? s.EndedAt ?? time.GetUtcNow(), s.EndedInStage ?? "theory", Describe(policy), policy.WarningDeliveredAt,
            s.Mode == ExamMode.Online ? ViolationActOutcome.Terminated : ViolationActOutcome.Removed, new List<Signatory>());
        s.Version++;
    }

    /// <summary>The act with the commission's signatures of today, or why it cannot be signed.</summary>
    public Checked<ViolationAct> CheckSigning(SignViolationAct command, DateTimeOffset now)
    {
        if (s.ViolationAct is not { } draft)
        {
            return new(null, Refusal.Of(Rule.P14, "ViolationActAfterEnd"));
        }

        if (command.Members is not { Count: > 0 } || command.Members.Any(m => m is null || string.IsNullOrWhiteSpace(m.FullName)))
        {
            return new(null, Refusal.Of(Rule.P14, "ViolationActSigners"));
        }

        return new(draft with { Members = command.Members.Select(m => m with { SignedOn = KazakhstanTime.DateOf(now) }).ToList() }, null);
    }

    public static Events.ViolationActSigned Signed(SignViolationAct command) => new(
        command.By.Subject, command.By.Role, Rule.P14.Id, string.Join("; ", command.Members.Select(m => $"{m.FullName} ({m.Role})")));

    /// <summary>
    /// Signs the act; called after the signing was logged, so the chain's end printed in the act (P20-P22: the evidence
    /// anchored outside the log) takes in the signing itself.
    /// </summary>
    public void Sign(ViolationAct signed, Guid documentId, DateTimeOffset now)
    {
        signed = s.LastSequence > 0 ? signed with { LogEntries = s.LastSequence, LogHash = s.LastHash } : signed;
        s.ViolationAct = signed;
        s.SignedAct = IssuedDocument.Create(documentId, s.CaseId, s.CenterNumber, now, signed);
    }

    private static string Describe(ViolationPolicy policy) =>
        $"{Describe(policy.SecondViolation)} after the warning for a first violation: {Describe(policy.FirstViolation)}";

    private static string Describe(Incident? incident) => incident switch
    {
        null => "—",
        { Item: { } item } => $"prohibited item (P12) {item}, seen {incident.DetectionIds.Count} time(s) {Clock(incident.Start)}–{Clock(incident.End)}",
        _ => $"{incident.Kind} confirmed as a violation, {Clock(incident.Start)}–{Clock(incident.End)}",
    };

    private static string Clock(DateTimeOffset at) =>
        at.ToOffset(KazakhstanTime.Zone.GetUtcOffset(at)).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
