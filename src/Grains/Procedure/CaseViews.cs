using Platform.Domain.Procedure;

namespace Platform.Grains.Procedure;

/// <summary>What a case answers: its view, or one that shows nothing of it.</summary>
internal static class CaseViews
{
    public static CaseView Of(string caseId, CaseState @case) => new(
        caseId,
        @case.CenterNumber,
        @case.CandidateKey,
        @case.ProgramCode,
        @case.NrkLevel,
        @case.Channel,
        @case.Status,
        @case.Attempt,
        [.. @case.Remarks],
        @case.Exam,
        new CaseDeadlines(@case).Views(),
        [.. @case.History],
        @case.CertificateSerial,
        @case.Version,
        [.. @case.Attachments],
        @case.ExamLanguage,
        @case.SickLeaveSheetReceived,
        @case.Results,
        @case.AppealGrounds,
        @case.OfflineProgramVersion);

    /// <summary>An answer that shows nothing of the case but the number the caller already sent.</summary>
    public static CaseView Blank(string caseId) =>
        new(caseId, "", "", "", 0, default, ApplicationProcedure.Initial, 0, [], null, [], [], null, 0);

    /// <summary>The answer to an application refused before it became a case: what was sent, nothing more.</summary>
    public static CaseView Unapplied(string caseId, SubmitApplication command) => new(
        caseId, command.CenterNumber, command.CandidateKey, command.ProgramCode, command.NrkLevel, command.Channel,
        ApplicationState.Registered, 0, [], null, [], [], null, 0);
}
