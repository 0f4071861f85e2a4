using PdfSharp.Drawing;

namespace Platform.Documents.Layout;

/// <summary>Breaks text into lines that fit a width: at spaces, and inside a word only when the word alone is too wide.</summary>
internal static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            WrapParagraph(gfx, paragraph, font, width, lines);
        }

        return lines;
    }

    private static void WrapParagraph(XGraphics gfx, string paragraph, XFont font, double width, List<string> lines)
    {
        var current = string.Empty;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (Fits(gfx, candidate, font, width))
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = BreakLongWord(gfx, word, font, width, lines);
        }

        lines.Add(current);
    }

    private static string BreakLongWord(XGraphics gfx, string word, XFont font, double width, List<string> lines)
    {
        var rest = word;
        while (!Fits(gfx, rest, font, width) && rest.Length > 1)
        {
            var take = rest.Length - 1;
            while (take > 1 && !Fits(gfx, rest[..take], font, width))
            {
                take--;
            }

            lines.Add(rest[..take]);
            rest = rest[take..];
        }

        return rest;
    }

    private static bool Fits(XGraphics gfx, string text, XFont font, double width) =>
        gfx.MeasureString(text, font).Width <= width;
}
