using Platform.Domain.Exams;
using Platform.Domain.Rules;
using static Platform.Domain.Procedure.SittingAction;
using static Platform.Domain.Procedure.SittingState;

namespace Platform.Domain.Procedure;

/// <summary>
/// One sitting as a transition table, per mode: online sittings are terminated (P13) and may fail technically (P11);
/// offline sittings remove the candidate instead (P13). Violations are possible only while a stage runs (P12).
/// </summary>
public static class SittingProcedure
{
    private static readonly SittingState[] _duringStages = [TheoryOpen, TheorySubmitted, PracticalOpen];

    /// <summary>What the end of the exam day closes: an open theory is submitted first, by its time limit's rule (P9).</summary>
    private static readonly SittingState[] _closedAtDayEnd = [Scheduled, CheckedIn, TheorySubmitted, PracticalOpen];

    /// <summary>The state of a new sitting.</summary>
    public const SittingState Initial = Scheduled;

    /// <summary>The table of online sittings.</summary>
    public static TransitionTable<SittingState, SittingAction> Online { get; } = Build(ExamMode.Online);

    /// <summary>The table of offline sittings.</summary>
    public static TransitionTable<SittingState, SittingAction> Offline { get; } = Build(ExamMode.Offline);

    /// <summary>The table for a mode.</summary>
    public static TransitionTable<SittingState, SittingAction> For(ExamMode mode) => mode == ExamMode.Online ? Online : Offline;

    /// <summary>The new state, or a refusal naming the rule broken.</summary>
    public static TransitionResult<SittingState> Apply(ExamMode mode, SittingState state, SittingAction action) =>
        For(mode).Apply(state, action);

    private static TransitionTable<SittingState, SittingAction> Build(ExamMode mode) =>
        new(Common().Concat(mode == ExamMode.Online ? OnlineOnly() : OfflineOnly()), Requirements(mode));

    private static IEnumerable<Transition<SittingState, SittingAction>> Common() =>
    [
        new(Scheduled, Cancel, Cancelled, Rule.P7),
        new(Scheduled, CheckIn, CheckedIn, Rule.P8),
        new(CheckedIn, OpenTheory, TheoryOpen, Rule.P9),
        new(TheoryOpen, SubmitTheory, TheorySubmitted, Rule.P9),
        new(TheorySubmitted, AdmitToPractical, PracticalOpen, Rule.P15),
        new(TheorySubmitted, RefuseAdmission, NotAdmitted, Rule.P15),
        new(PracticalOpen, CompletePractical, Completed, Rule.P16.And(Rule.P17)),
        .. _closedAtDayEnd.Select(from => new Transition<SittingState, SittingAction>(from, CloseAtDayEnd, Unfinished, Rule.P6.And(Rule.P17))),
    ];

    private static IEnumerable<Transition<SittingState, SittingAction>> OnlineOnly() =>
        _duringStages.Select(from => new Transition<SittingState, SittingAction>(from, Terminate, Terminated, Rule.P13))
            .Concat(new[] { CheckedIn, TheoryOpen, TheorySubmitted, PracticalOpen }
                .Select(from => new Transition<SittingState, SittingAction>(from, ReportTechnicalFailure, TechnicalFailure, Rule.P11)));

    private static IEnumerable<Transition<SittingState, SittingAction>> OfflineOnly() =>
        _duringStages.Select(from => new Transition<SittingState, SittingAction>(from, Remove, Removed, Rule.P13));

    private static Dictionary<SittingAction, Refusal> Requirements(ExamMode mode) => new()
    {
        [CheckIn] = Refusal.Of(Rule.P8, "CheckInOnce"),
        [OpenTheory] = Refusal.Of(Rule.P9, "TheoryAfterCheckIn"),
        [SubmitTheory] = Refusal.Of(Rule.P9, "SubmitWhileTheoryOpen"),
        [AdmitToPractical] = Refusal.Of(Rule.P15, "AdmissionOnSubmittedTheory"),
        [RefuseAdmission] = Refusal.Of(Rule.P15, "AdmissionOnSubmittedTheory"),
        [CompletePractical] = Refusal.Of(Rule.P17, "CompleteAfterPractical"),
        [Terminate] = Refusal.Of(Rule.P13, mode == ExamMode.Online ? "TerminateOnSecondViolation" : "OfflineNotTerminated"),
        [Remove] = Refusal.Of(Rule.P13, mode == ExamMode.Offline ? "RemoveOnSecondViolation" : "OnlineNotRemoved"),
        [ReportTechnicalFailure] = Refusal.Of(Rule.P11, mode == ExamMode.Online ? "TechnicalFailureDuringOnlineSitting" : "TechnicalFailureOnlineOnly"),
        [Cancel] = Refusal.Of(Rule.P7, "CancelBeforeStart"),
        [CloseAtDayEnd] = Refusal.Of(Rule.P6, "DayEndClosesOpenSitting"),
    };
}
