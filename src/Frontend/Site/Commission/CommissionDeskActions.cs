using Platform.Domain.Exams;
using Platform.Frontend.Cases;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Validation;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Commission;

/// <summary>
/// The examination commission's actions from its desk, through the same door as the HTTP API
/// (<see cref="CommissionsApi"/>: <see cref="CommissionDesk"/>, with the member's commission and center checked there),
/// with the command id the form carried. Refusals come back worded as the API words them, in the page language.
/// </summary>
public sealed class CommissionDeskActions(CommissionDesk desk)
{
    /// <summary>Step 7 offline (P8, P9): the acknowledgements the candidate signed and the safety briefing's journal entry.</summary>
    public async Task<DeskOutcome> StartAsync(HttpContext context, string commissionId, string caseId, PlatformUser user, Guid? commandId, OfflineStartRequest start)
    {
        if (start.SafetyBriefingJournalEntry is { Length: > Lengths.Title })
        {
            return DeskOutcome.Invalid(context, SiteText.Say("Commission.Start.JournalTooLong", Lengths.Title));
        }

        FormCommand.Carry(context, commandId);
        context.NoteAudit(caseId, ("action", "case.start"), ("commission", commissionId));
        return DeskOutcome.From(context, await desk.ActAsync(commissionId, caseId, user, appeal: false, context, (grain, by, id, _) => grain.StartOfflineExam(new StartOfflineExam(
            id, start.MethodologyAcknowledged, start.ComplaintAndAppealAcknowledged, string.IsNullOrWhiteSpace(start.SafetyBriefingJournalEntry) ? null : start.SafetyBriefingJournalEntry.Trim(), by))));
    }

    /// <summary>
    /// Steps 8-9 (P13, P15-P17): the theory result, the practical stage as marked against the map (counted only when the
    /// theory admitted the candidate), and how the exam ended (completed, or removed after an oral warning, P13 offline).
    /// </summary>
    public async Task<DeskOutcome> CompleteAsync(HttpContext context, string commissionId, string caseId, PlatformUser user, Guid? commandId, Completion completion)
    {
        var theory = TheoryResult.Evaluate(completion.Correct, completion.Total);
        var practical = theory.Admitted && completion.EndedBy == SittingEnd.Completed
            ? PracticalMaps.Evaluate(completion.Maps, completion.Performed, completion.Comments)
            : ((bool Passed, IReadOnlyList<string> Shortfalls, IReadOnlyList<PracticalStepMark> Marks)?)null;
        if (practical?.Shortfalls.Any(s => s.Length > Lengths.Remark) == true)
        {
            return DeskOutcome.Invalid(context, SiteText.Say("Commission.Practical.CommentTooLong", Lengths.Remark));
        }

        FormCommand.Carry(context, commandId);
        context.NoteAudit(caseId, ("action", "case.completion"), ("commission", commissionId), ("endedBy", completion.EndedBy.ToString()));
        return DeskOutcome.From(context, await desk.ActAsync(commissionId, caseId, user, appeal: false, context, (grain, by, id, _) => grain.CompleteProcedure(new CompleteProcedure(
            id, theory.Correct, theory.Total, practical?.Passed, practical?.Shortfalls ?? [], completion.EndedBy, by, practical?.Marks))));
    }

    /// <summary>Step 10 (P17): the present members' votes; the majority decides, the chair a tie; the present members sign.</summary>
    public async Task<DeskOutcome> ProtocolAsync(HttpContext context, string commissionId, string caseId, PlatformUser user, Guid? commandId, VotesRequest votes)
    {
        if (votes.Votes.Count == 0)
        {
            return DeskOutcome.Invalid(context, SiteText.Say("Commission.Protocol.NoVotes"));
        }

        if (votes.Reasons is { Length: > Lengths.Prose })
        {
            return DeskOutcome.Invalid(context, SiteText.Say("Commission.Protocol.ReasonsTooLong", Lengths.Prose));
        }

        FormCommand.Carry(context, commandId);
        context.NoteAudit(caseId, ("action", "case.protocol"), ("commission", commissionId));
        return DeskOutcome.From(context, await desk.DecideAsync(commissionId, caseId, user, appeal: false, votes, context, (grain, by, id, decision) => grain.RecordProtocol(
            new ProtocolDecision(id, commissionId, decision.Choice == Completion.Passed, decision.SignedBy, votes.Reasons, by))));
    }
}
