using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Pages.Commission;

/// <summary>
/// The setup of a desk test, through the HTTP API: candidate.1 applies (the candidate's own step), the registrar
/// concludes the contract and sends the offline exam notice (the registrar's pages are another area's); the clock is
/// then moved to the exam. Steps a test does not drive in the browser are set up here too.
/// </summary>
public sealed class DeskJourney(World world, string caseId)
{
    public const string CandidateName = "Демокандидатов Тимур Ержанұлы";

    private static readonly object Identity = new
    {
        iin = "900515300018", surname = "Демокандидатов", givenName = "Тимур", patronymic = "Ержанұлы",
        homeAddress = "Алматы, Сейфуллин к-сі, 10", email = "timur@example.kz", mobilePhone = "+7 701 000 0001",
        workPhone = (string?)null, consentToProcessing = true, consentToNskPlacement = true,
    };

    public string CaseId { get; } = caseId;

    public string Desk => $"/api/v1/commissions/com-0001-a/cases/{CaseId}";

    public static DateOnly Today(World world) => KazakhstanTime.DateOf(world.Clock.GetUtcNow());

    /// <summary>A case of center 0001 (accountant, exam in <paramref name="language"/>), its offline exam notice sent, the clock at the exam.</summary>
    public static async Task<DeskJourney> OnExamDayAsync(World world, string language = "ru")
    {
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", Identity);
        var applied = await world.OkAsync(HttpMethod.Post, "/api/v1/cases", "candidate.1", new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5, personalDataConsent = true, examLanguage = language,
            attachments = new[] { new { kind = "education", title = "Diploma", storedAs = (string?)null } },
        });
        var journey = new DeskJourney(world, applied.GetProperty("caseId").GetString()!);
        var center = $"/api/v1/centers/0001/cases/{journey.CaseId}";
        await world.OkAsync(HttpMethod.Post, $"{center}/contract", "registrar.0001");
        var day = ExamDateWindow.For(WorkingCalendar.Shipped(), Today(world)).Earliest;
        var startsAt = new DateTimeOffset(day.Year, day.Month, day.Day, 10, 0, 0, TimeSpan.FromHours(5));
        await world.OkAsync(HttpMethod.Post, $"{center}/exam-notice", "registrar.0001", new { startsAt, place = "Алматы, Абай даңғылы, 10", online = false });
        world.Clock.SetUtcNow(startsAt);
        return journey;
    }

    /// <summary>Setup: the commission opened the exam (P8 on paper).</summary>
    public Task StartedAsync() => world.OkAsync(HttpMethod.Post, $"{Desk}/start", "commission.0001.a",
        new { methodologyAcknowledged = true, complaintAndAppealAcknowledged = true, safetyBriefingJournalEntry = "Журнал №3, запись 12" });

    /// <summary>Setup: the results of a sitting (P15-P17).</summary>
    public Task CompletedAsync(int correct, bool? practicalPassed, string endedBy = "completed") => world.OkAsync(HttpMethod.Post, $"{Desk}/completion", "commission.0001.c",
        new { theoryCorrect = correct, theoryTotal = 30, practicalPassed, practicalShortfalls = Array.Empty<string>(), endedBy });

    /// <summary>Setup: not passed by all three (P17), the failure notice (P19), the candidate's appeal (P20, their own step).</summary>
    public async Task AppealedAsync()
    {
        await StartedAsync();
        await CompletedAsync(21, null);
        await world.OkAsync(HttpMethod.Post, $"{Desk}/protocol", "commission.0001.c", new
        {
            votes = new[]
            {
                new { subject = "commission.0001.a", choice = "notPassed" },
                new { subject = "commission.0001.b", choice = "notPassed" },
                new { subject = "commission.0001.c", choice = "notPassed" },
            },
        });
        await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{CaseId}/failure-notice", "registrar.0001", new { recommendations = new[] { "Study VAT" } });
        await world.OkAsync(HttpMethod.Post, $"/api/v1/cases/{CaseId}/appeal", "candidate.1", new { grounds = "Question 12 had two right answers" });
    }

    /// <summary>The case's state as its grain holds it ("inExam", "passed", …), read without the API.</summary>
    public async Task<string> StateAsync()
    {
        var view = await world.Grains.GetGrain<Platform.Grains.Procedure.IApplicationGrain>(CaseId).Get();
        var state = view!.State.ToString();
        return char.ToLowerInvariant(state[0]) + state[1..];
    }

    public static string DateIn(string language, DateOnly day) =>
        day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo(language == "kk" ? "kk-KZ" : "ru-RU"));
}
