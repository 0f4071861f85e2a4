using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;
using static Platform.Integration.Tests.Sittings.Sittings;

namespace Platform.Integration.Tests.Sittings;

public sealed class ProctoringTests
{
    [Fact]
    public async Task ASecondViolationAfterTheDeliveredWarningTerminatesAnOnlineSitting()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Online);
        var observer = new RecordingObserver();
        await sitting.Subscribe(world.Grains.CreateObjectReference<ISittingObserver>(observer));
        var t0 = world.Clock.GetUtcNow();

        var first = await sitting.Ingest([Seen(sitting, t0)]);
        Assert.Equal(ViolationOutcome.WarningDue, first.Outcome);
        var pending = (await sitting.Resume())!.PendingWarning;
        Assert.Equal(ProhibitedItem.MobilePhone, pending!.Item);

        world.Clock.SetUtcNow(t0.AddSeconds(5));
        Assert.True((await sitting.AcknowledgeWarningDelivered()).Accepted);
        var second = await sitting.Ingest([Seen(sitting, t0.AddMinutes(3), ProhibitedItem.SmartWatch)]);

        Assert.Equal((ViolationOutcome.Terminated, SittingState.Terminated), (second.Outcome, second.State));
        var @case = await CaseOf(world, sitting);
        Assert.Equal(ApplicationState.AwaitingProtocol, @case.State);
        var view = (await sitting.Get())!;
        Assert.Equal(TimeSpan.Zero, view.TimeLeft);
        var act = view.ViolationAct!;
        Assert.Equal((ViolationActOutcome.Terminated, "theory"), (act.Outcome, act.Stage));
        Assert.Equal(t0.AddSeconds(5), act.WarningDeliveredAt);
        Assert.Contains("SmartWatch", act.Observed);
        Assert.Equal("Ахметова", act.Candidate.Surname);
        Assert.Equal("P9", (await sitting.SaveAnswer(new SaveAnswer((await sitting.Resume())!.Questions[0].QuestionId, "a", 1))).Refusal?.Rule.Id);
        await WaitForAsync(() => observer.Heard.Contains("ended:Terminated:P13") && observer.Heard.Contains("warning:MobilePhone"));

        // P14: signed by the commission, then filed in the personal file.
        Assert.Equal("P14", (await sitting.SignViolationAct(new SignViolationAct(Guid.NewGuid(), [], Secretary))).Refusal?.Rule.Id);
        var signed = await sitting.SignViolationAct(new SignViolationAct(Guid.NewGuid(),
            [new Signatory("Омаров Ерлан", CommissionRole.Chair), new Signatory("Ким Ольга", CommissionRole.Member)], Secretary));
        Assert.True(signed.Sitting!.ViolationActSigned);
        var file = await world.Grains.GetGrain<ICandidateGrain>(CandidateKey).GetPersonalFile();
        var header = Assert.Single(file, h => h.Kind == DocumentKind.ViolationAct);
        var filed = (ViolationAct)(await world.Grains.GetGrain<ICandidateGrain>(CandidateKey).GetDocument(header.DocumentId))!.Content;
        Assert.All(filed.Members, m => Assert.NotNull(m.SignedOn));
    }

    [Fact]
    public async Task ASecondViolationAfterTheOralWarningRemovesTheCandidateOffline()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Offline);
        var t0 = world.Clock.GetUtcNow();

        await sitting.Ingest([Seen(sitting, t0, ProhibitedItem.CribSheet)]);
        world.Clock.SetUtcNow(t0.AddSeconds(30));
        await sitting.AcknowledgeWarningDelivered(); // the commission warned orally
        var removed = await sitting.Ingest([Seen(sitting, t0.AddMinutes(10))]);

        Assert.Equal((ViolationOutcome.Removed, SittingState.Removed), (removed.Outcome, removed.State));
        Assert.Equal(ApplicationState.AwaitingProtocol, (await CaseOf(world, sitting)).State);
        Assert.Equal(ViolationActOutcome.Removed, (await sitting.Get())!.ViolationAct!.Outcome);
    }

    [Fact]
    public async Task OnePhoneSeenInThirtyFramesIsOneViolation()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Online);
        var t0 = world.Clock.GetUtcNow();
        var frames = Enumerable.Range(0, 30).Select(i => Seen(sitting, t0.AddSeconds(i * 0.5))).ToArray();

        await sitting.Ingest(frames[..10]);
        world.Clock.SetUtcNow(t0.AddSeconds(5.2));
        await sitting.AcknowledgeWarningDelivered();
        var rest = await sitting.Ingest(frames[10..]);

        Assert.Equal((ViolationOutcome.Warned, SittingState.TheoryOpen), (rest.Outcome, rest.State));
        Assert.Single((await sitting.Get())!.Warnings);
    }

    [Fact]
    public async Task ADetectionBeforeTheWarningIsDeliveredDoesNotCountAsTheSecondAndRepeatsAreHarmless()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Online);
        var t0 = world.Clock.GetUtcNow();
        var phone = Seen(sitting, t0);
        var watch = Seen(sitting, t0.AddMinutes(1), ProhibitedItem.SmartWatch);

        await sitting.Ingest([watch, phone]); // out of order
        world.Clock.SetUtcNow(t0.AddMinutes(2));
        await sitting.AcknowledgeWarningDelivered();
        var again = await sitting.Ingest([phone, watch, phone]);

        Assert.Equal((0, 3), (again.Logged, again.Duplicates));
        Assert.Equal((ViolationOutcome.Warned, SittingState.TheoryOpen), (again.Outcome, again.State));
        Assert.Equal(ProhibitedItem.MobilePhone, Assert.Single((await sitting.Get())!.Warnings).Item);
    }

    [Fact]
    public async Task AConfirmedSuspiciousEventCountsAsAViolation()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Online);
        var t0 = world.Clock.GetUtcNow();
        await sitting.Ingest([Seen(sitting, t0)]);
        world.Clock.SetUtcNow(t0.AddSeconds(3));
        await sitting.AcknowledgeWarningDelivered();
        var faces = Suspicious(sitting, t0.AddMinutes(4));

        var logged = await sitting.Ingest([faces, Suspicious(sitting, t0.AddMinutes(5), ProctoringKind.Heartbeat) with { Item = null }]);
        Assert.Equal((ViolationOutcome.Warned, 1), (logged.Outcome, logged.Telemetry));
        var shown = Assert.Single((await sitting.Get())!.Suspicious);
        Assert.Equal((ProctoringKind.SeveralFaces, false), (shown.Kind, shown.Confirmed));

        var confirmed = await sitting.ConfirmViolation(new ConfirmViolation(faces.Id, Secretary));

        Assert.Equal(SittingState.Terminated, confirmed.Sitting!.State);
        Assert.True(Assert.Single(confirmed.Sitting.Suspicious).Confirmed);
        Assert.Equal("P13", (await sitting.ConfirmViolation(new ConfirmViolation(Guid.NewGuid(), Secretary))).Refusal?.Rule.Id);
    }

    [Fact]
    public async Task ATechnicalFailureSuspendsTheSittingAndTheCaseIsRescheduled()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var offlineCase = await ScheduledCaseAsync(world, ExamMode.Offline, toExamDay: false);
        var sitting = await InTheoryAsync(world, ExamMode.Online);

        var failed = await sitting.ReportTechnicalFailure(new SittingCommand(Guid.NewGuid(), Proctor));

        Assert.Equal(SittingState.TechnicalFailure, failed.Sitting!.State);
        Assert.Equal(ApplicationState.Rescheduled, (await CaseOf(world, sitting)).State);

        var offline = await InTheoryAsync(world, ExamMode.Offline, caseId: offlineCase);
        Assert.Equal("P11", (await offline.ReportTechnicalFailure(new SittingCommand(Guid.NewGuid(), Proctor))).Refusal?.Rule.Id);
    }

    /// <summary>
    /// Issue 17: an observer the sitting did not hold (the frontend's, back after the sitting moved to another silo) hears
    /// at once what it missed — the state and the warning not yet delivered, or the end — and a renewal of one it holds
    /// hears nothing again.
    /// </summary>
    [Fact]
    public async Task AnObserverTheSittingDidNotHoldHearsItsStateAndThePendingWarningOrItsEndAtOnce()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Online);
        var t0 = world.Clock.GetUtcNow();
        await sitting.Ingest([Seen(sitting, t0)]); // warned while nobody watched

        var late = new RecordingObserver();
        var reference = world.Grains.CreateObjectReference<ISittingObserver>(late);
        await sitting.Subscribe(reference);
        await WaitForAsync(() => late.Heard.Contains("state:TheoryOpen") && late.Heard.Contains("warning:MobilePhone"));

        await sitting.Subscribe(reference); // a renewal: held, so nothing is told again
        world.Clock.SetUtcNow(t0.AddSeconds(5));
        await sitting.AcknowledgeWarningDelivered();
        await sitting.Ingest([Seen(sitting, t0.AddMinutes(3), ProhibitedItem.SmartWatch)]);
        await WaitForAsync(() => late.Heard.Contains("ended:Terminated:P13"));
        Assert.Equal(1, late.Heard.Count(h => h == "warning:MobilePhone"));
        Assert.Equal(1, late.Heard.Count(h => h == "state:TheoryOpen"));

        var after = new RecordingObserver();
        await sitting.Subscribe(world.Grains.CreateObjectReference<ISittingObserver>(after));
        await WaitForAsync(() => after.Heard.Contains("state:Terminated") && after.Heard.Contains("ended:Terminated:P13"));
        Assert.DoesNotContain(after.Heard, h => h.StartsWith("warning:", StringComparison.Ordinal));
    }

    [Fact]
    public void AProctoringEventReportsADetectionExactlyWhenItsKindIsOne()
    {
        foreach (var kind in Enum.GetValues<ProctoringKind>())
        {
            var e = new ProctoringEvent(Guid.NewGuid(), "sitting-x-1", DateTimeOffset.UnixEpoch, kind, 1);
            Assert.Equal(kind.IsDetection() ? kind : null, e.Detection);
        }

        Assert.Null(new ProctoringEvent(Guid.NewGuid(), "sitting-x-1", DateTimeOffset.UnixEpoch, ProctoringKind.Heartbeat, 1).Detection);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 200 && !condition(); attempt++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition(), "the observer did not hear it");
    }
}
