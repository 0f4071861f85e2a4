using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;
using Platform.Frontend.Faults;
using Platform.Frontend.Sittings;
using Platform.Grains.Faults;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Sittings.Live;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Faults;

/// <summary>
/// Issue 17, P11's spirit, end to end: while the silo answers a sitting's calls with a fault (its storage unavailable,
/// as <see cref="OutageOf"/> makes it), the candidate's calls are refused as unavailable; the next call that gets through
/// has the window credited first, so its own answer carries the time left as it was before the outage, the candidate is
/// pushed the new time left, and the commission reads the seconds credited. Time is the fake clock's: no sleeps.
/// </summary>
public sealed class OutageCreditOverHubTests
{
    [Fact]
    public async Task TheTimeACandidatesCallsWereRefusedForAFaultIsGivenBackWhenTheyGetThrough()
    {
        var outage = new OutageOf();
        await using var world = await World.Create(Start).WithDemoData().WithFrontend()
            .WithServices(services => services.AddSingleton<IIncomingGrainCallFilter>(outage)).StartAsync();
        var sittingId = await InTheoryAsync(world);
        var candidate = await world.ConnectAsync(SittingHub.Path, Candidate);
        var pushed = Inbox<(SittingState State, double TimeLeft)>.Of(candidate, SittingHub.StateChangedMessage, (SittingState state, double left) => (State: state, TimeLeft: left));
        var sheet = await candidate.InvokeAsync<TheorySheet>("Resume", sittingId);
        var question = sheet.Questions[0];

        outage.Down = sittingId;
        var refused = await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync<AnswerReceipt>("SaveAnswer", question.QuestionId, question.Options[0].Id, 1L));
        Assert.Contains(HubFaultFilter.Message, refused.Message);
        world.Clock.Advance(TimeSpan.FromSeconds(30));
        await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync<ExamStatus>("Status"));
        world.Clock.Advance(TimeSpan.FromSeconds(12));
        outage.Down = null;

        // 42 s of the theory's clock went by while the platform failed this sitting: all of it comes back.
        var receipt = await candidate.InvokeAsync<AnswerReceipt>("SaveAnswer", question.QuestionId, question.Options[0].Id, 1L);
        Assert.True(receipt.Saved);
        Assert.Equal(sheet.TimeLeft, receipt.TimeLeft);
        var view = (await world.Grains.GetGrain<IExamSessionGrain>(sittingId).Get())!;
        Assert.Equal((42, sheet.Deadline!.Value.AddSeconds(42)), (view.OutageCreditedSeconds, view.Deadline));
        Assert.Equal((SittingState.TheoryOpen, sheet.TimeLeft.TotalSeconds), await pushed.NextAsync(p => p.State == SittingState.TheoryOpen));
        var status = await candidate.InvokeAsync<ExamStatus>("Status");
        Assert.Equal((42, sheet.TimeLeft.TotalSeconds), (status.OutageCreditedSeconds, status.TimeLeftSeconds));

        // The window was dropped once credited: later calls credit nothing more.
        world.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.True((await candidate.InvokeAsync<AnswerReceipt>("SaveAnswer", question.QuestionId, question.Options[1].Id, 2L)).Saved);
        Assert.Equal(42, (await world.Grains.GetGrain<IExamSessionGrain>(sittingId).Get())!.OutageCreditedSeconds);
        Assert.Equal(0, world.Frontend.Services.GetRequiredService<OutageWindows>().Count);
    }

    [Fact]
    public async Task AProctoringStreamsBatchRefusedForAFaultOpensTheWindowAndItsNextBatchHasItCredited()
    {
        var outage = new OutageOf();
        await using var world = await World.Create(Start).WithDemoData().WithFrontend()
            .WithServices(services => services.AddSingleton<IIncomingGrainCallFilter>(outage)).StartAsync();
        var sittingId = await InTheoryAsync(world);
        var sitting = world.Grains.GetGrain<IExamSessionGrain>(sittingId);
        var before = (await sitting.Get())!.Deadline!.Value;
        var service = await world.ConnectAsync(ProctoringHub.Path, Proctoring);
        await service.InvokeAsync<object>("OpenStream", sittingId, await TokenAsync(world, sittingId));
        ProctoringEvent[][] Beat() => [[new(Guid.NewGuid(), sittingId, world.Clock.GetUtcNow(), ProctoringKind.Heartbeat, 1)]];

        outage.Down = sittingId;
        var refused = await service.InvokeAsync<StreamReceipt[]>("IngestStreams", Beat());
        Assert.Equal(HubFaultFilter.Message, Assert.Single(refused).Refusal);
        world.Clock.Advance(TimeSpan.FromSeconds(20));
        outage.Down = null;

        var through = await service.InvokeAsync<StreamReceipt[]>("IngestStreams", Beat());
        Assert.NotNull(Assert.Single(through).Receipt);
        var view = (await sitting.Get())!;
        Assert.Equal((20, before.AddSeconds(20)), (view.OutageCreditedSeconds, view.Deadline));
    }

    /// <summary>The silo's answer to every call of one sitting while <see cref="Down"/> names it: its storage is unavailable.</summary>
    private sealed class OutageOf : IIncomingGrainCallFilter
    {
        public volatile string? Down;

        public Task Invoke(IIncomingGrainCallContext context) =>
            Down is { } sittingId && context.TargetId.Type.ToString() == "examsession" && context.TargetId.Key.ToString() == sittingId
                ? throw new PlatformUnavailableException()
                : context.Invoke();
    }
}
