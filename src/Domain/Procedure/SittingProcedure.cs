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
        [CheckIn] = new("P8", "check-in happens once, before the stages, for a scheduled sitting",
                "идентификация и ознакомление кандидата проводятся один раз, до начала этапов назначенного экзамена",
                "кандидатты сәйкестендіру және таныстыру тағайындалған емтихан кезеңдері басталғанға дейін бір рет жүргізіледі"),
        [OpenTheory] = new("P9", "the theory stage opens after check-in (P8)",
                "теоретический этап начинается после идентификации и ознакомления кандидата (пункт 8 Правил)",
                "теориялық кезең кандидат сәйкестендіріліп, таныстырылғаннан кейін басталады (Қағидалардың 8-тармағы)"),
        [SubmitTheory] = new("P9", "theory answers are submitted while the theory stage is open",
                "ответы теоретического этапа сдаются до завершения теоретического этапа",
                "теориялық кезеңнің жауаптары теориялық кезең аяқталғанға дейін тапсырылады"),
        [AdmitToPractical] = new("P15", "admission is decided on submitted theory answers",
                "решение о допуске к практическому этапу принимается по сданным ответам теоретического этапа",
                "практикалық кезеңге жіберу туралы шешім теориялық кезеңнің тапсырылған жауаптары бойынша қабылданады"),
        [RefuseAdmission] = new("P15", "admission is decided on submitted theory answers",
                "решение о допуске к практическому этапу принимается по сданным ответам теоретического этапа",
                "практикалық кезеңге жіберу туралы шешім теориялық кезеңнің тапсырылған жауаптары бойынша қабылданады"),
        [CompletePractical] = new("P17", "the procedure completes at the end of the practical stage",
                "процедура завершается по окончании практического этапа",
                "рәсім практикалық кезең аяқталған соң аяқталады"),
        [Terminate] = mode == ExamMode.Online
            ? new("P13", "the procedure is terminated for a second violation during a stage (P12)",
                "процедура прекращается при повторном нарушении во время этапа (пункт 12 Правил)",
                "кезең барысында бұзушылық қайталанған кезде рәсім тоқтатылады (Қағидалардың 12-тармағы)")
            : new("P13", "an offline sitting is not terminated automatically; the commission removes the candidate",
                "экзамен в офлайн-формате не прекращается автоматически; кандидата удаляет комиссия",
                "офлайн форматтағы емтихан автоматты түрде тоқтатылмайды; кандидатты комиссия шығарады"),
        [Remove] = mode == ExamMode.Offline
            ? new("P13", "the commission removes the candidate for a second violation during a stage (P12)",
                "комиссия удаляет кандидата при повторном нарушении во время этапа (пункт 12 Правил)",
                "кезең барысында бұзушылық қайталанған кезде комиссия кандидатты шығарады (Қағидалардың 12-тармағы)")
            : new("P13", "an online sitting is terminated by the proctoring, not by removal",
                "экзамен в онлайн-формате прекращается онлайн прокторингом, а не удалением кандидата",
                "онлайн форматтағы емтиханды кандидатты шығару арқылы емес, онлайн прокторинг тоқтатады"),
        [ReportTechnicalFailure] = mode == ExamMode.Online
            ? new("P11", "a technical failure is reported for an online sitting in progress",
                "о техническом сбое сообщается в ходе проходящего экзамена в онлайн-формате",
                "техникалық ақау туралы өтіп жатқан онлайн форматтағы емтихан барысында хабарланады")
            : new("P11", "P11 technical failures concern online sittings",
                "технические сбои по пункту 11 Правил касаются экзаменов в онлайн-формате",
                "Қағидалардың 11-тармағындағы техникалық ақаулар онлайн форматтағы емтихандарға қатысты"),
        [Cancel] = new("P7", "a sitting is cancelled for temporary incapacity before it begins",
                "экзамен отменяется до его начала в связи с временной нетрудоспособностью",
                "емтихан уақытша еңбекке жарамсыздыққа байланысты басталғанға дейін болдырылмайды"),
    };
}
