using Platform.Domain.Rules;

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
    public static Refusal NotALanguage { get; } = Refusal.Of(Rule.P9, "NotAnExamLanguage");

    /// <summary>A change after the exam notice was sent.</summary>
    public static Refusal NoticeSent { get; } = Refusal.Of(Rule.P9, "ExamLanguageAfterNotice");

    /// <summary>A change on a case that is closed (refused, withdrawn, decided).</summary>
    public static Refusal CaseClosed { get; } = Refusal.Of(Rule.P9, "ExamLanguageOfAClosedCase");

    /// <summary>Null when <paramref name="language"/> is one the candidate may choose; otherwise why not.</summary>
    public static Refusal? Check(string? language) => language is "kk" or "ru" ? null : NotALanguage;

    /// <summary>Null when the candidate may change the language now; otherwise why not.</summary>
    /// <param name="language">The language chosen.</param>
    /// <param name="noticeSent">The exam notice of the current attempt was sent.</param>
    /// <param name="closed">The case is in a final state.</param>
    public static Refusal? CheckChange(string? language, bool noticeSent, bool closed) =>
        Check(language) ?? (closed ? CaseClosed : noticeSent ? NoticeSent : null);
}
