using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;
using Platform.Domain.Exams;
using Platform.Grains.Commissions;
using Platform.Grains.Documents;
using DocumentAppealDecision = Platform.Grains.Documents.AppealDecision;

namespace Platform.Grains.Procedure;

/// <summary>
/// Composes the documents of SPEC §4 from a case at the step that produces each (the certificate is composed where
/// it is signed, in <see cref="CertificateIssuance"/>). Pure: every input is passed in.
/// </summary>
internal static class CaseDocuments
{
    public static ApplicationForm Application(CaseState state, CaseContext context, DateOnly today) => new(
        context.CenterName,
        context.Candidate.Name,
        context.Candidate.MaskedIin,
        context.Candidate.BirthDate,
        context.Candidate.Contacts.HomeAddress,
        context.Candidate.Contacts.Email,
        context.Candidate.Contacts.MobilePhone,
        context.Candidate.Contacts.WorkPhone,
        context.Profession,
        state.NrkLevel,
        null,
        null,
        null,
        [.. state.Attachments.Select(a => a.Title)],
        context.Candidate.ConsentToProcessing,
        context.Candidate.ConsentToNskPlacement,
        today,
        state.Channel == ApplicationChannel.Paper ? SignatureMethod.Paper : SignatureMethod.Electronic);

    public static RemarksNotice Remarks(CaseState state, CaseContext context, DateOnly today) => new(
        context.CenterName, context.Candidate.Name, context.Profession, RegisteredOn(state, today), [.. state.Remarks], today,
        DueDay(state, DeadlineKind.RemarksFixWindow) ?? today);

    public static MotivatedRefusal Refusal(CaseState state, CaseContext context, DateOnly today) => new(
        context.CenterName, context.Candidate.Name, context.Profession,
        state.Deadlines.TryGetValue(DeadlineKind.RemarksFixWindow, out var window) ? window.StartDay : today,
        [.. state.Remarks], new HeadSignature(context.Center.HeadName, today));

    public static ServiceContract Contract(string caseId, CaseState state, CaseContext context, DateOnly today) => new(
        context.CenterName, context.Center.AddressRu, new HeadSignature(context.Center.HeadName, today), context.Candidate.Name,
        context.Profession, state.NrkLevel, null, Number(caseId, state, "D"), context.Center.AddressRu, today);

    public static DocumentContent ExamNotice(CaseState state, CaseContext context, ExamAppointment? previous, DateOnly today)
    {
        var exam = state.Exam!;
        var local = exam.StartsAt.ToOffset(KazakhstanTime.Zone.GetUtcOffset(exam.StartsAt));
        var mode = exam.Online ? ExamMode.Online : ExamMode.Offline;
        return exam.Reason is { } reason && previous is not null
            ? new RescheduleNotice(context.CenterName, context.Candidate.Name, context.Profession, reason,
                KazakhstanTime.DateOf(previous.StartsAt), DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime),
                mode, exam.Online ? null : exam.Place, exam.Online ? exam.Place : null, today)
            : new Documents.ExamNotice(context.CenterName, context.Candidate.Name, context.Profession, state.NrkLevel,
                DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime), mode,
                exam.Online ? null : exam.Place, exam.Online ? exam.Place : null, Language(exam.Language), today);
    }

    public static CommissionProtocol Protocol(string caseId, CaseState state, CaseContext context, CommissionView? commission, DateOnly today)
    {
        var results = state.Results!;
        return new CommissionProtocol(
            context.CenterName, Number(caseId, state, "P"), context.Candidate.Name, context.Profession, state.NrkLevel,
            state.Exam?.Online == true ? ExamMode.Online : ExamMode.Offline, Language(state.Exam?.Language ?? "ru"),
            CompletedOn(state, today), Theory(results), Practical(state, context),
            state.Protocol!.Passed, Signatories(commission, state.Protocol.SignedBy, today));
    }

    public static FailureNotice Failure(string caseId, CaseState state, CaseContext context, IReadOnlyList<string> recommendations, DateOnly today) => new(
        context.CenterName, context.Candidate.Name, context.Profession, state.NrkLevel, Number(caseId, state, "P"),
        SignedOn(state, nameof(Platform.Domain.Procedure.ApplicationAction.SignProtocolNotPassed), today),
        Theory(state.Results!), Practical(state, context), recommendations, today);

    public static AppealProtocol Appeal(string caseId, CaseState state, CaseContext context, CommissionView? commission, DateOnly today)
    {
        var decision = state.AppealDecision!;
        var filed = state.Deadlines.TryGetValue(DeadlineKind.AppealDecision, out var clock) ? clock.StartDay : today;
        return new AppealProtocol(
            context.CenterName, Number(caseId, state, "A"), context.Candidate.Name, context.Profession, Number(caseId, state, "P"),
            filed, state.AppealGrounds ?? "", (DocumentAppealDecision)(int)decision.Outcome, [decision.Reasons], Signatories(commission, decision.SignedBy, today), today);
    }

    private static TheoryOutcome Theory(CompleteProcedure results) =>
        TheoryOutcome.From(TheoryResult.Evaluate(results.TheoryCorrect, results.TheoryTotal));

    private static PracticalOutcome? Practical(CaseState state, CaseContext context)
    {
        var results = state.Results!;
        if (results.PracticalPassed is not { } passed)
        {
            return null;
        }

        var task = context.Program.Practical.FirstOrDefault();
        var title = task is null ? "" : (state.Exam?.Language == "kk" ? task.Title.Kk : task.Title.Ru);
        return new PracticalOutcome(title, passed, [.. results.PracticalShortfalls.Select(s => new PracticalShortfallLine(s, s, false, null))]);
    }

    private static IReadOnlyList<Signatory> Signatories(CommissionView? commission, IReadOnlyList<string> signedBy, DateOnly today) =>
        commission is null
            ? [.. signedBy.Select(s => new Signatory(s, CommissionRole.Member, today))]
            : [.. commission.Members.Select(m => new Signatory(m.PrintedName, m.Role, signedBy.Contains(m.Subject) ? today : null))];

    private static DocumentLanguage Language(string code) => code == "kk" ? DocumentLanguage.Kk : DocumentLanguage.Ru;

    private static DateOnly RegisteredOn(CaseState state, DateOnly fallback) =>
        state.History.Count > 0 ? KazakhstanTime.DateOf(state.History[0].At) : fallback;

    private static DateOnly CompletedOn(CaseState state, DateOnly fallback) =>
        state.Deadlines.TryGetValue(DeadlineKind.Protocol, out var protocol) ? protocol.StartDay : fallback;

    private static DateOnly SignedOn(CaseState state, string what, DateOnly fallback) =>
        state.History.LastOrDefault(e => e.What == what) is { } signed ? KazakhstanTime.DateOf(signed.At) : fallback;

    private static DateOnly? DueDay(CaseState state, DeadlineKind kind) =>
        state.Deadlines.TryGetValue(kind, out var deadline) ? KazakhstanTime.DateOf(deadline.DueAt) : null;

    /// <summary>A document number that names no person: center, case, attempt and kind (D contract, P protocol, A appeal).</summary>
    private static string Number(string caseId, CaseState state, string kind) =>
        $"{state.CenterNumber}-{caseId["case-".Length..][..8].ToUpperInvariant()}-{state.Attempt}{kind}";
}
