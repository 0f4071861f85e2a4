using System.Text.Json;
using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Pages.Me.Case;

/// <summary>
/// A case of candidate.1 driven through the HTTP API, each step by its role (the staff's pages come with the next
/// issue): apply, remarks, contract, the exam notice, the offline exam on its day, the protocol and the failure notice.
/// </summary>
public sealed class CaseJourney(World world, string caseId)
{
    private static readonly object Identity = new
    {
        iin = "900515300018", surname = "Демокандидатов", givenName = "Тимур", patronymic = "Ержанұлы",
        homeAddress = "Алматы, Сейфуллин к-сі, 10", email = "timur@example.kz", mobilePhone = "+7 701 000 0001",
        workPhone = (string?)null, consentToProcessing = true, consentToNskPlacement = true,
    };

    public string CaseId { get; } = caseId;

    public string Center => $"/api/v1/centers/0001/cases/{CaseId}";

    /// <summary>The procedure's today in Almaty.</summary>
    public static DateOnly Today(World world) => KazakhstanTime.DateOf(world.Clock.GetUtcNow());

    /// <summary>Candidate.1 (registered as a person once) applies online to center 0001 for the accountant's program.</summary>
    public static async Task<CaseJourney> ApplyAsync(World world, string examLanguage = "ru")
    {
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", Identity);
        var applied = await world.OkAsync(HttpMethod.Post, "/api/v1/cases", "candidate.1", new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5, personalDataConsent = true, examLanguage,
            attachments = new[] { new { kind = "education", title = "Diploma", storedAs = (string?)null } },
        });
        return new CaseJourney(world, applied.GetProperty("caseId").GetString()!);
    }

    public Task<JsonElement> RemarksAsync(params string[] remarks) =>
        world.OkAsync(HttpMethod.Post, $"{Center}/remarks", "registrar.0001", new { remarks });

    public Task<JsonElement> ContractAsync() => world.OkAsync(HttpMethod.Post, $"{Center}/contract", "registrar.0001");

    /// <summary>The exam notice for the earliest day P6 allows (10 working days after today), offline at 10:00; that instant.</summary>
    public async Task<DateTimeOffset> ScheduleAsync()
    {
        var day = ExamDateWindow.For(WorkingCalendar.Shipped(), Today(world)).Earliest;
        var startsAt = new DateTimeOffset(day.Year, day.Month, day.Day, 10, 0, 0, TimeSpan.FromHours(5));
        await world.OkAsync(HttpMethod.Post, $"{Center}/exam-notice", "registrar.0001", new { startsAt, place = "Алматы, Абай даңғылы, 10", online = false });
        return startsAt;
    }

    /// <summary>On the exam day: the commission opens the exam (P8 on paper), 21 of 30 fails the theory (P15), the protocol says not passed, the notice follows.</summary>
    public async Task FailAsync(DateTimeOffset startsAt)
    {
        world.Clock.SetUtcNow(startsAt);
        var desk = $"/api/v1/commissions/com-0001-a/cases/{CaseId}";
        await world.OkAsync(HttpMethod.Post, $"{desk}/start", "commission.0001.a",
            new { methodologyAcknowledged = true, complaintAndAppealAcknowledged = true, safetyBriefingJournalEntry = "Журнал №3, запись 12" });
        await world.OkAsync(HttpMethod.Post, $"{desk}/completion", "commission.0001.c",
            new { theoryCorrect = 21, theoryTotal = 30, practicalPassed = (bool?)null, practicalShortfalls = Array.Empty<string>(), endedBy = "completed" });
        await world.OkAsync(HttpMethod.Post, $"{desk}/protocol", "commission.0001.c", new
        {
            votes = new[]
            {
                new { subject = "commission.0001.a", choice = "notPassed" },
                new { subject = "commission.0001.b", choice = "notPassed" },
                new { subject = "commission.0001.c", choice = "notPassed" },
            },
            reasons = "21 of 30 is not more than 70% (P15)",
        });
        await world.OkAsync(HttpMethod.Post, $"{Center}/failure-notice", "registrar.0001", new { recommendations = new[] { "Study VAT and payroll" } });
    }

    /// <summary>On the exam day: 22 of 30 and the practical task per the map (P15-P17), the protocol says passed, the head issues the certificate (P18).</summary>
    public async Task PassAsync(DateTimeOffset startsAt)
    {
        world.Clock.SetUtcNow(startsAt);
        var desk = $"/api/v1/commissions/com-0001-a/cases/{CaseId}";
        await world.OkAsync(HttpMethod.Post, $"{desk}/start", "commission.0001.a",
            new { methodologyAcknowledged = true, complaintAndAppealAcknowledged = true, safetyBriefingJournalEntry = "Журнал №3, запись 13" });
        await world.OkAsync(HttpMethod.Post, $"{desk}/completion", "commission.0001.c",
            new { theoryCorrect = 22, theoryTotal = 30, practicalPassed = (bool?)true, practicalShortfalls = Array.Empty<string>(), endedBy = "completed" });
        await world.OkAsync(HttpMethod.Post, $"{desk}/protocol", "commission.0001.c", new
        {
            votes = new[]
            {
                new { subject = "commission.0001.a", choice = "passed" },
                new { subject = "commission.0001.b", choice = "passed" },
                new { subject = "commission.0001.c", choice = "passed" },
            },
            reasons = "22 of 30; the practical task per the map",
        });
        await world.OkAsync(HttpMethod.Post, $"{Center}/certificate", "head.0001");
    }

    /// <summary>The case's state as the API answers it to the candidate ("remarksSent", "appealFiled", …).</summary>
    public async Task<string> StateAsync() =>
        (await world.OkAsync(HttpMethod.Get, $"/api/v1/cases/{CaseId}", "candidate.1")).GetProperty("state").GetString()!;

    /// <summary>The date <paramref name="workingDays"/> after today as the page writes it in <paramref name="language"/> ("10 желтоқсан 2026").</summary>
    public static string DateIn(string language, DateOnly day) =>
        day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo(language == "kk" ? "kk-KZ" : "ru-RU"));

    public static DateOnly WorkingDaysAfter(DateOnly day, int workingDays) => WorkingCalendar.Shipped().AddWorkingDays(day, workingDays);
}
