using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Procedure;

/// <summary>A case grain that refuses or fails a command keeps its state exactly as it was before it.</summary>
[Collection(ProcedureCollection.Name)]
public sealed class StateIntegrityTests(ProcedureCluster cluster)
{
    [Fact]
    public async Task ASubmitWithANullAttachmentIsRefusedAndLeavesNoCaseBehind()
    {
        await using var world = await cluster.StartAsync(Almaty(2026, 3, 2));
        var application = world.Grains.GetGrain<IApplicationGrain>(NewCaseId());

        var refused = await application.Submit(Application() with { Attachments = [null!] });

        Assert.Equal(Rule.InvalidInput.Id, refused.Refusal?.Rule.Id);
        Assert.Null(await application.Get());
        var valid = await application.Submit(Application());
        Assert.True(valid.Accepted);
        Assert.Equal((1, 1), (valid.Case.Version, valid.Case.History.Count));
    }

    [Fact]
    public async Task ASubmitForAnUnknownProgramIsRefusedAndLeavesNoCaseBehind()
    {
        await using var world = await cluster.StartAsync(Almaty(2026, 3, 2));
        var application = world.Grains.GetGrain<IApplicationGrain>(NewCaseId());

        var refused = await application.Submit(Application(program: "no-such-program"));

        Assert.Equal("P4", refused.Refusal?.Rule.Id);
        Assert.Null(await application.Get());
        var valid = await application.Submit(Application());
        Assert.True(valid.Accepted);
        Assert.Equal(("accountant-nrk5", 1), (valid.Case.ProgramCode, valid.Case.Version));
    }

    [Fact]
    public async Task ASubmitWhoseWriteFailsLeavesNoCaseAndItsRetryRegistersIt()
    {
        var storage = cluster.Storage;
        await using var world = await cluster.StartAsync(Almaty(2026, 3, 2));
        var caseId = NewCaseId();
        var application = world.Grains.GetGrain<IApplicationGrain>(caseId);
        var submit = Application();

        storage.Value!.FailNextWrite(caseId);
        await Assert.ThrowsAnyAsync<Exception>(() => application.Submit(submit));

        Assert.Null(await application.Get());
        var retried = await application.Submit(submit);
        Assert.True(retried.Accepted);
        Assert.Equal(1, retried.Case.Version);
    }

    [Fact]
    public async Task AnActionWhoseWriteFailsLeavesTheCaseAsItWasAndItsRetryIsApplied()
    {
        var storage = cluster.Storage;
        await using var world = await cluster.StartAsync(Almaty(2026, 3, 2));
        var caseId = NewCaseId();
        var application = world.Grains.GetGrain<IApplicationGrain>(caseId);
        await application.Submit(Application());
        var contract = By(Registrar);

        storage.Value!.FailNextWrite(caseId);
        await Assert.ThrowsAnyAsync<Exception>(() => application.ConcludeContract(contract));

        var unchanged = (await application.Get())!;
        Assert.Equal((ApplicationState.Registered, 1, 1), (unchanged.State, unchanged.Version, unchanged.History.Count));
        var retried = await application.ConcludeContract(contract); // not mistaken for a repeat of a command never written
        Assert.True(retried.Accepted);
        Assert.Equal((ApplicationState.ContractConcluded, 2), (retried.Case.State, retried.Case.Version));
    }

    [Fact]
    public async Task ACommandIdRepeatedByAnotherActorIsAConflictThatShowsNothingOfTheCase()
    {
        await using var world = await cluster.StartAsync(Almaty(2026, 3, 2));
        var application = world.Grains.GetGrain<IApplicationGrain>(NewCaseId());
        var submit = Application();
        await application.Submit(submit);
        var contract = By(Registrar);
        await application.ConcludeContract(contract);

        var foreignSubmit = await application.Submit(submit with { By = new Actor("candidate-2", "candidate") });
        var foreignContract = await application.ConcludeContract(contract with { By = Head });

        Assert.All([foreignSubmit, foreignContract], refused =>
        {
            Assert.Equal(Rule.CommandIdTaken.Id, refused.Refusal?.Rule.Id);
            Assert.Equal(("", "", 0, 0), (refused.Case.CandidateKey, refused.Case.CenterNumber, refused.Case.History.Count, refused.Case.Version));
            Assert.Empty(refused.Case.Attachments ?? []);
        });
        Assert.True((await application.ConcludeContract(contract)).Accepted); // the sender's own repeat
        Assert.Equal(2, (await application.Get())!.Version);
    }
}
