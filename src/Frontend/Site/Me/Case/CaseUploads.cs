using Platform.Frontend.Security.Uploads;

namespace Platform.Frontend.Site.Me.Case;

/// <summary>
/// A file the candidate sends with a form of the case page (P5, P7), taken as <c>POST /api/v1/candidates/me/uploads</c>
/// takes it: the store checks its type by content and its size, the ledger records it as the candidate's, and a file
/// nobody owns does not stay. The form then lists it by its stored name, through <see cref="Cases.AttachmentGate"/>.
/// </summary>
public sealed class CaseUploads(UploadStore store, UploadLedger ledger)
{
    public async Task<UploadResult> SaveAsync(UploadOwner owner, IFormFile file, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        // A browser that does not know the type sends application/octet-stream: the content decides, as for no type at all.
        var declared = file.ContentType?.Split(';')[0].Trim();
        var result = await store.SaveAsync(content, declared is null or "" or "application/octet-stream" ? null : declared, cancellationToken);
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
            store.Delete(stored.Id);
            throw;
        }

        return result;
    }
}
