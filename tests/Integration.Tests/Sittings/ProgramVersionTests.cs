using System.Text.Json.Nodes;
using Platform.Domain.Exams;
using Platform.Grains.Programs;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;
using static Platform.Integration.Tests.Sittings.Sittings;

namespace Platform.Integration.Tests.Sittings;

/// <summary>SPEC §5, issue 15: a sitting keeps the program version it was opened under, whatever is loaded after.</summary>
public sealed class ProgramVersionTests
{
    [Fact]
    public async Task ASittingDrawsItsTicketFromTheVersionItWasOpenedUnderAndANewSittingGetsTheNewVersion()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        const string second = "cand-versiontwoaaaaaaaaaaaaaaaaa";
        await world.RegisterCandidateAsync(second);
        var firstCase = await ScheduledCaseAsync(world, ExamMode.Offline, toExamDay: false);
        var secondCase = await ScheduledCaseAsync(world, ExamMode.Offline, "ru", second, toExamDay: false);
        world.Clock.SetUtcNow(ExamStart.AddMinutes(-30));
        var early = await OpenedAsync(world, firstCase, ExamMode.Offline);
        Assert.True((await early.CheckIn(CheckIn(ExamMode.Offline))).Accepted);

        // Version 2 draws 5 questions of IFRS instead of 8: a ticket of 27.
        var changed = JsonNode.Parse(Accountant.ToJson())!;
        changed["theory"]!["blueprint"]![0]!["count"] = 5;
        var program = world.Grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(Accountant.Code));
        Assert.Equal(2, await program.Load(changed.ToJsonString(), "admin.0001"));

        var theory = await early.OpenTheory(new SittingCommand(Guid.NewGuid(), Secretary));
        var late = await InTheoryAsync(world, ExamMode.Offline, caseId: secondCase, candidateKey: second);
        var lateView = (await late.Get())!;
        var opened = (await early.ExportEventLog()).Records.First(r => r.Kind == "Opened");
        var versions = await program.GetVersions();

        Assert.True(theory.Accepted, theory.Refusal?.In("en"));
        Assert.Equal((1, 30), (theory.Sitting!.ProgramVersion, theory.Sitting.TicketSize));
        Assert.Equal(30, (await early.Resume())!.Questions.Count);
        Assert.Contains("\"programVersion\":1", opened.Payload, StringComparison.Ordinal);
        Assert.Equal((2, 27), (lateView.ProgramVersion, lateView.TicketSize));
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal("admin.0001", versions[1].LoadedBy);
        Assert.Equal(Accountant.ToJson(), (await program.GetDocument(1))!.Json);
        Assert.Null(await program.GetDocument(3));
    }
}
