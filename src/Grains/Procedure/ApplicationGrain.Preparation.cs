using Platform.Domain.Procedure;
using Platform.Domain.Rules;

namespace Platform.Grains.Procedure;

/// <summary>
/// What comes before the exam and does not move the case through the table: the candidate's language (P9), the copy
/// of the sick-leave sheet (P7), the acquaintance and safety briefing of an offline exam (P8); and who decided the
/// case, for the separation of the appeal commission (P21-1). The checks are the domain's.
/// </summary>
public sealed partial class ApplicationGrain
{
    public Task<CaseResult> ChooseExamLanguage(ChooseExamLanguage command) => NoteAsync(
        command.CommandId, command.By, "ExamLanguageChosen", Rule.P9,
        () => ExamLanguageChoice.CheckChange(command.Language, noticeSent: Case.Exam is not null, closed: ApplicationProcedure.Table.IsTerminal(Case.Status)),
        () => Case.ExamLanguage = command.Language);

    public Task<CaseResult> HandInSickLeaveSheet(HandInSickLeaveSheet command) => NoteAsync(
        command.CommandId, command.By, "SickLeaveSheetHandedIn", Rule.P7,
        () => command.Sheet is not { Kind: AttachmentKind.SickLeaveSheet, Title: not null }
            ? Refusal.Of(Rule.InvalidInput, "SickLeaveSheetMalformed")
            : SickLeaveSheet.CheckHandIn(Case.PendingReschedule),
        () =>
        {
            Case.Attachments.Add(command.Sheet);
            Case.SickLeaveSheet = command.Sheet;
        });

    public Task<CaseResult> RecordSickLeaveSheetReceived(CaseCommand command) => NoteAsync(
        command.CommandId, command.By, "SickLeaveSheetReceived", Rule.P7,
        () => SickLeaveSheet.CheckReceipt(Case.PendingReschedule, handedIn: Case.SickLeaveSheet is not null),
        () => Case.SickLeaveSheetReceived = true);

    public Task<CaseResult> StartOfflineExam(StartOfflineExam command) => Act(
        command.CommandId, command.By, ApplicationAction.StartExam,
        step => Acquaintance.Check(command.MethodologyAcknowledged, command.ComplaintAndAppealAcknowledged, offline: true, command.SafetyBriefingJournalEntry) is { } missing
            ? missing
            : ExamChecks.ExamDay(Case, step),
        _ => Case.OfflineStart = command);

    public Task<CaseExaminers?> Examiners() => Task.FromResult(Case.Exists
        ? new CaseExaminers(Case.CenterNumber, Case.Protocol?.CommissionId, [.. Case.Protocol?.SignedBy ?? []])
        : null);

    /// <summary>
    /// Records an action that changes no state of the table: admitted as every command is, checked, then applied and
    /// recorded at the case's own clock. A refusal or a failure leaves the state as it was.
    /// </summary>
    private async Task<CaseResult> NoteAsync(Guid commandId, Actor by, string what, Rule rule, Func<Refusal?> check, Action effect)
    {
        if (Admit(commandId, by) is { } early)
        {
            return early;
        }

        if (check() is { } refused)
        {
            return Refused(refused);
        }

        var before = Snapshot();
        var failed = await ChangeAsync(before, () =>
        {
            effect();
            Record(commandId, by, what, rule, time.GetUtcNow());
            return Task.FromResult<Refusal?>(null);
        });
        return failed is null ? await CommitAsync(before) : Refused(failed);
    }
}
