using Platform.Domain.Exams;
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
        new(Scheduled, Cancel, Cancelled, "P7"),
        new(Scheduled, CheckIn, CheckedIn, "P8"),
        new(CheckedIn, OpenTheory, TheoryOpen, "P9"),
        new(TheoryOpen, SubmitTheory, TheorySubmitted, "P9"),
        new(TheorySubmitted, AdmitToPractical, PracticalOpen, "P15"),
        new(TheorySubmitted, RefuseAdmission, NotAdmitted, "P15"),
        new(PracticalOpen, CompletePractical, Completed, "P16, P17"),
    ];

    private static IEnumerable<Transition<SittingState, SittingAction>> OnlineOnly() =>
        _duringStages.Select(from => new Transition<SittingState, SittingAction>(from, Terminate, Terminated, "P13"))
            .Concat(new[] { CheckedIn, TheoryOpen, TheorySubmitted, PracticalOpen }
                .Select(from => new Transition<SittingState, SittingAction>(from, ReportTechnicalFailure, TechnicalFailure, "P11")));

    private static IEnumerable<Transition<SittingState, SittingAction>> OfflineOnly() =>
        _duringStages.Select(from => new Transition<SittingState, SittingAction>(from, Remove, Removed, "P13"));

    private static Dictionary<SittingAction, ActionRequirement> Requirements(ExamMode mode) => new()
    {
        [CheckIn] = new("P8", "check-in happens once, before the stages, for a scheduled sitting"),
        [OpenTheory] = new("P9", "the theory stage opens after check-in (P8)"),
        [SubmitTheory] = new("P9", "theory answers are submitted while the theory stage is open"),
        [AdmitToPractical] = new("P15", "admission is decided on submitted theory answers"),
        [RefuseAdmission] = new("P15", "admission is decided on submitted theory answers"),
        [CompletePractical] = new("P17", "the procedure completes at the end of the practical stage"),
        [Terminate] = mode == ExamMode.Online
            ? new("P13", "the procedure is terminated for a second violation during a stage (P12)")
            : new("P13", "an offline sitting is not terminated automatically; the commission removes the candidate"),
        [Remove] = mode == ExamMode.Offline
            ? new("P13", "the commission removes the candidate for a second violation during a stage (P12)")
            : new("P13", "an online sitting is terminated by the proctoring, not by removal"),
        [ReportTechnicalFailure] = mode == ExamMode.Online
            ? new("P11", "a technical failure is reported for an online sitting in progress")
            : new("P11", "P11 technical failures concern online sittings"),
        [Cancel] = new("P7", "a sitting is cancelled for temporary incapacity before it begins"),
    };
}
