using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;

namespace Platform.Domain.Tests.Deadlines;

/// <summary>
/// Issue 12 (SPEC §2): a window is decided at the instant an action arrives. Each row's last day is counted by hand
/// from the calendar of SPEC §3 (holidays, their moves off a weekend, the transfers of each year).
/// </summary>
public sealed class DeadlineCheckTests
{
    private static readonly WorkingCalendar _calendar = WorkingCalendar.Shipped();

    public static TheoryData<DeadlineKind, DateOnly, DateOnly> Windows => new()
    {
        // P5: remarks sent Thu 3 Dec 2026: Fri 4, Mon 7, Tue 8.
        { DeadlineKind.RemarksFixWindow, new(2026, 12, 3), new(2026, 12, 8) },
        // P20: results received Fri 18 Dec 2026: 21-25 Dec.
        { DeadlineKind.AppealWindow, new(2026, 12, 18), new(2026, 12, 25) },
        // P20 over Independence Day (Wed 16 Dec 2026): 15, 17, 18, 21, 22.
        { DeadlineKind.AppealWindow, new(2026, 12, 14), new(2026, 12, 22) },
        // P20 over Nauryz 2026 (21-22 Mar fall on the weekend and move to 24-25 Mar; 23 Mar off): 18, 19, 20, 26, 27.
        { DeadlineKind.AppealWindow, new(2026, 3, 17), new(2026, 3, 27) },
        // P20 over 1 May and 7 May 2026: 30 Apr, 4, 5, 6, 8 May.
        { DeadlineKind.AppealWindow, new(2026, 4, 29), new(2026, 5, 8) },
        // P5 over the New Year 2025 (3 Jan transferred off, Sun 5 Jan worked; 7 Jan off): Sun 5, Mon 6, Wed 8 Jan.
        { DeadlineKind.RemarksFixWindow, new(2024, 12, 31), new(2025, 1, 8) },
        // P5 over May 2024 (8 May transferred off, Sat 4 May worked): Fri 3, Sat 4, Mon 6.
        { DeadlineKind.RemarksFixWindow, new(2024, 5, 2), new(2024, 5, 6) },
        // P20 across 2026-2027 (Fri 1 Jan off; Sat 2 Jan moves to Mon 4 Jan): 28, 29, 30, 31 Dec, Tue 5 Jan.
        { DeadlineKind.AppealWindow, new(2026, 12, 25), new(2027, 1, 5) },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void AWindowIsOpenUntilItsLastSecondAndClosedOnTheNext(DeadlineKind kind, DateOnly start, DateOnly lastDay)
    {
        var window = StatutoryDeadlines.Get(kind);
        var dueAt = window.DueAt(_calendar, start);
        Assert.Equal(KazakhstanTime.EndOfDay(lastDay), dueAt);

        var before = Decide(window, start, KazakhstanTime.StartOfDay(lastDay).AddDays(1).AddSeconds(-1));
        var atTheEnd = Decide(window, start, dueAt);
        var after = Decide(window, start, KazakhstanTime.StartOfDay(lastDay).AddDays(1).AddSeconds(1));

        Assert.Equal((DeadlinePhase.Running, false, null), (before.Phase, before.IsClosedWindow, before.Refusal));
        Assert.Equal(DeadlinePhase.Running, atTheEnd.Phase);
        Assert.Equal((DeadlinePhase.Passed, true, lastDay), (after.Phase, after.IsClosedWindow, after.LastDay));
        Assert.Contains(lastDay.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture), after.Refusal!.In("en"));
    }

    [Theory]
    [MemberData(nameof(Windows))]
    public void TheRefusalNamesTheClosingDayInEveryLanguage(DeadlineKind kind, DateOnly start, DateOnly lastDay)
    {
        var window = StatutoryDeadlines.Get(kind);
        var refusal = Decide(window, start, window.DueAt(_calendar, start).AddTicks(1)).Refusal!;
        var day = $"{lastDay.Day:00}.{lastDay.Month:00}.{lastDay.Year}";

        Assert.All(new[] { refusal.In("en"), refusal.In("ru"), refusal.In("kk") }, text => Assert.Contains(day, text));
        Assert.Contains($"{window.Length} working days", refusal.In("en"));
    }

    [Fact]
    public void TheClosingDayIsTheDayInAlmatyNotInUtc()
    {
        // 25 Dec 2026, 23:59:59 in Almaty is 18:59:59 UTC; one second later it is 26 Dec in Almaty, 25 Dec in UTC.
        var window = StatutoryDeadlines.AppealWindow;
        var dueAt = window.DueAt(_calendar, new DateOnly(2026, 12, 18));
        var after = DeadlineCheck.Decide(window, dueAt, dueAt, new DateTimeOffset(2026, 12, 25, 19, 0, 0, TimeSpan.Zero));

        Assert.Equal((DeadlinePhase.Passed, new DateOnly(2026, 12, 25)), (after.Phase, after.LastDay));
    }

    [Fact]
    public void TheWordingOfTheAppealWindowIsAsTheBriefSays()
    {
        var window = StatutoryDeadlines.AppealWindow;
        var refusal = WindowClosed.Refusal(window, new DateOnly(2026, 12, 25));

        Assert.Equal("the 5 working days to appeal after the results were received ended on 25.12.2026; the result is final", refusal.In("en"));
        Assert.Equal("срок подачи апелляции (5 рабочих дней после дня получения результатов) истек 25.12.2026; результат является окончательным", refusal.In("ru"));
        Assert.Equal("нәтижелерді алған күннен кейін апелляция беруге берілген 5 жұмыс күні 25.12.2026 аяқталды; нәтиже түпкілікті болып табылады", refusal.In("kk"));
    }

    [Fact]
    public void TheRemarksWindowIsWordedWithThreeDaysInRussianAgreement()
    {
        var refusal = WindowClosed.Refusal(StatutoryDeadlines.RemarksFixWindow, new DateOnly(2026, 12, 8));

        Assert.Equal("срок устранения замечаний (3 рабочих дня после дня направления уведомления) истек 08.12.2026; подготовлен мотивированный отказ", refusal.In("ru"));
        Assert.StartsWith("the 3 working days to fix the remarks ended on 08.12.2026", refusal.In("en"));
        Assert.Contains("08.12.2026 аяқталды", refusal.In("kk"));
    }

    public static TheoryData<DateTimeOffset, DeadlinePhase> CompletenessReviewAt => new()
    {
        // Registered Thu 3 Dec 2026: due at the end of Tue 8 Dec, at risk from the start of Mon 7 Dec.
        { new(2026, 12, 6, 23, 59, 59, TimeSpan.FromHours(5)), DeadlinePhase.Running },
        { new(2026, 12, 7, 0, 0, 0, TimeSpan.FromHours(5)), DeadlinePhase.AtRisk },
        { new(2026, 12, 8, 23, 59, 59, TimeSpan.FromHours(5)), DeadlinePhase.AtRisk },
        { new(2026, 12, 9, 0, 0, 1, TimeSpan.FromHours(5)), DeadlinePhase.Passed },
    };

    [Theory]
    [MemberData(nameof(CompletenessReviewAt))]
    public void ACentersObligationIsAtRiskTheDayBeforeAndABreachAfter(DateTimeOffset now, DeadlinePhase phase)
    {
        var review = StatutoryDeadlines.CompletenessReview;
        var start = new DateOnly(2026, 12, 3);
        var decision = DeadlineCheck.Decide(review, review.AtRiskFrom(_calendar, start), review.DueAt(_calendar, start), now);

        Assert.Equal(phase, decision.Phase);
        Assert.Equal(phase == DeadlinePhase.Passed, decision.IsBreach);
        Assert.False(decision.IsClosedWindow);
        Assert.Null(decision.Refusal);
    }

    [Fact]
    public void AWindowIsNeverAtRisk()
    {
        var window = StatutoryDeadlines.AppealWindow;
        var start = new DateOnly(2026, 12, 18);

        var decision = DeadlineCheck.Decide(window, window.AtRiskFrom(_calendar, start), window.DueAt(_calendar, start), KazakhstanTime.StartOfDay(new DateOnly(2026, 12, 25)));

        Assert.Equal(DeadlinePhase.Running, decision.Phase);
    }

    [Fact]
    public void TheRetentionPeriodPassesWithoutABreachOrARefusal()
    {
        var retention = StatutoryDeadlines.AppealProtocolRetention;
        var end = KazakhstanTime.EndOfDay(retention.PeriodEnd(new DateOnly(2026, 12, 18)));

        var decision = DeadlineCheck.Decide(retention, end, end, end.AddSeconds(1));

        Assert.Equal((DeadlinePhase.Passed, false, false), (decision.Phase, decision.IsBreach, decision.IsClosedWindow));
    }

    [Theory]
    [InlineData(ApplicationAction.Resubmit, DeadlineKind.RemarksFixWindow)]
    [InlineData(ApplicationAction.FileAppeal, DeadlineKind.AppealWindow)]
    public void TheCandidatesActionsArriveInTheirWindows(ApplicationAction action, DeadlineKind kind) =>
        Assert.Equal(kind, DeadlineCheck.WindowOf(action)?.Kind);

    [Fact]
    public void NoOtherActionHasAWindow() =>
        Assert.All(Enum.GetValues<ApplicationAction>().Except([ApplicationAction.Resubmit, ApplicationAction.FileAppeal]),
            action => Assert.Null(DeadlineCheck.WindowOf(action)));

    private static DeadlineDecision Decide(StatutoryDeadline window, DateOnly start, DateTimeOffset now) =>
        DeadlineCheck.Decide(window, window.AtRiskFrom(_calendar, start), window.DueAt(_calendar, start), now);
}
