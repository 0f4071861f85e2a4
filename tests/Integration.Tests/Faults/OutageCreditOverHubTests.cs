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
        await using var world = await WorldAsync(outage);
        var (sittingId, candidate, pushed) = await CandidateAsync(world);
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
    public async Task TheWindowEndsWhenThePlatformAnswersTheSittingAgainNotWhenTheCandidateComesBack()
    {
        var outage = new OutageOf();
        await using var world = await WorldAsync(outage);
        var (sittingId, candidate, _) = await CandidateAsync(world);
        var sitting = world.Grains.GetGrain<IExamSessionGrain>(sittingId);
        var sheet = await candidate.InvokeAsync<TheorySheet>("Resume", sittingId);
        var question = sheet.Questions[0];
        var windows = world.Frontend.Services.GetRequiredService<OutageWindows>();

        // One refused call, then 20 s of outage in which the frontend's own probes find the sitting still down.
        outage.Down = sittingId;
        await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync<AnswerReceipt>("SaveAnswer", question.QuestionId, question.Options[0].Id, 1L));
        world.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(1, windows.Count);

        // The platform answers again; the candidate stays silent. The next probe (every 5 s of the clock) ends the window.
        outage.Down = null;
        var credited = 0;
        for (var step = 0; step < 400 && credited == 0; step++)
        {
            if (step % 4 == 3)
            {
                world.Clock.Advance(TimeSpan.FromSeconds(1));
            }

            await Task.Delay(25);
            credited = (await sitting.Get())!.OutageCreditedSeconds;
        }

        Assert.InRange(credited, 20, 20 + (int)OutageWindows.Probe.TotalSeconds + 1);
        Assert.Equal(0, windows.Count);

        // Two minutes later the candidate comes back: the outage was over long before, nothing more is given.
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True((await candidate.InvokeAsync<AnswerReceipt>("SaveAnswer", question.QuestionId, question.Options[0].Id, 1L)).Saved);
        Assert.Equal(credited, (await sitting.Get())!.OutageCreditedSeconds);
    }

    [Fact]
    public async Task AProctoringStreamsBatchRefusedForAFaultOpensTheWindowAndItsNextBatchHasItCredited()
    {
        var outage = new OutageOf();
        await using var world = await WorldAsync(outage);
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

    [Fact]
    public async Task ACallThatWaitedBeforeItWasRefusedIsCreditedFromItsArrival()
    {
        var outage = new OutageOf();
        await using var world = await WorldAsync(outage);
        var (sittingId, candidate, _) = await CandidateAsync(world);
        var sheet = await candidate.InvokeAsync<TheorySheet>("Resume", sittingId);
        var question = sheet.Questions[0];

        // The sitting's silo is cut off (the partition run's case): the call waits 25 s of the clock, then times out.
        outage.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        outage.Down = sittingId;
        var call = candidate.InvokeAsync<AnswerReceipt>("SaveAnswer", question.QuestionId, question.Options[0].Id, 1L);
        await outage.Held.Task.WaitAsync(TimeSpan.FromSeconds(30));
        world.Clock.Advance(TimeSpan.FromSeconds(25));
        outage.Hold.SetResult();
        await Assert.ThrowsAsync<HubException>(() => call);
        outage.Down = null;

        // All 25 s are given back: the window opened when the refused call arrived, not when it was refused.
        Assert.True((await candidate.InvokeAsync<AnswerReceipt>("SaveAnswer", question.QuestionId, question.Options[0].Id, 1L)).Saved);
        var view = (await world.Grains.GetGrain<IExamSessionGrain>(sittingId).Get())!;
        Assert.Equal((25, sheet.Deadline!.Value.AddSeconds(25)), (view.OutageCreditedSeconds, view.Deadline));
    }

    /// <summary>A platform whose silo answers through <paramref name="outage"/>.</summary>
    private static Task<World> WorldAsync(OutageOf outage) =>
        World.Create(Start).WithDemoData().WithFrontend().WithServices(services => services.AddSingleton<IIncomingGrainCallFilter>(outage)).StartAsync();

    /// <summary>A candidate in theory, connected to the exam hub, with the time-left pushes it receives.</summary>
    private static async Task<(string SittingId, HubConnection Candidate, Inbox<(SittingState State, double TimeLeft)> Pushed)> CandidateAsync(World world)
    {
        var sittingId = await InTheoryAsync(world);
        var candidate = await world.ConnectAsync(SittingHub.Path, Candidate);
        var pushed = Inbox<(SittingState State, double TimeLeft)>.Of(candidate, SittingHub.StateChangedMessage, (SittingState state, double left) => (State: state, TimeLeft: left));
        return (sittingId, candidate, pushed);
    }

    /// <summary>
    /// The silo's answer to every call of one sitting while <see cref="Down"/> names it: its storage is unavailable, or,
    /// while <see cref="Hold"/> is set, no answer until it is released and then a timeout (a silo cut off).
    /// </summary>
    private sealed class OutageOf : IIncomingGrainCallFilter
    {
        public volatile string? Down;

        public volatile TaskCompletionSource? Hold;

        /// <summary>Set when a call is being held.</summary>
        public TaskCompletionSource Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task Invoke(IIncomingGrainCallContext context)
        {
            if (Down is { } sittingId && context.TargetId.Type.ToString() == "examsession" && context.TargetId.Key.ToString() == sittingId)
            {
                if (Hold is { } hold)
                {
                    Held.TrySetResult();
                    await hold.Task;
                    throw new TimeoutException("no answer from the sitting's silo");
                }

                throw new PlatformUnavailableException();
            }

            await context.Invoke();
        }
    }
}
