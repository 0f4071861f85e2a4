using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Cases;

/// <summary>
/// An Idempotency-Key answers a repeat only to whoever first sent it: the same key from anyone else is a 409 that
/// shows nothing of the case (a case's number is its key, so knowing a number must not open the case).
/// </summary>
public sealed class IdempotencyKeyOwnershipTests
{
    private static readonly object Identity = new
    {
        iin = "900515300018", surname = "Демокандидатов", givenName = "Тимур", patronymic = "Ержанұлы",
        homeAddress = "Алматы, Сейфуллин к-сі, 10", email = "timur@example.kz", mobilePhone = "+7 701 000 0001",
        workPhone = (string?)null, consentToProcessing = true, consentToNskPlacement = true,
    };

    private static readonly object ApplicationBody = new
    {
        centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5,
        attachments = new[] { new { kind = "education", title = "Diploma of candidate one", storedAs = (string?)null } },
        personalDataConsent = true, examLanguage = "ru",
    };

    [Fact]
    public async Task AnotherCandidatesApplicationUnderACaseKeyIsAConflictAndTheOwnersRepeatIsTheCase()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", Identity);
        var key = Guid.NewGuid();
        using var applied = await SendWithKeyAsync(world, "/api/v1/cases", "candidate.1", key, ApplicationBody);
        var caseA = JsonDocument.Parse(await applied.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);

        using var foreign = await SendWithKeyAsync(world, "/api/v1/cases", "candidate.2", key, ApplicationBody, language: "ru");

        Assert.Equal(HttpStatusCode.Conflict, foreign.StatusCode);
        var body = await foreign.Content.ReadAsStringAsync();
        Assert.Equal("application/problem+json", foreign.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Idempotency-Key уже использован", JsonDocument.Parse(body).RootElement.GetProperty("title").GetString());
        AssertShowsNothingOf(caseA, body);

        using var repeated = await SendWithKeyAsync(world, "/api/v1/cases", "candidate.1", key, ApplicationBody);
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        var again = JsonDocument.Parse(await repeated.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(caseA.GetProperty("caseId").GetString(), again.GetProperty("caseId").GetString());
        Assert.Equal(caseA.GetProperty("version").GetInt32(), again.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task APaperApplicationOfAnotherCenterUnderACaseKeyIsAConflictNotARead()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", Identity);
        var key = Guid.NewGuid();
        using var applied = await SendWithKeyAsync(world, "/api/v1/cases", "candidate.1", key, ApplicationBody);
        var caseA = JsonDocument.Parse(await applied.Content.ReadAsStringAsync()).RootElement;

        using var paper = await SendWithKeyAsync(world, "/api/v1/centers/0002/cases", "registrar.0002", key, new
        {
            centerNumber = "0002", candidateKey = "cand-someoneelseaaaaaaaaaaaaaaaaaa", programCode = "welder-nrk3", nrkLevel = 3,
            attachments = Array.Empty<object>(), personalDataConsent = true, examLanguage = "ru",
        });

        Assert.Equal(HttpStatusCode.Conflict, paper.StatusCode);
        AssertShowsNothingOf(caseA, await paper.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AStaffActionReplayedByAnotherMemberOfTheCenterIsAConflict()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", Identity);
        var caseId = (await world.OkAsync(HttpMethod.Post, "/api/v1/cases", "candidate.1", ApplicationBody)).GetProperty("caseId").GetString();
        var contract = $"/api/v1/centers/0001/cases/{caseId}/contract";
        var key = Guid.NewGuid();
        using var concluded = await SendWithKeyAsync(world, contract, "registrar.0001", key, null);
        Assert.Equal(HttpStatusCode.OK, concluded.StatusCode);

        using var replayed = await SendWithKeyAsync(world, contract, "head.0001", key, null);
        using var repeated = await SendWithKeyAsync(world, contract, "registrar.0001", key, null);

        Assert.Equal(HttpStatusCode.Conflict, replayed.StatusCode);
        Assert.DoesNotContain("registrar.0001", await replayed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
    }

    /// <summary>Nothing of the case in the answer: its candidate, program, documents or history.</summary>
    private static void AssertShowsNothingOf(JsonElement caseA, string body)
    {
        Assert.DoesNotContain(caseA.GetProperty("candidateKey").GetString()!, body);
        Assert.DoesNotContain("accountant-nrk5", body);
        Assert.DoesNotContain("Diploma of candidate one", body);
        Assert.DoesNotContain("history", body, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<HttpResponseMessage> SendWithKeyAsync(
        World world, string url, string account, Guid key, object? body, string? language = null)
    {
        using var token = await world.Frontend.Http.PostAsJsonAsync("/api/v1/dev/tokens", new { account });
        token.EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
            (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        request.Headers.Add("Idempotency-Key", key.ToString());
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await world.Frontend.Http.SendAsync(request);
    }
}
