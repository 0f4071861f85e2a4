using Platform.Domain.Procedure;
using Platform.Domain.Rules;

namespace Platform.Grains.Procedure;

/// <summary>
/// What comes before the exam: the candidate's language (P9), the copy of the sick-leave sheet (P7), the acquaintance
/// and safety briefing of an offline exam (P8). The checks are the domain's.
/// </summary>
internal static class PreparationStage
{
    public static CaseNote ChooseExamLanguage(ChooseExamLanguage command) => new(
        "ExamLanguageChosen", Rule.P9,
        c => ExamLanguageChoice.CheckChange(command.Language, noticeSent: c.Exam is not null, closed: ApplicationProcedure.Table.IsTerminal(c.Status)),
        c => c.ExamLanguage = command.Language);

    public static CaseNote HandInSickLeaveSheet(HandInSickLeaveSheet command) => new(
        "SickLeaveSheetHandedIn", Rule.P7,
        c => command.Sheet is not { Kind: AttachmentKind.SickLeaveSheet, Title: not null }
            ? Refusal.Of(Rule.InvalidInput, "SickLeaveSheetMalformed")
            : SickLeaveSheet.CheckHandIn(c.PendingReschedule),
        c =>
        {
            c.Attachments.Add(command.Sheet);
            c.SickLeaveSheet = command.Sheet;
        });

    public static CaseNote RecordSickLeaveSheetReceived() => new(
        "SickLeaveSheetReceived", Rule.P7,
        c => SickLeaveSheet.CheckReceipt(c.PendingReschedule, handedIn: c.SickLeaveSheet is not null),
        c => c.SickLeaveSheetReceived = true);

    /// <summary><paramref name="programVersion"/>: the program's current version, which the exam keeps (SPEC §5).</summary>
    public static StageCommand StartOfflineExam(StartOfflineExam command, int? programVersion) => new(
        ApplicationAction.StartExam,
        c => Acquaintance.Check(command.MethodologyAcknowledged, command.ComplaintAndAppealAcknowledged, offline: true, command.SafetyBriefingJournalEntry) is { } missing
            ? missing
            : ExamChecks.ExamDay(c.Case, c.Step),
        c =>
        {
            c.Case.OfflineStart = command;
            c.Case.OfflineProgramVersion = programVersion;
        });

    /// <summary>Step 16 (P22): the appeal protocol is kept 3 years from signing, then may be destroyed on the head's decision.</summary>
    public static Refusal? CheckProtocolDestruction(CaseState @case, Actor by) =>
        by.Role != Roles.HeadOfCenter ? Refusal.Of(Rule.P22, "ProtocolDestroyedByHead")
        : @case.AppealDecision is null || !@case.AppealProtocolMayBeDestroyed ? Refusal.Of(Rule.P22, "ProtocolKeptThreeYears")
        : null;
}
