using Microsoft.AspNetCore.SignalR.Client;
using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>
/// P13 on one clock: the procedure's clock is moved far from the machine's (the fake clock here; the Development clock
/// in a demo). The proctoring stamps its events by the procedure's clock, and the sitting stamps the warning's delivery
/// by its own — the same one — not by the frontend's, so a second violation after the delivered warning is seen after it.
/// </summary>
public sealed class OneClockLiveTests
{
    [Fact]
    public async Task WithTheProcedureClockMovedASecondViolationAfterTheDeliveredWarningTerminatesTheSitting()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var sittingId = await InTheoryAsync(world);
        Assert.True(Math.Abs((world.Clock.GetUtcNow() - DateTimeOffset.UtcNow).TotalDays) > 1, "the procedure clock is not the machine's");
        var (candidate, warnings, ended) = await ProctoringLiveTests.CandidateAsync(world, sittingId);
        var stream = await ProctoringLiveTests.StreamAsync(world, sittingId);

        await stream.InvokeAsync<IngestReceipt>("Ingest", new[] { Item(sittingId, world.Clock.GetUtcNow()) });
        await warnings.NextAsync();
        world.Clock.Advance(TimeSpan.FromSeconds(20));
        var deliveredAt = world.Clock.GetUtcNow();
        Assert.True(await candidate.InvokeAsync<bool>("AcknowledgeWarning"));
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await stream.InvokeAsync<IngestReceipt>("Ingest", new[] { Item(sittingId, world.Clock.GetUtcNow(), ProhibitedItem.SmartWatch) });

        Assert.Equal((ViolationOutcome.Terminated, SittingState.Terminated), (second.Outcome, second.State));
        Assert.Equal((SittingState.Terminated, "P13"), await ended.NextAsync());
        var sitting = await world.OkAsync(HttpMethod.Get, $"/api/v1/sittings/{sittingId}", Registrar);
        Assert.Equal(deliveredAt, Assert.Single(sitting.GetProperty("warnings").EnumerateArray().ToArray()).GetProperty("deliveredAt").GetDateTimeOffset());
    }
}
