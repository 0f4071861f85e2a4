using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Documents;
using static Platform.Domain.Deadlines.DeadlineKind;

namespace Platform.Grains.Procedure;

/// <summary>Steps 1-4 (P4-P5): the application, the completeness review, the remarks or the motivated refusal, the contract.</summary>
public sealed partial class ApplicationGrain
{
    public async Task<CaseResult> Submit(SubmitApplication command)
    {
        if (Case.Exists)
        {
            // Someone else's case is none of the caller's business: a refusal here shows nothing of it.
            return Repeated(command.CommandId, command.By) ?? new CaseResult(Blank(), AlreadyApplied);
        }

        if (ApplicationChecks.Validate(command) is { } invalid)
        {
            return new CaseResult(EmptyView(command), invalid);
        }

        // Everything is checked before the state changes, so a refused application leaves no trace in the grain.
        var before = Snapshot();
        var refused = await ChangeAsync(before, async () =>
        {
            var step = new Step(await calendars.GetAsync(), time.GetUtcNow());
            if (await LoadContextAsync(command.CenterNumber, command.CandidateKey, command.ProgramCode) is not { } context)
            {
                return NotRegistered;
            }

            Case.Exists = true;
            Case.CenterNumber = command.CenterNumber;
            Case.CandidateKey = command.CandidateKey;
            Case.ProgramCode = command.ProgramCode;
            Case.NrkLevel = command.NrkLevel;
            Case.Channel = command.Channel;
            Case.ExamLanguage = command.ExamLanguage;
            Case.Attachments = [.. command.Attachments];
            Deadlines.Open(CompletenessReview, step);
            Produce(command.CommandId, CaseDocuments.Application(Case, context, step.Today), step.Now);
            Record(command.CommandId, command.By, command.Channel == ApplicationChannel.Paper ? "RegisteredFromPaper" : "SubmittedOnline", Rule.P4, step.Now);
            await Candidate.AddCase(CaseId);
            return null;
        });
        return refused is null ? await CommitAsync(before) : new CaseResult(EmptyView(command), refused);
    }

    private static readonly Refusal AlreadyApplied = Refusal.Of(Rule.P4, "AlreadyApplied");

    public Task<CaseResult> SendRemarks(SendRemarks command) => Act(
        command.CommandId, command.By, ApplicationAction.SendRemarks,
        _ => command.Remarks is null ? ApplicationChecks.NoList : command.Remarks.Any(r => !string.IsNullOrWhiteSpace(r)) ? null : Refusal.Of(Rule.P5, "RemarksListEmpty"),
        step =>
        {
            Case.Remarks = [.. command.Remarks.Where(r => !string.IsNullOrWhiteSpace(r))];
            Deadlines.Meet(CompletenessReview, step);
            Deadlines.Open(RemarksFixWindow, step);
            Deadlines.Open(DeadlineKind.MotivatedRefusal, step);
        },
        (step, context) => Task.FromResult<DocumentContent>(CaseDocuments.Remarks(Case, context, step.Today)));

    public Task<CaseResult> Resubmit(Resubmit command) => Act(
        command.CommandId, command.By, ApplicationAction.Resubmit,
        _ => ApplicationChecks.Attachments(command.Attachments), // a closed window (P5) is refused before, naming the day it closed
        step =>
        {
            Case.Attachments.AddRange(command.Attachments);
            Deadlines.Meet(RemarksFixWindow, step);
            Deadlines.Drop(DeadlineKind.MotivatedRefusal);
            Deadlines.Open(ResubmissionReview, step);
        });

    public Task<CaseResult> SignMotivatedRefusal(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.SendMotivatedRefusal,
        _ => command.By.Role != Roles.HeadOfCenter ? Refusal.Of(Rule.P5, "MotivatedRefusalSignedByHead")
            : Case.Status == ApplicationState.RemarksSent && !Case.RefusalDrafted
                ? Refusal.Of(Rule.P5, "RemarksWindowOpen")
                : null,
        step =>
        {
            Deadlines.Meet(DeadlineKind.MotivatedRefusal, step);
            Deadlines.Meet(ResubmissionReview, step);
        },
        (step, context) => Task.FromResult<DocumentContent>(CaseDocuments.Refusal(Case, context, step.Today)));

    public Task<CaseResult> ConcludeContract(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.ConcludeContract, null,
        step =>
        {
            Deadlines.Meet(CompletenessReview, step);
            Deadlines.Meet(ResubmissionReview, step);
            Deadlines.Open(DeadlineKind.ExamNotice, step);
        },
        (step, context) => Task.FromResult<DocumentContent>(CaseDocuments.Contract(CaseId, Case, context, step.Today)));

    private CaseView EmptyView(SubmitApplication command) => CaseViews.Unapplied(CaseId, command);
}
