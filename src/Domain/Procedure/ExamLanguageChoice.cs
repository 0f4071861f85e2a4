namespace Platform.Domain.Procedure;

/// <summary>
/// P9: the exam is held in Kazakh or Russian, as the candidate chooses. The candidate chooses when applying and may
/// change the choice until the exam notice is sent; the notice, the sitting and the ticket then follow it.
/// </summary>
public static class ExamLanguageChoice
{
    /// <summary>The languages a candidate may choose, as the platform writes them.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["kk", "ru"];

    /// <summary>A language that is neither "kk" nor "ru".</summary>
    public static ActionRequirement NotALanguage { get; } = new("P9",
        "the exam is held in Kazakh (kk) or Russian (ru), as the candidate chooses",
        "экзамен проводится на казахском (kk) или русском (ru) языке по выбору кандидата",
        "емтихан кандидаттың таңдауы бойынша қазақ (kk) немесе орыс (ru) тілінде өткізіледі");

    /// <summary>A change after the exam notice was sent.</summary>
    public static ActionRequirement NoticeSent { get; } = new("P9",
        "the candidate may change the exam language until the exam notice is sent; it has been sent",
        "кандидат вправе изменить язык экзамена до направления уведомления об экзамене; уведомление уже направлено",
        "кандидат емтихан тілін емтихан туралы хабарлама жіберілгенге дейін өзгерте алады; хабарлама жіберіліп қойған");

    /// <summary>A change on a case that is closed (refused, withdrawn, decided).</summary>
    public static ActionRequirement CaseClosed { get; } = new("P9",
        "the case is closed; its exam language no longer changes",
        "дело закрыто; язык экзамена по нему больше не изменяется",
        "іс жабылды; ол бойынша емтихан тілі енді өзгертілмейді");

    /// <summary>Null when <paramref name="language"/> is one the candidate may choose; otherwise why not.</summary>
    public static ActionRequirement? Check(string? language) => language is "kk" or "ru" ? null : NotALanguage;

    /// <summary>Null when the candidate may change the language now; otherwise why not.</summary>
    /// <param name="language">The language chosen.</param>
    /// <param name="noticeSent">The exam notice of the current attempt was sent.</param>
    /// <param name="closed">The case is in a final state.</param>
    public static ActionRequirement? CheckChange(string? language, bool noticeSent, bool closed) =>
        Check(language) ?? (closed ? CaseClosed : noticeSent ? NoticeSent : null);
}
