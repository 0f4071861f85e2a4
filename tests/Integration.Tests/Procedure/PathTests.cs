using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Procedure;

/// <summary>The paths of SPEC §2 with a fake clock: the state, the deadlines and the personal file at each end.</summary>
[Collection(ProcedureCollection.Name)]
public sealed class PathTests(ProcedureCluster cluster)
{
    private static async Task<IReadOnlyList<DocumentKind>> FileAsync(World world) =>
        [.. (await world.Grains.GetGrain<ICandidateGrain>(world.CandidateKey).GetPersonalFile()).Select(d => d.Kind)];

    [Fact]
    public async Task RemarksFixedInTimeLeadToAContract()
    {
        await using var world = await cluster.StartAsync(Almaty(2026, 3, 2));
        var application = world.Grains.GetGrain<IApplicationGrain>(NewCaseId());
        await application.Submit(Application(candidateKey: world.CandidateKey));
        await application.SendRemarks(new SendRemarks(Guid.NewGuid(), ["The work record copy is missing"], Registrar));
        world.Clock.SetUtcNow(Almaty(2026, 3, 4));
        await application.Resubmit(new Resubmit(Guid.NewGuid(), [new AttachedDocument(AttachmentKind.WorkExperience, "Work record", null)], Candidate));

        var contract = await application.ConcludeContract(By(Registrar));

        Assert.Equal(ApplicationState.ContractConcluded, contract.Case.State);
        var deadlines = contract.Case.Deadlines.ToDictionary(d => d.Kind, d => d.Status);
        Assert.Equal(DeadlineStatus.Met, deadlines[DeadlineKind.RemarksFixWindow]);
        Assert.Equal(DeadlineStatus.Met, deadlines[DeadlineKind.ResubmissionReview]);
        Assert.False(deadlines.ContainsKey(DeadlineKind.MotivatedRefusal));
        Assert.Equal([DocumentKind.ApplicationForm, DocumentKind.RemarksNotice, DocumentKind.ServiceContract], await FileAsync(world));
    }

    [Fact]
    public async Task ASecondIncompleteSubmissionEndsInAMotivatedRefusal()
    {
        await using var world = await cluster.StartAsync(Almaty(2026, 3, 2));
        var application = world.Grains.GetGrain<IApplicationGrain>(NewCaseId());
        await application.Submit(Application(candidateKey: world.CandidateKey));
        await application.SendRemarks(new SendRemarks(Guid.NewGuid(), ["The diploma copy is unreadable"], Registrar));
        await application.Resubmit(new Resubmit(Guid.NewGuid(), [], Candidate));

        var refused = await application.SignMotivatedRefusal(By(Head));

        Assert.Equal(ApplicationState.Refused, refused.Case.State);
        Assert.Equal(DeadlineStatus.Met, refused.Case.Deadlines.Single(d => d.Kind == DeadlineKind.ResubmissionReview).Status);
        Assert.Equal(DocumentKind.MotivatedRefusal, (await FileAsync(world))[^1]);
    }

    [Fact]
    public async Task SickLeaveMovesTheExamToANewDateThatTheP6WindowDoesNotBind()
    {
        await using var world = await cluster.StartAsync(Almaty(2026, 3, 2));
        var application = world.Grains.GetGrain<IApplicationGrain>(NewCaseId());
        await application.Submit(Application(candidateKey: world.CandidateKey));
        await application.ConcludeContract(By(Registrar));
        await application.ScheduleExam(new ScheduleExam(Guid.NewGuid(), Almaty(2026, 3, 17), "Almaty", false, null, Registrar));
        world.Clock.SetUtcNow(Almaty(2026, 3, 16));

        Assert.Equal(ApplicationState.Rescheduled, (await application.ReportSickLeave(By(Candidate))).Case.State);
        var withoutReason = await application.ScheduleExam(new ScheduleExam(Guid.NewGuid(), Almaty(2026, 3, 27), "Almaty", false, null, Registrar));
        Assert.Equal("P7", withoutReason.Refusal?.Rule.Id);
        Assert.True((await application.HandInSickLeaveSheet(new HandInSickLeaveSheet(Guid.NewGuid(),
            new AttachedDocument(AttachmentKind.SickLeaveSheet, "Sick-leave sheet", null), Candidate))).Accepted);
        Assert.True((await application.RecordSickLeaveSheetReceived(By(Registrar))).Accepted);
        // Only 6 working days after the notice of Mon 16 Mar: too early under P6, allowed for a P7 reschedule.
        var moved = await application.ScheduleExam(new ScheduleExam(Guid.NewGuid(), Almaty(2026, 3, 27), "Almaty", false, RescheduleReason.SickLeave, Registrar));

        Assert.Equal(ApplicationState.ExamScheduled, moved.Case.State);
        Assert.Equal(RescheduleReason.SickLeave, moved.Case.Exam!.Reason);
        Assert.Equal(DocumentKind.RescheduleNotice, (await FileAsync(world))[^1]);
    }

    [Fact]
    public async Task ExactlySeventyPercentOfTheTheoryIsNotAPass()
    {
        await using var world = await cluster.StartAsync(Almaty(2026, 3, 2));
        var application = await InExamAsync(world);
        await application.CompleteProcedure(new CompleteProcedure(Guid.NewGuid(), 21, 30, true, [], SittingEnd.Completed, Secretary));

        var pass = await application.RecordProtocol(new ProtocolDecision(Guid.NewGuid(), "com-0001-a", true, ["member.0001"], null, Secretary));

        Assert.Equal("P15", pass.Refusal?.Rule.Id);
        Assert.Equal(ApplicationState.AwaitingProtocol, pass.Case.State);
    }

    [Fact]
    public async Task AnUpheldAppealLeadsToTheCertificate()
    {
        await using var world = await cluster.StartAsync(Almaty(2026, 3, 2));
        var application = await InExamAsync(world);
        await application.CompleteProcedure(new CompleteProcedure(Guid.NewGuid(), 20, 30, true, [], SittingEnd.Completed, Secretary));
        await application.RecordProtocol(new ProtocolDecision(Guid.NewGuid(), "com-0001-a", false, ["member.0001"], "20 of 30", Secretary));
        await application.SendFailureNotice(new SendFailureNotice(Guid.NewGuid(), ["Revise payroll"], Registrar));
        await application.FileAppeal(new FileAppeal(Guid.NewGuid(), "Questions 4 and 9 were marked wrongly", Candidate));
        Assert.True((await application.RegisterAppeal(new RegisterAppeal(Guid.NewGuid(), await AppealCommissionAsync(world, application), Registrar))).Accepted);
        var upheld = await application.DecideAppeal(new DecideAppeal(Guid.NewGuid(), AppealOutcome.Upheld, "Two answers were right", ["appeal.0001"], Registrar));
        Assert.Equal(ApplicationState.AppealUpheld, upheld.Case.State);

        var issued = await application.IssueCertificate(By(Head));

        Assert.Equal(ApplicationState.CertificateIssued, issued.Case.State);
        Assert.NotNull(issued.Case.CertificateSerial);
        Assert.Equal(DeadlineStatus.Met, issued.Case.Deadlines.Single(d => d.Kind == DeadlineKind.AppealUpheldDocumentIssue).Status);
        Assert.Equal([DocumentKind.AppealProtocol, DocumentKind.Certificate], (await FileAsync(world)).TakeLast(2));
    }
}
