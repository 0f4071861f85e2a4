using Platform.Frontend.Sittings;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;
using Platform.Grains.Live;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>
/// Online proctoring live (P2.8, P12, P13, SPEC §5): the proctoring client's stream over /hubs/proctoring, the candidate
/// over /hubs/sitting and the center's dashboard over /hubs/center, all real SignalR connections.
/// </summary>
public sealed class ProctoringLiveTests
{
    [Fact]
    public async Task AWarningThenATerminationArePushedToTheCandidateAndToTheCenterDashboard()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var sittingId = await InTheoryAsync(world);
        var (candidate, warnings, ended) = await CandidateAsync(world, sittingId);
        var rows = await DashboardAsync(world);
        var stream = await StreamAsync(world, sittingId);

        var first = world.Clock.GetUtcNow();
        var receipt = await stream.InvokeAsync<IngestReceipt>("Ingest", new[] { Item(sittingId, first) });
        Assert.Equal(ViolationOutcome.WarningDue, receipt.Outcome);
        var warning = await warnings.NextAsync();
        Assert.Equal(ProhibitedItem.MobilePhone, warning.Item);
        await rows.NextAsync(r => r.SittingId == sittingId && r.Warnings == 1);

        Assert.True(await candidate.InvokeAsync<bool>("AcknowledgeWarning"));
        var second = await stream.InvokeAsync<IngestReceipt>("Ingest", new[] { Item(sittingId, world.Clock.GetUtcNow().AddMinutes(1), ProhibitedItem.SmartWatch) });

        Assert.Equal(SittingState.Terminated, second.State);
        Assert.Equal((SittingState.Terminated, "P13"), await ended.NextAsync());
        var row = await rows.NextAsync(r => r.SittingId == sittingId && r.State == SittingState.Terminated);
        Assert.Equal("P13", row.Ended);
    }

    [Fact]
    public async Task OnePhoneSeenInThirtyFramesIsOneIncidentWithOneWarning()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var sittingId = await InTheoryAsync(world);
        var (candidate, warnings, _) = await CandidateAsync(world, sittingId);
        var stream = await StreamAsync(world, sittingId);

        var first = world.Clock.GetUtcNow();
        var frames = Enumerable.Range(0, 30).Select(i => Item(sittingId, first.AddSeconds(i))).ToArray();
        var receipt = await stream.InvokeAsync<IngestReceipt>("Ingest", frames[..10]);
        await warnings.NextAsync();
        Assert.True(await candidate.InvokeAsync<bool>("AcknowledgeWarning"));
        receipt = await stream.InvokeAsync<IngestReceipt>("Ingest", frames[10..]);

        Assert.Equal(20, receipt.Logged);
        Assert.Equal(SittingState.TheoryOpen, receipt.State);
        var sitting = await world.OkAsync<SittingView>(HttpMethod.Get, $"/api/v1/sittings/{sittingId}", Registrar);
        Assert.Single(sitting.Warnings);
        Assert.False(warnings.TryTake(out _));
    }

    [Fact]
    public async Task ACalculatorTheAccountantsProgramAllowsIsIgnored()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var sittingId = await InTheoryAsync(world);
        var stream = await StreamAsync(world, sittingId);

        var now = world.Clock.GetUtcNow();
        var receipt = await stream.InvokeAsync<IngestReceipt>("Ingest", new[] { Item(sittingId, now, ProhibitedItem.Calculator), Item(sittingId, now.AddMinutes(2), ProhibitedItem.Calculator) });

        Assert.Equal((ViolationOutcome.Clear, SittingState.TheoryOpen), (receipt.Outcome, receipt.State));
        var sitting = await world.OkAsync<SittingView>(HttpMethod.Get, $"/api/v1/sittings/{sittingId}", Registrar);
        Assert.Empty(sitting.Warnings);
    }

    [Fact]
    public async Task DuplicateAndOutOfOrderEventsAreHarmless()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var sittingId = await InTheoryAsync(world);
        var stream = await StreamAsync(world, sittingId);
        var now = world.Clock.GetUtcNow();
        var (early, late) = (Item(sittingId, now), Item(sittingId, now.AddSeconds(3)));

        var outOfOrder = await stream.InvokeAsync<IngestReceipt>("Ingest", new[] { late, early });
        var repeated = await stream.InvokeAsync<IngestReceipt>("Ingest", new[] { early, late, early });

        Assert.Equal((2, 0), (outOfOrder.Logged, outOfOrder.Duplicates));
        Assert.Equal((0, 3), (repeated.Logged, repeated.Duplicates));
        var sitting = await world.OkAsync<SittingView>(HttpMethod.Get, $"/api/v1/sittings/{sittingId}", Registrar);
        Assert.Equal(now, Assert.Single(sitting.Warnings).ObservedAt, TimeSpan.FromMilliseconds(1));
        Assert.Equal(SittingState.TheoryOpen, sitting.State);
    }

    [Fact]
    public async Task ASuspiciousEventIsShownLiveAndBecomesAViolationOnlyWhenTheCommissionConfirmsIt()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var sittingId = await InTheoryAsync(world);
        var (_, warnings, _) = await CandidateAsync(world, sittingId);
        var rows = await DashboardAsync(world);
        var stream = await StreamAsync(world, sittingId);
        var faces = Suspicious(sittingId, world.Clock.GetUtcNow());

        var receipt = await stream.InvokeAsync<IngestReceipt>("Ingest", new[] { faces });
        Assert.Equal(ViolationOutcome.Clear, receipt.Outcome);
        var shown = await rows.NextAsync(r => r.SittingId == sittingId && r.Suspicious == 1);
        Assert.Equal((0, 0), (shown.Warnings, shown.Confirmed));
        Assert.False(warnings.TryTake(out _));

        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/violations", Examiner, new { detectionId = faces.Id });

        Assert.Equal(ProctoringKind.SeveralFaces, (await warnings.NextAsync()).Kind);
        await rows.NextAsync(r => r.SittingId == sittingId && r.Confirmed == 1 && r.Warnings == 1);
    }

    [Fact]
    public async Task AReplayedForgedOrOtherSittingsTokenIsRefusedAndSoIsAnEventOfAnotherSitting()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var sittingId = await InTheoryAsync(world);
        var token = await TokenAsync(world, sittingId);
        var stream = await world.ConnectAsync("/hubs/proctoring", Proctoring);
        await stream.InvokeAsync<object>("OpenStream", sittingId, token);

        var replay = await world.ConnectAsync("/hubs/proctoring", Proctoring);
        var replayed = await Assert.ThrowsAsync<HubException>(() => replay.InvokeAsync<object>("OpenStream", sittingId, token));
        var parts = token.Split('.');
        var altered = string.Join('.', parts[0], (parts[1][0] == 'e' ? "f" : "e") + parts[1][1..], parts[2]);
        var forged = await Assert.ThrowsAsync<HubException>(() => replay.InvokeAsync<object>("OpenStream", sittingId, altered));
        var elsewhere = await Assert.ThrowsAsync<HubException>(() => replay.InvokeAsync<object>("OpenStream", "sitting-other-1", token));
        var foreign = await Assert.ThrowsAsync<HubException>(() => stream.InvokeAsync<IngestReceipt>("Ingest", new[] { Item("sitting-other-1", world.Clock.GetUtcNow()) }));

        Assert.Contains("Replayed", replayed.Message);
        Assert.Contains("Forged", forged.Message);
        Assert.Contains("WrongSitting", elsewhere.Message);
        Assert.Contains("WrongSitting", foreign.Message);
        using var http = await world.SendAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/events", Proctoring,
            new[] { Item(sittingId, world.Clock.GetUtcNow()) }, new Dictionary<string, string> { ["X-Proctoring-Token"] = token });
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, http.StatusCode);
    }

    [Fact]
    public async Task OneConnectionOfTheProctoringServiceCarriesTheStreamsOfSeveralSittingsEachByItsOwnToken()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var secondCase = await ScheduledAsync(world, candidate: SecondCandidate, examMorning: false);
        var first = await InTheoryAsync(world);
        var second = await CaseInTheoryAsync(world, secondCase, SecondCandidate);
        var service = await world.ConnectAsync("/hubs/proctoring", Proctoring);
        await service.InvokeAsync<object>("OpenStream", first, await TokenAsync(world, first));
        var now = world.Clock.GetUtcNow();

        var notOpenedHere = await Assert.ThrowsAsync<HubException>(() => service.InvokeAsync<IngestReceipt>("Ingest", new[] { Suspicious(second, now) }));
        await service.InvokeAsync<object>("OpenStream", second, await TokenAsync(world, second, SecondCandidate));
        var receipts = await Task.WhenAll(
            service.InvokeAsync<IngestReceipt>("Ingest", new[] { Item(first, now) }),
            service.InvokeAsync<IngestReceipt>("Ingest", new[] { Suspicious(second, now) }));
        var mixed = await Assert.ThrowsAsync<HubException>(() => service.InvokeAsync<IngestReceipt>("Ingest", new[] { Suspicious(first, now), Suspicious(second, now) }));

        Assert.Contains("WrongSitting", notOpenedHere.Message);
        Assert.Contains("WrongSitting", mixed.Message);
        Assert.Equal((1, ViolationOutcome.WarningDue), (receipts[0].Logged, receipts[0].Outcome)); // P13: the first violation
        Assert.Equal((1, ViolationOutcome.Clear), (receipts[1].Logged, receipts[1].Outcome));      // P2.8: suspicious only

        var gathered = await service.InvokeAsync<StreamReceipt[]>("IngestStreams", new[]
        {
            new[] { Suspicious(first, now.AddSeconds(1)) }, new[] { Suspicious("sitting-other-1", now) }, new[] { Suspicious(second, now.AddSeconds(1)) },
        });

        var tooMany = await Assert.ThrowsAsync<HubException>(() => service.InvokeAsync<StreamReceipt[]>("IngestStreams",
            Enumerable.Range(0, ProctoringHub.MaxBatchesPerCall + 1).Select(_ => new[] { Suspicious(first, now) }).ToArray()));

        Assert.Contains("Too many batches", tooMany.Message);
        Assert.Equal([first, "sitting-other-1", second], gathered.Select(r => r.SittingId));
        Assert.Equal((1, ViolationOutcome.WarningDue), (gathered[0].Receipt!.Logged, gathered[0].Receipt!.Outcome));
        Assert.Contains("WrongSitting", gathered[1].Refusal);
        Assert.Null(gathered[1].Receipt);
        Assert.Equal(2, (await world.OkAsync<SittingView>(HttpMethod.Get, $"/api/v1/sittings/{second}", Registrar)).Suspicious.Count);
    }

    [Fact]
    public async Task AStreamThatFloodsTheHubIsRefusedAndCarriesOnAtAnHonestRate()
    {
        await using var world = await World.Create(LiveSittings.Start).WithDemoData().WithFrontend().StartAsync();
        var sittingId = await LiveSittings.InTheoryAsync(world);
        await using var stream = await StreamAsync(world, sittingId);
        ProctoringEvent Beat() => new(Guid.NewGuid(), sittingId, world.Clock.GetUtcNow(), ProctoringKind.Heartbeat, 1);

        var tooBig = await Assert.ThrowsAsync<HubException>(() => stream.InvokeAsync<IngestReceipt>("Ingest", Enumerable.Range(0, ProctoringHub.MaxBatch + 1).Select(_ => Beat()).ToArray()));
        Assert.Contains("Too many events", tooBig.Message);
        await stream.InvokeAsync<IngestReceipt>("Ingest", Enumerable.Range(0, ProctoringHub.MaxBatch).Select(_ => Beat()).ToArray());
        var flooded = await Assert.ThrowsAsync<HubException>(() => stream.InvokeAsync<IngestReceipt>("Ingest", Enumerable.Range(0, ProctoringHub.MaxBatch).Select(_ => Beat()).ToArray()));
        Assert.Contains("retry", flooded.Message);
    }

    internal static async Task<(HubConnection Candidate, Inbox<SittingWarning> Warnings, Inbox<(SittingState, string)> Ended)> CandidateAsync(World world, string sittingId)
    {
        var candidate = await world.ConnectAsync("/hubs/sitting", Candidate);
        var warnings = Inbox<SittingWarning>.Of(candidate, "Warning");
        var ended = Inbox<(SittingState, string)>.Of(candidate, "Ended", (SittingState state, string rule) => (state, rule));
        await candidate.InvokeAsync<TheorySheet>("Resume", sittingId);
        return (candidate, warnings, ended);
    }

    internal static async Task<Inbox<LiveSitting>> DashboardAsync(World world, string account = Registrar)
    {
        var dashboard = await world.ConnectAsync("/hubs/center", account);
        var rows = Inbox<LiveSitting>.Of(dashboard, "SittingChanged");
        await dashboard.InvokeAsync<CenterPicture>("JoinCenter", "0001");
        return rows;
    }

    internal static async Task<HubConnection> StreamAsync(World world, string sittingId)
    {
        var stream = await world.ConnectAsync("/hubs/proctoring", Proctoring);
        await stream.InvokeAsync<object>("OpenStream", sittingId, await TokenAsync(world, sittingId));
        return stream;
    }
}
