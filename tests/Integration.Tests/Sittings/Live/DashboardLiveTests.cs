using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Platform.Domain.Procedure;
using Platform.Grains.Live;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>The live dashboards over /hubs/center (SPEC §5): the center's picture and changes, the operator's counts, isolation.</summary>
public sealed class DashboardLiveTests
{
    [Fact]
    public async Task TheDashboardGetsThePictureThenEachChangeAndThePictureAgainOnReconnect()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var caseId = await ScheduledAsync(world);
        var sittingId = await OpenedAsync(world, caseId);
        var dashboard = await world.ConnectAsync("/hubs/center", Registrar);
        var rows = Inbox<LiveSitting>.Of(dashboard, "SittingChanged");

        var picture = await dashboard.InvokeAsync<CenterPicture>("JoinCenter", "0001");
        var opened = Assert.Single(picture.Sittings);
        Assert.Equal((sittingId, SittingState.Scheduled), (opened.SittingId, opened.State));
        Assert.StartsWith("cand-", opened.CandidateKey);

        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/check-in", Candidate,
            new { methodologyAcknowledged = true, complaintAndAppealAcknowledged = true, safetyBriefingJournalEntry = (string?)null });
        var checkedIn = await rows.NextAsync(r => r.State == SittingState.CheckedIn);
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/identity-verified", Examiner);
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/room-scan", Examiner);
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/theory", Registrar);
        var theory = await rows.NextAsync(r => r.State == SittingState.TheoryOpen);
        Assert.True(theory.Revision > checkedIn.Revision);
        Assert.Equal(TimeSpan.FromMinutes(60), theory.TimeLeft);

        var candidate = await world.ConnectAsync("/hubs/sitting", Candidate);
        var sheet = await candidate.InvokeAsync<TheorySheet>("Resume", sittingId);
        var question = sheet.Questions[0];
        await candidate.InvokeAsync<AnswerReceipt>("SaveAnswer", question.QuestionId, question.Options[0].Id, 1L);
        Assert.Equal(sheet.Questions.Count, (await rows.NextAsync(r => r.Answered == 1)).Total);

        await dashboard.StopAsync();
        await candidate.InvokeAsync<AnswerReceipt>("SaveAnswer", sheet.Questions[1].QuestionId, sheet.Questions[1].Options[0].Id, 1L);
        await dashboard.StartAsync();
        var again = Assert.Single((await dashboard.InvokeAsync<CenterPicture>("JoinCenter", "0001")).Sittings);
        Assert.Equal((SittingState.TheoryOpen, 2), (again.State, again.Answered));
    }

    [Fact]
    public async Task TheOperatorSeesTheCountsOfEachCenter()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var operatorBoard = await world.ConnectAsync("/hubs/center", "operator");
        var counts = Inbox<CenterCounts>.Of(operatorBoard, "CountsChanged");
        await operatorBoard.InvokeAsync<NationalCounts>("JoinNational");

        var sittingId = await InTheoryAsync(world);

        var center = await counts.NextAsync(c => c.Center == "0001" && c.ByState.GetValueOrDefault(SittingState.TheoryOpen) == 1);
        Assert.Equal(0, center.Terminations);
        var now = await operatorBoard.InvokeAsync<NationalCounts>("JoinNational");
        Assert.Equal(1, Assert.Single(now.Centers, c => c.Center == "0001").ByState[SittingState.TheoryOpen]);
        Assert.NotNull(sittingId);
    }

    [Fact]
    public async Task ARegistrarOfAnotherCenterCannotJoinTheCenterNorCanACandidate()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var other = await world.ConnectAsync("/hubs/center", "registrar.0002");

        await Assert.ThrowsAsync<HubException>(() => other.InvokeAsync<CenterPicture>("JoinCenter", "0001"));
        await Assert.ThrowsAsync<HubException>(() => other.InvokeAsync<NationalCounts>("JoinNational"));
        Assert.Empty((await other.InvokeAsync<CenterPicture>("JoinCenter", "0002")).Sittings);
        await Assert.ThrowsAnyAsync<Exception>(() => world.ConnectAsync("/hubs/center", Candidate));
    }

    [Fact]
    public async Task TheCentersPictureKeepsItsSittingsWhenItsSiloStopsForTheyAreTrackedInPostgreSql()
    {
        await using var world = await World.Create(Start).WithSilos(2).WithDemoData().WithFrontend().StartAsync();
        var sittingId = await OpenedAsync(world, await ScheduledAsync(world));
        var first = await world.ConnectAsync("/hubs/center", Registrar);
        Assert.Equal(sittingId, Assert.Single((await first.InvokeAsync<CenterPicture>("JoinCenter", "0001")).Sittings).SittingId);

        var live = world.Frontend.Client.GetGrain<ICenterLiveGrain>(LiveKeys.Center("0001"));
        var hosting = await world.HostOfAsync(live);
        await world.StopSiloAsync(hosting);
        var second = await world.ConnectAsync("/hubs/center", Registrar);
        var rows = Inbox<LiveSitting>.Of(second, "SittingChanged");
        var picture = await second.InvokeAsync<CenterPicture>("JoinCenter", "0001");
        // A new activation reads its sittings in the background: the row is in the picture or comes right after it.
        var row = picture.Sittings.SingleOrDefault() ?? await rows.NextAsync(r => r.SittingId == sittingId);

        Assert.NotSame(hosting, await world.HostOfAsync(live));
        Assert.Equal((sittingId, SittingState.Scheduled), (row.SittingId, row.State));
    }
}
