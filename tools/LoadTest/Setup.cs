using System.Text.Json;
using Platform.Domain.Identity;

namespace Platform.LoadTest;

/// <summary>
/// The setup over the real API, as the people would do it: each candidate registers (App.1) and applies (P4); the
/// registrar concludes the contract (P5) and sends the online exam notice for day D, the first weekday 10-20 working
/// days ahead the platform accepts (P6); the procedure clock (DEVELOPMENT ONLY: <c>PUT /api/v1/dev/clock</c>) moves to
/// D 09:00 Almaty; the registrar opens each sitting, the candidate checks in (P8), the examiner records identity and
/// room scan (P2.8), the registrar opens the theory (P9) and the candidate's client takes its proctoring token. In a
/// mass start (issue 16) the theory stays closed: the run opens them all in one burst once the candidates wait online.
/// </summary>
public sealed class Setup(PlatformClient platform, LoadOptions options, Action<string> say)
{
    private static readonly TimeSpan Almaty = TimeSpan.FromHours(5);
    private static readonly TimeSpan ClockPropagation = TimeSpan.FromSeconds(2.5);

    public DateOnly ExamDay { get; private set; }

    /// <summary>The time slot of every exam notice: D 09:00 Almaty.</summary>
    public DateTimeOffset SlotStart => new(ExamDay.ToDateTime(new TimeOnly(9, 0)), Almaty);

    /// <summary>The procedure's clock as the platform answered the last move.</summary>
    public ProcedureClock Clock { get; } = new();

    public async Task<IReadOnlyList<PreparedSitting>> RunAsync(CancellationToken cancel)
    {
        await SetClockAsync(null, cancel);
        var first = options.First();
        var numbers = Enumerable.Range(first, options.Candidates).ToArray();
        say($"setup: {numbers.Length} candidates load.candidate.{first}..{numbers[^1]} register, apply, contracts");
        var cases = await ForEachAsync(numbers, ApplyAsync, cancel);
        ExamDay = await FirstAcceptedDayAsync(cases[0], cancel);
        say($"setup: exam notices for {ExamDay:yyyy-MM-dd}");
        await ForEachAsync(cases[1..], c => NoticeAsync(c, ExamDay), cancel);
        await SetClockAsync(new DateTimeOffset(ExamDay.ToDateTime(new TimeOnly(9, 0)), Almaty), cancel);
        say("setup: the clock is on the exam morning; sittings open, check-in, identity, room scan, theory");
        return await ForEachAsync(numbers.Zip(cases).ToArray(), pair => SittingAsync(pair.First, pair.Second), cancel);
    }

    private async Task SetClockAsync(DateTimeOffset? now, CancellationToken cancel)
    {
        var setting = await platform.OkAsync(HttpMethod.Put, "/api/v1/dev/clock", Accounts.Administrator, new { now });
        Clock.Set(setting.GetProperty("offsetMilliseconds").GetInt64());
        await Task.Delay(ClockPropagation, cancel);
    }

    private async Task<string> ApplyAsync(int n)
    {
        var account = Accounts.Candidate(n);
        await platform.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", account, Identity(n));
        var caseId = (await platform.OkAsync(HttpMethod.Post, "/api/v1/cases", account, new
        {
            centerNumber = Accounts.Center, programCode = Accounts.Program, nrkLevel = 5,
            attachments = new[] { new { kind = "education", title = "Diploma", storedAs = (string?)null } }, personalDataConsent = true, examLanguage = "ru",
        })).GetProperty("caseId").GetString()!;
        await platform.OkAsync(HttpMethod.Post, $"/api/v1/centers/{Accounts.Center}/cases/{caseId}/contract", Accounts.Registrar);
        return caseId;
    }

    /// <summary>P6: the first weekday from 14 calendar days ahead that the platform accepts for the notice.</summary>
    private async Task<DateOnly> FirstAcceptedDayAsync(string caseId, CancellationToken cancel)
    {
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(Almaty).DateTime);
        for (var days = 14; days <= 40; days++)
        {
            cancel.ThrowIfCancellationRequested();
            var day = today.AddDays(days);
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            try
            {
                await NoticeAsync(caseId, day);
                return day;
            }
            catch (SetupException e) when (e.Status is System.Net.HttpStatusCode.Conflict or System.Net.HttpStatusCode.BadRequest or System.Net.HttpStatusCode.UnprocessableEntity)
            {
                say($"setup: {day:yyyy-MM-dd} refused ({e.Message[..Math.Min(e.Message.Length, 160)]})");
            }
        }

        throw new InvalidOperationException("no exam day 14-40 calendar days ahead was accepted (P6)");
    }

    private Task<JsonElement> NoticeAsync(string caseId, DateOnly day) =>
        platform.OkAsync(HttpMethod.Post, $"/api/v1/centers/{Accounts.Center}/cases/{caseId}/exam-notice", Accounts.Registrar,
            new { startsAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), Almaty), place = "Online", online = true });

    private async Task<PreparedSitting> SittingAsync(int n, string caseId)
    {
        var account = Accounts.Candidate(n);
        var sittingId = (await platform.OkAsync(HttpMethod.Post, $"/api/v1/centers/{Accounts.Center}/cases/{caseId}/sitting", Accounts.Registrar))
            .GetProperty("sittingId").GetString()!;
        await platform.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/check-in", account,
            new { methodologyAcknowledged = true, complaintAndAppealAcknowledged = true, safetyBriefingJournalEntry = (string?)null });
        await platform.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/identity-verified", Accounts.Examiner);
        await platform.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/room-scan", Accounts.Examiner);
        if (!options.MassStart)
        {
            await OpenTheoryAsync(platform, sittingId);
        }

        var token = (await platform.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/proctoring-token", account))
            .GetProperty("value").GetString()!;
        return new PreparedSitting(n, account, sittingId, token);
    }

    /// <summary>P9: the registrar opens the sitting's theory (the ticket is drawn, the time limit starts).</summary>
    public static Task OpenTheoryAsync(PlatformClient platform, string sittingId) =>
        platform.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/theory", Accounts.Registrar);

    /// <summary>P9, issue 16: the registrar opens the theory of every checked-in candidate of the slot in one command.</summary>
    public static Task<JsonElement> OpenSlotTheoriesAsync(PlatformClient platform, DateTimeOffset startsAt) =>
        platform.OkAsync(HttpMethod.Post, $"/api/v1/centers/{Accounts.Center}/slots/theory", Accounts.Registrar, new { startsAt });

    private static object Identity(int n) => new
    {
        iin = SyntheticIin.For(n), surname = "Нагрузкин", givenName = $"Кандидат {n}", patronymic = "Жүктемеұлы",
        homeAddress = "Алматы, Абай д-лы, 1", email = $"load.{n}@example.kz", mobilePhone = "+7 701 000 0000",
        workPhone = (string?)null, consentToProcessing = true, consentToNskPlacement = true,
    };

    /// <summary>The items, at most <see cref="LoadOptions.SetupParallelism"/> at once, in order.</summary>
    private async Task<TResult[]> ForEachAsync<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, Task<TResult>> action, CancellationToken cancel)
    {
        var results = new TResult[items.Count];
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), new ParallelOptions { MaxDegreeOfParallelism = options.SetupParallelism, CancellationToken = cancel },
            async (i, _) =>
            {
                results[i] = await action(items[i]);
                if (Interlocked.Increment(ref done) % 500 == 0)
                {
                    say($"setup: {done}/{items.Count}");
                }
            });
        return results;
    }
}
