using Platform.Documents.Wording;
using Platform.Grains.Documents;
using UglyToad.PdfPig;

namespace Platform.Documents.Tests;

public sealed class DocumentRenderingTests
{
    public static TheoryData<DocumentKind, DocumentLanguage> KindsAndLanguages()
    {
        var data = new TheoryData<DocumentKind, DocumentLanguage>();
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            data.Add(kind, DocumentLanguage.Kk);
            data.Add(kind, DocumentLanguage.Ru);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void EveryKindRendersToAPdfWithItsTitleAndKeyFields(DocumentKind kind, DocumentLanguage language)
    {
        var sample = DocumentCase.All[kind];
        var pdf = DocumentRenderer.RenderPdf(SampleDocuments.Issue(sample.Content), language);

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 1);
        var text = PdfText.Compact(PdfText.All(pdf));
        Assert.Contains(PdfText.Compact(DocumentWording.For(language)[sample.Title]), text);
        foreach (var field in sample.KeyFields)
        {
            Assert.Contains(PdfText.Compact(field), text);
        }
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void TheTitleIsInTheDocumentsLanguageOnly(DocumentKind kind, DocumentLanguage language)
    {
        var sample = DocumentCase.All[kind];
        var other = language == DocumentLanguage.Kk ? DocumentLanguage.Ru : DocumentLanguage.Kk;
        var text = PdfText.Compact(PdfText.All(DocumentRenderer.RenderPdf(SampleDocuments.Issue(sample.Content), language)));

        var otherTitle = PdfText.Compact(DocumentWording.For(other)[sample.Title]);
        if (kind == DocumentKind.Certificate)
        {
            Assert.Contains(otherTitle, text); // App.2: the certificate is bilingual
        }
        else
        {
            Assert.DoesNotContain(otherTitle, text);
        }
    }

    [Fact]
    public void KazakhLettersComeBackIntactFromTheEmbeddedFont()
    {
        var pdf = DocumentRenderer.RenderPdf(SampleDocuments.Issue(SampleDocuments.Remarks()), DocumentLanguage.Kk);

        var text = PdfText.All(pdf);
        Assert.Contains(PdfText.Compact(SampleDocuments.AllKazakhLetters), PdfText.Compact(text));
        Assert.Contains("ЕСКЕРТУЛЕРІ БАР ХАБАРЛАМА", text);
        Assert.Contains("Нұрланова Әйгерім Серікқызы", text);
        foreach (var letter in "әғқңөұүһі")
        {
            Assert.Contains(letter, text);
        }
    }

    [Fact]
    public void TheFooterNamesTheCaseByReferenceAndNumbersThePages()
    {
        var pdf = DocumentRenderer.RenderPdf(SampleDocuments.Issue(SampleDocuments.Protocol()), DocumentLanguage.Ru);

        var first = PdfText.Pages(pdf)[0];
        Assert.Contains("CASE-2025-000317", first);
        Assert.Contains("6f1c2b7e-3d4a-4f5b-9c8d-112233445566", first);
        Assert.Contains("центр № 0012", first);
        Assert.Contains("Стр. 1 из", first);
    }

    [Fact]
    public void AHeaderOfAnotherKindIsRefused()
    {
        var document = SampleDocuments.Issue(SampleDocuments.Remarks());
        var wrong = document.Header with { Kind = DocumentKind.Certificate };

        Assert.Throws<ArgumentException>(() => DocumentRenderer.RenderPdf(wrong, document.Content, DocumentLanguage.Ru));
    }

    [Fact]
    public void AnUnsignedCertificateIsNotRendered()
    {
        var unsigned = SampleDocuments.Issue(SampleDocuments.Certificate());

        Assert.Throws<ArgumentException>(() => DocumentRenderer.RenderPdf(unsigned, DocumentLanguage.Kk));
    }

    [Fact]
    public void RenderingIsSafeInParallel()
    {
        var documents = DocumentCase.All.Values.Select(c => SampleDocuments.Issue(c.Content)).ToArray();

        var pdfs = documents.AsParallel().SelectMany(d => new[] { DocumentLanguage.Kk, DocumentLanguage.Ru }
            .Select(l => DocumentRenderer.RenderPdf(d, l))).ToArray();

        Assert.All(pdfs, pdf => Assert.NotEmpty(PdfText.All(pdf)));
    }
}
