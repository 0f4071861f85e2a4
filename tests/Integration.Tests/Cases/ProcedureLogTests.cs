using System.Text.RegularExpressions;
using Platform.Domain.Identity;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Security;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Cases;

/// <summary>Issue 6: the logs of a full procedure — silo and frontend — hold no IIN and no name.</summary>
public sealed partial class ProcedureLogTests
{
    private const string Iin = "900515300018";
    private static readonly string[] Names = ["Демокандидатов", "Тимур", "Ержанұлы"];

    [Fact]
    public async Task TheLogsOfAFullProcedureHoldNoIinAndNoName()
    {
        var logs = new CapturedLogs();
        await using (var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().WithLogs(logs).StartAsync())
        {
            await RunProcedureAsync(world);
        }

        var entries = logs.Entries.ToList();
        Assert.Contains(entries, e => e.Contains(" Orleans.", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => TwelveDigits().Matches(e).Any(m => Platform.Domain.Identity.Iin.TryParse(m.Value, out _, out _)));
        foreach (var name in Names)
        {
            Assert.DoesNotContain(entries, e => e.Contains(name, StringComparison.Ordinal));
        }
    }

    private static async Task RunProcedureAsync(World world)
    {
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", new
        {
            iin = Iin, surname = Names[0], givenName = Names[1], patronymic = Names[2], homeAddress = "Алматы", email = "t@example.kz",
            mobilePhone = "+7 701 000 0001", workPhone = (string?)null, consentToProcessing = true, consentToNskPlacement = true,
        });
        // A wrong IIN and a bad body are refused: their errors must not echo the digits either.
        using var wrong = await world.SendAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.2", new { iin = Iin });
        var caseId = (await world.OkAsync(HttpMethod.Post, "/api/v1/cases", "candidate.1", new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5, attachments = Array.Empty<object>(), personalDataConsent = true, examLanguage = "ru",
        })).GetProperty("caseId").GetString();
        var center = $"/api/v1/centers/0001/cases/{caseId}";
        await world.OkAsync(HttpMethod.Post, $"{center}/contract", "registrar.0001");
        await world.OkAsync(HttpMethod.Post, $"{center}/exam-notice", "registrar.0001",
            new { startsAt = Almaty(2026, 3, 17), place = "Алматы", online = false });
        world.Clock.SetUtcNow(Almaty(2026, 3, 17, 9));
        var desk = $"/api/v1/commissions/com-0001-a/cases/{caseId}";
        await world.OkAsync(HttpMethod.Post, $"{desk}/start", "commission.0001.a", new { methodologyAcknowledged = true, complaintAndAppealAcknowledged = true, safetyBriefingJournalEntry = "Журнал №3, запись 12" });
        await world.OkAsync(HttpMethod.Post, $"{desk}/completion", "commission.0001.c",
            new { theoryCorrect = 25, theoryTotal = 30, practicalPassed = true, practicalShortfalls = Array.Empty<string>(), endedBy = "completed" });
        await world.OkAsync(HttpMethod.Post, $"{desk}/protocol", "commission.0001.c", new
        {
            votes = new[] { new { subject = "commission.0001.a", choice = "passed" }, new { subject = "commission.0001.b", choice = "passed" } },
            reasons = (string?)null,
        });
        await world.OkAsync(HttpMethod.Post, $"{center}/certificate", "head.0001");
        var file = await world.OkAsync(HttpMethod.Get, "/api/v1/candidates/me/documents", "candidate.1");
        foreach (var document in file.EnumerateArray())
        {
            using var pdf = await world.SendAsync(HttpMethod.Get, $"/api/v1/candidates/me/documents/{document.GetProperty("documentId").GetString()}.pdf", "candidate.1");
            Assert.True(pdf.IsSuccessStatusCode);
        }
    }

    [GeneratedRegex(@"(?<!\d)\d{12}(?!\d)")]
    private static partial Regex TwelveDigits();
}
