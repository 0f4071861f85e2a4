using Platform.Domain.Proctoring;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>
/// The steps of the live tests, over HTTP by role: candidate.1 applies to center 0001 for accountant-nrk5, the
/// registrar schedules an online exam for Tue 17 Mar 2026; on that morning the sitting is opened, the candidate checks
/// in, the commission records identity and room scan, the theory opens. Proctoring events carry the procedure's time
/// (the fake clock): the sitting stamps the warning's delivery by that one clock.
/// </summary>
public static class LiveSittings
{
    public const string Candidate = "candidate.1";
    public const string Registrar = "registrar.0001";
    public const string Examiner = "commission.0001.a";
    public const string Proctoring = "proctoring";

    public static readonly DateTimeOffset Start = Almaty(2026, 3, 2);

    public const string SecondCandidate = "candidate.2";

    private static object Identity(string candidate) => new
    {
        iin = candidate == SecondCandidate ? "881122400044" : "900515300018", surname = "Демокандидатов", givenName = "Тимур", patronymic = "Ержанұлы",
        homeAddress = "Алматы, Сейфуллин к-сі, 10", email = "timur@example.kz", mobilePhone = "+7 701 000 0001",
        workPhone = (string?)null, consentToProcessing = true, consentToNskPlacement = true,
    };

    /// <summary>
    /// A case of the candidate (candidate.1 unless named, applying in <paramref name="language"/>) with its online exam
    /// notice (unless <paramref name="noticeSent"/> is false: contract only), the clock on the exam morning unless
    /// <paramref name="examMorning"/> is false (to schedule more cases first); the case id.
    /// </summary>
    public static async Task<string> ScheduledAsync(World world, string language = "ru", string candidate = Candidate, bool examMorning = true, bool noticeSent = true)
    {
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", candidate, Identity(candidate));
        var caseId = (await world.OkAsync(HttpMethod.Post, "/api/v1/cases", candidate, new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5,
            attachments = new[] { new { kind = "education", title = "Diploma", storedAs = (string?)null } }, personalDataConsent = true, examLanguage = language,
        })).GetProperty("caseId").GetString()!;
        await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{caseId}/contract", Registrar);
        if (!noticeSent)
        {
            return caseId;
        }

        await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{caseId}/exam-notice", Registrar,
            new { startsAt = Almaty(2026, 3, 17), place = "Online", online = true });
        if (examMorning && world.Clock.GetUtcNow() < Almaty(2026, 3, 17, 9, 30))
        {
            world.Clock.SetUtcNow(Almaty(2026, 3, 17, 9, 30));
        }

        return caseId;
    }

    /// <summary>The registrar opens the sitting of the case (P6, P8); its id.</summary>
    public static async Task<string> OpenedAsync(World world, string caseId) =>
        (await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{caseId}/sitting", Registrar)).GetProperty("sittingId").GetString()!;

    /// <summary>Checked in (P8), identity and room scan recorded (P2.8), theory open (P9); the sitting's id.</summary>
    public static async Task<string> InTheoryAsync(World world, string language = "ru", string candidate = Candidate) =>
        await CaseInTheoryAsync(world, await ScheduledAsync(world, language, candidate), candidate);

    /// <summary>The scheduled case's sitting checked in, identity and room scan recorded, theory open; the sitting's id.</summary>
    public static async Task<string> CaseInTheoryAsync(World world, string caseId, string candidate)
    {
        var sittingId = await OpenedAsync(world, caseId);
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/check-in", candidate,
            new { methodologyAcknowledged = true, complaintAndAppealAcknowledged = true, safetyBriefingJournalEntry = (string?)null });
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/identity-verified", Examiner);
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/room-scan", Examiner);
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/theory", Registrar);
        return sittingId;
    }

    /// <summary>A fresh proctoring token of the sitting, as the candidate's client gets it.</summary>
    public static async Task<string> TokenAsync(World world, string sittingId, string candidate = Candidate) =>
        (await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/proctoring-token", candidate)).GetProperty("value").GetString()!;

    public static ProctoringEvent Item(string sittingId, DateTimeOffset at, ProhibitedItem item = ProhibitedItem.MobilePhone, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), sittingId, at, ProctoringKind.ProhibitedItem, 0.97, item, TimeSpan.FromSeconds(42));

    public static ProctoringEvent Suspicious(string sittingId, DateTimeOffset at, ProctoringKind kind = ProctoringKind.SeveralFaces) =>
        new(Guid.NewGuid(), sittingId, at, kind, 0.8, null, TimeSpan.FromMinutes(3));
}
