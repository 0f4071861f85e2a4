using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Platform.Documents.Layout;
using Platform.Documents.Signing;
using Platform.Documents.Wording;
using Platform.Grains.Documents;

namespace Platform.Documents.Composers;

/// <summary>
/// P18.1, App.2: the recognition document on one landscape A4 page in a frame: the center, the bilingual title, the
/// serial, the holder and the profession, the dates, the QR code with the signed verification URL (also a link, for
/// whoever reads the PDF on screen), the head's signature. The document's language comes first; the other language
/// follows in grey under the center, title and profession.
/// </summary>
internal static class CertificateComposer
{
    private static readonly XFont CenterFont = DocumentFontSet.Make(12, bold: true);
    private static readonly XFont SecondFont = DocumentFontSet.Make(9, bold: false);
    private static readonly XFont TitleFont = DocumentFontSet.Make(18, bold: true);
    private static readonly XFont SecondTitleFont = DocumentFontSet.Make(11, bold: true);
    private static readonly XFont SerialFont = DocumentFontSet.Make(12, bold: true);
    private static readonly XFont NameFont = DocumentFontSet.Make(20, bold: true);
    private static readonly XFont ProfessionFont = DocumentFontSet.Make(15, bold: true);
    private static readonly XFont BodyFont = DocumentFontSet.Make(10.5, bold: false);
    private static readonly XFont LevelFont = DocumentFontSet.Make(11, bold: true);
    private static readonly XFont LabelFont = DocumentFontSet.Make(8.5, bold: false);
    private static readonly XFont ValueFont = DocumentFontSet.Make(11, bold: true);

    /// <summary>Composes the certificate's page, its QR code carrying <paramref name="qrPayload"/> (<see cref="CertificateQrPayload"/>).</summary>
    public static void Compose(PdfDocument document, Certificate certificate, DocumentWording t, string qrPayload)
    {
        var other = DocumentWording.For(t.Language == DocumentLanguage.Kk ? DocumentLanguage.Ru : DocumentLanguage.Kk);
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        using var gfx = XGraphics.FromPdfPage(page);
        var width = page.Width.Point;
        var height = page.Height.Point;
        Frame(gfx, width, height);
        var y = Top(gfx, certificate, t, other, width);
        Body(gfx, certificate, t, other, width, y);
        Bottom(gfx, page, certificate, t, width, height, qrPayload);
    }

    private static void Frame(XGraphics gfx, double width, double height)
    {
        var outer = PageWriter.Mm(9);
        var inner = PageWriter.Mm(11.5);
        gfx.DrawRectangle(new XPen(XColor.FromArgb(0x0B, 0x4F, 0x8A), 2.2), outer, outer, width - 2 * outer, height - 2 * outer);
        gfx.DrawRectangle(new XPen(XColor.FromArgb(0x9F, 0xB7, 0xCE), 0.7), inner, inner, width - 2 * inner, height - 2 * inner);
    }

    private static double Top(XGraphics gfx, Certificate c, DocumentWording t, DocumentWording other, double width)
    {
        var mid = width / 2;
        gfx.DrawString(t[Phrase.AppendixTwo], SecondFont, Palette.Muted, width - PageWriter.Mm(16), PageWriter.Mm(16), XStringFormats.TopRight);
        var y = Centered(gfx, t.Text(c.CenterName), CenterFont, Palette.Ink, mid, PageWriter.Mm(24), width * 0.7);
        y = Centered(gfx, other.Text(c.CenterName), SecondFont, Palette.Muted, mid, y + 1, width * 0.7);
        y += PageWriter.Mm(6);
        y = Centered(gfx, t[Phrase.CertificateTitle], TitleFont, Palette.Accent, mid, y, width * 0.8);
        y = Centered(gfx, other[Phrase.CertificateTitle], SecondTitleFont, Palette.Muted, mid, y + 2, width * 0.8);
        gfx.DrawLine(Palette.AccentRule, mid - PageWriter.Mm(30), y + PageWriter.Mm(3), mid + PageWriter.Mm(30), y + PageWriter.Mm(3));
        y += PageWriter.Mm(6);
        return Centered(gfx, $"{t[Phrase.SerialNumber]} {c.SerialNumber}", SerialFont, Palette.Ink, mid, y, width * 0.8);
    }

    private static void Body(XGraphics gfx, Certificate c, DocumentWording t, DocumentWording other, double width, double y)
    {
        var mid = width / 2;
        y += PageWriter.Mm(14);
        y = Centered(gfx, t[Phrase.CertificateBeforeName], BodyFont, Palette.Muted, mid, y, width * 0.8);
        y = Centered(gfx, c.Holder.Full, NameFont, Palette.Ink, mid, y + PageWriter.Mm(2), width * 0.8);
        y = Centered(gfx, t[Phrase.CertificateAfterName], BodyFont, Palette.Muted, mid, y + PageWriter.Mm(2), width * 0.8);
        y = Centered(gfx, t.Text(c.Profession), ProfessionFont, Palette.Ink, mid, y + PageWriter.Mm(2), width * 0.8);
        y = Centered(gfx, other.Text(c.Profession), SecondFont, Palette.Muted, mid, y + 1, width * 0.8);
        Centered(gfx, t.Format(Phrase.CertificateLevel, c.NrkLevel), LevelFont, Palette.Accent, mid, y + PageWriter.Mm(5), width * 0.8);
    }

    private static void Bottom(XGraphics gfx, PdfPage page, Certificate c, DocumentWording t, double width, double height, string qrPayload)
    {
        var qrSize = PageWriter.Mm(34);
        var left = PageWriter.Mm(20);
        var top = height - PageWriter.Mm(17) - qrSize;
        using (var stream = new MemoryStream(QrCodeImage.Png(qrPayload)))
        using (var image = XImage.FromStream(stream))
        {
            gfx.DrawImage(image, left, top, qrSize, qrSize);
        }

        page.AddWebLink(new PdfRectangle(gfx.Transformer.WorldToDefaultPage(new XRect(left, top, qrSize, qrSize))), qrPayload);

        var captionX = left + qrSize + PageWriter.Mm(4);
        Wrapped(gfx, t[Phrase.QrCaption], LabelFont, Palette.Muted, captionX, top + PageWriter.Mm(2), PageWriter.Mm(42));
        Dates(gfx, c, t, captionX, top + PageWriter.Mm(14));
        var signX = width * 0.6;
        var lineY = top + qrSize - PageWriter.Mm(8);
        gfx.DrawString(t[Phrase.HeadOfCenter], LabelFont, Palette.Muted, signX, lineY - PageWriter.Mm(2), XStringFormats.BottomLeft);
        gfx.DrawLine(Palette.SignatureLine, signX, lineY, width - PageWriter.Mm(22), lineY);
        gfx.DrawString(c.HeadName, ValueFont, Palette.Ink, width - PageWriter.Mm(22), lineY + 3, XStringFormats.TopRight);
        gfx.DrawString(t[Phrase.Signature], LabelFont, Palette.Muted, signX, lineY + 3, XStringFormats.TopLeft);
    }

    private static void Dates(XGraphics gfx, Certificate c, DocumentWording t, double x, double y)
    {
        var valueX = x + PageWriter.Mm(32);
        gfx.DrawString(t[Phrase.IssueDate], LabelFont, Palette.Muted, x, y, XStringFormats.TopLeft);
        gfx.DrawString(t.Date(c.IssuedOn), ValueFont, Palette.Ink, valueX, y - 1, XStringFormats.TopLeft);
        y += PageWriter.Mm(6);
        gfx.DrawString(t[Phrase.ValidUntil], LabelFont, Palette.Muted, x, y, XStringFormats.TopLeft);
        gfx.DrawString(t.Format(Phrase.Until, t.Date(c.ValidUntil)), ValueFont, Palette.Ink, valueX, y - 1, XStringFormats.TopLeft);
    }

    /// <summary>Draws text centered on <paramref name="mid"/>, wrapped to <paramref name="maxWidth"/>; returns the y below it.</summary>
    private static double Centered(XGraphics gfx, string text, XFont font, XBrush brush, double mid, double y, double maxWidth)
    {
        foreach (var line in TextWrapper.Wrap(gfx, text, font, maxWidth))
        {
            gfx.DrawString(line, font, brush, mid, y, XStringFormats.TopCenter);
            y += font.Size * 1.25;
        }

        return y;
    }

    private static void Wrapped(XGraphics gfx, string text, XFont font, XBrush brush, double x, double y, double maxWidth)
    {
        foreach (var line in TextWrapper.Wrap(gfx, text, font, maxWidth))
        {
            gfx.DrawString(line, font, brush, x, y, XStringFormats.TopLeft);
            y += font.Size * 1.25;
        }
    }
}
