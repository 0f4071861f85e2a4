using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Platform.Documents.Fonts;
using Platform.Grains.Documents;

namespace Platform.Documents.Tests;

/// <summary>
/// The documents embed only the glyphs they use (issue 13, item 6: each PDF carried the whole of DejaVu Sans, ~760 KB),
/// and every glyph they embed is whole, composed letters (Ё Й Ы, the Kazakh letters, « » № —) included.
/// </summary>
public sealed class FontSubsetTests
{
    /// <summary>
    /// A one-page notice is about 50 KB: the two faces' subsets (the glyphs used, and the hinting and metrics tables
    /// PDFsharp keeps whole) and a few KB of page content. 100 KB leaves room for longer texts and fails at once if a
    /// face is embedded whole again (its file alone compresses to ~350 KB).
    /// </summary>
    private const int SizeBudget = 100_000;

    public static TheoryData<DocumentKind, DocumentLanguage> TypicalDocuments() => new()
    {
        { DocumentKind.ExamNotice, DocumentLanguage.Kk },
        { DocumentKind.ExamNotice, DocumentLanguage.Ru },
        { DocumentKind.RemarksNotice, DocumentLanguage.Kk },
        { DocumentKind.Certificate, DocumentLanguage.Kk },
        { DocumentKind.Certificate, DocumentLanguage.Ru },
    };

    public static TheoryData<DocumentLanguage, string> Samples() => new()
    {
        { DocumentLanguage.Kk, SampleDocuments.KazakhGlyphSample },
        { DocumentLanguage.Ru, SampleDocuments.RussianGlyphSample },
    };

    [Theory]
    [MemberData(nameof(TypicalDocuments))]
    public void ATypicalDocumentStaysUnderTheSizeBudget(DocumentKind kind, DocumentLanguage language)
    {
        var pdf = DocumentRenderer.RenderPdf(SampleDocuments.Issue(DocumentCase.All[kind].Content), language);

        Assert.True(pdf.Length < SizeBudget, $"{kind} ({language}) is {pdf.Length:N0} bytes");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void KazakhAndRussianTextComesBackExactlyInRegularAndBold(DocumentLanguage language, string sample)
    {
        var pdf = DocumentRenderer.RenderPdf(SampleDocuments.Issue(SampleDocuments.GlyphSample(sample)), language);

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        var text = string.Concat(letters.Select(l => l.Value));
        var bold = text.IndexOf(sample, StringComparison.Ordinal);
        var regular = text.IndexOf(sample, bold + 1, StringComparison.Ordinal);

        // The profession (a field's value, bold) comes first, then the remark (regular).
        Assert.True(bold >= 0 && regular > bold, $"the sample is not printed twice intact in: {text}");
        Assert.All(letters.Skip(bold).Take(sample.Length), l => Assert.True(IsBold(l), $"'{l.Value}' in {l.FontName}"));
        Assert.All(letters.Skip(regular).Take(sample.Length), l => Assert.False(IsBold(l), $"'{l.Value}' in {l.FontName}"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void EveryEmbeddedGlyphIsWholeDownToItsSimpleParts(DocumentLanguage language, string sample)
    {
        var pdf = DocumentRenderer.RenderPdf(SampleDocuments.Issue(SampleDocuments.GlyphSample(sample)), language);

        var fonts = EmbeddedFonts(pdf);

        Assert.Equal(2, fonts.Count); // regular and bold
        foreach (var (name, bytes) in fonts)
        {
            var subset = TrueTypeFile.Read(bytes);
            var whole = TrueTypeFile.Read(Face(bold: name.Contains("Bold", StringComparison.Ordinal)));
            Assert.Equal(whole.GlyphCount, subset.GlyphCount);
            var kept = Enumerable.Range(0, subset.GlyphCount).Where(g => subset.Glyph(g).Length > 0).ToArray();
            Assert.InRange(kept.Length, 40, 400); // the letters used, not the font's 6,000 glyphs
            foreach (var glyph in kept)
            {
                Assert.True(subset.Glyph(glyph).SequenceEqual(whole.Glyph(glyph)), $"{name}: glyph {glyph} differs from the font's");
                if (CompositeGlyphFlattener.IsComposite(subset.Glyph(glyph)))
                {
                    Assert.All(CompositeGlyphFlattener.Parse(subset.Glyph(glyph)), part =>
                        Assert.True(subset.Glyph(part.Glyph).Length > 0, $"{name}: glyph {glyph} lost its part {part.Glyph}"));
                }
            }
        }
    }

    private static bool IsBold(UglyToad.PdfPig.Content.Letter letter) => letter.FontName?.Contains("Bold", StringComparison.Ordinal) == true;

    /// <summary>A face as the resolver serves it to PDFsharp.</summary>
    private static byte[] Face(bool bold)
    {
        var resolver = new DocumentFontResolver();
        return resolver.GetFont(resolver.ResolveTypeface(DocumentFontResolver.FamilyName, bold, false)!.FaceName);
    }

    /// <summary>The font programs (FontFile2) of a PDF by their font name, read with PDFsharp.</summary>
    private static Dictionary<string, byte[]> EmbeddedFonts(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        var fonts = new Dictionary<string, byte[]>();
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is PdfDictionary descriptor && descriptor.Elements.GetReference("/FontFile2")?.Value is PdfDictionary file)
            {
                fonts[descriptor.Elements.GetName("/FontName")] = file.Stream.UnfilteredValue;
            }
        }

        return fonts;
    }
}
