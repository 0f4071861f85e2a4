using System.Text.Json;
using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;
using static Platform.Integration.Tests.Sittings.Sittings;

namespace Platform.Integration.Tests.Sittings;

/// <summary>
/// Issue 17, P11's spirit, at the sitting: an outage window moves the theory's deadline by its seconds, recorded in the
/// hash-chained log as the platform's <c>OutageCredited</c> (P11); the same window again (after a restart too) credits
/// nothing, an overlapping one only its new part, a frontend's clock ahead only its length; at most 30 minutes in all;
/// nothing once the theory is submitted.
/// </summary>
public sealed class OutageCreditGrainTests
{
    [Fact]
    public async Task AWindowMovesTheDeadlineByItsSecondsOnceAndAnOverlapOnlyByItsNewPart()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Online);
        var before = (await sitting.Get())!.Deadline!.Value;
        var t0 = world.Clock.GetUtcNow();
        world.Clock.Advance(TimeSpan.FromSeconds(20));

        // The frontend sends the window when it ends: refused from 5 s, through again at 20 s.
        var credited = await sitting.CreditOutage(new CreditOutage(t0.AddSeconds(5), t0.AddSeconds(20)));
        Assert.True(credited.Accepted);
        Assert.Equal((15, before.AddSeconds(15)), (credited.Sitting!.OutageCreditedSeconds, credited.Sitting.Deadline));
        Assert.Equal(before.AddSeconds(15) - world.Clock.GetUtcNow(), (await sitting.Resume())!.TimeLeft);

        // Sent again, by a retry or by a second frontend: nothing more.
        Assert.Equal(15, (await sitting.CreditOutage(new CreditOutage(t0.AddSeconds(5), t0.AddSeconds(20)))).Sitting!.OutageCreditedSeconds);
        // Overlapping, 10-25 s: only its new part, 20-25 s.
        world.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(20, (await sitting.CreditOutage(new CreditOutage(t0.AddSeconds(10), t0.AddSeconds(25)))).Sitting!.OutageCreditedSeconds);
        // A frontend whose clock is an hour ahead: its 3 s are placed on the sitting's clock, 25-28 s.
        world.Clock.Advance(TimeSpan.FromSeconds(3));
        var ahead = new CreditOutage(t0.AddHours(1).AddSeconds(25), t0.AddHours(1).AddSeconds(28));
        Assert.Equal(23, (await sitting.CreditOutage(ahead)).Sitting!.OutageCreditedSeconds);

        await world.RestartSiloAsync();
        sitting = world.Grains.GetGrain<IExamSessionGrain>(sitting.GetPrimaryKeyString());
        var replayed = await sitting.CreditOutage(ahead);
        Assert.Equal((23, before.AddSeconds(23)), (replayed.Sitting!.OutageCreditedSeconds, replayed.Sitting.Deadline));

        var log = await sitting.ExportEventLog();
        Assert.True(log.Intact, log.Problem);
        var facts = log.Records.Where(r => r.Kind == nameof(SittingFactKind.OutageCredited)).Select(r => JsonDocument.Parse(r.Payload).RootElement).ToList();
        Assert.Equal(new[] { 15, 5, 3 }, facts.Select(f => f.GetProperty("seconds").GetInt32()));
        Assert.All(facts, f => Assert.Equal(("platform", "platform", "P11"), (f.GetProperty("by").GetString(), f.GetProperty("role").GetString(), f.GetProperty("rule").GetString())));
        // The record keeps the window as the sitting counted it, on its own clock, and the seconds that were new in it.
        Assert.Equal((t0.AddSeconds(10), t0.AddSeconds(25)), (facts[1].GetProperty("from").GetDateTimeOffset(), facts[1].GetProperty("to").GetDateTimeOffset()));
        Assert.Equal((t0.AddSeconds(25), t0.AddSeconds(28)), (facts[2].GetProperty("from").GetDateTimeOffset(), facts[2].GetProperty("to").GetDateTimeOffset()));
    }

    [Fact]
    public async Task NoMoreThanThirtyMinutesAreCreditedAndNothingOnceTheTheoryIsSubmitted()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Online);
        var before = (await sitting.Get())!.Deadline!.Value;
        var t0 = world.Clock.GetUtcNow();
        world.Clock.Advance(TimeSpan.FromMinutes(45));

        var capped = await sitting.CreditOutage(new CreditOutage(t0.AddMinutes(1), t0.AddMinutes(41)));
        Assert.Equal((1_800, before + OutageCredit.MaxPerSitting), (capped.Sitting!.OutageCreditedSeconds, capped.Sitting.Deadline));
        var beyond = await sitting.CreditOutage(new CreditOutage(t0.AddMinutes(42), t0.AddMinutes(44)));
        Assert.True(beyond.Accepted);
        Assert.Equal(1_800, beyond.Sitting!.OutageCreditedSeconds);
        var capFact = Assert.Single((await sitting.ExportEventLog()).Records, r => r.Kind == nameof(SittingFactKind.OutageCredited));
        Assert.True(JsonDocument.Parse(capFact.Payload).RootElement.GetProperty("capped").GetBoolean());

        Assert.True((await sitting.SubmitTheory(new SittingCommand(Guid.NewGuid(), Candidate))).Accepted);
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        var after = await sitting.CreditOutage(new CreditOutage(t0.AddMinutes(45), t0.AddMinutes(46)));
        Assert.Equal("P11", after.Refusal?.Rule.Id);
        Assert.Equal("OutageCreditTheoryNotOpen", after.Refusal?.Message);
        Assert.Equal(1_800, after.Sitting!.OutageCreditedSeconds);
        Assert.NotEqual(SittingState.TheoryOpen, after.Sitting.State);
    }
}
