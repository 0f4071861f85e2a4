using Platform.Grains.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Platform.Documents.Tests;

/// <summary>
/// The footer (document id, case, center, issue time, page n of m) stays legible whatever its length: with a real case
/// id (<c>case-</c> and 32 hex digits) the Kazakh footer is longer than a line beside the page number and must wrap.
/// </summary>
public sealed class FooterLayoutTests
{
    private const double PointsPerMm = 72 / 25.4;

    /// <summary>The footer is drawn in 6.5 pt type, the body in 8 pt and more.</summary>
    private const double FooterSize = 7;

    /// <summary>A case reference as the platform makes them: "case-" and a GUID's 32 hex digits.</summary>
    private const string RealCaseReference = "case-3f2a9c4e7b1d4e6fa0c58d2b9e7f6a13";

    public static TheoryData<DocumentLanguage> Languages() => new(DocumentLanguage.Kk, DocumentLanguage.Ru);

    [Theory]
    [MemberData(nameof(Languages))]
    public void TheExamNoticesFooterLinesDoNotOverlapOneAnother(DocumentLanguage language)
    {
        using var document = PdfDocument.Open(RenderExamNotice(language));

        foreach (var page in document.GetPages())
        {
            var boxes = FooterLetters(page).Select(Box).ToArray();
            Assert.NotEmpty(boxes);
            for (var i = 0; i < boxes.Length; i++)
            {
                for (var j = i + 1; j < boxes.Length; j++)
                {
                    Assert.False(Overlap(boxes[i], boxes[j]),
                        $"page {page.Number}: '{boxes[i].Letter}' at {boxes[i].Left:F1}pt overlaps '{boxes[j].Letter}' at {boxes[j].Left:F1}pt");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void TheFooterStaysInsideTheMarginsAndBelowTheBody(DocumentLanguage language)
    {
        using var document = PdfDocument.Open(RenderExamNotice(language));

        foreach (var page in document.GetPages())
        {
            Assert.All(FooterLetters(page), l =>
            {
                Assert.True(l.StartBaseLine.X >= 14 * PointsPerMm - 0.5, $"'{l.Value}' starts left of the margin");
                Assert.True(l.EndBaseLine.X <= page.Width - 14 * PointsPerMm + 0.5, $"'{l.Value}' ends right of the margin");
                Assert.True(l.StartBaseLine.Y + l.PointSize <= 20 * PointsPerMm, $"'{l.Value}' rises into the body");
            });
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void TheWholeFooterIsPrinted(DocumentLanguage language)
    {
        var pdf = RenderExamNotice(language);

        var first = PdfText.Compact(PdfText.Pages(pdf)[0]);
        Assert.Contains(RealCaseReference, first);
        Assert.Contains("6f1c2b7e-3d4a-4f5b-9c8d-112233445566", first);
        Assert.Contains(PdfText.Compact(language == DocumentLanguage.Kk ? "1-бет, барлығы" : "Стр. 1 из"), first);
        Assert.Contains("18.03.202510:30", first);
    }

    private static byte[] RenderExamNotice(DocumentLanguage language)
    {
        var sample = SampleDocuments.Issue(SampleDocuments.Exam());
        var document = sample with { Header = sample.Header with { CaseReference = RealCaseReference } };
        return DocumentRenderer.RenderPdf(document, language);
    }

    private static IEnumerable<Letter> FooterLetters(Page page) =>
        page.Letters.Where(l => l.PointSize < FooterSize && !string.IsNullOrWhiteSpace(l.Value));

    /// <summary>A letter's cell: its advance along the baseline, from a fifth of the size below it to four fifths above.</summary>
    private static Cell Box(Letter l) =>
        new(l.Value, l.StartBaseLine.X, l.EndBaseLine.X, l.StartBaseLine.Y - l.PointSize * 0.2, l.StartBaseLine.Y + l.PointSize * 0.8);

    private static bool Overlap(Cell a, Cell b)
    {
        const double Tolerance = 0.05;
        return Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left) > Tolerance
            && Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom) > Tolerance;
    }

    private sealed record Cell(string Letter, double Left, double Right, double Bottom, double Top);
}
