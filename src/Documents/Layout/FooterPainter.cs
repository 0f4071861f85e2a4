using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Platform.Documents.Wording;
using Platform.Grains.Documents;

namespace Platform.Documents.Layout;

/// <summary>
/// Draws, once all pages exist, the footer of every page: document id, case reference, center, issue time on the left,
/// page n of m on the right. The left part wraps to the width the page number leaves it, growing upwards from the
/// baseline: a real case id makes it longer than one line, in Kazakh most of all, and it used to run into the page number.
/// </summary>
internal static class FooterPainter
{
    private const double Size = 6.5;
    private const double Leading = 1.25;

    public static void Paint(PdfDocument document, DocumentHeader header, DocumentWording t)
    {
        var font = DocumentFontSet.Make(Size, bold: false);
        var text = t.Format(Phrase.Footer, header.DocumentId.ToString("D", CultureInfo.InvariantCulture), header.CaseReference,
            header.CenterAccreditationNumber, t.Instant(header.IssuedAt));
        var margin = PageWriter.Mm(14);
        var gap = PageWriter.Mm(4);
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var width = page.Width.Point;
            var baseline = page.Height.Point - PageWriter.Mm(6);
            var pageOf = t.Format(Phrase.PageOf, i + 1, document.PageCount);
            gfx.DrawString(pageOf, font, Palette.Muted, width - margin, baseline, XStringFormats.BottomRight);
            var room = width - 2 * margin - gfx.MeasureString(pageOf, font).Width - gap;
            var lines = TextWrapper.Wrap(gfx, text, font, room);
            for (var line = 0; line < lines.Count; line++)
            {
                var y = baseline - (lines.Count - 1 - line) * Size * Leading;
                gfx.DrawString(lines[line], font, Palette.Muted, margin, y, XStringFormats.BottomLeft);
            }
        }
    }
}
