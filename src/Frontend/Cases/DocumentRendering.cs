using Platform.Documents;
using Platform.Grains.Documents;
using Platform.Hosting.Certificates;

namespace Platform.Frontend.Cases;

/// <summary>
/// Renders a document of the personal file for a request: it stops when the client goes away, and after a time budget
/// (<c>Documents:RenderBudget</c>, 10 seconds by default) so that no document holds a core for longer. A certificate's
/// QR code opens the verification page under the configured public address (<c>Platform:PublicBaseUrl</c>), whatever
/// address was stamped on the certificate when it was sealed.
/// </summary>
public sealed class DocumentRendering(IConfiguration configuration)
{
    private readonly string _publicBaseUrl = CertificateSettings.BaseUrl(configuration);

    /// <summary>How long one rendering may take.</summary>
    public TimeSpan Budget { get; } = configuration.GetValue<TimeSpan?>("Documents:RenderBudget") ?? TimeSpan.FromSeconds(10);

    /// <summary>The PDF, or null when the budget ran out first.</summary>
    /// <exception cref="OperationCanceledException">The request was aborted.</exception>
    public byte[]? Render(IssuedDocument document, DocumentLanguage language, CancellationToken requestAborted)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        budget.CancelAfter(Budget);
        try
        {
            return DocumentRenderer.RenderPdf(document, language, _publicBaseUrl, budget.Token);
        }
        catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested)
        {
            return null;
        }
    }
}
