using Platform.Domain.Procedure;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Procedure;

/// <summary>An action out of order is refused with the rule it breaks, and changes nothing.</summary>
[Collection(ProcedureCollection.Name)]
public sealed class RefusalTests(ProcedureCluster cluster)
{
    [Fact]
    public async Task ActionsOutOfOrderAreRefusedWithTheirRuleAndChangeNothing()
    {
        await using var world = await cluster.StartAsync(Almaty(2026, 3, 2));
        var application = world.Grains.GetGrain<IApplicationGrain>(NewCaseId());
        await application.Submit(Application());

        var certificate = await application.IssueCertificate(By(Head));
        Assert.Equal("P18", certificate.Refusal?.Rule.Id);
        Assert.Equal(ApplicationState.Registered, certificate.Case.State);

        await application.ConcludeContract(By(Registrar));
        // P6: from a notice on Mon 2 Mar the exam lies from Tue 17 Mar to Fri 3 Apr 2026.
        var tooEarly = await application.ScheduleExam(new ScheduleExam(Guid.NewGuid(), Almaty(2026, 3, 16), "Almaty", false, null, Registrar));
        var tooLate = await application.ScheduleExam(new ScheduleExam(Guid.NewGuid(), Almaty(2026, 4, 6), "Almaty", false, null, Registrar));
        var wrongLanguage = await application.ChooseExamLanguage(new ChooseExamLanguage(Guid.NewGuid(), "en", Candidate));
        Assert.Equal(("P6", "P6", "P9"), (tooEarly.Refusal?.Rule.Id, tooLate.Refusal?.Rule.Id, wrongLanguage.Refusal?.Rule.Id));

        var scheduled = await application.ScheduleExam(new ScheduleExam(Guid.NewGuid(), Almaty(2026, 4, 3), "Almaty", false, null, Registrar));
        Assert.True(scheduled.Accepted);
        Assert.Equal("P6", (await application.StartExam(By(Secretary))).Refusal?.Rule.Id); // not before the exam day
        Assert.Equal(ApplicationState.ExamScheduled, (await application.Get())!.State);
    }

    [Fact]
    public async Task ARepeatedCommandChangesNothing()
    {
        await using var world = await cluster.StartAsync(Almaty(2026, 3, 2));
        var application = world.Grains.GetGrain<IApplicationGrain>(NewCaseId());
        var submit = Application();
        var first = await application.Submit(submit);
        var again = await application.Submit(submit);
        var contract = By(Registrar);
        await application.ConcludeContract(contract);
        var contractAgain = await application.ConcludeContract(contract);

        Assert.Equal(first.Case.Version, again.Case.Version);
        Assert.True(contractAgain.Accepted);
        Assert.Equal(2, contractAgain.Case.Version);
        Assert.Equal(2, contractAgain.Case.History.Count);
    }

    [Fact]
    public async Task AnApplicationWithoutConsentIsRefused()
    {
        await using var world = await cluster.StartAsync(Almaty(2026, 3, 2));
        var application = world.Grains.GetGrain<IApplicationGrain>(NewCaseId());

        var refused = await application.Submit(Application() with { PersonalDataConsent = false });

        Assert.Equal("P4", refused.Refusal?.Rule.Id);
        Assert.Null(await application.Get());
    }

    [Fact]
    public async Task OnlyOneAppealIsFiledAndOnlyAgainstAFailure()
    {
        await using var world = await cluster.StartAsync(Almaty(2026, 3, 2));
        var application = await InExamAsync(world);
        await application.CompleteProcedure(new CompleteProcedure(Guid.NewGuid(), 22, 30, false, ["Step 4 not per the map"], SittingEnd.Completed, Secretary));

        var falsePass = await application.RecordProtocol(new ProtocolDecision(Guid.NewGuid(), "commission-1", true, ["member.0001"], null, Secretary));
        Assert.Equal("P16", falsePass.Refusal?.Rule.Id);

        await application.RecordProtocol(new ProtocolDecision(Guid.NewGuid(), "commission-1", false, ["member.0001"], "practical", Secretary));
        await application.SendFailureNotice(new SendFailureNotice(Guid.NewGuid(), ["Practise step 4"], Registrar));
        Assert.True((await application.FileAppeal(new FileAppeal(Guid.NewGuid(), "Step 4 was performed", Candidate))).Accepted);

        var second = await application.FileAppeal(new FileAppeal(Guid.NewGuid(), "Again", Candidate));
        Assert.Equal("P20", second.Refusal?.Rule.Id);
        var neverFormed = await application.RegisterAppeal(new RegisterAppeal(Guid.NewGuid(), "commission-1", Registrar));
        Assert.Equal("P21", neverFormed.Refusal?.Rule.Id);
    }
}
