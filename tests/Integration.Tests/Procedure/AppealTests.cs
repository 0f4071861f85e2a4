using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Procedure;

/// <summary>P20-P23: the appeal, its three outcomes, and the retention of its protocol (P22).</summary>
public sealed class AppealTests
{
    private static async Task<IApplicationGrain> FailedAndAppealedAsync(World world)
    {
        var application = await InExamAsync(world);
        await application.CompleteProcedure(new CompleteProcedure(Guid.NewGuid(), 18, 30, null, [], SittingEnd.Completed, Secretary));
        await application.RecordProtocol(new ProtocolDecision(Guid.NewGuid(), "com-0001-a", false, ["member.0001"], "18 of 30", Secretary));
        await application.SendFailureNotice(new SendFailureNotice(Guid.NewGuid(), ["Study the chart of accounts"], Registrar));
        await application.FileAppeal(new FileAppeal(Guid.NewGuid(), "Question 12 had two right answers", Candidate));
        Assert.True((await application.RegisterAppeal(new RegisterAppeal(Guid.NewGuid(), await AppealCommissionAsync(world, application), Registrar))).Accepted);
        return application;
    }

    [Fact]
    public async Task ATechnicalDiscrepancySendsTheCandidateBackToTheExamNoticeAsANewAttempt()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var application = await FailedAndAppealedAsync(world);

        var resit = await application.DecideAppeal(new DecideAppeal(Guid.NewGuid(), AppealOutcome.TechnicalDiscrepancy, "The test server failed", ["appeal.0001"], Registrar));

        Assert.Equal((ApplicationState.ContractConcluded, 2), (resit.Case.State, resit.Case.Attempt));
        Assert.Equal(DeadlineStatus.Met, resit.Case.Deadlines.Single(d => d.Kind == DeadlineKind.AppealDecision).Status);
        Assert.Equal(DeadlineStatus.Open, resit.Case.Deadlines.Single(d => d.Kind == DeadlineKind.ExamNotice).Status);
    }

    [Fact]
    public async Task TheAppealProtocolIsKeptThreeYearsThenTheHeadMayDestroyIt()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var application = await FailedAndAppealedAsync(world);
        var rejected = await application.DecideAppeal(new DecideAppeal(Guid.NewGuid(), AppealOutcome.Rejected, "Both answers were checked", ["appeal.0001"], Registrar));
        Assert.Equal(ApplicationState.ResultFinal, rejected.Case.State);
        var candidate = world.Grains.GetGrain<ICandidateGrain>(CandidateKey);
        Assert.Contains(await candidate.GetPersonalFile(), d => d.Kind == DocumentKind.AppealProtocol);

        Assert.Equal("P22", (await application.DestroyAppealProtocol(By(Head))).Refusal?.Rule.Id);

        var retention = rejected.Case.Deadlines.Single(d => d.Kind == DeadlineKind.AppealProtocolRetention);
        Assert.Equal(2029, retention.DueAt.Year);
        await world.AdvanceToAsync(retention.DueAt.AddMinutes(1), async () => (await application.Get())!,
            view => view.Deadlines.Single(d => d.Kind == DeadlineKind.AppealProtocolRetention).Status == DeadlineStatus.Closed);

        Assert.Equal("P22", (await application.DestroyAppealProtocol(By(Registrar))).Refusal?.Rule.Id);
        var destroyed = await application.DestroyAppealProtocol(By(Head));
        Assert.True(destroyed.Accepted);
        Assert.DoesNotContain(await candidate.GetPersonalFile(), d => d.Kind == DocumentKind.AppealProtocol);
        Assert.Equal("AppealProtocolDestroyed", destroyed.Case.History[^1].What);
    }
}
