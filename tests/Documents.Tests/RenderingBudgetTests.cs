using System.Diagnostics;
using Platform.Grains.Documents;

namespace Platform.Documents.Tests;

/// <summary>Rendering is safe on its own: huge fields wrap in linear time, and a cancelled token stops it between lines.</summary>
public sealed class RenderingBudgetTests
{
    private static readonly string MillionCharacterAddress = new('Ә', 1_000_000);

    [Fact]
    public void AMillionCharacterAddressRendersInSecondsOrStopsWhenTheTokenIsCancelled()
    {
        var document = SampleDocuments.Issue(SampleDocuments.Application() with { HomeAddress = MillionCharacterAddress });
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var watch = Stopwatch.StartNew();

        try
        {
            var pdf = DocumentRenderer.RenderPdf(document, DocumentLanguage.Kk, budget.Token);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf[..4]));
        }
        catch (OperationCanceledException)
        {
            // The budget ran out first: rendering stopped there instead of holding the core.
        }

        // Before the fix one such address took over 12 CPU-minutes and ignored the token.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"took {watch.Elapsed}");
    }

    [Fact]
    public void ACancelledTokenStopsRenderingAtOnce()
    {
        var document = SampleDocuments.Issue(SampleDocuments.Application() with { HomeAddress = MillionCharacterAddress });
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => DocumentRenderer.RenderPdf(document, DocumentLanguage.Ru, cancelled.Token));
    }

    [Fact]
    public void ALongUnbrokenWordStillWrapsWithoutLosingACharacter()
    {
        var word = string.Concat(Enumerable.Range(0, 400).Select(i => (char)('А' + i % 32)));
        var pdf = DocumentRenderer.RenderPdf(SampleDocuments.Issue(SampleDocuments.Application() with { HomeAddress = word }), DocumentLanguage.Ru);

        Assert.Contains(word, PdfText.Compact(PdfText.All(pdf)));
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.All(document.GetPages(), page =>
            Assert.All(page.Letters, l => Assert.True(l.BoundingBox.Right <= page.Width + 0.5, $"'{l.Value}' runs off page {page.Number}")));
    }
}
