using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Platform.Documents.Wording;
using Platform.Grains.Documents;

namespace Platform.Documents.Layout;

/// <summary>Draws, once all pages exist, the footer of every page: document id, case reference, center, issue time, page n of m.</summary>
internal static class FooterPainter
{
    public static void Paint(PdfDocument document, DocumentHeader header, DocumentWording t)
    {
        var font = DocumentFontSet.Make(6.5, bold: false);
        var text = t.Format(Phrase.Footer, header.DocumentId.ToString("D", CultureInfo.InvariantCulture), header.CaseReference,
            header.CenterAccreditationNumber, t.Instant(header.IssuedAt));
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var width = page.Width.Point;
            var baseline = page.Height.Point - PageWriter.Mm(6);
            var margin = PageWriter.Mm(14);
            gfx.DrawString(text, font, Palette.Muted, margin, baseline, XStringFormats.BottomLeft);
            var pageOf = t.Format(Phrase.PageOf, i + 1, document.PageCount);
            gfx.DrawString(pageOf, font, Palette.Muted, width - margin, baseline, XStringFormats.BottomRight);
        }
    }
}
