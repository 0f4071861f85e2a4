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
    /// A face of the embedded font. Only the glyphs a document uses are embedded (about 30 KB a face instead of
    /// 700 KB): PDFsharp subsets the font, and <see cref="DocumentFontResolver"/> serves it with flat composite glyphs
    /// so that the subset keeps every part of letters such as Ё and Ы (PDFsharp looks only one level deep).
    /// </summary>
    public static XFont Make(double size, bool bold) =>
        new(DocumentFontResolver.FamilyName, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Subset);

    private static readonly XPdfFontOptions Subset = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
}
