using Platform.Domain.Calendar;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Schedule;

/// <summary>
/// The setup of the scheduling tests, straight into the grains (the candidates' applications and the contracts are
/// other pages' work): candidates of their own with distinct names, each with a case of center 0001 whose contract is
/// concluded, so it waits for its exam notice (P6).
/// </summary>
public static class ScheduleSetup
{
    private static readonly string[] GivenNames =
    [
        "Айбек", "Арман", "Асель", "Бауыржан", "Гүлнар", "Дана", "Ерлан", "Жанар", "Зарина", "Қайрат",
        "Ләззат", "Мадина", "Нұрлан", "Әлия", "Рустем", "Сабина", "Талғат", "Ұлан", "Фарида", "Шынар",
    ];

    /// <summary><paramref name="count"/> contracted cases of <paramref name="program"/>, the candidates named "<paramref name="surname"/> (given name)".</summary>
    public static async Task<IReadOnlyList<(string CaseId, string Name)>> ContractedAsync(World world, string program, int nrkLevel, string surname, int count, string language = "ru")
    {
        var cases = new List<(string, string)>();
        for (var i = 0; i < count; i++)
        {
            var key = "cand-" + Guid.NewGuid().ToString("N");
            var name = new PersonName(surname, GivenNames[i % GivenNames.Length], null);
            await world.Grains.GetGrain<ICandidateGrain>(key).Register(new CandidateIdentity(
                "test-protected", "••••••••" + (1000 + i), name, new DateOnly(1990, 1, 1 + i),
                new CandidateContacts("Алматы, Абай д-лы, 5", $"c{i}@example.kz", "+7 701 000 00 00", null), true, true));
            var caseId = NewCaseId();
            var application = world.Grains.GetGrain<IApplicationGrain>(caseId);
            Assert.Null((await application.Submit(new SubmitApplication(Guid.NewGuid(), "0001", key, program, nrkLevel, ApplicationChannel.Online,
                [new AttachedDocument(AttachmentKind.Education, "Diploma", null)], PersonalDataConsent: true, language, Candidate))).Refusal);
            Assert.Null((await application.ConcludeContract(By(Registrar))).Refusal);
            cases.Add((caseId, name.Full));
        }

        return cases;
    }

    /// <summary>Setup: the exam notice of a contracted case, sent straight to its grain.</summary>
    public static async Task ScheduledAsync(World world, string caseId, DateTimeOffset startsAt, string place, bool online) =>
        Assert.Null((await world.Grains.GetGrain<IApplicationGrain>(caseId).ScheduleExam(new ScheduleExam(Guid.NewGuid(), startsAt, place, online, null, Registrar))).Refusal);

    public static async Task<CaseView> CaseAsync(World world, string caseId) =>
        (await world.Grains.GetGrain<IApplicationGrain>(caseId).Get())!;

    public static DateOnly Day(DateTimeOffset instant) => KazakhstanTime.DateOf(instant);
}
