using Platform.Frontend.Problems;

namespace Platform.Frontend.Calendar;

/// <summary>What the calendar API says to a person, in en, ru and kk.</summary>
internal static class Messages
{
    public static readonly Text InvalidDate = new(
        "Invalid date", "Неверная дата", "Күн қате көрсетілген");

    public static Text InvalidDateDetail(string? value) => new(
        $"'from' must be a real date written as YYYY-MM-DD; got '{value}'.",
        $"Параметр 'from' должен быть существующей датой в формате ГГГГ-ММ-ДД; получено '{value}'.",
        $"'from' параметрі ЖЖЖЖ-АА-КК пішіміндегі нақты күн болуы тиіс; алынғаны: '{value}'.");

    public static readonly Text InvalidWorkingDays = new(
        "Invalid number of working days", "Неверное число рабочих дней", "Жұмыс күндерінің саны қате");

    public static Text InvalidWorkingDaysDetail(string? value, int max) => new(
        $"'workingDays' must be a whole number from 0 to {max}; got '{value}'.",
        $"Параметр 'workingDays' должен быть целым числом от 0 до {max}; получено '{value}'.",
        $"'workingDays' параметрі 0-ден {max}-ге дейінгі бүтін сан болуы тиіс; алынғаны: '{value}'.");

    public static readonly Text YearNotLoaded = new(
        "Calendar year not loaded", "Календарь на этот год не загружен", "Бұл жылдың күнтізбесі жүктелмеген");

    public static Text YearNotLoadedDetail(int year) => new(
        $"The working-day calendar of {year} is not loaded; an administrator loads it when the government publishes it.",
        $"Производственный календарь на {year} год не загружен; администратор загружает его после публикации постановления.",
        $"{year} жылғы жұмыс күнтізбесі жүктелмеген; оны үкімет жариялағаннан кейін әкімші жүктейді.");

    public static readonly Text InvalidCalendar = new(
        "Invalid calendar year", "Неверные данные календаря", "Күнтізбе деректері қате");
}
