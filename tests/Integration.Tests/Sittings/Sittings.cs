using Platform.Domain.Exams;
using Platform.Domain.Programs;
using Platform.Domain.Proctoring;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Sittings;

/// <summary>The steps of the sitting tests: a case scheduled for Tue 17 Mar 2026, its sitting opened on the day.</summary>
public static class Sittings
{
    public static readonly Actor Proctor = new("proctoring.0001", "proctoring-service", "0001");

    public static readonly DateTimeOffset ExamStart = Almaty(2026, 3, 17, 10);

    public static QualificationProgram Accountant { get; } = DemoPrograms.All().Single(p => p.Code == "accountant-nrk5");

    /// <summary>A case with its exam notice for 17 Mar (P6), the clock moved to that morning (cases are scheduled on 2 Mar).</summary>
    public static async Task<string> ScheduledCaseAsync(
        World world, ExamMode mode, string language = "ru", string candidateKey = CandidateKey, bool toExamDay = true)
    {
        var caseId = NewCaseId();
        var application = world.Grains.GetGrain<IApplicationGrain>(caseId);
        Assert.True((await application.Submit(Application() with { CandidateKey = candidateKey, ExamLanguage = language })).Accepted);
        Assert.True((await application.ConcludeContract(By(Registrar))).Accepted);
        Assert.True((await application.ScheduleExam(new ScheduleExam(Guid.NewGuid(), ExamStart, "Almaty, Abay 1", mode == ExamMode.Online, null, Registrar))).Accepted);
        if (toExamDay && world.Clock.GetUtcNow() < ExamStart.AddMinutes(-30))
        {
            world.Clock.SetUtcNow(ExamStart.AddMinutes(-30));
        }

        return caseId;
    }

    public static async Task<IExamSessionGrain> OpenedAsync(World world, string caseId, ExamMode mode, ExamLanguage language = ExamLanguage.Ru, string candidateKey = CandidateKey)
    {
        var sitting = world.Grains.GetGrain<IExamSessionGrain>(SittingKeys.For(caseId, 1));
        var opened = await sitting.Open(new OpenSitting(Guid.NewGuid(), caseId, "0001", candidateKey, "accountant-nrk5", mode, language, ExamStart, Registrar));
        Assert.True(opened.Accepted, opened.Refusal?.In("en"));
        return sitting;
    }

    /// <summary>Opened, checked in (P8), identity and room scan done online (P2.8), theory open (P9).</summary>
    public static async Task<IExamSessionGrain> InTheoryAsync(
        World world, ExamMode mode, ExamLanguage language = ExamLanguage.Ru, string? caseId = null, string candidateKey = CandidateKey)
    {
        caseId ??= await ScheduledCaseAsync(world, mode, language.ToString().ToLowerInvariant(), candidateKey);
        var sitting = await OpenedAsync(world, caseId, mode, language, candidateKey);
        Assert.True((await sitting.CheckIn(CheckIn(mode))).Accepted);
        if (mode == ExamMode.Online)
        {
            await sitting.VerifyIdentity(new SittingCommand(Guid.NewGuid(), Proctor));
            await sitting.CompleteRoomScan(new SittingCommand(Guid.NewGuid(), Proctor));
        }

        var theory = await sitting.OpenTheory(new SittingCommand(Guid.NewGuid(), Secretary));
        Assert.True(theory.Accepted, theory.Refusal?.In("en"));
        return sitting;
    }

    public static CheckIn CheckIn(ExamMode mode) =>
        new(Guid.NewGuid(), true, true, mode == ExamMode.Offline ? "Journal No. 3, entry 41" : null, Secretary);

    /// <summary>Answers the first <paramref name="correct"/> questions right and the rest wrong.</summary>
    public static async Task AnswerAsync(IExamSessionGrain sitting, int correct)
    {
        var sheet = (await sitting.Resume())!;
        foreach (var question in sheet.Questions)
        {
            var right = Accountant.Theory.Questions.Single(q => q.Id == question.QuestionId).Correct;
            var option = question.Number <= correct ? right : question.Options.First(o => o.Id != right).Id;
            Assert.True((await sitting.SaveAnswer(new SaveAnswer(question.QuestionId, option, 1))).Saved);
        }
    }

    public static ProctoringEvent Seen(IExamSessionGrain sitting, DateTimeOffset at, ProhibitedItem item = ProhibitedItem.MobilePhone) =>
        new(Guid.NewGuid(), sitting.GetPrimaryKeyString(), at, ProctoringKind.ProhibitedItem, 0.97, item, TimeSpan.FromSeconds(42));

    public static ProctoringEvent Suspicious(IExamSessionGrain sitting, DateTimeOffset at, ProctoringKind kind = ProctoringKind.SeveralFaces) =>
        new(Guid.NewGuid(), sitting.GetPrimaryKeyString(), at, kind, 0.8, null, TimeSpan.FromMinutes(3));

    public static async Task<CaseView> CaseOf(World world, IExamSessionGrain sitting) =>
        (await world.Grains.GetGrain<IApplicationGrain>((await sitting.Get())!.CaseId).Get())!;
}
