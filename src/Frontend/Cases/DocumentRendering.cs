using Platform.Documents;
using Platform.Grains.Documents;

namespace Platform.Frontend.Cases;

/// <summary>
/// Renders a document of the personal file for a request: it stops when the client goes away, and after a time budget
/// (<c>Documents:RenderBudget</c>, 10 seconds by default) so that no document holds a core for longer.
/// </summary>
public sealed class DocumentRendering(IConfiguration configuration)
{
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
            return DocumentRenderer.RenderPdf(document, language, budget.Token);
        }
        catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested)
        {
            return null;
        }
    }
}
