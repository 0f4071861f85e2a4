using System.Globalization;
using System.Resources;
using Platform.Grains.Documents;

namespace Platform.Silo.Mail;

/// <summary>
/// The words of a notice's e-mail from <c>Resources/NoticeMail.resx</c> (English), <c>.ru.resx</c> and <c>.kk.resx</c>.
/// A key missing from a language is a programming error: it throws rather than mail a blank.
/// </summary>
public static class NoticeMailText
{
    private static readonly ResourceManager Texts = new("Platform.Silo.Mail.Resources.NoticeMail", typeof(NoticeMailText).Assembly);

    public static CultureInfo Culture(DocumentLanguage language) =>
        CultureInfo.GetCultureInfo(language == DocumentLanguage.Kk ? "kk" : "ru");

    /// <summary>The title of a kind of document.</summary>
    public static string Title(DocumentKind kind, CultureInfo culture) => Get($"Title_{kind}", culture);

    public static string Subject(string title, string date, CultureInfo culture) => Format(Get("Subject", culture), title, date);

    public static string Body(string center, string title, string date, string caseAddress, CultureInfo culture) =>
        Format(Get("Body", culture), center, title, date, caseAddress);

    private static string Get(string key, CultureInfo culture) =>
        Texts.GetString(key, culture) ?? throw new InvalidOperationException($"No wording for the notice mail's '{key}'.");

    private static string Format(string template, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, template, arguments);
}
