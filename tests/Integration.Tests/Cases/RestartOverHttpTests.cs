using System.Text.Json;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Cases;

/// <summary>Issue 4: one run over HTTP on real PostgreSQL, deadlines firing through AdoNet reminders, a silo stopped midway.</summary>
public sealed class RestartOverHttpTests
{
    [Fact]
    public async Task TheProcedureCarriesOnAcrossAStoppedSiloAndItsDeadlinesStillFire()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithSilos(2).WithDemoData().WithFrontend().StartAsync();
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", new
        {
            iin = "900515300018", surname = "Демокандидатов", givenName = "Тимур", patronymic = (string?)null,
            homeAddress = "Алматы", email = "timur@example.kz", mobilePhone = "+7 701 000 0001", workPhone = (string?)null,
            consentToProcessing = true, consentToNskPlacement = true,
        });
        var caseId = (await world.OkAsync(HttpMethod.Post, "/api/v1/cases", "candidate.1", new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5, attachments = Array.Empty<object>(), personalDataConsent = true, examLanguage = "ru",
        })).GetProperty("caseId").GetString()!;
        await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{caseId}/contract", "registrar.0001");

        // Either silo may host the case and own its reminder; the first is stopped, the other carries on.
        await world.StopSiloAsync(0);

        // P6: the exam notice is owed within 5 working days after Mon 2 Mar: by the end of Mon 9 Mar... and 9 Mar is
        // the day off for 8 Mar (a Sunday), so by the end of Tue 10 Mar. Nobody sends it: it is breached.
        var board = await world.AdvanceToAsync(Almaty(2026, 3, 11, 0, 1),
            () => world.OkAsync(HttpMethod.Get, "/api/v1/centers/0001/deadlines", "head.0001"),
            b => b.GetProperty("breached").GetArrayLength() == 1);
        var breach = board.GetProperty("breached")[0];
        Assert.Equal(("examNotice", caseId), (breach.GetProperty("kind").GetString(), breach.GetProperty("caseId").GetString()));
        Assert.Equal(1, board.GetProperty("breachedInAll").GetInt32());

        var late = await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{caseId}/exam-notice", "registrar.0001",
            new { startsAt = Almaty(2026, 4, 1), place = "Алматы, Абай даңғылы, 10", online = false });
        Assert.Equal("examScheduled", late.GetProperty("state").GetString());
        var examNotice = late.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "examNotice");
        Assert.Equal("breached", examNotice.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, examNotice.GetProperty("metAt").ValueKind);
    }
}
