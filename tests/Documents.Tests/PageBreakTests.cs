using Platform.Grains.Documents;
using UglyToad.PdfPig;

namespace Platform.Documents.Tests;

public sealed class PageBreakTests
{
    private const double PointsPerMm = 72 / 25.4;

    [Theory]
    [InlineData(DocumentLanguage.Kk)]
    [InlineData(DocumentLanguage.Ru)]
    public void ALongRemarksListBreaksAcrossPagesWithoutLosingARemark(DocumentLanguage language)
    {
        var notice = SampleDocuments.Remarks(count: 90);

        var pdf = DocumentRenderer.RenderPdf(SampleDocuments.Issue(notice), language);

        var pages = PdfText.Pages(pdf);
        Assert.True(pages.Count >= 3, $"expected several pages, got {pages.Count}");
        var all = PdfText.Compact(string.Concat(pages));
        Assert.All(notice.Remarks, remark => Assert.Contains(PdfText.Compact(remark), all));
        Assert.DoesNotContain(PdfText.Compact(SampleDocuments.RemarkText(90)), PdfText.Compact(pages[0]));
        Assert.Contains(PdfText.Compact(notice.Remarks[0]), PdfText.Compact(pages[0]));
    }

    [Fact]
    public void NoBodyTextRunsIntoTheFooterOrOffThePage()
    {
        var pdf = DocumentRenderer.RenderPdf(SampleDocuments.Issue(SampleDocuments.Remarks(count: 90)), DocumentLanguage.Ru);

        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            var body = page.Letters.Where(l => l.PointSize > 7).ToArray();
            Assert.All(body, l => Assert.True(l.BoundingBox.Bottom >= 20 * PointsPerMm, $"'{l.Value}' at {l.BoundingBox.Bottom:F1}pt on page {page.Number}"));
            Assert.All(page.Letters, l => Assert.True(l.BoundingBox.Right <= page.Width + 0.5, $"'{l.Value}' runs off the page"));
        }
    }

    [Fact]
    public void AProtocolWithManyShortfallsAndMembersStaysReadable()
    {
        var steps = Enumerable.Range(1, 40).Select(i => new PracticalShortfallLine($"{i}", $"Операция {i} технологической карты", false, "выполнено с нарушением последовательности")).ToArray();
        var members = Enumerable.Range(1, 12).Select(i => new Signatory($"Член комиссии {i}", CommissionRole.Member, new DateOnly(2025, 3, 17))).ToArray();
        var protocol = SampleDocuments.Protocol() with { Practical = new PracticalOutcome("Большое задание", false, steps), Members = members };

        var pdf = DocumentRenderer.RenderPdf(SampleDocuments.Issue(protocol), DocumentLanguage.Kk);

        var pages = PdfText.Pages(pdf);
        Assert.True(pages.Count >= 2);
        Assert.Contains("Член комиссии 12", pages[^1]);
    }
}
