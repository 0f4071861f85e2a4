namespace Platform.Domain.Programs;

/// <summary>A text of a qualification program in both exam languages (P9): Kazakh and Russian.</summary>
/// <param name="Kk">Kazakh.</param>
/// <param name="Ru">Russian.</param>
public sealed record LocalizedText(string Kk, string Ru)
{
    /// <summary>The text in the language of the exam.</summary>
    public string In(ExamLanguage language) => language switch
    {
        ExamLanguage.Kk => Kk,
        ExamLanguage.Ru => Ru,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "An exam is held in kk or ru (P9)."),
    };
}
