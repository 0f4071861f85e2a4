using System.Text.Json;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Cases;

/// <summary>Lists read the case projection the grains write (SPEC §6).</summary>
public sealed class CaseListTests
{
    [Fact]
    public async Task TheCenterListsItsCasesAndTheOperatorSeesEveryBreachedObligation()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", new
        {
            iin = "900515300018", surname = "Демокандидатов", givenName = "Тимур", patronymic = (string?)null,
            homeAddress = "Алматы", email = "timur@example.kz", mobilePhone = "+7 701 000 0001", workPhone = (string?)null,
            consentToProcessing = true, consentToNskPlacement = true,
        });
        var caseId = (await world.OkAsync(HttpMethod.Post, "/api/v1/cases", "candidate.1", new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5, attachments = Array.Empty<object>(), personalDataConsent = true, examLanguage = "ru",
        })).GetProperty("caseId").GetString();

        var listed = await world.OkAsync(HttpMethod.Get, "/api/v1/centers/0001/cases?state=registered", "registrar.0001");
        Assert.Equal(caseId, Assert.Single(listed.EnumerateArray()).GetProperty("caseId").GetString());
        Assert.Empty((await world.OkAsync(HttpMethod.Get, "/api/v1/centers/0001/cases?state=refused", "registrar.0001")).EnumerateArray());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Get, "/api/v1/centers/0001/cases", "registrar.0002")).StatusCode);

        // P5: the completeness review of Mon 2 Mar is due by the end of Thu 5 Mar; nobody reviewed it.
        var board = await world.AdvanceToAsync(Almaty(2026, 3, 6, 0, 1),
            () => world.OkAsync(HttpMethod.Get, "/api/v1/operator/deadlines", "operator"),
            flagged => flagged.EnumerateArray().Any(d => d.GetProperty("status").GetString() == "breached"));
        var breach = Assert.Single(board.EnumerateArray());
        Assert.Equal(("0001", caseId, "completenessReview", "P5"), (
            breach.GetProperty("centerNumber").GetString(), breach.GetProperty("caseId").GetString(),
            breach.GetProperty("kind").GetString(), breach.GetProperty("rule").GetString()));
        Assert.DoesNotContain("Тимур", board.GetRawText());
    }
}
