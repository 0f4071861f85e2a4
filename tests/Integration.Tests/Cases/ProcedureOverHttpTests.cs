using System.Net;
using System.Text.Json;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Cases;

/// <summary>The procedure of SPEC §2 driven over HTTP by the demo accounts, each in its role.</summary>
public sealed class ProcedureOverHttpTests
{
    private static readonly object Identity = new
    {
        iin = "900515300018", surname = "Демокандидатов", givenName = "Тимур", patronymic = "Ержанұлы",
        homeAddress = "Алматы, Сейфуллин к-сі, 10", email = "timur@example.kz", mobilePhone = "+7 701 000 0001",
        workPhone = (string?)null, consentToProcessing = true, consentToNskPlacement = true,
    };

    [Fact]
    public async Task ACandidateGoesFromApplicationToFailureNoticeWithEachStepByItsRole()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        var profile = await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", Identity);
        Assert.Equal("••••••••0018", profile.GetProperty("identity").GetProperty("maskedIin").GetString());
        Assert.DoesNotContain("900515300018", profile.GetRawText());

        var applied = await world.OkAsync(HttpMethod.Post, "/api/v1/cases", "candidate.1", new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5,
            attachments = new[] { new { kind = "education", title = "Diploma", storedAs = (string?)null } }, personalDataConsent = true, examLanguage = "ru",
        });
        var caseId = applied.GetProperty("caseId").GetString()!;
        var center = $"/api/v1/centers/0001/cases/{caseId}";

        await world.OkAsync(HttpMethod.Post, $"{center}/contract", "registrar.0001");
        var early = await world.SendAsync(HttpMethod.Post, $"{center}/exam-notice", "registrar.0001",
            new { startsAt = Almaty(2026, 3, 16), place = "Алматы, Абай даңғылы, 10", online = false }, language: "kk");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        var problem = JsonDocument.Parse(await early.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("P6", problem.GetProperty("rule").GetString());
        Assert.Equal("Әрекетке Қағидалар жол бермейді", problem.GetProperty("title").GetString());

        await world.OkAsync(HttpMethod.Post, $"{center}/exam-notice", "registrar.0001",
            new { startsAt = Almaty(2026, 3, 17), place = "Алматы, Абай даңғылы, 10", online = false });
        world.Clock.SetUtcNow(Almaty(2026, 3, 17, 9));
        var desk = $"/api/v1/commissions/com-0001-a/cases/{caseId}";
        await world.OkAsync(HttpMethod.Post, $"{desk}/start", "commission.0001.a", new { methodologyAcknowledged = true, complaintAndAppealAcknowledged = true, safetyBriefingJournalEntry = "Журнал №3, запись 12" });
        await world.OkAsync(HttpMethod.Post, $"{desk}/completion", "commission.0001.c",
            new { theoryCorrect = 21, theoryTotal = 30, practicalPassed = (bool?)null, practicalShortfalls = Array.Empty<string>(), endedBy = "completed" });
        var protocol = await world.OkAsync(HttpMethod.Post, $"{desk}/protocol", "commission.0001.c", new
        {
            votes = new[]
            {
                new { subject = "commission.0001.a", choice = "notPassed" },
                new { subject = "commission.0001.b", choice = "notPassed" },
                new { subject = "commission.0001.c", choice = "passed" },
            },
            reasons = "21 of 30 is not more than 70% (P15)",
        });
        Assert.Equal("notPassed", protocol.GetProperty("state").GetString());
        var notice = await world.OkAsync(HttpMethod.Post, $"{center}/failure-notice", "registrar.0001",
            new { recommendations = new[] { "Study VAT and payroll" } });
        Assert.Equal("failureNotified", notice.GetProperty("state").GetString());

        var file = await world.OkAsync(HttpMethod.Get, "/api/v1/candidates/me/documents", "candidate.1");
        var kinds = file.EnumerateArray().Select(d => d.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["applicationForm", "serviceContract", "examNotice", "commissionProtocol", "failureNotice"], kinds);

        var protocolId = file.EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "commissionProtocol").GetProperty("documentId").GetString();
        using var pdf = await world.SendAsync(HttpMethod.Get, $"/api/v1/candidates/me/documents/{protocolId}.pdf?lang=kk", "candidate.1");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
    }

    [Fact]
    public async Task ACaseIsHiddenFromAnotherCenterAnotherCandidateAndUnchangeableByTheOperator()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", Identity);
        var caseId = (await world.OkAsync(HttpMethod.Post, "/api/v1/cases", "candidate.1", new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5, attachments = Array.Empty<object>(), personalDataConsent = true, examLanguage = "ru",
        })).GetProperty("caseId").GetString()!;

        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{caseId}/contract", "registrar.0002")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Post, $"/api/v1/centers/0002/cases/{caseId}/contract", "registrar.0002")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}", "candidate.2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}", "head.0002")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.SendAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{caseId}/contract", "operator")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}", "operator")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.SendAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{caseId}/refusal", "registrar.0001")).StatusCode);

        var stillRegistered = await world.OkAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}", "registrar.0001");
        Assert.Equal("registered", stillRegistered.GetProperty("state").GetString());
    }

    [Fact]
    public async Task ACandidateCannotRegisterSomeoneElsesIin()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();

        using var response = await world.SendAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.2", Identity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("900515300018", await response.Content.ReadAsStringAsync());
    }
}
