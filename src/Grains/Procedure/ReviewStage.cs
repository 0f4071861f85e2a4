using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Documents;
using static Platform.Domain.Deadlines.DeadlineKind;

namespace Platform.Grains.Procedure;

/// <summary>Steps 1-4 (P4-P5): the application, its completeness review, the remarks or the motivated refusal, the contract.</summary>
internal static class ReviewStage
{
    /// <summary>Step 1 (P4): the application becomes the case, its completeness review falls due; the application form is its document.</summary>
    public static DocumentContent Apply(SubmitApplication command, CaseState @case, CaseContext context, Step step)
    {
        @case.Exists = true;
        @case.CenterNumber = command.CenterNumber;
        @case.CandidateKey = command.CandidateKey;
        @case.ProgramCode = command.ProgramCode;
        @case.NrkLevel = command.NrkLevel;
        @case.Channel = command.Channel;
        @case.ExamLanguage = command.ExamLanguage;
        @case.Attachments = [.. command.Attachments];
        new CaseDeadlines(@case).Open(CompletenessReview, step);
        return CaseDocuments.Application(@case, context, step.Today);
    }

    /// <summary>What the history calls the application: registered by the center from paper, or submitted online.</summary>
    public static string Submitted(SubmitApplication command) =>
        command.Channel == ApplicationChannel.Paper ? "RegisteredFromPaper" : "SubmittedOnline";

    public static StageCommand SendRemarks(SendRemarks command) => new(
        ApplicationAction.SendRemarks,
        _ => command.Remarks is null ? ApplicationChecks.NoList : command.Remarks.Any(r => !string.IsNullOrWhiteSpace(r)) ? null : Refusal.Of(Rule.P5, "RemarksListEmpty"),
        c =>
        {
            c.Case.Remarks = [.. command.Remarks.Where(r => !string.IsNullOrWhiteSpace(r))];
            c.Deadlines.Meet(CompletenessReview, c.Step);
            c.Deadlines.Open(RemarksFixWindow, c.Step);
            c.Deadlines.Open(DeadlineKind.MotivatedRefusal, c.Step);
        },
        (c, context) => Task.FromResult<DocumentContent>(CaseDocuments.Remarks(c.Case, context, c.Today)));

    public static StageCommand Resubmit(Resubmit command) => new(
        ApplicationAction.Resubmit,
        _ => ApplicationChecks.Attachments(command.Attachments), // a closed window (P5) is refused before, naming the day it closed
        c =>
        {
            c.Case.Attachments.AddRange(command.Attachments);
            c.Deadlines.Meet(RemarksFixWindow, c.Step);
            c.Deadlines.Drop(DeadlineKind.MotivatedRefusal);
            c.Deadlines.Open(ResubmissionReview, c.Step);
        });

    public static StageCommand SignMotivatedRefusal(CaseCommand command) => new(
        ApplicationAction.SendMotivatedRefusal,
        c => command.By.Role != Roles.HeadOfCenter ? Refusal.Of(Rule.P5, "MotivatedRefusalSignedByHead")
            : c.Case.Status == ApplicationState.RemarksSent && !c.Case.RefusalDrafted
                ? Refusal.Of(Rule.P5, "RemarksWindowOpen")
                : null,
        c =>
        {
            c.Deadlines.Meet(DeadlineKind.MotivatedRefusal, c.Step);
            c.Deadlines.Meet(ResubmissionReview, c.Step);
        },
        (c, context) => Task.FromResult<DocumentContent>(CaseDocuments.Refusal(c.Case, context, c.Today)));

    public static StageCommand ConcludeContract() => new(
        ApplicationAction.ConcludeContract, null,
        c =>
        {
            c.Deadlines.Meet(CompletenessReview, c.Step);
            c.Deadlines.Meet(ResubmissionReview, c.Step);
            c.Deadlines.Open(DeadlineKind.ExamNotice, c.Step);
        },
        (c, context) => Task.FromResult<DocumentContent>(CaseDocuments.Contract(c.CaseId, c.Case, context, c.Today)));
}
