using Platform.Documents.Wording;
using Platform.Grains.Documents;

namespace Platform.Documents.Tests;

/// <summary>P14, P20-P22: a violation act signed online prints the end of the sitting's hash chain, anchoring the log outside it.</summary>
public sealed class ViolationActAnchorTests
{
    private const string Hash = "9f2c4b7a1e0d3c5b8a6f4e2d1c0b9a8f7e6d5c4b3a29181706f5e4d3c2b1a0f9";

    [Theory]
    [InlineData(DocumentLanguage.Kk)]
    [InlineData(DocumentLanguage.Ru)]
    public void TheActPrintsTheLogsEntryAndFinalHashWhenItHasThem(DocumentLanguage language)
    {
        var act = SampleDocuments.Violation() with { LogEntries = 42, LogHash = Hash };

        var text = PdfText.Compact(PdfText.All(DocumentRenderer.RenderPdf(SampleDocuments.Issue(act), language)));

        Assert.Contains(PdfText.Compact(DocumentWording.For(language)[Phrase.EvidenceLog]), text);
        Assert.Contains(PdfText.Compact($"42; {Hash}"), text);
    }

    [Fact]
    public void AnActWithoutALogPrintsNoLogLine()
    {
        var text = PdfText.Compact(PdfText.All(DocumentRenderer.RenderPdf(SampleDocuments.Issue(SampleDocuments.Violation()), DocumentLanguage.Ru)));

        Assert.DoesNotContain(PdfText.Compact(DocumentWording.Russian[Phrase.EvidenceLog]), text);
    }
}
