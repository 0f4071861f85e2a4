using Microsoft.Extensions.Time.Testing;
using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using Platform.Silo.Development;
using static Platform.Integration.Tests.Procedure.Cases;
using static Platform.Integration.Tests.Sittings.Sittings;

namespace Platform.Integration.Tests.Sittings;

/// <summary>
/// Issue 16 (the load test's mass end relies on it): when the Development clock moves past a theory's time limit, the
/// platform submits the theory (P9) with nobody calling the sitting and system time standing still. The reminder's
/// wait runs on the adjustable clock, whose timers are set again when it moves, so the reminder armed at the deadline
/// ticks at the move (Orleans' "next occurrence" after a jump concerns a wait computed after it); the grain timer, on
/// system time, plays no part here.
/// </summary>
public sealed class TimeLimitAfterClockMoveTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AMoveOfTheDevelopmentClockPastTheTimeLimitSubmitsTheTheoryWhileSystemTimeStandsStill()
    {
        var system = new FakeTimeProvider(Almaty(2026, 3, 2));
        var clock = new AdjustableClock(system);
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().WithServices(services => World.UseClock(services, clock)).StartAsync();
        var caseId = await ScheduledCaseAsync(world, ExamMode.Offline, toExamDay: false);
        clock.SetOffset(ExamStart.AddMinutes(-30) - system.GetUtcNow());
        var sitting = await InTheoryAsync(world, ExamMode.Offline, caseId: caseId);
        await AnswerAsync(sitting, correct: 21);
        var deadline = (await sitting.Resume())!.Deadline!.Value;
        var observer = new RecordingObserver();
        await sitting.Subscribe(world.Grains.CreateObjectReference<ISittingObserver>(observer));

        clock.SetOffset(deadline.AddSeconds(1) - system.GetUtcNow());
        var heard = await HeardAsync(observer, "state:NotAdmitted");

        Assert.True(heard, $"not submitted within {Bound} of real time after the move (system time frozen); heard: {string.Join(", ", observer.Heard)}");
        var view = (await sitting.Get())!;
        Assert.Equal(SittingState.NotAdmitted, view.State);
    }

    /// <summary>Polls what the observer heard (delivery runs on the silo's threads), bounded by real time.</summary>
    private static async Task<bool> HeardAsync(RecordingObserver observer, string prefix)
    {
        var until = DateTime.UtcNow + Bound;
        while (DateTime.UtcNow < until)
        {
            if (observer.Heard.Any(h => h.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return true;
            }

            await Task.Delay(25);
        }

        return false;
    }
}
