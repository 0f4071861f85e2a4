using PdfSharp.Drawing;

namespace Platform.Documents.Layout;

/// <summary>The few colours of the documents: ink, a muted grey for labels and footers, an accent for titles and rules.</summary>
internal static class Palette
{
    public static readonly XBrush Ink = new XSolidBrush(XColor.FromArgb(0x1A, 0x1A, 0x1A));

    public static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(0x6B, 0x6B, 0x6B));

    public static readonly XBrush Accent = new XSolidBrush(XColor.FromArgb(0x0B, 0x4F, 0x8A));

    public static readonly XPen Rule = new(XColor.FromArgb(0xB8, 0xC4, 0xD0), 0.6);

    public static readonly XPen AccentRule = new(XColor.FromArgb(0x0B, 0x4F, 0x8A), 1.2);

    public static readonly XPen SignatureLine = new(XColor.FromArgb(0x40, 0x40, 0x40), 0.5);
}
