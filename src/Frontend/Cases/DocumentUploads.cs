using Platform.Frontend.Security.Audit;
using Platform.Frontend.Security.Uploads;

namespace Platform.Frontend.Cases;

/// <summary>
/// P4, P7: stores a document copy and records it as its uploader's (issue 11) — the one path of the upload API and of
/// the site's application form posted without script. A file that cannot be recorded does not stay.
/// </summary>
public sealed class DocumentUploads(UploadStore store, UploadLedger ledger)
{
    public async Task<UploadResult> SaveAsync(UploadOwner owner, Stream content, string? contentType, HttpContext context)
    {
        var result = await store.SaveAsync(content, contentType, context.RequestAborted);
        if (result.Stored is not { } stored)
        {
            return result;
        }

        try
        {
            await ledger.RecordAsync(stored, owner, CancellationToken.None);
        }
        catch
        {
            // A file nobody owns could never be attached: it does not stay.
            store.Delete(stored.Id);
            throw;
        }

        context.NoteAudit(stored.Id);
        return result;
    }
}
