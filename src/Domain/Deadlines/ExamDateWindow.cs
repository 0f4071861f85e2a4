using Platform.Domain.Calendar;
using Platform.Domain.Rules;

namespace Platform.Domain.Deadlines;

/// <summary>
/// P6: the period between the day the exam notice is sent and the exam date is at least
/// <see cref="StatutoryDeadlines.ExamDateEarliestWorkingDays"/> and at most
/// <see cref="StatutoryDeadlines.ExamDateLatestWorkingDays"/> working days, except reschedules under P7 and P11.
/// Read as: the exam falls on a working day from the earliest-th to the latest-th working day after the notice day,
/// both included. The exam date itself must be a working day, also for a P7/P11 reschedule (the center sits on
/// working days); a reschedule must fall after the notice day but is otherwise free.
/// </summary>
public sealed class ExamDateWindow
{
    private readonly WorkingCalendar _calendar;

    private ExamDateWindow(WorkingCalendar calendar, DateOnly noticeDay, DateOnly earliest, DateOnly latest)
    {
        _calendar = calendar;
        NoticeDay = noticeDay;
        Earliest = earliest;
        Latest = latest;
    }

    /// <summary>The day the notice is sent.</summary>
    public DateOnly NoticeDay { get; }

    /// <summary>The earliest exam date: the 10th working day after the notice day.</summary>
    public DateOnly Earliest { get; }

    /// <summary>The latest exam date: the 20th working day after the notice day.</summary>
    public DateOnly Latest { get; }

    /// <summary>The window for a notice sent on <paramref name="noticeDay"/>.</summary>
    public static ExamDateWindow For(WorkingCalendar calendar, DateOnly noticeDay) => new(
        calendar,
        noticeDay,
        calendar.AddWorkingDays(noticeDay, StatutoryDeadlines.ExamDateEarliestWorkingDays),
        calendar.AddWorkingDays(noticeDay, StatutoryDeadlines.ExamDateLatestWorkingDays));

    /// <summary>
    /// Null when <paramref name="examDate"/> may be set; otherwise why not. A reschedule under P7 or P11 is exempt from
    /// the window, not from working days, and is refused under its own rule.
    /// </summary>
    public Refusal? Check(DateOnly examDate, RescheduleReason? reason = null) =>
        examDate <= NoticeDay ? Refusal.Of(RuleOf(reason), "ExamDateAfterNotice", NoticeDay)
        : !_calendar.IsWorkingDay(examDate) ? Refusal.Of(RuleOf(reason), "ExamDateNotWorkingDay", examDate)
        : reason is null && (examDate < Earliest || examDate > Latest) ? Refusal.Of(Rule.P6, "ExamDateOutsideWindow", NoticeDay, Earliest, Latest)
        : null;

    private static Rule RuleOf(RescheduleReason? reason) => reason switch
    {
        RescheduleReason.SickLeave => Rule.P7,
        RescheduleReason.TechnicalFailure => Rule.P11,
        _ => Rule.P6,
    };
}
