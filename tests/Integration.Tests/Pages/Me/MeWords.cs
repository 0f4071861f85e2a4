namespace Platform.Integration.Tests.Pages.Me;

/// <summary>What the candidate reads on the portal and the application form, in Kazakh or Russian (the tables' texts).</summary>
public sealed record MeWords(
    string Language,
    string GiveDetails,
    string Save,
    string CheckDigitMismatch,
    string NotYourIin,
    string ChooseAccountant,
    string KazakhExam,
    string Education,
    string WorkExperience,
    string WrongType,
    string Uploaded,
    string PreviewKk,
    string PreviewRu,
    string Submit,
    string Registered,
    string ReviewBy,
    string ApplicationDocument,
    string DocumentRequired,
    string Required)
{
    public static MeWords For(string language) => language == "kk" ? Kk : Ru;

    public static readonly MeWords Ru = new(
        "ru", "Указать мои данные", "Сохранить мои данные", "Последняя (контрольная) цифра не совпадает: проверьте номер.",
        "Этот ИИН не принадлежит вашей учётной записи. Укажите свой ИИН.", "Подать заявление: Бухгалтер, уровень НРК 5", "Казахский",
        "Документ об образовании", "Документ о трудовой деятельности (при наличии)",
        "Такой тип файла не принимается: выберите PDF, JPEG или PNG.", "Загружено:", "Заявление (приложение 1), PDF на казахском",
        "Заявление (приложение 1), PDF на русском", "Подать заявление", "Заявление зарегистрировано: центр проверяет документы (п. 5)",
        "Центр проверяет документы до", "Заявление (приложение 1)", "Программа требует этот документ: выберите файл.", "Это поле обязательно.");

    public static readonly MeWords Kk = new(
        "kk", "Деректерімді көрсету", "Деректерімді сақтау", "Соңғы (бақылау) цифры сәйкес келмейді: нөмірді тексеріңіз.",
        "Бұл ЖСН сіздің тіркелгіңізге тиесілі емес. Өз ЖСН-іңізді көрсетіңіз.", "Өтініш беру: Бухгалтер, ҰБШ 5-деңгейі", "Қазақ тілі",
        "Білімі туралы құжат", "Еңбек қызметі туралы құжат (бар болса)",
        "Мұндай файл түрі қабылданбайды: PDF, JPEG немесе PNG таңдаңыз.", "Жүктелді:", "Өтініш (1-қосымша), PDF қазақ тілінде",
        "Өтініш (1-қосымша), PDF орыс тілінде", "Өтінішті беру", "Өтініш тіркелді: орталық құжаттарды тексеруде (5-т.)",
        "Орталық құжаттарды", "Өтініш (1-қосымша)", "Бағдарлама бұл құжатты талап етеді: файлды таңдаңыз.", "Бұл өріс міндетті.");
}
