namespace Platform.Domain.Programs;

/// <summary>P9: the language of the exam, chosen by the candidate: Kazakh or Russian.</summary>
public enum ExamLanguage
{
    /// <summary>Kazakh (қазақ тілі).</summary>
    Kk,

    /// <summary>Russian (русский язык).</summary>
    Ru,
}
