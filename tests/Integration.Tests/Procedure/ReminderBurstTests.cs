using System.Diagnostics;
using Platform.Domain.Deadlines;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;
using Xunit.Abstractions;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Procedure;

/// <summary>
/// Issue 14: after the clock moves by days, every case's overdue deadline reminder fires at once. The silo keeps
/// answering meanwhile: a new application is accepted promptly, and every case's breach is on record soon after.
/// Before <see cref="Silo.Development.AdjustableClockExtensions.UseReminderClock"/> kept the reminder list's refresh
/// off the moved clock, the new application's reminder registration waited for Orleans' 30 s timeout (503 at the edge).
/// </summary>
public sealed class ReminderBurstTests(ITestOutputHelper output)
{
    private const int Count = 150;

    [Fact]
    public async Task ANewApplicationIsAnsweredPromptlyWhileOneHundredFiftyOverdueRemindersFire()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var ids = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var chunk in Enumerable.Range(0, Count).Chunk(25))
        {
            var made = await Task.WhenAll(chunk.Select(async _ =>
            {
                var id = NewCaseId();
                var candidate = "cand-" + Guid.NewGuid().ToString("N");
                await world.RegisterCandidateAsync(candidate);
                Assert.Null((await world.Grains.GetGrain<IApplicationGrain>(id).Submit(Application(candidateKey: candidate))).Refusal);
                return id;
            }));
            ids.AddRange(made);
        }

        output.WriteLine($"{Count} cases registered in {clock.Elapsed.TotalSeconds:F1} s");
        var due = (await world.Grains.GetGrain<IApplicationGrain>(ids[0]).Get())!.Deadlines.Single(d => d.Kind == DeadlineKind.CompletenessReview).DueAt;

        world.Clock.SetUtcNow(due.AddDays(2));
        clock.Restart();
        var submitted = await world.Grains.GetGrain<IApplicationGrain>(NewCaseId()).Submit(Application());
        var answered = clock.Elapsed;
        Assert.Null(submitted.Refusal);

        var breached = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            breached = await world.ScalarAsync<int>(
                "select count(*)::int from case_projection where case_id = any($1) and deadlines @> '[{\"kind\": \"completenessReview\", \"status\": \"breached\"}]'",
                new object[] { ids.ToArray() });
            if (breached == Count)
            {
                break;
            }

            await Task.Delay(200);
        }

        output.WriteLine($"a new application answered in {answered.TotalSeconds:F2} s; {breached} of {Count} breaches on record after {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(Count, breached);
        Assert.True(answered < TimeSpan.FromSeconds(5), $"the application waited {answered.TotalSeconds:F1} s");
    }
}
