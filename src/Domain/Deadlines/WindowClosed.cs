using System.Globalization;
using Platform.Domain.Procedure;

namespace Platform.Domain.Deadlines;

/// <summary>How a closed window of the candidate is worded: the rule's days, what they were for, and the date they ended.</summary>
public static class WindowClosed
{
    /// <summary>The refusal of an action after <paramref name="window"/> closed on <paramref name="closedOn"/> (dd.MM.yyyy).</summary>
    public static Wording Wording(StatutoryDeadline window, DateOnly closedOn)
    {
        var n = window.Length;
        var day = closedOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        return window.OnExpiry switch
        {
            DeadlineExpiry.ResultFinal => new(
                $"the {n} working days to appeal after the results were received ended on {day}; the result is final",
                $"срок подачи апелляции ({n} {RussianWorkingDays(n)} после дня получения результатов) истек {day}; результат является окончательным",
                $"нәтижелерді алған күннен кейін апелляция беруге берілген {n} жұмыс күні {day} аяқталды; нәтиже түпкілікті болып табылады"),
            DeadlineExpiry.MotivatedRefusalDrafted => new(
                $"the {n} working days to fix the remarks ended on {day}; the motivated refusal is drafted",
                $"срок устранения замечаний ({n} {RussianWorkingDays(n)} после дня направления уведомления) истек {day}; подготовлен мотивированный отказ",
                $"хабарлама жіберілген күннен кейін ескертулерді жоюға берілген {n} жұмыс күні {day} аяқталды; дәлелді бас тарту дайындалды"),
            _ => new(
                $"the {n} working days of {window.Rule} ended on {day}",
                $"срок по {window.Rule} ({n} {RussianWorkingDays(n)}) истек {day}",
                $"{window.Rule} бойынша {n} жұмыс күні {day} аяқталды"),
        };
    }

    /// <summary>"рабочий день", "рабочих дня" or "рабочих дней", as Russian agrees a noun with a number.</summary>
    private static string RussianWorkingDays(int n) => (n % 100, n % 10) switch
    {
        ( >= 11 and <= 14, _) => "рабочих дней",
        (_, 1) => "рабочий день",
        (_, >= 2 and <= 4) => "рабочих дня",
        _ => "рабочих дней",
    };
}
