using Platform.Grains.Documents;

namespace Platform.Documents.Tests;

/// <summary>Writes the sample PDFs to the folder named by DOCS_PREVIEW_DIR, to look at them; does nothing otherwise.</summary>
public sealed class PreviewRendering
{
    [Fact]
    public void WritesSamplePdfsWhenAskedTo()
    {
        var folder = Environment.GetEnvironmentVariable("DOCS_PREVIEW_DIR");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        foreach (var (kind, sample) in DocumentCase.All)
        {
            foreach (var language in new[] { DocumentLanguage.Kk, DocumentLanguage.Ru })
            {
                var pdf = DocumentRenderer.RenderPdf(SampleDocuments.Issue(sample.Content), language);
                File.WriteAllBytes(Path.Combine(folder, $"{kind}.{language}.pdf".ToLowerInvariant()), pdf);
            }
        }

        var longRemarks = DocumentRenderer.RenderPdf(SampleDocuments.Issue(SampleDocuments.Remarks(40)), DocumentLanguage.Kk);
        File.WriteAllBytes(Path.Combine(folder, "remarksnotice-long.kk.pdf"), longRemarks);
        var glyphs = SampleDocuments.Issue(SampleDocuments.GlyphSample(SampleDocuments.KazakhGlyphSample + " " + SampleDocuments.RussianGlyphSample));
        File.WriteAllBytes(Path.Combine(folder, "glyphs.kk.pdf"), DocumentRenderer.RenderPdf(glyphs, DocumentLanguage.Kk));
    }
}
