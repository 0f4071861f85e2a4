namespace Platform.Integration.Tests.Pages.Journey;

/// <summary>What the whole journey types and reads, in Kazakh or Russian (the pages' tables, the staff's texts).</summary>
public sealed record JourneyWords(
    string Remark, string CorrectedCopy, string CameraFound, string Saved, string SeveralFaces, string Unanswered,
    string Recommendation, string FailureNotice, string Grounds, string AppealFiled)
{
    public static JourneyWords For(string language) => language == "kk" ? Kk : Ru;

    private static readonly JourneyWords Kk = new(
        "Диплом көшірмесі оқылмайды", "Диплом (түзетілген көшірме)", "Камера табылды", "Сақталды ✓", "кадрда бірнеше бет бар",
        "жауапсыз: 27", "ҚҚС пен жалақы есебін қайталаңыз", "Ұсынымдар қоса берілген шешім туралы хабарлама",
        "7-сұрақ дұрыс бағаланбаған: жауап ҚР Салық кодексіне сәйкес келеді.", "Апелляция берілді");

    private static readonly JourneyWords Ru = new(
        "Копия диплома нечитаема", "Диплом (исправленная копия)", "Камера найдена", "Сохранено ✓", "в кадре несколько лиц",
        "без ответа: 27", "Повторите учёт НДС и заработной платы", "Уведомление о решении с рекомендациями",
        "Вопрос 7 оценён неверно: ответ соответствует НК РК.", "Подана апелляция");
}
