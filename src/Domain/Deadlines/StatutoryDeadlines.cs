using Platform.Domain.Rules;

namespace Platform.Domain.Deadlines;

/// <summary>
/// The one table of statutory deadlines (SPEC §2). No deadline number appears anywhere else in code.
/// </summary>
public static class StatutoryDeadlines
{
    /// <summary>P6: the exam date is at least this many working days after the day the notice is sent.</summary>
    public const int ExamDateEarliestWorkingDays = 10;

    /// <summary>P6: the exam date is at most this many working days after the day the notice is sent.</summary>
    public const int ExamDateLatestWorkingDays = 20;

    /// <summary>P5: completeness review, 3 wd after the day of registration; a center breach.</summary>
    public static StatutoryDeadline CompletenessReview { get; } = Center(
        DeadlineKind.CompletenessReview, 3, DeadlineClockStart.ApplicationRegistered, Rule.P5,
        "Review the completeness of the documents: conclude the contract or send a notice with remarks");

    /// <summary>P5: the candidate fixes the remarks, 3 wd after the day the notice was sent; then a motivated refusal is drafted.</summary>
    public static StatutoryDeadline RemarksFixWindow { get; } = new(
        DeadlineKind.RemarksFixWindow, DeadlineOwner.Candidate, 3, DeadlinePeriodUnit.WorkingDays,
        DeadlineClockStart.RemarksNoticeSent, DeadlineExpiry.MotivatedRefusalDrafted, Rule.P5,
        "Fix the remarks and resubmit the documents");

    /// <summary>P5: motivated refusal signed by the head, 3 wd after the day the notice was sent; a center breach.</summary>
    public static StatutoryDeadline MotivatedRefusal { get; } = Center(
        DeadlineKind.MotivatedRefusal, 3, DeadlineClockStart.RemarksNoticeSent, Rule.P5,
        "Send the motivated refusal signed by the head of the center");

    /// <summary>P5: review of a resubmission, 3 wd after the day it arrived; a center breach.</summary>
    public static StatutoryDeadline ResubmissionReview { get; } = Center(
        DeadlineKind.ResubmissionReview, 3, DeadlineClockStart.DocumentsResubmitted, Rule.P5,
        "Review the resubmitted documents: conclude the contract or refuse");

    /// <summary>P6: exam notice, 5 wd after the day of the contract; a center breach.</summary>
    public static StatutoryDeadline ExamNotice { get; } = Center(
        DeadlineKind.ExamNotice, 5, DeadlineClockStart.ContractConcluded, Rule.P6,
        "Send the notice of the exam date, time and place");

    /// <summary>P17: protocol, 2 wd after the candidate completed the procedure; a center breach.</summary>
    public static StatutoryDeadline Protocol { get; } = Center(
        DeadlineKind.Protocol, 2, DeadlineClockStart.ProcedureCompleted, Rule.P17,
        "Draw up and sign the protocol of the commission's decision");

    /// <summary>P18: document issued and result recorded on the NSK platform, 3 wd after the protocol was signed; a center breach.</summary>
    public static StatutoryDeadline DocumentIssue { get; } = Center(
        DeadlineKind.DocumentIssue, 3, DeadlineClockStart.ProtocolSigned, Rule.P18,
        "Issue the recognition document and record the result on the NSK platform");

    /// <summary>P19: failure notice with recommendations, 3 wd after the protocol was signed; a center breach.</summary>
    public static StatutoryDeadline FailureNotice { get; } = Center(
        DeadlineKind.FailureNotice, 3, DeadlineClockStart.ProtocolSigned, Rule.P19,
        "Send the notice of the decision, the right to retake, and recommendations");

    /// <summary>P20: appeal window, 5 wd after the day the results were received; then the result is final.</summary>
    public static StatutoryDeadline AppealWindow { get; } = new(
        DeadlineKind.AppealWindow, DeadlineOwner.Candidate, 5, DeadlinePeriodUnit.WorkingDays,
        DeadlineClockStart.ResultsReceived, DeadlineExpiry.ResultFinal, Rule.P20,
        "File an appeal against the commission's decision");

    /// <summary>P22: appeal decision, 5 wd after the day the appeal was received; a center breach.</summary>
    public static StatutoryDeadline AppealDecision { get; } = Center(
        DeadlineKind.AppealDecision, 5, DeadlineClockStart.AppealReceived, Rule.P22,
        "Decide the appeal and send the decision to the candidate");

    /// <summary>P23 with P18: after an upheld appeal the document is issued within 3 wd of the appeal protocol; a center breach.</summary>
    public static StatutoryDeadline AppealUpheldDocumentIssue { get; } = Center(
        DeadlineKind.AppealUpheldDocumentIssue, 3, DeadlineClockStart.AppealProtocolSigned, Rule.P23.And(Rule.P18),
        "Issue the recognition document after the upheld appeal");

    /// <summary>P22: the appeal protocol is kept 3 calendar years from signing; then it may be destroyed.</summary>
    public static StatutoryDeadline AppealProtocolRetention { get; } = new(
        DeadlineKind.AppealProtocolRetention, DeadlineOwner.Center, 3, DeadlinePeriodUnit.CalendarYears,
        DeadlineClockStart.AppealProtocolSigned, DeadlineExpiry.MayBeDestroyed, Rule.P22,
        "Keep the appeal protocol");

    /// <summary>Every statutory deadline, in the order of the procedure.</summary>
    public static IReadOnlyList<StatutoryDeadline> All { get; } =
    [
        CompletenessReview, RemarksFixWindow, MotivatedRefusal, ResubmissionReview, ExamNotice, Protocol,
        DocumentIssue, FailureNotice, AppealWindow, AppealDecision, AppealUpheldDocumentIssue, AppealProtocolRetention,
    ];

    /// <summary>The deadline of a kind.</summary>
    public static StatutoryDeadline Get(DeadlineKind kind) => All.Single(d => d.Kind == kind);

    private static StatutoryDeadline Center(
        DeadlineKind kind, int workingDays, DeadlineClockStart start, Rule rule, string description) =>
        new(kind, DeadlineOwner.Center, workingDays, DeadlinePeriodUnit.WorkingDays, start, DeadlineExpiry.CenterBreach, rule, description);
}
