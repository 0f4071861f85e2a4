namespace Platform.Integration.Tests.Pages.Me.Exam;

/// <summary>What the exam page says in each language, as the tests read it.</summary>
public sealed partial class ExamPageTests
{
    private sealed record Said(
        string NotOpened, string CameraFound, string MethodologyMissing, string CheckedIn, string Done, string Saved,
        string SeveralFaces, Func<int, string> Unanswered, string Score);

    private static readonly Dictionary<string, Said> Expected = new()
    {
        ["kk"] = new("әлі ашылмаған", "Камера табылды", "әдістемесімен және құралдарымен танысқаныңызды растаңыз", "Сіз тіркелдіңіз.",
            "орындалды ✓", "Сақталды ✓", "кадрда бірнеше бет бар", unanswered => $"жауапсыз: {unanswered}", "Теория: 30 жауаптың"),
        ["ru"] = new("ещё не открыт", "Камера найдена", "ознакомились с методикой и инструментарием", "Вы зарегистрированы.",
            "выполнено ✓", "Сохранено ✓", "в кадре несколько лиц", unanswered => $"без ответа: {unanswered}", "Теория: правильных ответов"),
    };
}
