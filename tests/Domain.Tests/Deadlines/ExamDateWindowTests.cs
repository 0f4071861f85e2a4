using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;
using Platform.Domain.Rules;

namespace Platform.Domain.Tests.Deadlines;

/// <summary>P6: the exam is 10 to 20 working days after the day the notice is sent, except reschedules under P7 and P11.</summary>
public sealed class ExamDateWindowTests
{
    // Notice Thu 20 Mar 2025: 21 and 24-25 Mar are Nauryz days off.
    private static readonly ExamDateWindow _window = ExamDateWindow.For(WorkingCalendar.Shipped(), new DateOnly(2025, 3, 20));

    [Fact]
    public void TheWindowRunsFromTheTenthToTheTwentiethWorkingDay()
    {
        Assert.Equal(new DateOnly(2025, 4, 8), _window.Earliest);
        Assert.Equal(new DateOnly(2025, 4, 22), _window.Latest);
    }

    [Theory]
    [InlineData("2025-04-08")]
    [InlineData("2025-04-15")]
    [InlineData("2025-04-22")]
    public void ADateInsideTheWindowIsAllowed(string date)
    {
        Assert.Null(_window.Check(DateOnly.Parse(date)));
    }

    [Theory]
    [InlineData("2025-04-07")] // ninth working day
    [InlineData("2025-04-23")] // twenty-first
    [InlineData("2025-03-26")]
    public void ADateOutsideTheWindowIsRefusedUnderP6(string date)
    {
        var refusal = _window.Check(DateOnly.Parse(date));

        Assert.Equal(Rule.P6, refusal?.Rule);
    }

    [Fact]
    public void AWeekendInsideTheWindowIsRefusedAsNotAWorkingDay()
    {
        var refusal = _window.Check(new DateOnly(2025, 4, 12));

        Assert.Contains("not a working day", refusal?.In("en"));
    }

    [Theory]
    [InlineData(RescheduleReason.SickLeave, "P7")]
    [InlineData(RescheduleReason.TechnicalFailure, "P11")]
    public void AReschedulesIsExemptFromTheWindowButNotFromWorkingDays(RescheduleReason reason, string rule)
    {
        Assert.Null(_window.Check(new DateOnly(2025, 3, 26), reason));
        Assert.Null(_window.Check(new DateOnly(2025, 5, 30), reason));
        var holiday = _window.Check(new DateOnly(2025, 3, 24), reason);
        var beforeNotice = _window.Check(new DateOnly(2025, 3, 20), reason);

        Assert.Equal(rule, holiday?.Rule.Id);
        Assert.Equal(rule, beforeNotice?.Rule.Id);
    }
}
