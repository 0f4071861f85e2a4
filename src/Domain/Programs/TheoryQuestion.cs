namespace Platform.Domain.Programs;

/// <summary>
/// A question of the theory bank (P9, P15), worded in kk and in ru with the same option ids, exactly one of
/// them correct. Answers are checked by option id, so the language and the order of the options do not matter.
/// </summary>
/// <param name="Id">Unique within the bank, e.g. "q17".</param>
/// <param name="Topic">The id of its topic.</param>
/// <param name="Kk">The Kazakh wording.</param>
/// <param name="Ru">The Russian wording.</param>
/// <param name="Correct">The id of the correct option.</param>
public sealed record TheoryQuestion(string Id, string Topic, QuestionWording Kk, QuestionWording Ru, string Correct)
{
    /// <summary>The wording in the language of the exam.</summary>
    public QuestionWording In(ExamLanguage language) => language switch
    {
        ExamLanguage.Kk => Kk,
        ExamLanguage.Ru => Ru,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "An exam is held in kk or ru (P9)."),
    };
}
