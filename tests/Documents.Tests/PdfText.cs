using UglyToad.PdfPig;

namespace Platform.Documents.Tests;

/// <summary>Reads a rendered PDF back with PdfPig.</summary>
public static class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => p.Text).ToArray();
    }

    public static string All(byte[] pdf) => string.Join("\n", Pages(pdf));

    /// <summary>Text with spaces removed, so that a phrase is found whatever the extractor made of word gaps.</summary>
    public static string Compact(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
