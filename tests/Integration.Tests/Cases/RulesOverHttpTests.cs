using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Security;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Cases;

/// <summary>
/// Issue 12, rules that were not checked, over HTTP by role: the candidate's exam language (P9), the sick-leave sheet
/// before a reschedule (P7), the acquaintance and safety briefing before an offline exam (P8), and the appeal
/// commission an appeal is passed to (P21, P21-1).
/// </summary>
public sealed class RulesOverHttpTests
{
    private const string Center = "/api/v1/centers/0001";
    private const string Desk = "/api/v1/commissions/com-0001-a/cases";

    private static readonly object Acquainted = new
    {
        methodologyAcknowledged = true, complaintAndAppealAcknowledged = true, safetyBriefingJournalEntry = "Журнал вводного инструктажа №3, запись 12",
    };

    [Fact]
    public async Task TheCandidateChoosesTheLanguageWhenApplyingMayChangeItUntilTheNoticeAndTheNoticeCarriesIt()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        var caseId = await AppliedAsync(world, "candidate.1", "ru");
        Assert.Equal("ru", (await world.OkAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}", "candidate.1")).GetProperty("examLanguage").GetString());

        using var missing = await world.SendAsync(HttpMethod.Post, "/api/v1/cases", "candidate.1", new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5, attachments = Array.Empty<object>(), personalDataConsent = true,
        });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("examLanguage", await missing.Content.ReadAsStringAsync());
        using var english = await world.SendAsync(HttpMethod.Put, $"/api/v1/cases/{caseId}/exam-language", "candidate.1", new { language = "en" });
        Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);

        var changed = await world.OkAsync(HttpMethod.Put, $"/api/v1/cases/{caseId}/exam-language", "candidate.1", new { language = "kk" });
        Assert.Equal("kk", changed.GetProperty("examLanguage").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Put, $"/api/v1/cases/{caseId}/exam-language", "candidate.2", new { language = "ru" })).StatusCode);
        await world.OkAsync(HttpMethod.Post, $"{Center}/cases/{caseId}/contract", "registrar.0001");

        // The registrar no longer names a language: a notice that tries is not understood.
        using var withLanguage = await world.SendAsync(HttpMethod.Post, $"{Center}/cases/{caseId}/exam-notice", "registrar.0001",
            new { startsAt = Almaty(2026, 3, 17), place = "Алматы, Абай даңғылы, 10", online = false, language = "ru" });
        Assert.Equal(HttpStatusCode.BadRequest, withLanguage.StatusCode);
        var notice = await world.OkAsync(HttpMethod.Post, $"{Center}/cases/{caseId}/exam-notice", "registrar.0001",
            new { startsAt = Almaty(2026, 3, 17), place = "Алматы, Абай даңғылы, 10", online = false });
        Assert.Equal("kk", notice.GetProperty("exam").GetProperty("language").GetString());

        using var late = await world.SendAsync(HttpMethod.Put, $"/api/v1/cases/{caseId}/exam-language", "candidate.1", new { language = "ru" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("P9", await RuleAsync(late));
        Assert.Equal("kk", (await world.OkAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}", "candidate.1")).GetProperty("examLanguage").GetString());
    }

    [Fact]
    public async Task APaperApplicationRecordsTheLanguageTheCandidateWroteOnTheForm()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        var candidateKey = (await world.OkAsync(HttpMethod.Post, $"{Center}/candidates", "registrar.0001", new
        {
            iin = "881122400044", surname = "Демокандидатова", givenName = "Айжан", patronymic = (string?)null, homeAddress = "Алматы",
            email = "a@example.kz", mobilePhone = "+7 701 000 0002", workPhone = (string?)null, consentToProcessing = true, consentToNskPlacement = true,
        })).GetProperty("candidateKey").GetString();

        var registered = await world.OkAsync(HttpMethod.Post, $"{Center}/cases", "registrar.0001", new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5, attachments = Array.Empty<object>(), personalDataConsent = true,
            examLanguage = "kk", candidateKey,
        });

        Assert.Equal(("paper", "kk"), (registered.GetProperty("channel").GetString(), registered.GetProperty("examLanguage").GetString()));
    }

    [Fact]
    public async Task AP7RescheduleWaitsForTheSickLeaveSheetTheCandidateHandsInAndTheCenterReceives()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        var caseId = await ScheduledAsync(world, "candidate.1");
        world.Clock.SetUtcNow(Almaty(2026, 3, 16));
        await world.OkAsync(HttpMethod.Post, $"/api/v1/cases/{caseId}/sick-leave", "candidate.1");
        var reschedule = new { startsAt = Almaty(2026, 3, 27), place = "Алматы, Абай даңғылы, 10", online = false, reason = "sickLeave" };

        using var beforeSheet = await world.SendAsync(HttpMethod.Post, $"{Center}/cases/{caseId}/exam-notice", "registrar.0001", reschedule);
        Assert.Equal((HttpStatusCode.Conflict, "P7"), (beforeSheet.StatusCode, await RuleAsync(beforeSheet)));
        using var receivedNothing = await world.SendAsync(HttpMethod.Post, $"{Center}/cases/{caseId}/sick-leave-sheet-received", "registrar.0001");
        Assert.Equal((HttpStatusCode.Conflict, "P7"), (receivedNothing.StatusCode, await RuleAsync(receivedNothing)));

        var sheet = await UploadAsync(world, "candidate.1");
        var theirs = await UploadAsync(world, "candidate.2");
        using var notTheirs = await world.SendAsync(HttpMethod.Post, $"/api/v1/cases/{caseId}/sick-leave-sheet", "candidate.1", new { title = "Парақ", storedAs = theirs });
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        var handedIn = await world.OkAsync(HttpMethod.Post, $"/api/v1/cases/{caseId}/sick-leave-sheet", "candidate.1",
            new { title = "Лист о временной нетрудоспособности", storedAs = sheet });
        Assert.Contains(handedIn.GetProperty("attachments").EnumerateArray(), a => a.GetProperty("kind").GetString() == "sickLeaveSheet" && a.GetProperty("storedAs").GetString() == sheet);
        using var stillNotReceived = await world.SendAsync(HttpMethod.Post, $"{Center}/cases/{caseId}/exam-notice", "registrar.0001", reschedule);
        Assert.Equal((HttpStatusCode.Conflict, "P7"), (stillNotReceived.StatusCode, await RuleAsync(stillNotReceived)));

        var received = await world.OkAsync(HttpMethod.Post, $"{Center}/cases/{caseId}/sick-leave-sheet-received", "registrar.0001");
        Assert.True(received.GetProperty("sickLeaveSheetReceived").GetBoolean());
        var moved = await world.OkAsync(HttpMethod.Post, $"{Center}/cases/{caseId}/exam-notice", "registrar.0001", reschedule);

        Assert.Equal(("examScheduled", "sickLeave"), (moved.GetProperty("state").GetString(), moved.GetProperty("exam").GetProperty("reason").GetString()));
        using var read = await world.SendAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}/attachments/{sheet}", "registrar.0001");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task AnOfflineExamDoesNotStartWithoutTheCandidatesAcknowledgementsAndTheSafetyBriefing()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        var caseId = await ScheduledAsync(world, "candidate.1");
        world.Clock.SetUtcNow(Almaty(2026, 3, 17, 9));
        var start = $"{Desk}/{caseId}/start";

        using var noBody = await world.SendAsync(HttpMethod.Post, start, "commission.0001.a");
        using var noAppeal = await world.SendAsync(HttpMethod.Post, start, "commission.0001.a",
            new { methodologyAcknowledged = true, complaintAndAppealAcknowledged = false, safetyBriefingJournalEntry = "Журнал №3, запись 12" });
        using var noMethodology = await world.SendAsync(HttpMethod.Post, start, "commission.0001.a",
            new { methodologyAcknowledged = false, complaintAndAppealAcknowledged = true, safetyBriefingJournalEntry = "Журнал №3, запись 12" });
        using var noBriefing = await world.SendAsync(HttpMethod.Post, start, "commission.0001.a",
            new { methodologyAcknowledged = true, complaintAndAppealAcknowledged = true, safetyBriefingJournalEntry = (string?)null });

        Assert.Equal(HttpStatusCode.BadRequest, noBody.StatusCode);
        foreach (var refused in new[] { noAppeal, noMethodology, noBriefing })
        {
            Assert.Equal((HttpStatusCode.Conflict, "P8"), (refused.StatusCode, await RuleAsync(refused)));
        }

        Assert.Equal("examScheduled", (await world.OkAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}", "registrar.0001")).GetProperty("state").GetString());
        var started = await world.OkAsync(HttpMethod.Post, start, "commission.0001.a", Acquainted);
        Assert.Equal("inExam", started.GetProperty("state").GetString());
    }

    [Fact]
    public async Task AnAppealIsRegisteredOnlyToAnAppealCommissionFormedByTheCasesCenter()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        var caseId = await AppealedAsync(world);
        await FormAsync(world, "head.0001", "0001", "com-0001-z", new { kind = "examination", members = Members("exam.z") });
        var otherCase = await AppliedAsync(world, "candidate.2", "ru", center: "0002");
        await FormAsync(world, "head.0002", "0002", "com-0002-z", new { kind = "examination", members = Members("exam.y") });
        await FormAsync(world, "head.0002", "0002", "appeal-0002-z",
            new { kind = "appeal", members = Members("appeal.y"), examinationCommissionId = "com-0002-z", caseId = otherCase });

        foreach (var commission in new[] { "appeal-never-formed", "com-0001-z", "appeal-0002-z" })
        {
            using var refused = await RegisterAsync(world, caseId, commission);
            Assert.Equal((HttpStatusCode.Conflict, "P21"), (refused.StatusCode, await RuleAsync(refused)));
        }

        Assert.Equal("appealFiled", (await world.OkAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}", "registrar.0001")).GetProperty("state").GetString());
        await FormAsync(world, "head.0001", "0001", "appeal-0001-z", new { kind = "appeal", members = Members("appeal.x"), examinationCommissionId = "com-0001-a", caseId });
        using var registered = await RegisterAsync(world, caseId, "appeal-0001-z");
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
    }

    [Fact]
    public async Task AnAppealCommissionWithAMemberOfTheExaminationCommissionThatSignedTheProtocolIsRefusedAtFormationAndAtRegistration()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        var caseId = await ScheduledAsync(world, "candidate.1");
        await FormAsync(world, "head.0001", "0001", "com-0001-z", new { kind = "examination", members = Members("exam.z") });
        // Formed before the protocol, naming another examination commission: nothing to see yet.
        var mixed = new { kind = "appeal", members = Members("appeal.w", chair: "commission.0001.b"), examinationCommissionId = "com-0001-z", caseId };
        await FormAsync(world, "head.0001", "0001", "appeal-0001-early", mixed);
        await ToAppealAsync(world, caseId);

        // After com-0001-a signed the protocol, naming com-0001-z does not hide one of its members.
        using var atFormation = await world.SendAsync(HttpMethod.Put, $"{Center}/commissions/appeal-0001-late", "head.0001", mixed);
        Assert.Equal((HttpStatusCode.BadRequest, "P21-1"), (atFormation.StatusCode, await RuleAsync(atFormation)));
        using var atRegistration = await RegisterAsync(world, caseId, "appeal-0001-early");
        Assert.Equal((HttpStatusCode.Conflict, "P21-1"), (atRegistration.StatusCode, await RuleAsync(atRegistration)));
        Assert.Equal("appealFiled", (await world.OkAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}", "registrar.0001")).GetProperty("state").GetString());
    }

    private static object[] Members(string prefix, string? chair = null) =>
    [
        new { subject = chair ?? prefix + ".chair", printedName = "Председатель Комиссии", role = "chair" },
        new { subject = prefix + ".member", printedName = "Член Комиссии", role = "member" },
        new { subject = prefix + ".secretary", printedName = "Секретарь Комиссии", role = "secretary" },
    ];

    private static async Task FormAsync(World world, string head, string center, string commissionId, object body) =>
        await world.OkAsync(HttpMethod.Put, $"/api/v1/centers/{center}/commissions/{commissionId}", head, body);

    private static Task<HttpResponseMessage> RegisterAsync(World world, string caseId, string commissionId) =>
        world.SendAsync(HttpMethod.Post, $"{Center}/cases/{caseId}/appeal-registration", "registrar.0001", new { appealCommissionId = commissionId });

    private static async Task<string?> RuleAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.TryGetProperty("rule", out var rule) ? rule.GetString() : null;

    private static async Task<string> UploadAsync(World world, string account)
    {
        using var content = new ByteArrayContent(SampleFiles.Pdf());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var upload = await world.SendContentAsync(HttpMethod.Post, "/api/v1/candidates/me/uploads", account, content);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        return JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>The candidate registered and applied (to center 0001 for accountant-nrk5 unless named); the case id.</summary>
    private static async Task<string> AppliedAsync(World world, string account, string language, string center = "0001")
    {
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", account, new
        {
            iin = account == "candidate.1" ? "900515300018" : "881122400044", surname = "Демокандидатов", givenName = "Тимур", patronymic = (string?)null,
            homeAddress = "Алматы", email = "t@example.kz", mobilePhone = "+7 701 000 0001", workPhone = (string?)null,
            consentToProcessing = true, consentToNskPlacement = true,
        });
        return (await world.OkAsync(HttpMethod.Post, "/api/v1/cases", account, new
        {
            centerNumber = center, programCode = center == "0001" ? "accountant-nrk5" : "welder-nrk3", nrkLevel = center == "0001" ? 5 : 3,
            attachments = Array.Empty<object>(), personalDataConsent = true, examLanguage = language,
        })).GetProperty("caseId").GetString()!;
    }

    /// <summary>Applied on Mon 2 Mar 2026, contract, offline exam notice for Tue 17 Mar; the case id.</summary>
    private static async Task<string> ScheduledAsync(World world, string account)
    {
        var caseId = await AppliedAsync(world, account, "ru");
        await world.OkAsync(HttpMethod.Post, $"{Center}/cases/{caseId}/contract", "registrar.0001");
        await world.OkAsync(HttpMethod.Post, $"{Center}/cases/{caseId}/exam-notice", "registrar.0001",
            new { startsAt = Almaty(2026, 3, 17), place = "Алматы, Абай даңғылы, 10", online = false });
        return caseId;
    }

    /// <summary>Scheduled, then on the exam day: started, completed, the protocol signed by com-0001-a, failure notice, appeal.</summary>
    private static async Task<string> AppealedAsync(World world)
    {
        var caseId = await ScheduledAsync(world, "candidate.1");
        await ToAppealAsync(world, caseId);
        return caseId;
    }

    private static async Task ToAppealAsync(World world, string caseId)
    {
        world.Clock.SetUtcNow(Almaty(2026, 3, 17, 9));
        await world.OkAsync(HttpMethod.Post, $"{Desk}/{caseId}/start", "commission.0001.a", Acquainted);
        await world.OkAsync(HttpMethod.Post, $"{Desk}/{caseId}/completion", "commission.0001.c",
            new { theoryCorrect = 18, theoryTotal = 30, practicalPassed = (bool?)null, practicalShortfalls = Array.Empty<string>(), endedBy = "completed" });
        await world.OkAsync(HttpMethod.Post, $"{Desk}/{caseId}/protocol", "commission.0001.c", new
        {
            votes = new[]
            {
                new { subject = "commission.0001.a", choice = "notPassed" },
                new { subject = "commission.0001.c", choice = "notPassed" },
            },
            reasons = "18 of 30 is not more than 70% (P15)",
        });
        await world.OkAsync(HttpMethod.Post, $"{Center}/cases/{caseId}/failure-notice", "registrar.0001", new { recommendations = new[] { "Study VAT" } });
        await world.OkAsync(HttpMethod.Post, $"/api/v1/cases/{caseId}/appeal", "candidate.1", new { grounds = "Question 12 had two right answers" });
    }
}
