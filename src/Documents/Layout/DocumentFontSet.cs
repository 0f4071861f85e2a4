using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Platform.Documents.Fonts;

namespace Platform.Documents.Layout;

/// <summary>The type sizes of the documents: body, small print, labels, headings and titles.</summary>
internal sealed class DocumentFontSet
{
    public XFont Body { get; } = Make(10, bold: false);

    public XFont BodyBold { get; } = Make(10, bold: true);

    public XFont Small { get; } = Make(8, bold: false);

    public XFont Label { get; } = Make(8.5, bold: false);

    public XFont Heading { get; } = Make(11, bold: true);

    public XFont Title { get; } = Make(14, bold: true);

    /// <summary>
    /// A face of the embedded font. The whole font file is embedded: PDFsharp's subsetting drops the components of
    /// composite glyphs, and DejaVu builds letters such as Ё and Ы from components, which then printed half-drawn.
    /// </summary>
    public static XFont Make(double size, bool bold) =>
        new(DocumentFontResolver.FamilyName, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, EmbedWhole);

    private static readonly XPdfFontOptions EmbedWhole = new(PdfFontEncoding.Unicode, PdfFontEmbedding.EmbedCompleteFontFile);
}
