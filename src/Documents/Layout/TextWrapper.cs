using PdfSharp.Drawing;

namespace Platform.Documents.Layout;

/// <summary>
/// Breaks text into lines that fit a width: at spaces, and inside a word only when the word alone is too wide.
/// Each line costs a few measurements of about a line's length, so text of any length wraps in linear time.
/// </summary>
internal static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(XGraphics gfx, string text, XFont font, double width, CancellationToken cancellationToken = default)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            cancellationToken.ThrowIfCancellationRequested();
            WrapParagraph(gfx, paragraph, font, width, lines, cancellationToken);
        }

        return lines;
    }

    private static void WrapParagraph(XGraphics gfx, string paragraph, XFont font, double width, List<string> lines, CancellationToken cancellationToken)
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

            cancellationToken.ThrowIfCancellationRequested();
            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = BreakLongWord(gfx, word, font, width, lines, cancellationToken);
        }

        lines.Add(current);
    }

    /// <summary>Cuts a word into lines as full as they fit; returns the last piece, which starts the next line.</summary>
    private static string BreakLongWord(XGraphics gfx, string word, XFont font, double width, List<string> lines, CancellationToken cancellationToken)
    {
        var start = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var take = LongestFittingPrefix(gfx, word, start, font, width);
            if (start + take == word.Length)
            {
                return word[start..];
            }

            lines.Add(word.Substring(start, take));
            start += take;
        }
    }

    /// <summary>
    /// How many characters from <paramref name="start"/> fit the width (at least one): the bound is found by doubling,
    /// then narrowed by halving, so no measurement is much longer than a line (measuring the whole rest of a long word
    /// for every line made wrapping quadratic).
    /// </summary>
    private static int LongestFittingPrefix(XGraphics gfx, string word, int start, XFont font, double width)
    {
        var rest = word.Length - start;
        var (fits, tooLong) = (1, 2);
        while (tooLong <= rest && Fits(gfx, word.Substring(start, tooLong), font, width))
        {
            if (tooLong == rest)
            {
                return rest; // the whole rest fits
            }

            fits = tooLong;
            tooLong = Math.Min(tooLong * 2, rest);
        }

        if (tooLong > rest)
        {
            return rest; // a single character, which takes a line even when it is wider
        }

        while (tooLong - fits > 1)
        {
            var middle = fits + (tooLong - fits) / 2;
            if (Fits(gfx, word.Substring(start, middle), font, width))
            {
                fits = middle;
            }
            else
            {
                tooLong = middle;
            }
        }

        return fits;
    }

    private static bool Fits(XGraphics gfx, string text, XFont font, double width) =>
        gfx.MeasureString(text, font).Width <= width;
}
