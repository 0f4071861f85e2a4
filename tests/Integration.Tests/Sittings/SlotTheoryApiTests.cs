using System.Net;
using System.Text.Json;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Sittings;

/// <summary>
/// P9, issue 16: the desk opens the theory of every sitting of its time slot in one command; each sitting decides (a
/// candidate not checked in is refused) and the answer says which opened and which were refused and why. The
/// same command again answers the same and draws no second ticket; another center's desk opens nothing of this one;
/// a request without the slot's start is a 400 naming it.
/// </summary>
public sealed class SlotTheoryApiTests
{
    private const string Slot = "/api/v1/centers/0001/slots/theory";

    private static readonly DateTimeOffset SlotStart = Procedure.Cases.Almaty(2026, 3, 17);

    [Fact]
    public async Task TheDeskOpensTheCheckedInTheoriesOfTheSlotInOneCommandAndSaysWhyTheOthersWereRefused()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var readyCase = await ScheduledAsync(world, examMorning: false);
        var lateCase = await ScheduledAsync(world, candidate: SecondCandidate);
        var ready = await OpenedAsync(world, readyCase);
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{ready}/check-in", Candidate,
            new { methodologyAcknowledged = true, complaintAndAppealAcknowledged = true, safetyBriefingJournalEntry = (string?)null });
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{ready}/identity-verified", Examiner);
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{ready}/room-scan", Examiner);
        var late = await OpenedAsync(world, lateCase);
        var key = new Dictionary<string, string> { ["Idempotency-Key"] = Guid.NewGuid().ToString() };

        var elsewhere = await world.OkAsync(HttpMethod.Post, "/api/v1/centers/0002/slots/theory", "registrar.0002", new { startsAt = SlotStart });
        var answer = await world.OkAsync(HttpMethod.Post, Slot, Registrar, new { startsAt = SlotStart }, key);
        var again = await world.OkAsync(HttpMethod.Post, Slot, Registrar, new { startsAt = SlotStart }, key);

        Assert.Equal((0, 0), (elsewhere.GetProperty("opened").GetArrayLength(), elsewhere.GetProperty("refused").GetArrayLength()));
        var opened = Assert.Single(answer.GetProperty("opened").EnumerateArray());
        Assert.Equal((ready, readyCase), (opened.GetProperty("sittingId").GetString(), opened.GetProperty("caseId").GetString()));
        var refused = Assert.Single(answer.GetProperty("refused").EnumerateArray());
        // Not checked in (P8): the sitting refuses the theory under the rule it cites, worded as the API words a refusal.
        Assert.Equal(late, refused.GetProperty("sittingId").GetString());
        Assert.StartsWith("P", refused.GetProperty("rule").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(refused.GetProperty("detail").GetString()));
        Assert.Equal(answer.ToString(), again.ToString());
        Assert.Equal("TheoryOpen", (await world.OkAsync(HttpMethod.Get, $"/api/v1/sittings/{ready}", Registrar)).GetProperty("state").GetString(), ignoreCase: true);
        Assert.Equal(1L, await world.ScalarAsync<long>("select count(*) from sitting_events where sitting_id = $1 and kind = 'TheoryOpened'", ready));
        Assert.Equal("Scheduled", (await world.OkAsync(HttpMethod.Get, $"/api/v1/sittings/{late}", Registrar)).GetProperty("state").GetString(), ignoreCase: true);
    }

    [Fact]
    public async Task ARequestWithoutTheSlotsStartIsABadRequestNamingIt()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();

        using var response = await world.SendAsync(HttpMethod.Post, Slot, Registrar, new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("startsAt", out _), problem.ToString());
    }
}
