using Platform.Domain.Calendar;
using Platform.Domain.Procedure;

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

    /// <summary>Whether <paramref name="examDate"/> may be set; a reschedule under P7 or P11 is exempt from the window.</summary>
    public ExamDateCheck Check(DateOnly examDate, RescheduleReason? reason = null)
    {
        if (examDate <= NoticeDay)
        {
            return ExamDateCheck.Refused(RuleOf(reason), new Wording(
                $"the exam date must come after the day the notice is sent ({NoticeDay:yyyy-MM-dd}).",
                $"дата экзамена должна быть позже дня направления уведомления ({NoticeDay:dd.MM.yyyy}).",
                $"емтихан күні хабарлама жіберілген күннен ({NoticeDay:dd.MM.yyyy}) кейін болуы тиіс."));
        }

        if (!_calendar.IsWorkingDay(examDate))
        {
            return ExamDateCheck.Refused(RuleOf(reason), new Wording(
                $"the exam date {examDate:yyyy-MM-dd} is not a working day.",
                $"дата экзамена {examDate:dd.MM.yyyy} не является рабочим днем.",
                $"емтихан күні {examDate:dd.MM.yyyy} жұмыс күні болып табылмайды."));
        }

        if (reason is null && (examDate < Earliest || examDate > Latest))
        {
            return ExamDateCheck.Refused("P6", new Wording(
                $"the exam date must be from {Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd} for a notice sent on {NoticeDay:yyyy-MM-dd}.",
                $"при уведомлении, направленном {NoticeDay:dd.MM.yyyy}, дата экзамена должна быть не ранее {Earliest:dd.MM.yyyy} и не позднее {Latest:dd.MM.yyyy} "
                + $"(не менее {StatutoryDeadlines.ExamDateEarliestWorkingDays} и не более {StatutoryDeadlines.ExamDateLatestWorkingDays} рабочих дней).",
                $"{NoticeDay:dd.MM.yyyy} жіберілген хабарлама бойынша емтихан күні {Earliest:dd.MM.yyyy} бастап {Latest:dd.MM.yyyy} дейінгі аралықта "
                + $"({StatutoryDeadlines.ExamDateEarliestWorkingDays} жұмыс күнінен кем емес және {StatutoryDeadlines.ExamDateLatestWorkingDays} жұмыс күнінен артық емес) болуы тиіс."));
        }

        return ExamDateCheck.Allowed;
    }

    private static string RuleOf(RescheduleReason? reason) => reason switch
    {
        RescheduleReason.SickLeave => "P7",
        RescheduleReason.TechnicalFailure => "P11",
        _ => "P6",
    };
}
