using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;

namespace Platform.Domain.Tests.Deadlines;

/// <summary>SPEC §2: the one table of statutory deadlines, each pinned to its point of the Rules.</summary>
public sealed class StatutoryDeadlinesTests
{
    private static readonly WorkingCalendar _calendar = WorkingCalendar.Shipped();

    public static TheoryData<DeadlineKind, DeadlineOwner, int, DeadlinePeriodUnit, DeadlineClockStart, DeadlineExpiry, string> Table => new()
    {
        { DeadlineKind.CompletenessReview, DeadlineOwner.Center, 3, DeadlinePeriodUnit.WorkingDays, DeadlineClockStart.ApplicationRegistered, DeadlineExpiry.CenterBreach, "P5" },
        { DeadlineKind.RemarksFixWindow, DeadlineOwner.Candidate, 3, DeadlinePeriodUnit.WorkingDays, DeadlineClockStart.RemarksNoticeSent, DeadlineExpiry.MotivatedRefusalDrafted, "P5" },
        { DeadlineKind.MotivatedRefusal, DeadlineOwner.Center, 3, DeadlinePeriodUnit.WorkingDays, DeadlineClockStart.RemarksNoticeSent, DeadlineExpiry.CenterBreach, "P5" },
        { DeadlineKind.ResubmissionReview, DeadlineOwner.Center, 3, DeadlinePeriodUnit.WorkingDays, DeadlineClockStart.DocumentsResubmitted, DeadlineExpiry.CenterBreach, "P5" },
        { DeadlineKind.ExamNotice, DeadlineOwner.Center, 5, DeadlinePeriodUnit.WorkingDays, DeadlineClockStart.ContractConcluded, DeadlineExpiry.CenterBreach, "P6" },
        { DeadlineKind.Protocol, DeadlineOwner.Center, 2, DeadlinePeriodUnit.WorkingDays, DeadlineClockStart.ProcedureCompleted, DeadlineExpiry.CenterBreach, "P17" },
        { DeadlineKind.DocumentIssue, DeadlineOwner.Center, 3, DeadlinePeriodUnit.WorkingDays, DeadlineClockStart.ProtocolSigned, DeadlineExpiry.CenterBreach, "P18" },
        { DeadlineKind.FailureNotice, DeadlineOwner.Center, 3, DeadlinePeriodUnit.WorkingDays, DeadlineClockStart.ProtocolSigned, DeadlineExpiry.CenterBreach, "P19" },
        { DeadlineKind.AppealWindow, DeadlineOwner.Candidate, 5, DeadlinePeriodUnit.WorkingDays, DeadlineClockStart.ResultsReceived, DeadlineExpiry.ResultFinal, "P20" },
        { DeadlineKind.AppealDecision, DeadlineOwner.Center, 5, DeadlinePeriodUnit.WorkingDays, DeadlineClockStart.AppealReceived, DeadlineExpiry.CenterBreach, "P22" },
        { DeadlineKind.AppealUpheldDocumentIssue, DeadlineOwner.Center, 3, DeadlinePeriodUnit.WorkingDays, DeadlineClockStart.AppealProtocolSigned, DeadlineExpiry.CenterBreach, "P23, P18" },
        { DeadlineKind.AppealProtocolRetention, DeadlineOwner.Center, 3, DeadlinePeriodUnit.CalendarYears, DeadlineClockStart.AppealProtocolSigned, DeadlineExpiry.MayBeDestroyed, "P22" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void EachDeadlineIsAsTheRulesSay(
        DeadlineKind kind, DeadlineOwner owner, int length, DeadlinePeriodUnit unit, DeadlineClockStart start, DeadlineExpiry expiry, string rule)
    {
        var deadline = StatutoryDeadlines.Get(kind);

        Assert.Equal((owner, length, unit, start, expiry, rule), (deadline.Owner, deadline.Length, deadline.Unit, deadline.ClockStart, deadline.OnExpiry, deadline.Rule.Id));
    }

    [Fact]
    public void EveryKindHasExactlyOneDeadline()
    {
        Assert.Equal(Enum.GetValues<DeadlineKind>(), StatutoryDeadlines.All.Select(d => d.Kind).Order());
    }

    [Fact]
    public void CompletenessReviewIsDueAtTheEndOfTheThirdWorkingDayAfterRegistration()
    {
        // P5: registered Thu 20 Mar 2025; 21 Mar and 24-25 Mar are Nauryz, so 26, 27, 28 Mar count.
        var deadline = StatutoryDeadlines.CompletenessReview;
        var registered = new DateOnly(2025, 3, 20);

        Assert.Equal(new DateOnly(2025, 3, 28), deadline.DueDay(_calendar, registered));
        Assert.Equal(KazakhstanTime.EndOfDay(new DateOnly(2025, 3, 28)), deadline.DueAt(_calendar, registered));
        Assert.Equal(new DateOnly(2025, 3, 27), deadline.AtRiskDay(_calendar, registered));
        Assert.Equal(KazakhstanTime.StartOfDay(new DateOnly(2025, 3, 27)), deadline.AtRiskFrom(_calendar, registered));
    }

    [Fact]
    public void TheRemarksWindowAndTheMotivatedRefusalCoincide()
    {
        // P5: both run three working days after the day the notice was sent.
        var sent = new DateOnly(2024, 5, 3);

        Assert.Equal(new DateOnly(2024, 5, 10), StatutoryDeadlines.RemarksFixWindow.DueDay(_calendar, sent));
        Assert.Equal(StatutoryDeadlines.RemarksFixWindow.DueAt(_calendar, sent), StatutoryDeadlines.MotivatedRefusal.DueAt(_calendar, sent));
    }

    [Fact]
    public void TheAppealWindowSkipsTheNewYearHolidays()
    {
        // P20: results received Fri 26 Dec 2025 → 29, 30, 31 Dec, 5, 6 Jan (1-2 Jan holidays, 7 Jan Christmas after).
        Assert.Equal(new DateOnly(2026, 1, 6), StatutoryDeadlines.AppealWindow.DueDay(_calendar, new DateOnly(2025, 12, 26)));
    }

    [Fact]
    public void TheProtocolIsDueTwoWorkingDaysAfterTheProcedure()
    {
        // P17: completed Fri 5 Jul 2024; Sat 6 Jul (Capital Day) moved to Mon 8 Jul → Tue 9, Wed 10.
        Assert.Equal(new DateOnly(2024, 7, 10), StatutoryDeadlines.Protocol.DueDay(_calendar, new DateOnly(2024, 7, 5)));
    }

    [Fact]
    public void TheAppealProtocolIsKeptThreeCalendarYearsFromSigning()
    {
        var retention = StatutoryDeadlines.AppealProtocolRetention;

        Assert.Equal(new DateOnly(2028, 6, 10), retention.PeriodEnd(new DateOnly(2025, 6, 10)));
        Assert.Equal(new DateOnly(2027, 2, 28), retention.PeriodEnd(new DateOnly(2024, 2, 29)));
        Assert.Throws<InvalidOperationException>(() => retention.DueDay(_calendar, new DateOnly(2025, 6, 10)));
        Assert.Throws<InvalidOperationException>(() => StatutoryDeadlines.Protocol.PeriodEnd(new DateOnly(2025, 6, 10)));
    }

    [Fact]
    public void ADeadlineRunningIntoAnUnloadedYearIsAnErrorNotAGuess()
    {
        Assert.Throws<CalendarYearNotLoadedException>(() => StatutoryDeadlines.AppealDecision.DueAt(_calendar, new DateOnly(2027, 12, 28)));
    }
}
