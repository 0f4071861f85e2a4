using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;
using Platform.Domain.Programs;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;
using static Platform.Integration.Tests.Sittings.Sittings;

namespace Platform.Integration.Tests.Sittings;

public sealed class CheckInTests
{
    [Fact]
    public async Task AnOnlineTheoryDoesNotOpenBeforeIdentityAndRoomScan()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var caseId = await ScheduledCaseAsync(world, ExamMode.Online);
        var sitting = await OpenedAsync(world, caseId, ExamMode.Online);

        Assert.Equal("P9", (await sitting.OpenTheory(new SittingCommand(Guid.NewGuid(), Secretary))).Refusal?.Rule.Id); // not checked in (P8)
        Assert.True((await sitting.CheckIn(CheckIn(ExamMode.Online))).Accepted);
        var noIdentity = await sitting.OpenTheory(new SittingCommand(Guid.NewGuid(), Secretary));
        Assert.Equal("P8, P2.8", noIdentity.Refusal?.Rule.Id);
        Assert.Contains("identity", noIdentity.Refusal?.In("en"));

        await sitting.Ingest([new ProctoringEvent(Guid.NewGuid(), sitting.GetPrimaryKeyString(), ExamStart, ProctoringKind.IdentityVerified, 0.99)]);
        var noScan = await sitting.OpenTheory(new SittingCommand(Guid.NewGuid(), Secretary));
        Assert.Equal("P8, P2.8", noScan.Refusal?.Rule.Id);
        Assert.Contains("room scan", noScan.Refusal?.In("en"));
        Assert.Equal(ApplicationState.ExamScheduled, (await CaseOf(world, sitting)).State);

        await sitting.Ingest([Suspicious(sitting, ExamStart, ProctoringKind.RoomScanCompleted)]);
        var opened = await sitting.OpenTheory(new SittingCommand(Guid.NewGuid(), Secretary));
        Assert.True(opened.Accepted, opened.Refusal?.In("en"));
        Assert.Equal(SittingState.TheoryOpen, opened.Sitting!.State);
        Assert.NotNull(opened.Sitting.CheckIn.IdentityVerifiedAt);
        Assert.NotNull(opened.Sitting.CheckIn.RoomScanCompletedAt);
        Assert.Equal(ApplicationState.InExam, (await CaseOf(world, sitting)).State); // the case heard StartExam
    }

    [Fact]
    public async Task CheckInRecordsTheAcknowledgementsAndOfflineTheSafetyBriefing()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var caseId = await ScheduledCaseAsync(world, ExamMode.Offline);
        var sitting = await OpenedAsync(world, caseId, ExamMode.Offline);

        Assert.Equal("P8", (await sitting.CheckIn(new CheckIn(Guid.NewGuid(), true, false, "Journal No. 3, entry 41", Secretary))).Refusal?.Rule.Id);
        Assert.Equal("P8", (await sitting.CheckIn(new CheckIn(Guid.NewGuid(), true, true, null, Secretary))).Refusal?.Rule.Id);
        Assert.Equal("P2.8", (await sitting.VerifyIdentity(new SittingCommand(Guid.NewGuid(), Proctor))).Refusal?.Rule.Id);

        var checkedIn = await sitting.CheckIn(CheckIn(ExamMode.Offline));
        Assert.True(checkedIn.Accepted);
        var record = checkedIn.Sitting!.CheckIn;
        Assert.NotNull(record.MethodologyAcknowledgedAt);
        Assert.NotNull(record.ComplaintAndAppealAcknowledgedAt);
        Assert.NotNull(record.SafetyBriefingAt);
        Assert.Equal("Journal No. 3, entry 41", record.SafetyBriefingJournalEntry);
        Assert.True((await sitting.OpenTheory(new SittingCommand(Guid.NewGuid(), Secretary))).Accepted); // offline: no room scan
    }

    [Fact]
    public async Task ASittingIsOpenedOnlyInAModeAndLanguageOfTheExamNotice()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var caseId = await ScheduledCaseAsync(world, ExamMode.Offline, "kk");
        var sitting = world.Grains.GetGrain<IExamSessionGrain>(SittingKeys.For(caseId, 1));

        var online = await sitting.Open(new OpenSitting(Guid.NewGuid(), caseId, "0001", CandidateKey, "accountant-nrk5", ExamMode.Online, ExamLanguage.Kk, ExamStart, Registrar));
        var russian = await sitting.Open(new OpenSitting(Guid.NewGuid(), caseId, "0001", CandidateKey, "accountant-nrk5", ExamMode.Offline, ExamLanguage.Ru, ExamStart, Registrar));
        var welder = await sitting.Open(new OpenSitting(Guid.NewGuid(), caseId, "0001", CandidateKey, "welder-nrk3", ExamMode.Offline, ExamLanguage.Kk, ExamStart, Registrar));

        Assert.Equal(new string?[] { "P6, P9", "P6, P9", "P6" }, new[] { online.Refusal?.Rule.Id, russian.Refusal?.Rule.Id, welder.Refusal?.Rule.Id });
        Assert.Null(await sitting.Get());
        Assert.StartsWith("sitting-", sitting.GetPrimaryKeyString());
    }
}
