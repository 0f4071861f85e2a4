using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Programs;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;
using static Platform.Integration.Tests.Sittings.Sittings;

namespace Platform.Integration.Tests.Sittings;

public sealed class TheoryTests
{
    [Fact]
    public async Task TheTicketIsInTheChosenLanguageAndTheCandidateNeverSeesTheAnswerKey()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Online, ExamLanguage.Kk);

        var sheet = (await sitting.Resume())!;

        Assert.Equal(ExamLanguage.Kk, sheet.Language);
        Assert.Equal(Accountant.Theory.TicketSize, sheet.Questions.Count);
        Assert.Equal(sheet.Questions.Count, sheet.Questions.Select(q => q.QuestionId).Distinct().Count());
        foreach (var question in sheet.Questions)
        {
            var bank = Accountant.Theory.Questions.Single(q => q.Id == question.QuestionId);
            Assert.Equal(bank.Kk.Text, question.Text);
            Assert.Equal(bank.Kk.Options.Select(o => o.Id).Order(), question.Options.Select(o => o.Id).Order());
        }

        // Nothing the candidate receives names the correct option.
        Assert.DoesNotContain(typeof(TheorySheet).GetProperties().Concat(typeof(CandidateQuestion).GetProperties()).Concat(typeof(CandidateOption).GetProperties()),
            p => p.Name.Contains("Correct", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(sheet.Questions.Select(q => q.QuestionId), (await sitting.Resume())!.Questions.Select(q => q.QuestionId)); // stable
    }

    [Fact]
    public async Task AnAnswerWithAnOlderOrEqualSequenceNeverOverwritesTheStoredOne()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Online);
        var question = (await sitting.Resume())!.Questions[0];
        var (a, b, c) = (question.Options[0].Id, question.Options[1].Id, question.Options[2].Id);

        var second = await sitting.SaveAnswer(new SaveAnswer(question.QuestionId, a, 2));
        var late = await sitting.SaveAnswer(new SaveAnswer(question.QuestionId, b, 1));
        var duplicate = await sitting.SaveAnswer(new SaveAnswer(question.QuestionId, b, 2));
        var third = await sitting.SaveAnswer(new SaveAnswer(question.QuestionId, c, 3));
        var unknown = await sitting.SaveAnswer(new SaveAnswer("no-such-question", a, 4));

        Assert.True(second.Saved);
        Assert.Equal((false, a, 2L), (late.Saved, late.StoredOptionId, late.StoredSequence));
        Assert.Equal((false, a, 2L), (duplicate.Saved, duplicate.StoredOptionId, duplicate.StoredSequence));
        Assert.Equal((true, c, 3L), (third.Saved, third.StoredOptionId, third.StoredSequence));
        Assert.Equal("P9", unknown.Refusal?.Rule.Id);
        Assert.Equal(new SavedAnswer(question.QuestionId, c, 3), Assert.Single((await sitting.Resume())!.Answers));
    }

    [Fact]
    public async Task AReconnectResumesWithTheAnswersAndTheTimeLeftIncludingExtraTime()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Online);
        var questions = (await sitting.Resume())!.Questions;
        await sitting.SaveAnswer(new SaveAnswer(questions[0].QuestionId, questions[0].Options[0].Id, 1));
        await sitting.SaveAnswer(new SaveAnswer(questions[1].QuestionId, questions[1].Options[1].Id, 1));

        world.Clock.Advance(TimeSpan.FromMinutes(20));
        var resumed = (await sitting.Resume())!;
        Assert.Equal(TimeSpan.FromMinutes(40), resumed.TimeLeft); // the program's 60 minutes, 20 gone
        Assert.Equal(2, resumed.Answers.Count);

        Assert.Equal("P10, P11", (await sitting.GrantExtraTime(new GrantExtraTime(Guid.NewGuid(), 0, "screen reader", Secretary))).Refusal?.Rule.Id);
        var granted = await sitting.GrantExtraTime(new GrantExtraTime(Guid.NewGuid(), 15, "screen reader", Secretary));
        Assert.True(granted.Accepted);
        Assert.Equal(TimeSpan.FromMinutes(55), (await sitting.Resume())!.TimeLeft);
    }

    [Fact]
    public async Task AtTheTimeLimitTheTheoryIsSubmittedByItselfAndLaterAnswersAreRefused()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Offline);
        await AnswerAsync(sitting, correct: 21);
        var question = (await sitting.Resume())!.Questions[0];
        var application = world.Grains.GetGrain<IApplicationGrain>((await sitting.Get())!.CaseId);

        // Only the reminder can submit here: the case is watched, not the sitting (any call to it enforces the limit too).
        world.Clock.Advance(TimeSpan.FromMinutes(59));
        var completed = await world.AdvanceUntilAsync(async () => (await application.Get())!, view => view.State == ApplicationState.AwaitingProtocol, minutes: 10);

        Assert.Equal(ApplicationState.AwaitingProtocol, completed.State);
        var view = (await sitting.Get())!;
        Assert.Equal(SittingState.NotAdmitted, view.State);
        Assert.Equal(TimeSpan.Zero, view.TimeLeft);
        var late = await sitting.SaveAnswer(new SaveAnswer(question.QuestionId, question.Options[0].Id, 99));
        Assert.Equal("P9", late.Refusal?.Rule.Id);
        Assert.Equal(1L, late.StoredSequence);
    }

    [Fact]
    public async Task TwentyOneOfThirtyCompletesTheSittingWithoutThePractical()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Online);
        await AnswerAsync(sitting, correct: 21);

        var submitted = await sitting.SubmitTheory(new SittingCommand(Guid.NewGuid(), Candidate));

        Assert.Equal(SittingState.NotAdmitted, submitted.Sitting!.State);
        Assert.Equal(new[] { 21, 30 }, new[] { submitted.Sitting.Scores!.TheoryCorrect, submitted.Sitting.Scores.TheoryTotal });
        Assert.False(submitted.Sitting.Scores.Admitted);
        Assert.Null(submitted.Sitting.Scores.PracticalPassed);
        Assert.Equal(ApplicationState.AwaitingProtocol, (await CaseOf(world, sitting)).State);
        Assert.Equal("P16", (await sitting.MarkStep(new MarkStep(Guid.NewGuid(), "x", true, null, Secretary))).Refusal?.Rule.Id);
    }

    [Fact]
    public async Task TwentyTwoOfThirtyAndThePracticalCompleteTheCase()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Offline);
        await AnswerAsync(sitting, correct: 22);

        var admitted = await sitting.SubmitTheory(new SittingCommand(Guid.NewGuid(), Candidate));
        Assert.Equal(SittingState.PracticalOpen, admitted.Sitting!.State);
        Assert.Equal(ApplicationState.InExam, (await CaseOf(world, sitting)).State);

        var map = Accountant.Practical[0].MapIn(ExamLanguage.Ru);
        foreach (var step in map.Steps)
        {
            Assert.True((await sitting.MarkStep(new MarkStep(Guid.NewGuid(), step.Id, step.Id != map.Steps[2].Id, "seen", Secretary))).Accepted);
        }

        Assert.True((await sitting.MarkStep(new MarkStep(Guid.NewGuid(), map.Steps[2].Id, true, "redone per the map", Secretary))).Accepted);
        var completed = await sitting.CompletePractical(new SittingCommand(Guid.NewGuid(), Secretary));

        Assert.Equal(SittingState.Completed, completed.Sitting!.State);
        Assert.Equal((22, true, true), (completed.Sitting.Scores!.TheoryCorrect, completed.Sitting.Scores.Admitted, completed.Sitting.Scores.PracticalPassed));
        Assert.Equal(ApplicationState.AwaitingProtocol, (await CaseOf(world, sitting)).State);
        Assert.Null(completed.Sitting.CaseRefusal);
    }

    [Fact]
    public async Task EveryAcknowledgedAnswerIsThereAfterTheSiloHostingTheSittingStops()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Online);
        var questions = (await sitting.Resume())!.Questions;
        var acknowledged = new List<SavedAnswer>();
        foreach (var question in questions.Take(12))
        {
            var receipt = await sitting.SaveAnswer(new SaveAnswer(question.QuestionId, question.Options[^1].Id, 1));
            acknowledged.Add(new SavedAnswer(receipt.QuestionId, receipt.StoredOptionId!, receipt.StoredSequence));
        }

        await world.RestartSiloAsync();

        var again = world.Grains.GetGrain<IExamSessionGrain>(sitting.GetPrimaryKeyString());
        var resumed = (await again.Resume())!;
        Assert.Equal(SittingState.TheoryOpen, resumed.State);
        Assert.Equal(questions.Select(q => q.QuestionId), resumed.Questions.Select(q => q.QuestionId));
        Assert.Equal(acknowledged, resumed.Answers);
        Assert.True((await again.SaveAnswer(new SaveAnswer(questions[0].QuestionId, questions[0].Options[0].Id, 2))).Saved);
        Assert.True((await again.ExportEventLog()).Intact);
    }
}
