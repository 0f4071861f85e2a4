using Microsoft.AspNetCore.SignalR.Client;
using Orleans.Core.Internal;
using Platform.Domain.Proctoring;
using Platform.Frontend.Sittings;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>
/// Issue 17 (the kill-silo run's defect): a sitting's observers live in its activation's memory. When the activation
/// goes (its silo killed or cut off; here it is deactivated), the new one holds none, so a warning it raises reaches
/// nobody; the frontend's next renewal subscribes again and the sitting then pushes what the candidate missed. The
/// candidate is connected by the real SignalR client; the renewal's pace is the procedure clock's.
/// </summary>
public sealed class MovedSittingLiveTests
{
    [Fact]
    public async Task AWarningRaisedAfterTheSittingsActivationMovedReachesTheCandidateAtTheNextRenewal()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var sittingId = await InTheoryAsync(world);
        var (candidate, warnings, _) = await ProctoringLiveTests.CandidateAsync(world, sittingId);
        var stream = await ProctoringLiveTests.StreamAsync(world, sittingId);

        // The activation goes with its observers; the next call activates the sitting afresh from its state and log.
        await world.Grains.GetGrain<IExamSessionGrain>(sittingId).Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var receipt = await stream.InvokeAsync<IngestReceipt>("Ingest", new[] { Item(sittingId, world.Clock.GetUtcNow()) });
        Assert.Equal(ViolationOutcome.WarningDue, receipt.Outcome);

        // One renewal (the clock moved by its period, no real wait): the sitting gets the subscription back and pushes
        // the warning not yet delivered (P13: a second violation counts only after its delivery).
        world.Clock.Advance(LiveRenewal.Every);
        var warning = await warnings.NextAsync();

        Assert.Equal(ProhibitedItem.MobilePhone, warning.Item);
        Assert.Null(warning.DeliveredAt);
        Assert.True(await candidate.InvokeAsync<bool>("AcknowledgeWarning"));
    }
}
