using System.Globalization;
using Platform.Domain.Calendar;
using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;
using Platform.Domain.Rules;
using Platform.Grains.Candidates;
using Platform.Grains.Centers;
using Platform.Grains.Documents;

namespace Platform.Grains.Sittings;

/// <summary>
/// P14: at termination or removal the violation act is drafted from the policy's evidence and kept in the sitting
/// until the commission signs it; once signed it is filed in the candidate's personal file (a repeat files it once).
/// </summary>
public sealed partial class ExamSessionGrain
{
    private ICandidateGrain Candidate => GrainFactory.GetGrain<ICandidateGrain>(S.CandidateKey);

    public async Task<SittingResult> SignViolationAct(SignViolationAct command)
    {
        if (!S.Exists)
        {
            return Refused(NotOpened);
        }

        if (Repeated(command.CommandId, command.By) is { } repeated)
        {
            return repeated;
        }

        if (S.SignedAct is not null)
        {
            return new SittingResult(View());
        }

        if (S.ViolationAct is not { } draft)
        {
            return Refused(Refusal.Of(Rule.P14, "ViolationActAfterEnd"));
        }

        if (command.Members is not { Count: > 0 } || command.Members.Any(m => m is null || string.IsNullOrWhiteSpace(m.FullName)))
        {
            return Refused(Refusal.Of(Rule.P14, "ViolationActSigners"));
        }

        var now = Now;
        var signed = draft with { Members = command.Members.Select(m => m with { SignedOn = KazakhstanTime.DateOf(now) }).ToList() };
        var names = string.Join("; ", command.Members.Select(m => $"{m.FullName} ({m.Role})"));
        await Journal.CommitAsync([new Events.ViolationActSigned(command.By.Subject, command.By.Role, Rule.P14.Id, names)], () =>
        {
            S.ViolationAct = signed;
            S.SignedAct = IssuedDocument.Create(CommandIdFor("violation-act"), S.CaseId, S.CenterNumber, now, signed);
            Remember(command.CommandId, command.By);
        });
        await FollowUpAsync();
        return new SittingResult(View());
    }

    /// <summary>Drafts the act once the sitting ended for a violation (again after a crash before the draft was written).</summary>
    private async Task EnsureViolationActDraftedAsync()
    {
        if (S.Status is not (SittingState.Terminated or SittingState.Removed) || S.ViolationAct is not null)
        {
            return;
        }

        var center = await GrainFactory.GetGrain<ICenterGrain>(CenterKeys.For(S.CenterNumber)).GetProfile();
        var candidate = await Candidate.GetIdentity();
        if (center is null || candidate is null)
        {
            return; // not registered: nothing to print the act with; tried again at the next change
        }

        var policy = Policy;
        S.ViolationAct = new ViolationAct(
            new BilingualText(center.NameKk, center.NameRu), candidate.Name, S.Profession, S.Mode,
            policy.SecondViolation?.Start ?? S.EndedAt ?? Now, S.EndedInStage ?? "theory", Describe(policy), policy.WarningDeliveredAt,
            S.Mode == ExamMode.Online ? ViolationActOutcome.Terminated : ViolationActOutcome.Removed, new List<Signatory>());
        S.Version++;
        await Journal.WriteAsync();
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

    private async Task FileSignedActAsync()
    {
        if (S.SignedAct is { } document && !S.ActFiled)
        {
            await Candidate.File(document);
            S.ActFiled = true;
            await Journal.WriteAsync();
        }
    }
}
