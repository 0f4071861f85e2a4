using System.Globalization;
using MimeKit;
using Platform.Documents;
using Platform.Domain.Calendar;
using Platform.Grains.Documents;

namespace Platform.Silo.Mail;

/// <summary>
/// The e-mail of one notice: subject and body in the candidate's language (what the notice is, its date, the link to the
/// case page), the notice's PDF in that language attached. Names no IIN: the documents print it masked, the mail not at all.
/// </summary>
public static class NoticeMessage
{
    /// <summary>The page of a case in the candidate's portal (issue 13's routes).</summary>
    public static string CaseAddress(string publicBaseUrl, string caseId) =>
        $"{publicBaseUrl.TrimEnd('/')}/me/cases/{Uri.EscapeDataString(caseId)}";

    /// <summary>The Message-Id of a document's mail: the same for every attempt, so a mail client can tell a repeat.</summary>
    public static string MessageId(Guid documentId, string from) =>
        $"{documentId:N}@{(MailboxAddress.TryParse(from, out var address) ? address.Domain : "localhost")}";

    public static MimeMessage Compose(
        IssuedDocument document, string recipient, DocumentLanguage language, MailOptions options, string publicBaseUrl, CancellationToken cancellationToken)
    {
        var header = document.Header;
        var culture = NoticeMailText.Culture(language);
        var title = NoticeMailText.Title(header.Kind, culture);
        var date = KazakhstanTime.DateOf(header.IssuedAt).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var center = language == DocumentLanguage.Kk ? document.Content.CenterName.Kk : document.Content.CenterName.Ru;

        var body = new BodyBuilder { TextBody = NoticeMailText.Body(center, title, date, CaseAddress(publicBaseUrl, header.CaseReference), culture) };
        var pdf = DocumentRenderer.RenderPdf(document, language, cancellationToken);
        body.Attachments.Add(AttachmentName(header, language), pdf, new ContentType("application", "pdf"));

        var message = new MimeMessage
        {
            Subject = NoticeMailText.Subject(title, date, culture),
            Body = body.ToMessageBody(),
            MessageId = MessageId(header.DocumentId, options.From),
        };
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(MailboxAddress.Parse(recipient));
        message.Headers.Add(HeaderId.ContentLanguage, culture.TwoLetterISOLanguageName);
        return message;
    }

    private static string AttachmentName(DocumentHeader header, DocumentLanguage language) =>
        $"{header.Kind}-{KazakhstanTime.DateOf(header.IssuedAt):yyyy-MM-dd}-{(language == DocumentLanguage.Kk ? "kk" : "ru")}.pdf";
}
