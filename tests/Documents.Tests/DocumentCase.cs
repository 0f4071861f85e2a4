using Platform.Documents.Wording;
using Platform.Grains.Documents;

namespace Platform.Documents.Tests;

/// <summary>A sample document, the phrase that names it, and field values its PDF must show.</summary>
public sealed record DocumentCase(DocumentContent Content, Phrase Title, IReadOnlyList<string> KeyFields)
{
    public static IReadOnlyDictionary<DocumentKind, DocumentCase> All { get; } = Build().ToDictionary(c => c.Content.Kind);

    private static IEnumerable<DocumentCase> Build()
    {
        var name = SampleDocuments.Candidate.Full;
        yield return new(SampleDocuments.Application(), Phrase.ApplicationTitle, [name, "••••••••1234", "aigerim@example.kz", "14.05.1990", "Трудовая книжка (копия)"]);
        yield return new(SampleDocuments.Remarks(), Phrase.RemarksTitle, [name, SampleDocuments.RemarkText(1), "10.02.2025"]);
        yield return new(SampleDocuments.Refusal(), Phrase.RefusalTitle, [name, SampleDocuments.RemarkText(1), "Сәрсенбаев Қайрат Ғаниұлы"]);
        yield return new(SampleDocuments.Contract(), Phrase.ContractSubtitle, [name, "К-2025/017", "45 000", "12.02.2025"]);
        yield return new(SampleDocuments.Exam(), Phrase.ExamNoticeSubtitle, [name, "10.03.2025", "10:00", "305-аудитория"]);
        yield return new(SampleDocuments.Reschedule(), Phrase.RescheduleSubtitle, [name, "14.03.2025", "09:30", "https://exam.example.kz/s/7f3a"]);
        yield return new(SampleDocuments.Violation(), Phrase.ViolationTitle, [name, "14.03.2025 10:42", "14.03.2025 10:15", "мобильного телефона", "Жақсыбеков Ерғали Төлеуұлы"]);
        yield return new(SampleDocuments.Protocol(), Phrase.ProtocolSubtitle, [name, "П-2025/031", "36", "Сборка схемы учёта", "Перепутаны фазные провода", "Өмірзақов Нұрсұлтан"]);
        yield return new(TestKeys.SignedCertificate(), Phrase.CertificateTitle, [name, "85592-74120010-4-140325-0012-00000042", "18.03.2025", "18.03.2030", "Сәрсенбаев Қайрат Ғаниұлы"]);
        yield return new(SampleDocuments.Failure(), Phrase.FailureSubtitle, [name, "П-2025/031", "Пройти практикум по монтажу щитов учёта"]);
        yield return new(SampleDocuments.Appeal(), Phrase.AppealSubtitle, [name, "А-2025/004", "Видеозапись практического этапа", "27.03.2028", "Бекова Гүлнар Асқарқызы"]);
    }
}
