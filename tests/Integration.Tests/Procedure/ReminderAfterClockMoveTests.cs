using Microsoft.Extensions.Time.Testing;
using Platform.Domain.Deadlines;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;
using Platform.Silo.Development;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Procedure;

/// <summary>
/// Issue 12: when nobody acts, a deadline's reminder brings its consequence within a minute of its instant, also when
/// the clock jumped past that instant (Orleans delivers the next occurrence of a reminder, never a missed one).
/// </summary>
public sealed class ReminderAfterClockMoveTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task AReminderFiresWithinAMinuteOfItsInstantAfterTheClockJumpedPastIt()
    {
        // Registered Mon 2 Mar 2026: the completeness review is at risk from the start of Wed 4 Mar.
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var application = world.Grains.GetGrain<IApplicationGrain>(NewCaseId());
        var atRiskFrom = Review((await application.Submit(Application())).Case).AtRiskFrom;

        world.Clock.SetUtcNow(atRiskFrom.AddSeconds(1));
        var waited = await WithinAsync(world.Clock, Minute, async () => Review((await application.Get())!).Status == DeadlineStatus.AtRisk);

        Assert.True(waited <= Minute, $"the at-risk reminder fired {waited} after the jump");
    }

    [Fact]
    public async Task AReminderFiresWithinAMinuteOfItsInstantAfterTheDevelopmentClockMoved()
    {
        // The Development clock: a fixed "system" time moved only by the offset the silo reads from dev_clock.
        var system = new FakeTimeProvider(Almaty(2026, 3, 2));
        var clock = new AdjustableClock(system);
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().WithServices(services => World.UseClock(services, clock)).StartAsync();
        var application = world.Grains.GetGrain<IApplicationGrain>(NewCaseId());
        var atRiskFrom = Review((await application.Submit(Application())).Case).AtRiskFrom;

        clock.SetOffset(atRiskFrom.AddSeconds(1) - system.GetUtcNow());
        var waited = await WithinAsync(system, Minute, async () => Review((await application.Get())!).Status == DeadlineStatus.AtRisk);

        Assert.True(waited <= Minute, $"the at-risk reminder fired {waited} of system time after the move");
    }

    private static DeadlineView Review(CaseView view) => view.Deadlines.Single(d => d.Kind == DeadlineKind.CompletenessReview);

    /// <summary>
    /// Lets <paramref name="clock"/> run on in 5-second steps, no further than <paramref name="limit"/> and 5 s, until
    /// <paramref name="seen"/>; answers how far it ran. Delivery runs on the silo's threads: each step is polled, bounded.
    /// </summary>
    private static async Task<TimeSpan> WithinAsync(FakeTimeProvider clock, TimeSpan limit, Func<Task<bool>> seen)
    {
        var start = clock.GetUtcNow();
        while (clock.GetUtcNow() - start <= limit + TimeSpan.FromSeconds(5))
        {
            for (var poll = 0; poll < 20; poll++)
            {
                if (await seen())
                {
                    return clock.GetUtcNow() - start;
                }

                await Task.Delay(25);
            }

            clock.Advance(TimeSpan.FromSeconds(5));
        }

        return TimeSpan.MaxValue;
    }
}
