using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Platform.Documents.Layout;

/// <summary>
/// Writes a document top to bottom on A4 pages: titles, paragraphs, labelled fields, numbered lists and signature
/// lines, each wrapped to the width and moved to a new page when it does not fit. Lines are drawn one by one, so a
/// long paragraph or list breaks between lines, never overlaps the footer. The token is checked at every line, so a
/// rendering whose caller went away or whose time ran out stops there.
/// </summary>
internal sealed class PageWriter : IDisposable
{
    private const double LabelShare = 0.36;
    private const double Leading = 1.25;

    /// <summary>A list item of up to this many lines is not split across pages.</summary>
    private const int KeepTogetherLines = 6;

    private readonly PdfDocument _document;
    private readonly CancellationToken _cancellationToken;
    private XGraphics _gfx = null!;

    public PageWriter(PdfDocument document, CancellationToken cancellationToken = default)
    {
        _document = document;
        _cancellationToken = cancellationToken;
        NewPage();
    }

    public DocumentFontSet Fonts { get; } = new();

    public XGraphics Graphics => _gfx;

    public double Y { get; private set; }

    public static double Left => Mm(22);

    public static double Right => PageWidth - Mm(18);

    public static double Width => Right - Left;

    public static double PageWidth => Mm(210);

    public static double PageHeight => Mm(297);

    public static double Bottom => PageHeight - Mm(22);

    public static double Mm(double millimetres) => XUnit.FromMillimeter(millimetres).Point;

    public void Space(double millimetres) => Y += Mm(millimetres);

    /// <summary>Starts a new page when less than <paramref name="height"/> points are left on this one.</summary>
    public void EnsureSpace(double height)
    {
        if (Y + height > Bottom)
        {
            NewPage();
        }
    }

    public void NewPage()
    {
        _gfx?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _gfx = XGraphics.FromPdfPage(page);
        Y = Mm(20);
    }

    /// <summary>A line of small print aligned right, e.g. the form's legal reference.</summary>
    public void Reference(string text)
    {
        var width = Width * 0.55;
        Lines(text, Fonts.Small, Palette.Muted, Right - width, width, XStringFormats.TopRight);
        Space(4);
    }

    /// <summary>The issuing center across the top of the first page.</summary>
    public void Banner(string centerName)
    {
        Lines(centerName, Fonts.BodyBold, Palette.Ink, Left + Mm(10), Width - Mm(20), XStringFormats.TopCenter);
        Space(1.5);
        _gfx.DrawLine(Palette.Rule, Left, Y, Right, Y);
        Space(4);
    }

    public void Title(string title, string? subtitle = null)
    {
        Space(2);
        Lines(title, Fonts.Title, Palette.Accent, Left, Width, XStringFormats.TopCenter);
        if (subtitle is not null)
        {
            Space(1);
            Lines(subtitle, Fonts.BodyBold, Palette.Ink, Left + Mm(10), Width - Mm(20), XStringFormats.TopCenter);
        }

        Space(3);
        EnsureSpace(Mm(4));
        _gfx.DrawLine(Palette.AccentRule, Left + Width * 0.3, Y, Right - Width * 0.3, Y);
        Space(5);
    }

    public void Heading(string text)
    {
        EnsureSpace(LineHeight(Fonts.Heading) + LineHeight(Fonts.Body) * 2);
        Space(3);
        Lines(text, Fonts.Heading, Palette.Accent, Left, Width, XStringFormats.TopLeft);
        _gfx.DrawLine(Palette.Rule, Left, Y + 1, Right, Y + 1);
        Space(2.5);
    }

    public void Paragraph(string text, bool bold = false)
    {
        Lines(text, bold ? Fonts.BodyBold : Fonts.Body, Palette.Ink, Left, Width, XStringFormats.TopLeft);
        Space(2);
    }

    /// <summary>A label on the left, its value on the right, both wrapped; the row starts on a new page if it does not fit.</summary>
    public void Field(string label, string value)
    {
        var labelWidth = Width * LabelShare;
        var valueWidth = Width - labelWidth - Mm(3);
        var labelLines = Wrap(label, Fonts.Label, labelWidth);
        var valueLines = Wrap(value, Fonts.BodyBold, valueWidth);
        var rowHeight = Math.Max(labelLines.Count * LineHeight(Fonts.Label), valueLines.Count * LineHeight(Fonts.BodyBold));
        EnsureSpace(Math.Min(rowHeight, Bottom - Mm(20)));
        var top = Y;
        DrawLines(labelLines, Fonts.Label, Palette.Muted, Left, labelWidth, XStringFormats.TopLeft, top + 1);
        Y = top;
        Lines(valueLines, Fonts.BodyBold, Palette.Ink, Left + labelWidth + Mm(3), valueWidth, XStringFormats.TopLeft);
        Y = Math.Max(Y, top + labelLines.Count * LineHeight(Fonts.Label));
        _gfx.DrawLine(Palette.Rule, Left, Y + 1.5, Right, Y + 1.5);
        Space(2);
    }

    /// <summary>Numbered items with a hanging indent; an item may continue on the next page.</summary>
    public void NumberedList(IReadOnlyList<string> items, string? emptyText = null)
    {
        if (items.Count == 0 && emptyText is not null)
        {
            Paragraph(emptyText);
            return;
        }

        var indent = Mm(8);
        for (var i = 0; i < items.Count; i++)
        {
            var lines = Wrap(items[i], Fonts.Body, Width - indent);
            EnsureSpace(LineHeight(Fonts.Body) * Math.Min(lines.Count, KeepTogetherLines));
            _gfx.DrawString($"{i + 1}.", Fonts.BodyBold, Palette.Accent, Left, Y, XStringFormats.TopLeft);
            Lines(lines, Fonts.Body, Palette.Ink, Left + indent, Width - indent, XStringFormats.TopLeft);
            Space(1.2);
        }

        Space(1);
    }

    /// <summary>A tick box followed by its statement.</summary>
    public void Checkbox(bool isChecked, string text)
    {
        var indent = Mm(7);
        var lines = Wrap(text, Fonts.Body, Width - indent);
        EnsureSpace(LineHeight(Fonts.Body) * lines.Count);
        _gfx.DrawString(isChecked ? "\u2611" : "\u2610", Fonts.Heading, Palette.Accent, Left, Y - 1, XStringFormats.TopLeft);
        Lines(lines, Fonts.Body, Palette.Ink, Left + indent, Width - indent, XStringFormats.TopLeft);
        Space(1.5);
    }

    /// <summary>"Role ____________ Name   date": a blank line to sign on paper, the date when already signed.</summary>
    public void SignatureLine(string role, string name, string? signedNote)
    {
        var height = LineHeight(Fonts.Label) + LineHeight(Fonts.Body) + Mm(8);
        EnsureSpace(height);
        Space(5);
        var lineStart = Left + Width * 0.34;
        var lineEnd = lineStart + Width * 0.26;
        _gfx.DrawString(role, Fonts.Label, Palette.Muted, Left, Y, XStringFormats.BottomLeft);
        _gfx.DrawLine(Palette.SignatureLine, lineStart, Y, lineEnd, Y);
        _gfx.DrawString(name, Fonts.BodyBold, Palette.Ink, lineEnd + Mm(4), Y, XStringFormats.BottomLeft);
        if (signedNote is not null)
        {
            _gfx.DrawString(signedNote, Fonts.Small, Palette.Muted, lineStart, Y + 2, XStringFormats.TopLeft);
        }

        Space(4);
    }

    public double LineHeight(XFont font) => font.Size * Leading;

    public void Dispose() => _gfx.Dispose();

    private void Lines(string text, XFont font, XBrush brush, double x, double width, XStringFormat format) =>
        Lines(Wrap(text, font, width), font, brush, x, width, format);

    private IReadOnlyList<string> Wrap(string text, XFont font, double width) => TextWrapper.Wrap(_gfx, text, font, width, _cancellationToken);

    private void Lines(IReadOnlyList<string> lines, XFont font, XBrush brush, double x, double width, XStringFormat format)
    {
        foreach (var line in lines)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            EnsureSpace(LineHeight(font));
            _gfx.DrawString(line, font, brush, AnchorX(x, width, format), Y, format);
            Y += LineHeight(font);
        }
    }

    private void DrawLines(IReadOnlyList<string> lines, XFont font, XBrush brush, double x, double width, XStringFormat format, double top)
    {
        var y = top;
        foreach (var line in lines)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _gfx.DrawString(line, font, brush, AnchorX(x, width, format), y, format);
            y += LineHeight(font);
        }
    }

    private static double AnchorX(double x, double width, XStringFormat format) => format.Alignment switch
    {
        XStringAlignment.Center => x + width / 2,
        XStringAlignment.Far => x + width,
        _ => x,
    };
}
