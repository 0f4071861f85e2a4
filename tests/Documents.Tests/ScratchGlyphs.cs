using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Platform.Documents.Tests;

public sealed class ScratchGlyphs
{
    [Fact]
    public void Scratch()
    {
        Fonts.DocumentFonts.EnsureInstalled();
        using var doc = new PdfDocument();
        var page = doc.AddPage();
        using (var g = XGraphics.FromPdfPage(page))
        {
            var r = Layout.DocumentFontSet.Make(20, false);
            var b = Layout.DocumentFontSet.Make(20, true);
            g.DrawString("ЫЫ ыы Йй Ёё Әә Ққ Ұұ Үү Іі", r, XBrushes.Black, 20, 40);
            g.DrawString("ЫЫ ыы Йй Ёё Әә Ққ Ұұ Үү Іі", b, XBrushes.Black, 20, 80);
            g.DrawString("ЫЫ ыы Йй Ёё Әә Ққ Ұұ Үү Іі", b, XBrushes.Black, 20, 120);
        }

        doc.Save("/tmp/docs-preview/scratch.pdf");
    }
}
