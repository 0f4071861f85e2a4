using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Grains.Procedure;

namespace Platform.Integration.Tests.Procedure;

/// <summary>The deadlines of a case kept over its state (SPEC §2), without a silo: opened, met, dropped and caught up.</summary>
public sealed class CaseDeadlinesTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Shipped();

    [Fact]
    public void TheCompletenessReviewOpenedOnMondayIsDueOnThursday()
    {
        var @case = new CaseState();

        new CaseDeadlines(@case).Open(DeadlineKind.CompletenessReview, At(2026, 3, 2, 10));

        var review = @case.Deadlines[DeadlineKind.CompletenessReview];
        Assert.Equal((new DateOnly(2026, 3, 2), DeadlineStatus.Open), (review.StartDay, review.Status));
        Assert.Equal(new DateOnly(2026, 3, 5), KazakhstanTime.DateOf(review.DueAt));
        Assert.True(review.AtRiskFrom < review.DueAt);
    }

    [Fact]
    public void AnObligationMetLateStaysABreach()
    {
        var @case = new CaseState();
        var deadlines = new CaseDeadlines(@case);
        deadlines.Open(DeadlineKind.CompletenessReview, At(2026, 3, 2, 10));

        Assert.True(deadlines.CatchUp(At(2026, 3, 9, 10).Now));
        deadlines.Meet(DeadlineKind.CompletenessReview, At(2026, 3, 9, 11));

        var review = @case.Deadlines[DeadlineKind.CompletenessReview];
        Assert.Equal(DeadlineStatus.Breached, review.Status);
        Assert.Equal(At(2026, 3, 9, 11).Now, review.MetAt);
    }

    [Fact]
    public void TheRemarksWindowRefusesAResubmissionOneSecondAfterItClosedAndNotOneSecondBefore()
    {
        var @case = new CaseState { Status = ApplicationState.RemarksSent };
        var deadlines = new CaseDeadlines(@case);
        deadlines.Open(DeadlineKind.RemarksFixWindow, At(2026, 3, 2, 10));
        var due = @case.Deadlines[DeadlineKind.RemarksFixWindow].DueAt;

        Assert.Null(deadlines.ClosedWindow(ApplicationAction.Resubmit, due.AddSeconds(-1)));
        Assert.Equal("P5", deadlines.ClosedWindow(ApplicationAction.Resubmit, due.AddSeconds(1))?.Rule.Id);
    }

    [Fact]
    public void AClosedRemarksWindowDraftsTheMotivatedRefusalOnce()
    {
        var @case = new CaseState { Status = ApplicationState.RemarksSent };
        var deadlines = new CaseDeadlines(@case);
        deadlines.Open(DeadlineKind.RemarksFixWindow, At(2026, 3, 2, 10));
        var after = @case.Deadlines[DeadlineKind.RemarksFixWindow].DueAt.AddSeconds(1);

        Assert.True(deadlines.IsDue(after));
        Assert.True(deadlines.CatchUp(after));
        Assert.False(deadlines.CatchUp(after.AddHours(1)));

        Assert.True(@case.RefusalDrafted);
        Assert.Equal(DeadlineStatus.Closed, @case.Deadlines[DeadlineKind.RemarksFixWindow].Status);
        Assert.Single(@case.History, e => e.What == "MotivatedRefusalDrafted");
    }

    [Fact]
    public void AWithdrawnCaseOwesNoRunningDeadlineAndKeepsTheMetOnes()
    {
        var @case = new CaseState();
        var deadlines = new CaseDeadlines(@case);
        deadlines.Open(DeadlineKind.CompletenessReview, At(2026, 3, 2, 10));
        deadlines.Meet(DeadlineKind.CompletenessReview, At(2026, 3, 3, 10));
        deadlines.Open(DeadlineKind.ExamNotice, At(2026, 3, 3, 10));

        deadlines.DropRunning();

        Assert.Equal([DeadlineKind.CompletenessReview], @case.Deadlines.Keys);
        Assert.Equal([DeadlineKind.CompletenessReview], deadlines.Views().Select(v => v.Kind));
    }

    private static Step At(int year, int month, int day, int hour) =>
        new(Calendar, new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(5)));
}
