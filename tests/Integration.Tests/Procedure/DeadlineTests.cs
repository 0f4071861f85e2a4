using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Procedure;

public sealed class DeadlineTests
{
    [Fact]
    public async Task TheCompletenessReviewIsAtRiskTheDayBeforeItIsDueAndBreachedAfter()
    {
        // Mon 2 Mar 2026: registered; P5 gives the center 3 working days after that day: due Thu 5 Mar, at risk Wed 4 Mar.
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var application = world.Grains.GetGrain<IApplicationGrain>(NewCaseId());
        async Task<DeadlineStatus> Review() => (await application.Get())!.Deadlines.Single(d => d.Kind == DeadlineKind.CompletenessReview).Status;

        var submitted = await application.Submit(Application());
        var review = Assert.Single(submitted.Case.Deadlines);
        Assert.Equal((DeadlineKind.CompletenessReview, "P5"), (review.Kind, review.Rule));
        Assert.Equal(new DateOnly(2026, 3, 5), DateOnly.FromDateTime(review.DueAt.ToOffset(TimeSpan.FromHours(5)).DateTime));

        Assert.Equal(DeadlineStatus.Open, await Review());
        await world.AdvanceToAsync(Almaty(2026, 3, 4, 0, 1), Review, status => status == DeadlineStatus.AtRisk);
        Assert.True(world.Clock.GetUtcNow() < Almaty(2026, 3, 5, 23, 59));
        await world.AdvanceToAsync(Almaty(2026, 3, 6, 0, 1), Review, status => status == DeadlineStatus.Breached);

        // Met late: still a breach in the case (the center's board, read from the projection, drops it; see CaseListTests).
        var contract = await application.ConcludeContract(By(Registrar));
        Assert.True(contract.Accepted);
        var review2 = contract.Case.Deadlines.Single(d => d.Kind == DeadlineKind.CompletenessReview);
        Assert.Equal(DeadlineStatus.Breached, review2.Status);
        Assert.NotNull(review2.MetAt);
        Assert.Equal(DeadlineStatus.Open, contract.Case.Deadlines.Single(d => d.Kind == DeadlineKind.ExamNotice).Status);
    }

    [Fact]
    public async Task AMetDeadlineNeverFires()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var application = world.Grains.GetGrain<IApplicationGrain>(NewCaseId());
        await application.Submit(Application());
        await application.ConcludeContract(By(Registrar));

        // Past the completeness review's due instant: the exam notice (5 wd after Mon 2 Mar, by the end of Tue 10 Mar as
        // 9 Mar is a day off) is at risk from Fri 6 Mar, the working day before; the met review never fires.
        var view = await world.AdvanceToAsync(Almaty(2026, 3, 9, 0, 1), async () => (await application.Get())!,
            v => v.Deadlines.Single(d => d.Kind == DeadlineKind.ExamNotice).Status == DeadlineStatus.AtRisk);
        Assert.Equal(DeadlineStatus.Met, view.Deadlines.Single(d => d.Kind == DeadlineKind.CompletenessReview).Status);
        Assert.DoesNotContain(view.Deadlines, d => d.Status == DeadlineStatus.Breached);
    }

    [Fact]
    public async Task WhenTheRemarksWindowClosesTheMotivatedRefusalIsDraftedForTheHead()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var application = world.Grains.GetGrain<IApplicationGrain>(NewCaseId());
        await application.Submit(Application());
        var remarks = await application.SendRemarks(new SendRemarks(Guid.NewGuid(), ["The copy of the diploma is unreadable"], Registrar));
        Assert.Equal(ApplicationState.RemarksSent, remarks.Case.State);

        var early = await application.SignMotivatedRefusal(By(Head));
        Assert.Equal("P5", early.Refusal?.Rule.Id);

        // P5: 3 wd after Mon 2 Mar → the window closes at the end of Thu 5 Mar.
        var drafted = await world.AdvanceToAsync(Almaty(2026, 3, 6, 9), async () => (await application.Get())!,
            view => view.History.Any(e => e.What == "MotivatedRefusalDrafted"));
        Assert.Equal(DeadlineStatus.Closed, drafted.Deadlines.Single(d => d.Kind == DeadlineKind.RemarksFixWindow).Status);

        var late = await application.Resubmit(new Resubmit(Guid.NewGuid(), [], Candidate));
        Assert.Equal("P5", late.Refusal?.Rule.Id);
        var byRegistrar = await application.SignMotivatedRefusal(By(Registrar));
        Assert.Equal("P5", byRegistrar.Refusal?.Rule.Id);

        var refused = await application.SignMotivatedRefusal(By(Head));
        Assert.True(refused.Accepted);
        Assert.Equal(ApplicationState.Refused, refused.Case.State);
    }

    [Fact]
    public async Task WhenTheAppealWindowClosesTheResultIsFinal()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var application = world.Grains.GetGrain<IApplicationGrain>(NewCaseId());
        await application.Submit(Application());
        await application.ConcludeContract(By(Registrar));
        // P6: notice on Mon 2 Mar; the 10th working day after it is Tue 17 Mar (9 Mar moved 8 Mar off).
        Assert.True((await application.ScheduleExam(new ScheduleExam(Guid.NewGuid(), Almaty(2026, 3, 17, 10), "Almaty, Abay 1", true, null, Registrar))).Accepted);

        world.Clock.SetUtcNow(Almaty(2026, 3, 17, 10));
        Assert.True((await application.StartExam(By(Candidate))).Accepted);
        Assert.True((await application.CompleteProcedure(new CompleteProcedure(Guid.NewGuid(), 21, 30, null, [], SittingEnd.Completed, Secretary))).Accepted);
        Assert.True((await application.RecordProtocol(new ProtocolDecision(Guid.NewGuid(), "commission-1", false, ["member.0001"], "21 of 30", Secretary))).Accepted);
        var notice = await application.SendFailureNotice(new SendFailureNotice(Guid.NewGuid(), ["Study VAT"], Registrar));
        Assert.Equal(ApplicationState.FailureNotified, notice.Case.State);

        // P20: delivered electronically on Tue 17 Mar; 5 wd: 18, 19, 20, 26, 27 Mar (Nauryz and its moves take 23-25 Mar).
        var window = notice.Case.Deadlines.Single(d => d.Kind == DeadlineKind.AppealWindow);
        var final = await world.AdvanceToAsync(window.DueAt.AddMinutes(1), async () => (await application.Get())!, view => view.State == ApplicationState.ResultFinal);

        Assert.Equal(DeadlineStatus.Closed, final.Deadlines.Single(d => d.Kind == DeadlineKind.AppealWindow).Status);
        Assert.Equal("P20", (await application.FileAppeal(new FileAppeal(Guid.NewGuid(), "The question 7 was wrong", Candidate))).Refusal?.Rule.Id);
    }
}
