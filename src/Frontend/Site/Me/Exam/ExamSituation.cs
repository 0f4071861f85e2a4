using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Site.Me.Exam;

/// <summary>The candidate's case and the sitting of its current attempt (null until the center opens it on the exam day).</summary>
/// <param name="Case">The candidate's own case.</param>
/// <param name="SittingId">The key of the sitting of the case's current attempt (P19 retakes, P7/P11 reschedules: a new one).</param>
/// <param name="Sitting">The sitting, once opened.</param>
public sealed record ExamSituation(CaseView Case, string SittingId, SittingView? Sitting)
{
    public ExamStage Stage => Sitting?.State switch
    {
        null => Case.Exam is null ? ExamStage.NotScheduled : ExamStage.NotOpened,
        SittingState.Scheduled => ExamStage.CheckIn,
        SittingState.CheckedIn => ExamStage.Waiting,
        SittingState.TheoryOpen => ExamStage.Theory,
        SittingState.Terminated or SittingState.Removed => ExamStage.Ended,
        SittingState.TechnicalFailure => ExamStage.TechnicalFailure,
        SittingState.Cancelled => ExamStage.Cancelled,
        _ => ExamStage.Result,
    };

    public bool Online => Sitting is { } sitting ? sitting.Mode == ExamMode.Online : Case.Exam?.Online == true;

    /// <summary>The live client runs while the candidate checks in, waits and answers (one light SignalR connection).</summary>
    public bool Live => Stage is ExamStage.CheckIn or ExamStage.Waiting or ExamStage.Theory;

    /// <summary>"kk" or "ru": the language the candidate chose for the exam (P9).</summary>
    public string ExamLanguageCode => Sitting is { } sitting
        ? (sitting.Language == Domain.Programs.ExamLanguage.Kk ? "kk" : "ru")
        : Case.Exam?.Language ?? Case.ExamLanguage ?? "ru";
}
