using System.Net;
using System.Text.Json;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Cases;

/// <summary>
/// Issue 12 (SPEC §2): windows and deadlines are decided at the instant an action arrives, against the procedure's one
/// clock, not when a reminder happens to fire. Every date here is counted by hand from the 2026 calendar: 16 Dec
/// (Independence Day, a Wednesday) is the only day off in December besides the weekends.
/// </summary>
public sealed class WindowsAtTheInstantTests
{
    private const string Candidate = "candidate.1";
    private const string Registrar = "registrar.0001";

    [Fact]
    public async Task AnAppealOneSecondAfterTheP20WindowClosedIsRefusedAndTheResultIsFinalAtOnce()
    {
        await using var world = await StartAsync(Almaty(2026, 12, 1));
        var inTime = await AppliedAsync(world);
        var late = await AppliedAsync(world);
        await FailAsync(world, inTime, late);

        // Failure notice (delivered electronically) on Fri 18 Dec: 5 wd are 21-25 Dec; the window ends 25 Dec, 23:59:59.
        var window = Deadline(await CaseAsync(world, late), "appealWindow");
        Assert.Equal(new DateOnly(2026, 12, 25), DayOf(DueAt(window)));

        world.Clock.SetUtcNow(DueAt(window).AddSeconds(-1));
        Assert.Equal("appealFiled", (await world.OkAsync(HttpMethod.Post, $"/api/v1/cases/{inTime}/appeal", Candidate, new { grounds = "Question 7 was wrong" }))
            .GetProperty("state").GetString());

        world.Clock.SetUtcNow(DueAt(window).AddSeconds(1));
        var problem = await RefusedAsync(world, HttpMethod.Post, $"/api/v1/cases/{late}/appeal", Candidate, new { grounds = "Question 7 was wrong" });
        Assert.Equal("P20", problem.GetProperty("rule").GetString());
        Assert.Contains("25.12.2026", problem.GetProperty("detail").GetString());

        // The consequence was written before the refusal, not left for a reminder.
        var after = await CaseAsync(world, late);
        Assert.Equal("resultFinal", after.GetProperty("state").GetString());
        Assert.Equal("closed", Deadline(after, "appealWindow").GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheRefusalNamesTheDayTheWindowClosedInKazakhAndRussian()
    {
        await using var world = await StartAsync(Almaty(2026, 12, 3));
        var caseId = await WithRemarksAsync(world);
        world.Clock.SetUtcNow(Almaty(2026, 12, 9, 0, 0).AddSeconds(1));

        var kk = await RefusedAsync(world, HttpMethod.Post, $"/api/v1/cases/{caseId}/resubmission", Candidate, Resubmission, "kk");
        var ru = await RefusedAsync(world, HttpMethod.Post, $"/api/v1/cases/{caseId}/resubmission", Candidate, Resubmission, "ru");

        Assert.Contains("08.12.2026 аяқталды", kk.GetProperty("detail").GetString());
        Assert.Contains("истек 08.12.2026", ru.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AResubmissionOneSecondAfterTheP5WindowClosedIsRefusedAndTheMotivatedRefusalIsDraftedAtOnce()
    {
        // Remarks sent Thu 3 Dec 2026: 3 wd are 4, 7 and 8 Dec; the window ends 8 Dec, 23:59:59.
        await using var world = await StartAsync(Almaty(2026, 12, 3));
        var inTime = await WithRemarksAsync(world);
        var late = await WithRemarksAsync(world);
        var window = Deadline(await CaseAsync(world, late), "remarksFixWindow");
        Assert.Equal(new DateOnly(2026, 12, 8), DayOf(DueAt(window)));

        world.Clock.SetUtcNow(DueAt(window).AddSeconds(-1));
        Assert.Equal("resubmitted", (await world.OkAsync(HttpMethod.Post, $"/api/v1/cases/{inTime}/resubmission", Candidate, Resubmission))
            .GetProperty("state").GetString());

        world.Clock.SetUtcNow(DueAt(window).AddSeconds(1));
        var problem = await RefusedAsync(world, HttpMethod.Post, $"/api/v1/cases/{late}/resubmission", Candidate, Resubmission);
        Assert.Equal("P5", problem.GetProperty("rule").GetString());
        Assert.Contains("08.12.2026", problem.GetProperty("detail").GetString());

        var after = await CaseAsync(world, late);
        Assert.Contains(after.GetProperty("history").EnumerateArray(), e => e.GetProperty("what").GetString() == "MotivatedRefusalDrafted");
        Assert.Equal("closed", Deadline(after, "remarksFixWindow").GetProperty("status").GetString());
        Assert.Equal("remarksSent", after.GetProperty("state").GetString());
        Assert.Equal("refused", (await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{late}/refusal", "head.0001")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task AContractOneSecondAfterTheCompletenessReviewWasDueIsABreachRecordedWhenItHappens()
    {
        // Registered Wed 2 Dec 2026: the center reviews within 3 wd (3, 4, 7 Dec), by the end of Mon 7 Dec. Registered
        // Thu 3 Dec: by the end of Tue 8 Dec. The clock only goes forward, so the late contract comes first.
        await using var world = await StartAsync(Almaty(2026, 12, 2));
        var late = await AppliedAsync(world);
        world.Clock.SetUtcNow(Almaty(2026, 12, 3));
        var inTime = await AppliedAsync(world);
        var lateReview = Deadline(await CaseAsync(world, late), "completenessReview");
        var inTimeReview = Deadline(await CaseAsync(world, inTime), "completenessReview");
        Assert.Equal((new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 8)), (DayOf(DueAt(lateReview)), DayOf(DueAt(inTimeReview))));

        world.Clock.SetUtcNow(DueAt(lateReview).AddSeconds(1));
        var breached = Deadline(await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{late}/contract", Registrar), "completenessReview");
        Assert.Equal("breached", breached.GetProperty("status").GetString());
        Assert.Equal(DueAt(lateReview).AddSeconds(1), breached.GetProperty("metAt").GetDateTimeOffset());

        world.Clock.SetUtcNow(DueAt(inTimeReview).AddSeconds(-1));
        var met = Deadline(await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{inTime}/contract", Registrar), "completenessReview");
        Assert.Equal("met", met.GetProperty("status").GetString());
    }

    [Fact]
    public async Task APaperReceiptRecordedAfterItsWindowClosedIsKeptTheResultIsFinalAndTheAppealRefused()
    {
        await using var world = await StartAsync(Almaty(2026, 12, 1));
        var caseId = await FailedOnPaperAsync(world);

        // Handed over on Fri 18 Dec, recorded on Mon 28 Dec: the 5 wd after 18 Dec ended on 25 Dec.
        world.Clock.SetUtcNow(Almaty(2026, 12, 28, 9));
        var received = await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{caseId}/results-received", Registrar,
            new { receivedOn = new DateOnly(2026, 12, 18) });
        Assert.Equal("resultFinal", received.GetProperty("state").GetString());
        Assert.Equal("closed", Deadline(received, "appealWindow").GetProperty("status").GetString());
        Assert.Equal(["ResultsReceived", "CloseAppealWindow"], received.GetProperty("history").EnumerateArray().TakeLast(2).Select(e => e.GetProperty("what").GetString()));

        world.Clock.Advance(TimeSpan.FromSeconds(10));
        var problem = await RefusedAsync(world, HttpMethod.Post, $"/api/v1/cases/{caseId}/appeal", Candidate, new { grounds = "Question 7 was wrong" });
        Assert.Equal("P20", problem.GetProperty("rule").GetString());
        Assert.Contains("25.12.2026", problem.GetProperty("detail").GetString());
    }

    private static readonly object Identity = new
    {
        iin = "900515300018", surname = "Демокандидатов", givenName = "Тимур", patronymic = "Ержанұлы",
        homeAddress = "Алматы, Сейфуллин к-сі, 10", email = "timur@example.kz", mobilePhone = "+7 701 000 0001",
        workPhone = (string?)null, consentToProcessing = true, consentToNskPlacement = true,
    };

    /// <summary>The platform at <paramref name="now"/>, with the demo candidate's profile filled in (P4 needs it).</summary>
    private static async Task<PlatformWorld> StartAsync(DateTimeOffset now)
    {
        var world = await PlatformWorld.StartAsync(now);
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", Candidate, Identity);
        return world;
    }

    private static readonly object Resubmission = new { attachments = new[] { new { kind = "education", title = "Diploma, readable copy", storedAs = (string?)null } } };

    private static async Task<string> AppliedAsync(PlatformWorld world) =>
        (await world.OkAsync(HttpMethod.Post, "/api/v1/cases", Candidate, new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5,
            attachments = new[] { new { kind = "education", title = "Diploma", storedAs = (string?)null } }, personalDataConsent = true, examLanguage = "ru",
        })).GetProperty("caseId").GetString()!;

    private static async Task<string> WithRemarksAsync(PlatformWorld world)
    {
        var caseId = await AppliedAsync(world);
        await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{caseId}/remarks", Registrar, new { remarks = new[] { "The copy of the diploma is unreadable" } });
        return caseId;
    }

    /// <summary>
    /// An application on paper, registered by the registrar for the same person (so the demo candidate may appeal): its
    /// failure notice opens no appeal window by itself.
    /// </summary>
    private static async Task<string> FailedOnPaperAsync(PlatformWorld world)
    {
        var candidateKey = (await world.OkAsync(HttpMethod.Post, "/api/v1/centers/0001/candidates", Registrar, Identity)).GetProperty("candidateKey").GetString();
        var caseId = (await world.OkAsync(HttpMethod.Post, "/api/v1/centers/0001/cases", Registrar, new
        {
            centerNumber = "0001", candidateKey, programCode = "accountant-nrk5", nrkLevel = 5,
            attachments = new[] { new { kind = "education", title = "Diploma", storedAs = (string?)null } }, personalDataConsent = true, examLanguage = "ru",
        })).GetProperty("caseId").GetString()!;
        await FailAsync(world, caseId);
        return caseId;
    }

    /// <summary>
    /// From Tue 1 Dec 2026: contract, exam on Tue 15 Dec (the 10th working day, P6), not passed, failure notice on
    /// Fri 18 Dec. Each step is taken for every case before the clock moves on (it never goes back).
    /// </summary>
    private static async Task FailAsync(PlatformWorld world, params string[] caseIds)
    {
        foreach (var caseId in caseIds)
        {
            await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{caseId}/contract", Registrar);
            await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{caseId}/exam-notice", Registrar,
                new { startsAt = Almaty(2026, 12, 15), place = "Алматы, Абай даңғылы, 10", online = false });
        }

        world.Clock.SetUtcNow(Almaty(2026, 12, 15, 9));
        foreach (var caseId in caseIds)
        {
            var desk = $"/api/v1/commissions/com-0001-a/cases/{caseId}";
            await world.OkAsync(HttpMethod.Post, $"{desk}/start", "commission.0001.a", new { methodologyAcknowledged = true, complaintAndAppealAcknowledged = true, safetyBriefingJournalEntry = "Журнал №3, запись 12" });
            await world.OkAsync(HttpMethod.Post, $"{desk}/completion", "commission.0001.c",
                new { theoryCorrect = 18, theoryTotal = 30, practicalPassed = (bool?)null, practicalShortfalls = Array.Empty<string>(), endedBy = "completed" });
            await world.OkAsync(HttpMethod.Post, $"{desk}/protocol", "commission.0001.c", new
            {
                votes = new[]
                {
                    new { subject = "commission.0001.a", choice = "notPassed" },
                    new { subject = "commission.0001.b", choice = "notPassed" },
                    new { subject = "commission.0001.c", choice = "notPassed" },
                },
                reasons = "18 of 30 is not more than 70% (P15)",
            });
        }

        world.Clock.SetUtcNow(Almaty(2026, 12, 18, 11));
        foreach (var caseId in caseIds)
        {
            await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{caseId}/failure-notice", Registrar,
                new { recommendations = new[] { "Study VAT and payroll" } });
        }
    }

    private static Task<JsonElement> CaseAsync(PlatformWorld world, string caseId) =>
        world.OkAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}", Candidate);

    private static JsonElement Deadline(JsonElement view, string kind) =>
        view.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == kind);

    private static DateTimeOffset DueAt(JsonElement deadline) => deadline.GetProperty("dueAt").GetDateTimeOffset();

    private static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(TimeSpan.FromHours(5)).DateTime);

    private static async Task<JsonElement> RefusedAsync(PlatformWorld world, HttpMethod method, string url, string account, object body, string? language = null)
    {
        using var response = await world.SendAsync(method, url, account, body, language);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{method} {url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
