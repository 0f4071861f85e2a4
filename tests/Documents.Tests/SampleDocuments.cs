using Platform.Domain.Deadlines;
using Platform.Domain.Exams;
using Platform.Grains.Documents;

namespace Platform.Documents.Tests;

/// <summary>One realistic document of each kind, with Kazakh names that use the letters Russian lacks.</summary>
public static class SampleDocuments
{
    public const string AllKazakhLetters = "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі";

    /// <summary>Letters DejaVu composes from other glyphs (Ё from Е from E, Й, Ы), the Kazakh letters, « » № —.</summary>
    public const string KazakhGlyphSample = "«Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі» № 17 — Ёё Йй Ыы";

    public const string RussianGlyphSample = "«Съешь ещё булок» № 42 — ЁЖИК Йод Ыы";

    public static readonly BilingualText Center = new(
        "«Шаһар Құрылыс» кәсіби біліктілікті тану орталығы",
        "Центр признания профессиональных квалификаций «Шахар Курылыс»");

    public static readonly BilingualText Profession = new(
        "Электр жабдықтарына қызмет көрсету жөніндегі электр монтері",
        "Электромонтер по обслуживанию электрооборудования");

    public static readonly PersonName Candidate = new("Нұрланова", "Әйгерім", "Серікқызы");

    public static readonly Signatory[] Commission =
    [
        new("Жақсыбеков Ерғали Төлеуұлы", CommissionRole.Chair, new DateOnly(2025, 3, 17)),
        new("Иванова Мария Петровна", CommissionRole.Member, new DateOnly(2025, 3, 17)),
        new("Өмірзақов Нұрсұлтан", CommissionRole.Secretary),
    ];

    public static readonly DateTimeOffset IssuedAt = new(2025, 3, 18, 10, 30, 0, TimeSpan.FromHours(5));

    public static readonly TechnologicalMap Map = TechnologicalMap.Create("Монтаж щита учёта электроэнергии",
    [
        new TechnologicalMapStep("1", "Подготовка рабочего места и СИЗ", ["Проверено отсутствие напряжения"]),
        new TechnologicalMapStep("2", "Сборка схемы учёта", ["Схема соответствует проекту"]),
        new TechnologicalMapStep("3", "Пусконаладка", ["Счётчик ведёт учёт"]),
    ]);

    public static ApplicationForm Application() => new(
        Center, Candidate, "••••••••1234", new DateOnly(1990, 5, 14), "Алматы қ., Абай даңғылы, 10, 25-пәтер",
        "aigerim@example.kz", "+7 701 123 45 67", "+7 727 250 00 00", Profession, 4, new DateOnly(2026, 12, 31),
        "Электр қауіпсіздігі ережелері, ПУЭ", "Щиттерді жинау, өлшеу аспаптарымен жұмыс",
        ["Диплом колледжа (копия)", "Трудовая книжка (копия)", "Сертификат курсов ТБ"],
        ConsentToProcessing: true, ConsentToNskPlacement: true, new DateOnly(2025, 2, 3), SignatureMethod.Electronic);

    public static RemarksNotice Remarks(int count = 2) => new(
        Center, Candidate, Profession, new DateOnly(2025, 2, 3),
        Enumerable.Range(1, count).Select(RemarkText).ToArray(),
        new DateOnly(2025, 2, 5), new DateOnly(2025, 2, 10));

    public static string RemarkText(int i) => i switch
    {
        1 => "Не приложена копия документа, подтверждающего трудовую деятельность (пункт 4.3 Правил).",
        2 => $"В заявлении не указан рабочий телефон; проверьте написание: {AllKazakhLetters}.",
        _ => $"Замечание {i}: копия документа об образовании нечитаема, представьте копию надлежащего качества.",
    };

    public static MotivatedRefusal Refusal() => new(
        Center, Candidate, Profession, new DateOnly(2025, 2, 5), [RemarkText(1)], new HeadSignature("Сәрсенбаев Қайрат Ғаниұлы", new DateOnly(2025, 2, 10)));

    public static ServiceContract Contract() => new(
        Center, "Астана қ., Мәңгілік Ел даңғылы, 8", new HeadSignature("Сәрсенбаев Қайрат Ғаниұлы", new DateOnly(2025, 2, 12)),
        Candidate, Profession, 4, 45000m, "К-2025/017", "Астана", new DateOnly(2025, 2, 12));

    public static ExamNotice Exam(ExamMode mode = ExamMode.Offline) => new(
        Center, Candidate, Profession, 4, new DateOnly(2025, 3, 10), new TimeOnly(10, 0), mode,
        "Астана қ., Мәңгілік Ел даңғылы, 8, 305-аудитория", mode == ExamMode.Online ? "https://exam.example.kz/s/7f3a" : null,
        DocumentLanguage.Kk, new DateOnly(2025, 2, 17));

    public static RescheduleNotice Reschedule() => new(
        Center, Candidate, Profession, RescheduleReason.TechnicalFailure, new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 14),
        new TimeOnly(9, 30), ExamMode.Online, null, "https://exam.example.kz/s/7f3a", new DateOnly(2025, 3, 10));

    public static ViolationAct Violation() => new(
        Center, Candidate, Profession, ExamMode.Offline, new DateTimeOffset(2025, 3, 14, 10, 42, 0, TimeSpan.FromHours(5)),
        "теоретический этап", "Использование мобильного телефона под столом после устного предупреждения",
        new DateTimeOffset(2025, 3, 14, 10, 15, 0, TimeSpan.FromHours(5)), ViolationActOutcome.Removed, Commission);

    public static CommissionProtocol Protocol(bool passed = false) => new(
        Center, "П-2025/031", Candidate, Profession, 4, ExamMode.Offline, DocumentLanguage.Kk, new DateOnly(2025, 3, 14),
        new TheoryOutcome(36, 40, true), Practical(passed), passed, Commission);

    public static PracticalOutcome Practical(bool passed) => PracticalOutcome.From(Map, PracticalResult.Evaluate(Map,
    [
        new StepMark("1", true),
        new StepMark("2", passed, passed ? null : "Перепутаны фазные провода"),
        new StepMark("3", passed),
    ]));

    public static Certificate Certificate() => new(
        Center, "85592-74120010-4-140325-0012-00000042", Candidate, Profession, 4, new DateOnly(2025, 3, 18),
        new DateOnly(2030, 3, 18), "Сәрсенбаев Қайрат Ғаниұлы",
        "https://qrp.example.kz/verify?serial=85592-74120010-4-140325-0012-00000042", string.Empty);

    public static FailureNotice Failure() => new(
        Center, Candidate, Profession, 4, "П-2025/031", new DateOnly(2025, 3, 17), new TheoryOutcome(36, 40, true), Practical(false),
        ["Повторить правила сборки схем учёта (ПУЭ, гл. 1.5)", "Пройти практикум по монтажу щитов учёта"], new DateOnly(2025, 3, 19));

    public static AppealProtocol Appeal() => new(
        Center, "А-2025/004", Candidate, Profession, "П-2025/031", new DateOnly(2025, 3, 21),
        "Кандидат считает, что шаг 2 технологической карты выполнен верно.", AppealDecision.Rejected,
        ["Видеозапись практического этапа подтверждает ошибку в подключении фаз.", "Задание соответствует квалификационной программе."],
        [
            new Signatory("Бекова Гүлнар Асқарқызы", CommissionRole.Chair, new DateOnly(2025, 3, 27)),
            new Signatory("Ли Сергей Викторович", CommissionRole.Member, new DateOnly(2025, 3, 27)),
        ],
        new DateOnly(2025, 3, 27));

    /// <summary>A remarks notice with a glyph sample in the regular face (the remark) and the bold one (the profession).</summary>
    public static RemarksNotice GlyphSample(string sample) => Remarks() with { Remarks = [sample], Profession = new BilingualText(sample, sample) };

    public static IssuedDocument Issue(DocumentContent content) =>
        IssuedDocument.Create(Guid.Parse("6f1c2b7e-3d4a-4f5b-9c8d-112233445566"), "CASE-2025-000317", "0012", IssuedAt, content);
}
