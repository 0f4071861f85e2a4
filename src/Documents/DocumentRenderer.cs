using PdfSharp.Pdf;
using Platform.Documents.Composers;
using Platform.Documents.Fonts;
using Platform.Documents.Layout;
using Platform.Documents.Signing;
using Platform.Documents.Wording;
using Platform.Grains.Documents;

namespace Platform.Documents;

/// <summary>
/// Renders any document of the procedure (SPEC §4) as an A4 PDF in Kazakh or Russian, with the embedded DejaVu Sans
/// so that Kazakh letters print on any host. Pure: the same document and language give the same pages.
/// </summary>
public static class DocumentRenderer
{
    /// <summary>Renders a document of the personal file; a certificate's QR code carries the URL stamped on it.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled (the caller went away, or its time ran out).</exception>
    public static byte[] RenderPdf(IssuedDocument document, DocumentLanguage language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return RenderPdf(document.Header, document.Content, language, publicBaseUrl: null, cancellationToken);
    }

    /// <summary>
    /// Renders a document of the personal file; a certificate's QR code opens the verification page under
    /// <paramref name="publicBaseUrl"/>, the platform's configured public address (<see cref="CertificateVerificationAddress"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The public base URL is not an absolute http(s) address.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (the caller went away, or its time ran out).</exception>
    public static byte[] RenderPdf(IssuedDocument document, DocumentLanguage language, string publicBaseUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        return RenderPdf(document.Header, document.Content, language, publicBaseUrl, cancellationToken);
    }

    /// <summary>Renders a document from its header and content, checking the token between lines.</summary>
    /// <exception cref="ArgumentException">The header's kind differs from the content's, or a certificate is not signed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (the caller went away, or its time ran out).</exception>
    public static byte[] RenderPdf(DocumentHeader header, DocumentContent content, DocumentLanguage language, CancellationToken cancellationToken = default) =>
        RenderPdf(header, content, language, publicBaseUrl: null, cancellationToken);

    /// <summary>
    /// Renders a document from its header and content, checking the token between lines; a certificate's QR code opens
    /// the verification page under <paramref name="publicBaseUrl"/>, or the URL stamped on it when that is null.
    /// </summary>
    /// <exception cref="ArgumentException">The header's kind differs from the content's, a certificate is not signed, or the base is not an absolute http(s) address.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (the caller went away, or its time ran out).</exception>
    public static byte[] RenderPdf(DocumentHeader header, DocumentContent content, DocumentLanguage language, string? publicBaseUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(content);
        if (header.Kind != content.Kind)
        {
            throw new ArgumentException($"The header says {header.Kind} but the content is {content.Kind}.", nameof(header));
        }

        DocumentFonts.EnsureInstalled();
        var wording = DocumentWording.For(language);
        using var pdf = new PdfDocument();
        Describe(pdf, header, content, wording);
        Compose(pdf, content, wording, publicBaseUrl, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        FooterPainter.Paint(pdf, header, wording);
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void Compose(PdfDocument pdf, DocumentContent content, DocumentWording t, string? publicBaseUrl, CancellationToken cancellationToken)
    {
        if (content is Certificate certificate)
        {
            // One page of fixed fields: bounded by the wrapping, which is linear in the text.
            var qrPayload = publicBaseUrl is null ? CertificateQrPayload.Build(certificate) : CertificateQrPayload.Build(certificate, publicBaseUrl);
            CertificateComposer.Compose(pdf, certificate, t, qrPayload);
            return;
        }

        using var page = new PageWriter(pdf, cancellationToken);
        switch (content)
        {
            case ApplicationForm c: ApplicationFormComposer.Compose(page, c, t); break;
            case RemarksNotice c: RemarksNoticeComposer.Compose(page, c, t); break;
            case MotivatedRefusal c: MotivatedRefusalComposer.Compose(page, c, t); break;
            case ServiceContract c: ServiceContractComposer.Compose(page, c, t); break;
            case ExamNotice c: ExamNoticeComposer.Compose(page, c, t); break;
            case RescheduleNotice c: RescheduleNoticeComposer.Compose(page, c, t); break;
            case ViolationAct c: ViolationActComposer.Compose(page, c, t); break;
            case CommissionProtocol c: CommissionProtocolComposer.Compose(page, c, t); break;
            case FailureNotice c: FailureNoticeComposer.Compose(page, c, t); break;
            case AppealProtocol c: AppealProtocolComposer.Compose(page, c, t); break;
            default: throw new NotSupportedException($"No layout for {content.GetType().Name}.");
        }
    }

    private static void Describe(PdfDocument pdf, DocumentHeader header, DocumentContent content, DocumentWording t)
    {
        pdf.Info.Title = $"{content.Kind} {header.CaseReference}";
        pdf.Info.Subject = t[Phrase.RulesReference];
        pdf.Info.Author = t.Text(content.CenterName);
        pdf.Info.Creator = "Qualification Recognition Platform";
        pdf.Info.CreationDate = header.IssuedAt.UtcDateTime;
        pdf.Language = t.Language == DocumentLanguage.Kk ? "kk-KZ" : "ru-RU";
    }
}
